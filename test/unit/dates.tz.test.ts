// Runs once per zone (see vitest.config.ts): the same calendar day everywhere.
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatSpan, formatSpokenDate, formatTick } from '../../src/format/dates.js';
import { describeEvent } from '../../src/format/describe.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { toUtcDate, toUtcDayEnd } from '../../src/model/calendar-date.js';
import { sampleData } from './fixtures.js';

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
