// The words and marks of one data set in one language, worked out once: kind
// labels, shapes and colours, topic labels, and the nouns around them. With
// no `kinds`, a data set speaks of meetings between leaders (the defaults);
// with its own kinds and no `labels`, of neutral "events", never of meetings.

import { DEFAULT_KINDS, DEFAULT_TOPICS, type MarkFill } from '../model/defaults.js';
import { textIn } from '../model/text.js';
import type { LabelKey, MarkShape, TimelineData } from '../model/types.js';
import { strings, toLocale, type Locale } from './strings.js';

/** The colour slots of the theme, `--summit-<group>-color`; kinds without a colour take one. */
export type MarkGroup = 'visit' | 'sideline' | 'multilateral' | 'memorial' | 'virtual';
export type { MarkFill } from '../model/defaults.js';

// Default kinds share the "visit" colour unless they have a slot of their own name.
const OWN_SLOT: ReadonlySet<string> = new Set(['sideline', 'multilateral', 'memorial', 'virtual']);

/** The theme colour slot of a default kind. */
export function defaultGroup(kind: string): MarkGroup {
  return OWN_SLOT.has(kind) ? (kind as MarkGroup) : 'visit';
}

// An author's kinds rotate through the slots of the solid default kinds.
const SLOTS: readonly MarkGroup[] = ['visit', 'sideline', 'multilateral', 'memorial'];
// Checked again here, not only by the validator: the colour goes into a style attribute.
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export interface KindEntry {
  id: string;
  label: string;
  shape: MarkShape;
  /** Solid or hollow: with the shape, what tells kinds apart without colour. */
  fill: MarkFill;
  /** The theme colour slot, or null when the kind has its own colour. */
  group: MarkGroup | null;
  /** The data's own colour (`#rgb`/`#rrggbb`, validated), or null. */
  color: string | null;
}

export interface Words {
  /** Heading when the data has no title: "Timeline of meetings", "Timeline of launches". */
  timeline: string;
  /** Name of the list view: "List of launches". */
  list: string;
  /** Legend heading: "Kinds of meeting". */
  legend: string;
  /** Column heading for an event's title: "Meeting", "Launch". */
  event: string;
  leaders: string;
  place: string;
  kind: string;
  topics: string;
  noEvents: string;
  /** The empty state when a filter leaves nothing: "No launches match the filter." */
  noMatch: string;
  /** "1 launch", "3 launches", "3件の打ち上げ". */
  count: (n: number) => string;
}

export interface Vocabulary {
  /** The requested language (canonical BCP 47): data text and dates follow it. */
  lang: string;
  /** The language of the element's own words. */
  locale: Locale;
  /** Every kind the data may use, in its order. */
  kinds: ReadonlyMap<string, KindEntry>;
  topics: ReadonlyMap<string, string>;
  words: Words;
  /** Whether the data lists any leaders: without them there are no bands and no leaders column. */
  hasLeaders: boolean;
}

// Singular and plural of the default nouns, then the neutral word for the people taking part.
const NOUNS: Record<Locale, readonly string[]> = {
  en: ['meeting', 'meetings', 'event', 'events', 'People'],
  ja: ['会談', '会談', '出来事', '出来事', '人物'],
};

type Phrases = Pick<Words, 'timeline' | 'list' | 'legend' | 'event' | 'noEvents' | 'noMatch' | 'count'>;

function phrases(locale: Locale, one: string, other: string): Phrases {
  if (locale === 'ja') {
    return {
      timeline: `${other}の年表`,
      list: `${other}の一覧`,
      legend: `${one}の種類`,
      event: one,
      noEvents: `表示する${other}はありません。`,
      noMatch: `条件に合う${other}はありません。`,
      count: (n) => `${n}件の${other}`,
    };
  }
  return {
    timeline: `Timeline of ${other}`,
    list: `List of ${other}`,
    legend: `Kinds of ${one}`,
    event: one.charAt(0).toUpperCase() + one.slice(1),
    noEvents: `No ${other} to show.`,
    noMatch: `No ${other} match the filter.`,
    count: (n) => `${n} ${n === 1 ? one : other}`,
  };
}

function build(data: TimelineData | null, lang: string): Vocabulary {
  const locale = toLocale(lang);
  const s = strings(locale);
  const own = data?.kinds;
  const kinds = new Map<string, KindEntry>();
  const sameShape = new Map<MarkShape, number>();
  (own ?? DEFAULT_KINDS).forEach((k, i) => {
    const color = own && k.color && HEX.test(k.color) ? k.color : null;
    const group = color ? null : own ? SLOTS[i % SLOTS.length]! : defaultGroup(k.id);
    // An author's second kind of a shape is drawn hollow, so a pair of kinds
    // never differs by colour alone; a third of the same shape does (the author's to avoid).
    const n = sameShape.get(k.shape) ?? 0;
    sameShape.set(k.shape, n + 1);
    const fill: MarkFill = own ? (n % 2 === 1 ? 'hollow' : 'solid') : ((k as { fill?: MarkFill }).fill ?? 'solid');
    kinds.set(k.id, { id: k.id, label: textIn(k.label, lang), shape: k.shape, fill, group, color });
  });
  const topics = new Map((data?.topics ?? DEFAULT_TOPICS).map((t) => [t.id, textIn(t.label, lang)]));

  const labels = data?.labels ?? {};
  const given = (key: LabelKey) => (labels[key] ? textIn(labels[key], lang) : undefined);
  const nouns = NOUNS[locale];
  const [one0, other0] = own ? nouns.slice(2) : nouns;
  // Either noun alone stands for both: Japanese has one form; English adds an -s at worst.
  const one = given('event') ?? given('events') ?? one0!;
  const other = given('events') ?? (given('event') ? (locale === 'ja' ? one : `${one}s`) : other0!);
  const p: Phrases =
    own || given('event') || given('events')
      ? phrases(locale, one, other)
      : // The history's own headings, word for word ("首脳会談の年表", not a generic "会談の年表").
        { ...phrases(locale, one, other), timeline: s.timeline, list: s.list, legend: s.legend, event: s.meeting, noEvents: s.noEvents };
  return {
    lang,
    locale,
    kinds,
    topics,
    hasLeaders: (data?.leaders.length ?? 1) > 0,
    words: {
      ...p,
      legend: given('legend') ?? p.legend,
      leaders: given('leaders') ?? (own ? nouns[4]! : s.leaders),
      place: given('place') ?? s.place,
      kind: given('kind') ?? s.kind,
      topics: given('topics') ?? s.topics,
    },
  };
}

const cache = new WeakMap<object, Map<string, Vocabulary>>();
const NO_DATA = {};

/**
 * The vocabulary of `data` in `lang` (a canonical tag, see toLang). Pure;
 * memoized per data object and language, so callers may ask on every render.
 */
export function vocabulary(data: TimelineData | null | undefined, lang: string): Vocabulary {
  const key = data ?? NO_DATA;
  let byLang = cache.get(key);
  if (!byLang) cache.set(key, (byLang = new Map()));
  let v = byLang.get(lang);
  if (!v) byLang.set(lang, (v = build(data ?? null, lang)));
  return v;
}

/** The label of a kind, or its id when the vocabulary does not know it. */
export function kindLabel(v: Vocabulary, kind: string): string {
  return v.kinds.get(kind)?.label ?? kind;
}

/** The label of a topic, or its id. */
export function topicLabel(v: Vocabulary, topic: string): string {
  return v.topics.get(topic) ?? topic;
}
