// The normalized data the element uses: what validateData returns. What an
// author writes (plain strings, optional lists) is TimelineInput in input.ts.

/**
 * Text by BCP 47 language tag ("en", "ja", "ja-JP", "pt-BR"), at least one.
 * Readers pick the requested language, then its parents, then English, then
 * the first given (format/strings.ts `pick`).
 */
export interface LocalizedText {
  en?: string;
  ja?: string;
  [lang: string]: string | undefined;
}

/** A calendar date at the venue, `YYYY-MM-DD`: a day, not an instant. */
export type CalendarDate = string;

/** One continuous period in office. `end` is absent while the leader is in office. */
export interface Term {
  start: CalendarDate;
  end?: CalendarDate;
}

export interface Leader {
  id: string;
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 code; leaders of one country share a band. */
  country: string;
  terms: Term[];
  sources?: string[];
}

/** The default kinds of meeting, used when the data defines no `kinds`. */
export const SUMMIT_KINDS = [
  'state-visit',
  'official-visit',
  'working-visit',
  'bilateral',
  'sideline',
  'multilateral',
  'memorial',
  'virtual',
  'president-elect',
] as const;
export type SummitKind = (typeof SUMMIT_KINDS)[number];

/** The default topics, used when the data defines no `topics`. */
export const TOPICS = [
  'economy',
  'security',
  'north-korea',
  'indo-pacific',
  'technology',
  'energy-climate',
  'history',
  'health',
  'disaster',
  'russia-ukraine',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The shapes a mark can take; a kind's shape lets it read without colour. */
export const MARK_SHAPES = ['circle', 'diamond', 'square', 'triangle', 'star'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

/** A kind of event, defined by the data: its words and how its mark looks. */
export interface KindSpec {
  id: string;
  label: LocalizedText;
  shape: MarkShape;
  /** `#rgb` or `#rrggbb`; without it the kind takes a theme colour. */
  color?: string;
}

/** A topic events can be tagged with, defined by the data. */
export interface TopicSpec {
  id: string;
  label: LocalizedText;
}

/**
 * The element's own words a data set may replace: `event`/`events` are the
 * noun in headings, counts and accessible names ("launch", "launches").
 */
export const LABEL_KEYS = ['event', 'events', 'leaders', 'place', 'kind', 'topics', 'legend'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];
export type Labels = Partial<Record<LabelKey, LocalizedText>>;

/** One dated event: the unit the timeline draws a mark for. */
export interface Summit {
  id: string;
  date: CalendarDate;
  /** Last day of a multi-day event, inclusive. */
  end?: CalendarDate;
  /** A kind from the data's `kinds`, or from SUMMIT_KINDS when it has none. */
  kind: string;
  place?: LocalizedText;
  /** ISO 3166-1 alpha-2 code of the venue. */
  country?: string;
  /** Ids of the leaders taking part, in `leaders`; empty for an event without any. */
  leaders: string[];
  /** Others present (trilateral, Quad), as text. */
  others?: LocalizedText[];
  title: LocalizedText;
  summary?: LocalizedText;
  /** Topics from the data's `topics`, or from TOPICS when it has none. */
  topics?: string[];
  sources?: string[];
  note?: LocalizedText;
}

/** The same thing under a name that does not assume a meeting. */
export type TimelineEvent = Summit;

/** A band heading: which country's leaders a band shows. */
export interface BandSpec {
  country: string;
  label: LocalizedText;
}

/** A whole data document, normalized, as the element consumes it. */
export interface TimelineData {
  title?: LocalizedText;
  /** Absent: the default diplomatic kinds (SUMMIT_KINDS). */
  kinds?: KindSpec[];
  /** Absent: the default topics (TOPICS). */
  topics?: TopicSpec[];
  labels?: Labels;
  bands?: BandSpec[];
  leaders: Leader[];
  events: Summit[];
}

/** One thing wrong with input data: where (a JSON path) and what. */
export interface Problem {
  path: string;
  message: string;
}
