import { describe, expect, it } from 'vitest';
import { daysBetween, fromUtcDate, isCalendarDate, toLocalDate, toUtcDate, toUtcDayEnd, toUtcMs } from '../../src/model/calendar-date.js';

describe('isCalendarDate', () => {
  it.each([
    ['2025-02-07', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2019-13-01', false],
    ['2019-00-10', false],
    ['2019-04-31', false],
    ['2019-04-00', false],
    ['2025-2-7', false],
    ['2025-02-07T00:00:00Z', false],
    [' 2025-02-07', false],
    ['', false],
    [20250207, false],
    [null, false],
  ])('isCalendarDate(%j) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('UTC day conversions', () => {
  it('toUtcDate gives UTC midnight and fromUtcDate reads it back', () => {
    const d = toUtcDate('2025-02-07');
    expect(d.toISOString()).toBe('2025-02-07T00:00:00.000Z');
    expect(fromUtcDate(d)).toBe('2025-02-07');
    expect(fromUtcDate(new Date(d.getTime() + 86_399_999))).toBe('2025-02-07');
  });

  it('toUtcDayEnd is the next midnight', () => {
    expect(toUtcDayEnd('2024-12-31').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('keeps years below 100 literal', () => {
    expect(fromUtcDate(toUtcDate('0044-03-15'))).toBe('0044-03-15');
  });

  it('toLocalDate is local midnight of the same day', () => {
    const d = toLocalDate('2025-02-07');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2025, 1, 7, 0]);
  });

  it('daysBetween counts calendar days', () => {
    expect(daysBetween('2019-05-26', '2019-05-28')).toBe(2);
    expect(daysBetween('2025-02-07', '2024-02-07')).toBe(-366);
  });
});

describe('toUtcMs', () => {
  it('is toUtcDate(day).getTime() for every day of several centuries, years 0-99 and leap days included', () => {
    for (const [from, to] of [[0, 3], [96, 104], [1899, 1902], [1968, 2031], [2096, 2104], [9997, 9999]] as const) {
      for (let t = toUtcDate(`${String(from).padStart(4, '0')}-01-01`).getTime(); t <= toUtcDate(`${String(to).padStart(4, '0')}-12-31`).getTime(); t += 86_400_000) {
        const day = fromUtcDate(new Date(t));
        expect(toUtcMs(day), day).toBe(t);
      }
    }
  });

  it('refuses what is not a calendar date, as toUtcDate does', () => {
    for (const bad of ['2025-2-07', '2025/02/07', '2025-02-0x', '', '12025-02-07']) expect(() => toUtcMs(bad)).toThrow(RangeError);
  });
});
