// What an author writes, as TypeScript sees it: plain strings or text by
// language, optional fields optional, lists readonly so `as const` data fits.
// Object literals typed as TimelineInput reject a misspelt field at compile
// time; validateData turns any of it into the normalized TimelineData.

import type { LabelKey, MarkShape, SummitKind, Topic } from './types.js';

/**
 * A string (taken as English), or text by BCP 47 language tag: `{ "en": "…", "ja": "…" }`.
 * `undefined` values are allowed only so normalized data (LocalizedText) fits back in.
 */
export type TextInput = string | { readonly [lang: string]: string | undefined };

/** A calendar date at the venue, `YYYY-MM-DD`. */
export type DateInput = string;

// `(string & {})` keeps editor completion for the defaults while any id type-checks.
type Open<T extends string> = T | (string & {});

export interface TermInput {
  readonly start: DateInput;
  readonly end?: DateInput;
}

export interface LeaderInput {
  readonly id: string;
  readonly name: TextInput;
  /** ISO 3166-1 alpha-2, such as "JP". */
  readonly country: string;
  readonly terms: readonly TermInput[];
  readonly sources?: readonly string[];
}

export interface KindInput {
  readonly id: string;
  readonly label: TextInput;
  readonly shape: MarkShape;
  /** `#rgb` or `#rrggbb`. */
  readonly color?: string;
}

export interface TopicInput {
  readonly id: string;
  readonly label: TextInput;
}

export interface BandInput {
  readonly country: string;
  readonly label: TextInput;
}

export interface EventInput {
  readonly id: string;
  readonly date: DateInput;
  readonly end?: DateInput;
  readonly kind: Open<SummitKind>;
  readonly title: TextInput;
  readonly place?: TextInput;
  readonly country?: string;
  readonly leaders?: readonly string[];
  readonly others?: readonly TextInput[];
  readonly summary?: TextInput;
  readonly topics?: readonly Open<Topic>[];
  readonly sources?: readonly string[];
  readonly note?: TextInput;
}

/** A data document as an author writes it; the `data` property takes this or its JSON text. */
export interface TimelineInput {
  readonly $schema?: string;
  readonly title?: TextInput;
  readonly kinds?: readonly KindInput[];
  readonly topics?: readonly TopicInput[];
  readonly labels?: { readonly [K in LabelKey]?: TextInput };
  readonly bands?: readonly BandInput[];
  readonly leaders?: readonly LeaderInput[];
  readonly events: readonly EventInput[];
}
