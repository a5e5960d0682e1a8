/** Text in English, with a Japanese version where the data has one. */
export interface LocalizedText {
  en: string;
  ja?: string;
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

/** The closed list of meeting kinds; each has its own mark shape. */
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

/** The closed vocabulary of topics a meeting can be tagged with. */
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

/** One meeting: the unit the timeline draws a mark for. */
export interface Summit {
  id: string;
  date: CalendarDate;
  /** Last day of a multi-day meeting, inclusive. */
  end?: CalendarDate;
  kind: SummitKind;
  place: LocalizedText;
  /** ISO 3166-1 alpha-2 code of the venue. */
  country?: string;
  /** Ids of the leaders who met, in `leaders`. */
  leaders: string[];
  /** Other leaders present (trilateral, Quad), as text. */
  others?: LocalizedText[];
  title: LocalizedText;
  summary?: LocalizedText;
  topics?: Topic[];
  sources?: string[];
  note?: LocalizedText;
}

/** A band heading: which country's leaders a band shows. */
export interface BandSpec {
  country: string;
  label: LocalizedText;
}

/** A whole data document, as the element consumes it. */
export interface TimelineData {
  title?: LocalizedText;
  bands?: BandSpec[];
  leaders: Leader[];
  events: Summit[];
}

/** One thing wrong with input data: where (a JSON path) and what. */
export interface Problem {
  path: string;
  message: string;
}
