// Dates for people. Calendar days become local midnights before date-fns
// sees them (see model/calendar-date.ts), so every zone prints the same day.

import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { toLocalDate } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import type { TickUnit } from '../layout/ticks.js';
import type { Locale } from './strings.js';

// Japanese dates are all digits but the weekday, so they need no date-fns
// locale: its `ja` object weighs 1.4 KB gzipped, mostly parsing rules we never use.
const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

const SPOKEN: Record<Locale, string> = { en: 'd MMMM yyyy', ja: "yyyy'年'M'月'd'日'" };
const TICK: Record<Locale, Record<TickUnit, string>> = {
  en: { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM' },
  ja: { year: "yyyy'年'", month: "yyyy'年'M'月'", day: "M'月'd'日'" },
};

/** "Friday 7 February 2025", "2025年2月7日（金曜日）". */
export function formatLongDate(day: CalendarDate, locale: Locale): string {
  const date = toLocalDate(day);
  if (locale === 'ja') return `${format(date, SPOKEN.ja)}（${JA_WEEKDAYS[getDay(date)]}曜日）`;
  return format(date, 'EEEE d MMMM yyyy');
}

/** "7 February 2025": the date in words, for accessible names. */
export function formatSpokenDate(day: CalendarDate, locale: Locale): string {
  return format(toLocalDate(day), SPOKEN[locale]);
}

/** A one- or several-day span: "7 February 2025", "23 April 2014 – 25 April 2014". */
export function formatSpan(start: CalendarDate, end: CalendarDate | undefined, locale: Locale): string {
  if (!end || end === start) return formatSpokenDate(start, locale);
  const sep = locale === 'ja' ? '〜' : ' – ';
  return `${formatSpokenDate(start, locale)}${sep}${formatSpokenDate(end, locale)}`;
}

/** An axis label; tick values are UTC midnights from the time scale. */
export function formatTick(value: Date, unit: TickUnit, locale: Locale): string {
  return format(toLocalDate(value), TICK[locale][unit]);
}
