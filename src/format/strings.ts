// UI strings in English and Japanese. Data text comes from the data; these
// are only the element's own words. Words a data set may replace (the noun,
// "Leaders", the legend heading) are resolved in vocabulary.ts.

import { DEFAULT_KINDS, DEFAULT_TOPICS } from '../model/defaults.js';
import { canonicalTag, LANGUAGE_TAG, textIn } from '../model/text.js';
import type { LocalizedText } from '../model/types.js';

/** The languages of the element's own words. Data text and dates follow any BCP 47 tag. */
export type Locale = 'en' | 'ja';

function defaultLabels(specs: readonly { id: string; label: LocalizedText }[], lang: Locale): Record<string, string> {
  return Object.fromEntries(specs.map((k) => [k.id, textIn(k.label, lang)]));
}

export interface Strings {
  timeline: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  close: string;
  sources: string;
  leaders: string;
  place: string;
  kind: string;
  topics: string;
  note: string;
  list: string;
  showList: string;
  legend: string;
  date: string;
  meeting: string;
  and: string;
  loading: string;
  problems: (n: number) => string;
  skipped: (n: number) => string;
  /** Heading of the warnings: kept items that look wrong. */
  warnings: (n: number) => string;
  noEvents: string;
  /** "Timeline of meetings: 84 meetings, from 18 November 2006 to 16 June 2025." */
  summary: (title: string, count: string, from: string, to: string) => string;
  /** How to move, for the summary before the chart. */
  howTo: string;
  /** The summary's one-step way to the table view. */
  openList: string;
  /** The live region after a zoom or pan: "Showing 7 March 2017 to 30 June 2019: 12 meetings." */
  showing: (from: string, to: string, count: string) => string;
  /** The live region after a filter change: "12 of 84 meetings shown". */
  shownOf: (shown: number, total: string) => string;
  /** The filter control's button, and its clear button. */
  filter: string;
  clearFilters: string;
  /** Follows the legend's heading in its accessible name: its entries are toggle buttons that filter. */
  legendFilters: string;
  /** The live region after a selection. */
  opened: (label: string) => string;
  /** Why a control is disabled while there is nothing to act on. */
  unavailable: string;
  keys: string;
  /** Every key, as [keys, what it does], for the help panel. */
  bands: Record<string, string>;
  /** Labels of the default kinds and topics; data that defines its own is read through vocabulary(). */
  kinds: Readonly<Record<string, string>>;
  topicNames: Readonly<Record<string, string>>;
}

const en: Strings = {
  timeline: 'Timeline of meetings',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show all',
  close: 'Close',
  sources: 'Sources',
  leaders: 'Leaders',
  place: 'Place',
  kind: 'Kind',
  topics: 'Topics',
  note: 'Note',
  list: 'List of meetings',
  showList: 'List',
  legend: 'Kinds of meeting',
  date: 'Date',
  meeting: 'Meeting',
  and: 'and',
  loading: 'Loading…',
  problems: (n) => `The data has ${n} problem${n === 1 ? '' : 's'}:`,
  skipped: (n) => `${n} item${n === 1 ? ' was' : 's were'} left out:`,
  warnings: (n) => `${n} thing${n === 1 ? '' : 's'} to check (kept):`,
  noEvents: 'No meetings to show.',
  summary: (title, count, from, to) => `${title}: ${count}, from ${from} to ${to}.`,
  howTo: 'Tab reaches the events; the arrow keys move between them, Enter opens one, + and − zoom, Page Up and Page Down pan. Press ? for every key.',
  openList: 'Show them as a list',
  showing: (from, to, count) => `Showing ${from} to ${to}: ${count}.`,
  shownOf: (shown, total) => `${shown} of ${total} shown`,
  filter: 'Filter',
  clearFilters: 'Clear filters',
  legendFilters: ', filter by kind',
  opened: (label) => `Opened: ${label}`,
  unavailable: 'Available once there is data to show',
  keys: 'Keyboard shortcuts',
  bands: { JP: 'Prime Minister of Japan', US: 'President of the United States' },
  kinds: defaultLabels(DEFAULT_KINDS, 'en'),
  topicNames: defaultLabels(DEFAULT_TOPICS, 'en'),
};

const ja: Strings = {
  timeline: '首脳会談の年表',
  zoomIn: '拡大',
  zoomOut: '縮小',
  reset: '全体を表示',
  close: '閉じる',
  sources: '出典',
  leaders: '首脳',
  place: '場所',
  kind: '種類',
  topics: '議題',
  note: '注記',
  list: '会談の一覧',
  showList: '一覧',
  legend: '会談の種類',
  date: '日付',
  meeting: '会談',
  and: 'と',
  loading: '読み込み中…',
  problems: (n) => `データに${n}件の問題があります：`,
  skipped: (n) => `${n}件を除外しました：`,
  warnings: (n) => `確認が必要な点が${n}件あります（表示は続けます）：`,
  noEvents: '表示する会談はありません。',
  summary: (title, count, from, to) => `${title}：${from}から${to}まで、${count}。`,
  howTo: 'Tabキーで項目へ移動し、矢印キーで前後の項目、Enterで詳細、+と−で拡大・縮小、Page UpとPage Downで左右に移動します。?ですべてのキーを表示します。',
  openList: '一覧で見る',
  showing: (from, to, count) => `${from}から${to}まで：${count}。`,
  shownOf: (shown, total) => `${total}中${shown}件を表示`,
  filter: '絞り込み',
  clearFilters: '絞り込みを解除',
  legendFilters: '、種類で絞り込み',
  opened: (label) => `選択：${label}`,
  unavailable: '表示するデータがあると使えます',
  keys: 'キーボード操作',
  bands: { JP: '内閣総理大臣', US: 'アメリカ合衆国大統領' },
  kinds: defaultLabels(DEFAULT_KINDS, 'ja'),
  topicNames: defaultLabels(DEFAULT_TOPICS, 'ja'),
};

const STRINGS: Record<Locale, Strings> = { en, ja };

/** The element's own words for a requested language: Japanese for ja and ja-*, English otherwise. */
export function strings(locale: string): Strings {
  return STRINGS[toLocale(locale)];
}

/** Reads a locale attribute loosely: "ja", "ja-JP" are Japanese; anything else English. */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The requested language as a canonical BCP 47 tag ("ja-jp" → "ja-JP"), for
 * data text and dates; "en" when absent or not a tag.
 */
export function toLang(value: string | null | undefined): string {
  const tag = value?.trim();
  return tag && LANGUAGE_TAG.test(tag) ? canonicalTag(tag) : 'en';
}

/** Data text in the language, through the fallback chain: ja-JP → ja → en → the first given. */
export function pick(text: LocalizedText | undefined, locale: string): string {
  return textIn(text, locale);
}

/**
 * The language `pick` takes the text from, for a `lang` attribute where it
 * differs from the page's (an English fallback on a Japanese page).
 */
export { languageOf } from '../model/text.js';
