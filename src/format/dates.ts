// Dates for people. Calendar days become local midnights before they are
// formatted (see model/calendar-date.ts), so every zone prints the same day.
// The browser's Intl does the wording, English and Japanese alike. date-fns's
// intlFormat did too, but it builds a new Intl.DateTimeFormat on every call:
// with accessible names for the marks coming into view, that was about 10 ms
// of every zoom step at 10,000 meetings. One formatter per locale and style.

import { toLocalDate } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import type { TickUnit } from '../layout/ticks.js';
import type { Locale } from './strings.js';

type Options = Intl.DateTimeFormatOptions;

// British English writes day, month, year: "7 February 2025".
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' };
const LONG: Options = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const SPOKEN: Options = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Options = { year: 'numeric', month: 'long' };
const MONTH_NAME: Options = { month: 'long' };
const TICK: Record<TickUnit, Options> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
};

// Keyed by the options object itself: every style is one of the constants above.
const formatters = new Map<Options, Map<Locale, Intl.DateTimeFormat>>();
function formatter(options: Options, locale: Locale): Intl.DateTimeFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let f = byLocale.get(locale);
  if (!f) byLocale.set(locale, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return f;
}

function fmt(day: CalendarDate | Date, options: Options, locale: Locale): string {
  return formatter(options, locale).format(toLocalDate(day));
}

/** "Friday, 7 February 2025", "2025年2月7日金曜日". */
export function formatLongDate(day: CalendarDate, locale: Locale): string {
  return fmt(day, LONG, locale);
}

/** "7 February 2025": the date in words, for accessible names. */
export function formatSpokenDate(day: CalendarDate, locale: Locale): string {
  return fmt(day, SPOKEN, locale);
}

/** A one- or several-day span: "7 February 2025", "26 May 2019 – 28 May 2019". */
export function formatSpan(start: CalendarDate, end: CalendarDate | undefined, locale: Locale): string {
  if (!end || end === start) return formatSpokenDate(start, locale);
  const sep = locale === 'ja' ? '〜' : ' – ';
  return `${formatSpokenDate(start, locale)}${sep}${formatSpokenDate(end, locale)}`;
}

/** An axis label; tick values are UTC midnights from the time scale. */
export function formatTick(value: Date, unit: TickUnit, locale: Locale): string {
  return fmt(value, TICK[unit], locale);
}

/**
 * A span of days as a reader would say it, to the month when it crosses one:
 * "7 February 2025", "3 – 28 March 2019", "March – May 2019",
 * "December 2018 – February 2019"; "2019年3月〜2019年5月". Put together from
 * single dates, since formatRange's spacing and Japanese numerals vary by ICU.
 */
export function formatDaySpan(start: CalendarDate, end: CalendarDate, locale: Locale): string {
  const a = toLocalDate(start);
  const b = toLocalDate(end < start ? start : end);
  const day = formatter(SPOKEN, locale);
  if (start === end) return day.format(a);
  const sameYear = a.getFullYear() === b.getFullYear();
  const sameMonth = sameYear && a.getMonth() === b.getMonth();
  const month = formatter(MONTH, locale);
  if (locale === 'ja') return sameMonth ? `${day.format(a)}〜${day.format(b)}` : `${month.format(a)}〜${month.format(b)}`;
  // British English puts the day first and the year last: "3 – 28 March 2019".
  if (sameMonth) return `${a.getDate()} – ${day.format(b)}`;
  if (sameYear) return `${formatter(MONTH_NAME, locale).format(a)} – ${month.format(b)}`;
  return `${month.format(a)} – ${month.format(b)}`;
}
