// The overview strip's own words: the slider's name and its value text.
// Kept beside the strip rather than in strings.ts so the strip arrives whole.

import { formatDaySpan, formatMonthSpan } from './dates.js';
import { toLocale } from './strings.js';

const DAY = 86_400_000;
/** Below about two months, months alone would hide where the window is: give days. */
const DAYS_BELOW = 62 * DAY;

const WORDS = {
  en: {
    label: 'Overview: drag or use the arrow keys to move the view; Shift+arrows to resize',
    showing: (span: string) => `showing ${span}`,
  },
  ja: {
    label: '全体図: ドラッグか矢印キーで表示範囲を移動、Shift+矢印キーで幅を変更',
    showing: (span: string) => `${span}を表示中`,
  },
} as const;

/** The slider's accessible name. */
export function overviewLabel(locale: string): string {
  return WORDS[toLocale(locale)].label;
}

/** "showing March 2017 to June 2019", "2017年3月〜2019年6月を表示中"; days for a short window. */
export function overviewValueText(window: [Date, Date], locale: string): string {
  const [start, end] = window;
  const short = end.getTime() - start.getTime() < DAYS_BELOW;
  const span = (short ? formatDaySpan : formatMonthSpan)(start, end, locale);
  return WORDS[toLocale(locale)].showing(span);
}
