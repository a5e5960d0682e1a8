// Dates for people. Calendar days become local midnights before date-fns
// sees them (see model/calendar-date.ts), so every zone prints the same day.
// date-fns's intlFormat hands the wording to the browser's Intl: 0.3 KB
// instead of 5.4 KB for format() and its English locale, and every other
// language for free: `locale` is any BCP 47 tag (format/strings.ts toLang).

import { intlFormat } from 'date-fns/intlFormat';
import { toLocalDate } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import type { TickUnit } from '../layout/ticks.js';

type Options = Parameters<typeof intlFormat>[1];

// Bare "en" is British English, which writes day, month, year: "7 February 2025".
// A region ("en-US") is the reader's choice and is kept.
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', ja: 'ja-JP' };
const LONG: Options = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const SPOKEN: Options = { year: 'numeric', month: 'long', day: 'numeric' };
const TICK: Record<TickUnit, Options> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
};

function fmt(day: CalendarDate | Date, options: Options, locale: string): string {
  const tag = INTL_LOCALE[locale] ?? locale;
  try {
    return intlFormat(toLocalDate(day), options, { locale: tag });
  } catch {
    // A well-formed tag Intl still refuses (an unknown variant): English rather than nothing.
    return intlFormat(toLocalDate(day), options, { locale: 'en-GB' });
  }
}

/** "Friday, 7 February 2025", "2025年2月7日金曜日". */
export function formatLongDate(day: CalendarDate, locale: string): string {
  return fmt(day, LONG, locale);
}

/** "7 February 2025": the date in words, for accessible names. */
export function formatSpokenDate(day: CalendarDate, locale: string): string {
  return fmt(day, SPOKEN, locale);
}

/** A one- or several-day span: "7 February 2025", "26 May 2019 – 28 May 2019". */
export function formatSpan(start: CalendarDate, end: CalendarDate | undefined, locale: string): string {
  if (!end || end === start) return formatSpokenDate(start, locale);
  const sep = locale === 'ja' || locale.startsWith('ja-') ? '〜' : ' – ';
  return `${formatSpokenDate(start, locale)}${sep}${formatSpokenDate(end, locale)}`;
}

/** An axis label; tick values are UTC midnights from the time scale. */
export function formatTick(value: Date, unit: TickUnit, locale: string): string {
  return fmt(value, TICK[unit], locale);
}
