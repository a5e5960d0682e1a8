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
const MONTH: Options = { year: 'numeric', month: 'long' };
const TICK: Record<TickUnit, Options> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
};

const isJa = (locale: string) => locale === 'ja' || locale.startsWith('ja-');

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
  const sep = isJa(locale) ? '〜' : ' – ';
  return `${formatSpokenDate(start, locale)}${sep}${formatSpokenDate(end, locale)}`;
}

/** "March 2017", "2017年3月": a month in words; `day` is a UTC instant on the time scale. */
export function formatMonth(day: Date, locale: string): string {
  return fmt(day, MONTH, locale);
}

/**
 * The months a window of the time scale covers, its end exclusive (the UTC
 * midnight after its last day): "March 2017 to June 2019", "2017年3月〜2019年6月",
 * one month alone when both ends fall in it.
 */
export function formatMonthSpan(start: Date, end: Date, locale: string): string {
  return joinSpan(formatMonth(start, locale), formatMonth(lastDay(start, end), locale), locale);
}

/** The days a window of the time scale covers, end exclusive: "3 March 2017 to 9 March 2017". */
export function formatDaySpan(start: Date, end: Date, locale: string): string {
  return joinSpan(fmt(start, SPOKEN, locale), fmt(lastDay(start, end), SPOKEN, locale), locale);
}

const lastDay = (start: Date, end: Date) => new Date(Math.max(start.getTime(), end.getTime() - 1));
const joinSpan = (from: string, to: string, locale: string) => (from === to ? from : isJa(locale) ? `${from}〜${to}` : `${from} to ${to}`);

/** An axis label; tick values are UTC midnights from the time scale. */
export function formatTick(value: Date, unit: TickUnit, locale: string): string {
  return fmt(value, TICK[unit], locale);
}
