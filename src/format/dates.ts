// Dates for people. Calendar days become local midnights before they are
// formatted (see model/calendar-date.ts), so every zone prints the same day.
// The browser's Intl does the wording, in any language: `locale` is a BCP 47
// tag (format/strings.ts toLang). date-fns's intlFormat did this too, but it
// builds a new Intl.DateTimeFormat on every call: with accessible names for
// the marks coming into view, that was about 10 ms of every zoom step at
// 10,000 meetings. Here there is one formatter per locale and style.
// The element's own two languages skip Intl for the short styles the first
// frame needs (axis, accessible names, summary): a page's first
// Intl.DateTimeFormat costs 20-35 ms of ICU start-up in Chromium, more than
// drawing 100 meetings. The tables give what Intl gives for en-GB and ja-JP
// (test/unit/dates.tz.test.ts compares them); other languages use Intl.

import { toLocalDate } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import type { TickUnit } from '../layout/ticks.js';

type Options = Intl.DateTimeFormatOptions;

// Bare "en" is British English, which writes day, month, year: "7 February 2025".
// A region ("en-US") is the reader's choice and is kept.
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', ja: 'ja-JP' };
const LONG: Options = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const SPOKEN: Options = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Options = { year: 'numeric', month: 'long' };
const MONTH_NAME: Options = { month: 'long' };
const TICK: Record<TickUnit, Options> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
};

const isJa = (locale: string) => locale === 'ja' || locale.startsWith('ja-');

/** What a style needs of a formatter: a local midnight in, words out. */
interface DateFormat {
  format(date: Date): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// CLDR's British abbreviations (ICU 68 and later): "Sept", not "Sep".
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
type Parts = (y: number, m: number, d: number) => string;
const table = (parts: Parts): DateFormat => ({ format: (t) => parts(t.getFullYear(), t.getMonth(), t.getDate()) });
const TABLES: Readonly<Record<string, Map<Options, DateFormat>>> = {
  en: new Map<Options, DateFormat>([
    [SPOKEN, table((y, m, d) => `${d} ${MONTHS[m]} ${y}`)],
    [MONTH, table((y, m) => `${MONTHS[m]} ${y}`)],
    [MONTH_NAME, table((_, m) => MONTHS[m]!)],
    [TICK.year, table((y) => String(y))],
    [TICK.month, table((y, m) => `${SHORT[m]} ${y}`)],
    [TICK.day, table((_, m, d) => `${d} ${SHORT[m]}`)],
  ]),
  ja: new Map<Options, DateFormat>([
    [SPOKEN, table((y, m, d) => `${y}年${m + 1}月${d}日`)],
    [MONTH, table((y, m) => `${y}年${m + 1}月`)],
    [MONTH_NAME, table((_, m) => `${m + 1}月`)],
    [TICK.year, table((y) => `${y}年`)],
    [TICK.month, table((y, m) => `${y}年${m + 1}月`)],
    [TICK.day, table((_, m, d) => `${m + 1}月${d}日`)],
  ]),
};

// Keyed by the options object itself: every style is one of the constants above.
const formatters = new Map<Options, Map<string, DateFormat>>();
function formatter(options: Options, locale: string): DateFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let f = byLocale.get(locale) ?? TABLES[locale]?.get(options);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, options);
    } catch {
      // A well-formed tag Intl still refuses (an unknown variant): English rather than nothing.
      f = new Intl.DateTimeFormat('en-GB', options);
    }
    byLocale.set(locale, f);
  }
  return f;
}

function fmt(day: CalendarDate | Date, options: Options, locale: string): string {
  return formatter(options, locale).format(toLocalDate(day));
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

/**
 * Calendar days as a reader would say them, to the month when they cross one:
 * "7 February 2025", "3 – 28 March 2019", "March – May 2019",
 * "December 2018 – February 2019"; "2019年3月〜2019年5月". Put together from
 * single dates, since formatRange's spacing and Japanese numerals vary by ICU.
 */
export function formatCalendarSpan(start: CalendarDate, end: CalendarDate, locale: string): string {
  const a = toLocalDate(start);
  const b = toLocalDate(end < start ? start : end);
  const day = formatter(SPOKEN, locale);
  if (start === end) return day.format(a);
  const sameYear = a.getFullYear() === b.getFullYear();
  const sameMonth = sameYear && a.getMonth() === b.getMonth();
  const month = formatter(MONTH, locale);
  if (isJa(locale)) return sameMonth ? `${day.format(a)}〜${day.format(b)}` : `${month.format(a)}〜${month.format(b)}`;
  // British English puts the day first and the year last: "3 – 28 March 2019".
  if (sameMonth) return `${a.getDate()} – ${day.format(b)}`;
  if (sameYear) return `${formatter(MONTH_NAME, locale).format(a)} – ${month.format(b)}`;
  return `${month.format(a)} – ${month.format(b)}`;
}
