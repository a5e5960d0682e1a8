// Runs once per zone (see vitest.config.ts): the same calendar day everywhere.
import { describe, expect, it } from 'vitest';
import { formatCalendarSpan, formatLongDate, formatMonth, formatSpan, formatSpokenDate, formatTick } from '../../src/format/dates.js';
import { describeCluster, describeEvent } from '../../src/format/describe.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { toUtcDate, toUtcDayEnd } from '../../src/model/calendar-date.js';
import { sampleData, summit } from './fixtures.js';

const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Tokyo': -540,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
};

describe(`dates in ${process.env.TZ}`, () => {
  it('really runs in that zone', () => {
    // Guards the test itself: if TZ were ignored, the rest would prove nothing.
    expect(new Date(2025, 1, 7).getTimezoneOffset()).toBe(OFFSETS[process.env.TZ!]);
  });

  it('shows 2025-02-07 as Friday 7 February 2025', () => {
    expect(formatLongDate('2025-02-07', 'en')).toBe('Friday, 7 February 2025');
    expect(formatLongDate('2025-02-07', 'ja')).toBe('2025年2月7日金曜日');
    expect(formatSpokenDate('2025-02-07', 'en')).toBe('7 February 2025');
  });

  it('keeps the first and last day of a year on their year', () => {
    expect(formatSpokenDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(formatSpokenDate('2024-12-31', 'en')).toBe('31 December 2024');
    expect(formatSpan('2019-05-26', '2019-05-28', 'en')).toBe('26 May 2019 – 28 May 2019');
  });

  it('labels UTC tick values with their own day', () => {
    expect(formatTick(toUtcDate('2025-01-01'), 'year', 'en')).toBe('2025');
    expect(formatTick(toUtcDate('2025-02-01'), 'month', 'en')).toBe('Feb 2025');
    expect(formatTick(toUtcDate('2025-02-07'), 'day', 'en')).toBe('7 Feb');
    expect(formatTick(toUtcDate('2025-02-07'), 'day', 'ja')).toBe('2月7日');
  });

  it('words en and ja dates from its own tables exactly as Intl does for en-GB and ja-JP', () => {
    // The tables spare a page ICU's start-up; they must never read differently from Intl.
    const intl = (tag: string, options: Intl.DateTimeFormatOptions, day: string) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const local = new Date(0);
      local.setFullYear(y, m - 1, d);
      local.setHours(0, 0, 0, 0);
      return new Intl.DateTimeFormat(tag, options).format(local);
    };
    const days: string[] = [];
    for (const year of ['0001', '0099', '0999', '1969', '2025', '9999'])
      for (let month = 1; month <= 12; month++) for (const day of ['01', '09', '28']) days.push(`${year}-${String(month).padStart(2, '0')}-${day}`);
    for (const [lang, tag] of [['en', 'en-GB'], ['ja', 'ja-JP']] as const) {
      for (const day of days) {
        expect(formatSpokenDate(day, lang)).toBe(intl(tag, { year: 'numeric', month: 'long', day: 'numeric' }, day));
        expect(formatMonth(toUtcDate(day), lang)).toBe(intl(tag, { year: 'numeric', month: 'long' }, day));
        expect(formatTick(toUtcDate(day), 'year', lang)).toBe(intl(tag, { year: 'numeric' }, day));
        expect(formatTick(toUtcDate(day), 'month', lang)).toBe(intl(tag, { year: 'numeric', month: 'short' }, day));
        expect(formatTick(toUtcDate(day), 'day', lang)).toBe(intl(tag, { month: 'short', day: 'numeric' }, day));
      }
    }
    // A span inside one year names its first month alone.
    for (let month = 1; month <= 11; month++) {
      const from = `2019-${String(month).padStart(2, '0')}-03`;
      expect(formatCalendarSpan(from, '2019-12-28', 'en')).toBe(`${intl('en-GB', { month: 'long' }, from)} – December 2019`);
    }
    // Any other language is Intl's own.
    expect(formatSpokenDate('2025-02-07', 'de')).toBe(intl('de', { year: 'numeric', month: 'long', day: 'numeric' }, '2025-02-07'));
    expect(formatSpokenDate('2025-02-07', 'en-US')).toBe('February 7, 2025');
  });

  it('places the 2025-02-07 meeting inside 7 February on the scale', () => {
    const data = sampleData();
    const layout = layoutTimeline({ data, width: 1000, height: 360, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n) => n.en ?? '' });
    const mark = layout.marks.find((m) => m.event.id === '2025-02-07-ishiba-trump')!;
    expect(mark.x0).toBeCloseTo(layout.scale(toUtcDate('2025-02-07')), 6);
    expect(mark.x1).toBeCloseTo(layout.scale(toUtcDayEnd('2025-02-07')), 6);
  });

  it('names the day in the accessible description', () => {
    const data = sampleData();
    const leaders = new Map(data.leaders.map((l) => [l.id, l]));
    const event = data.events.find((e) => e.id === '2025-02-07-ishiba-trump')!;
    expect(describeEvent(event, leaders, 'en')).toBe(
      '7 February 2025: Shigeru Ishiba and Donald Trump, White House, Washington, D.C., United States. Working visit.',
    );
    expect(describeEvent(event, leaders, 'ja')).toContain('2025年2月7日');
  });
});

describe(`cluster names in ${process.env.TZ}`, () => {
  it.each([
    [{ count: 3, start: '2025-02-07', end: '2025-02-07' }, '3 meetings, 7 February 2025', '3件の会談、2025年2月7日'],
    [{ count: 37, start: '2019-03-03', end: '2019-03-28' }, '37 meetings, 3 – 28 March 2019', '37件の会談、2019年3月3日〜2019年3月28日'],
    [{ count: 37, start: '2019-03-01', end: '2019-05-31' }, '37 meetings, March – May 2019', '37件の会談、2019年3月〜2019年5月'],
    [{ count: 2, start: '2018-12-31', end: '2019-01-01' }, '2 meetings, December 2018 – January 2019', '2件の会談、2018年12月〜2019年1月'],
  ])('describeCluster(%j) reads the span in words', (cluster, en, ja) => {
    expect(describeCluster(cluster, 'en')).toBe(en);
    expect(describeCluster(cluster, 'ja')).toBe(ja);
  });

  it('names the clusters layout makes from their own span', () => {
    const events = Array.from({ length: 50 }, (_, i) => summit({ id: `d${i}`, date: '2024-12-31' }));
    const layout = layoutTimeline({ data: { ...sampleData(), events }, width: 600, height: 200, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n) => n.en ?? '' });
    expect(layout.clusters.map((c) => describeCluster(c, 'en'))).toEqual(['50 meetings, 31 December 2024']);
  });
});
