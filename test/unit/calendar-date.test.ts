import { describe, expect, it } from 'vitest';
import { daysBetween, fromUtcDate, isCalendarDate, toLocalDate, toUtcDate, toUtcDayEnd } from '../../src/model/calendar-date.js';

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
