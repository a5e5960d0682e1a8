// UI strings in English and Japanese. Data text comes from the data; these
// are only the element's own words.

import type { LocalizedText, SummitKind, Topic } from '../model/types.js';

export type Locale = 'en' | 'ja';

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
  /** A count of events, for a cluster's name: "37 meetings". */
  meetings: (n: number) => string;
  loading: string;
  problems: (n: number) => string;
  skipped: (n: number) => string;
  noEvents: string;
  bands: Record<string, string>;
  kinds: Record<SummitKind, string>;
  topicNames: Record<Topic, string>;
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
  meetings: (n) => `${n} meeting${n === 1 ? '' : 's'}`,
  loading: 'Loading…',
  problems: (n) => `The data has ${n} problem${n === 1 ? '' : 's'}:`,
  skipped: (n) => `${n} item${n === 1 ? ' was' : 's were'} left out:`,
  noEvents: 'No meetings to show.',
  bands: { JP: 'Prime Minister of Japan', US: 'President of the United States' },
  kinds: {
    'state-visit': 'State visit',
    'official-visit': 'Official visit',
    'working-visit': 'Working visit',
    bilateral: 'Bilateral summit',
    sideline: 'Meeting at a multilateral summit',
    multilateral: 'Multilateral meeting',
    memorial: 'Memorial visit',
    virtual: 'Virtual summit',
    'president-elect': 'Meeting with the president-elect',
  },
  topicNames: {
    economy: 'Trade and economy',
    security: 'Security and defence',
    'north-korea': 'North Korea',
    'indo-pacific': 'China and the Indo-Pacific',
    technology: 'Technology and AI',
    'energy-climate': 'Energy and climate',
    history: 'History and reconciliation',
    health: 'Health',
    disaster: 'Disaster relief',
    'russia-ukraine': 'Russia and Ukraine',
  },
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
  meetings: (n) => `${n}件の会談`,
  loading: '読み込み中…',
  problems: (n) => `データに${n}件の問題があります：`,
  skipped: (n) => `${n}件を除外しました：`,
  noEvents: '表示する会談はありません。',
  bands: { JP: '内閣総理大臣', US: 'アメリカ合衆国大統領' },
  kinds: {
    'state-visit': '国賓訪問',
    'official-visit': '公式訪問',
    'working-visit': '実務訪問',
    bilateral: '二国間首脳会談',
    sideline: '国際会議の際の会談',
    multilateral: '多国間の首脳会合',
    memorial: '慰霊訪問',
    virtual: 'オンライン首脳会談',
    'president-elect': '次期大統領との会談',
  },
  topicNames: {
    economy: '貿易・経済',
    security: '安全保障・防衛',
    'north-korea': '北朝鮮',
    'indo-pacific': '中国・インド太平洋',
    technology: '技術・AI',
    'energy-climate': 'エネルギー・気候',
    history: '歴史・和解',
    health: '保健',
    disaster: '災害',
    'russia-ukraine': 'ロシア・ウクライナ',
  },
};

const STRINGS: Record<Locale, Strings> = { en, ja };

export function strings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** Reads a locale attribute loosely: "ja", "ja-JP" are Japanese; anything else English. */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Data text in the locale, falling back to English where the data has no Japanese. */
export function pick(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'ja' && text.ja) || text.en;
}
