// Runs once per zone (see vitest.config.ts): a window's months and days are the scale's UTC days everywhere.
import { describe, expect, it } from 'vitest';
import { formatDaySpan, formatMonth, formatMonthSpan } from '../../src/format/dates.js';
import { overviewLabel, overviewValueText } from '../../src/format/overview.js';
import { toUtcDate, toUtcDayEnd } from '../../src/model/calendar-date.js';

const d = toUtcDate;

describe(`the overview's words in ${process.env.TZ}`, () => {
  it('formatMonth names the month of a UTC day', () => {
    expect(formatMonth(d('2017-03-01'), 'en')).toBe('March 2017');
    expect(formatMonth(d('2017-03-31'), 'ja')).toBe('2017年3月');
  });

  it('formatMonthSpan reads a window with an exclusive end as the months it covers', () => {
    // The UTC midnight after 30 June is the end: June is the last month, not July.
    expect(formatMonthSpan(d('2017-03-01'), toUtcDayEnd('2019-06-30'), 'en')).toBe('March 2017 to June 2019');
    expect(formatMonthSpan(d('2017-03-01'), toUtcDayEnd('2019-06-30'), 'ja')).toBe('2017年3月〜2019年6月');
    expect(formatMonthSpan(d('2017-03-01'), d('2017-04-01'), 'en')).toBe('March 2017');
  });

  it('formatDaySpan gives the first and last day', () => {
    expect(formatDaySpan(d('2019-05-26'), toUtcDayEnd('2019-06-01'), 'en')).toBe('26 May 2019 to 1 June 2019');
    expect(formatDaySpan(d('2019-05-26'), toUtcDayEnd('2019-06-01'), 'ja')).toBe('2019年5月26日〜2019年6月1日');
  });

  it('overviewValueText says what is in view: months for a long window, days for a short one', () => {
    expect(overviewValueText([d('2017-03-01'), toUtcDayEnd('2019-06-30')], 'en')).toBe('showing March 2017 to June 2019');
    expect(overviewValueText([d('2017-03-01'), toUtcDayEnd('2019-06-30')], 'ja')).toBe('2017年3月〜2019年6月を表示中');
    expect(overviewValueText([d('2019-05-26'), toUtcDayEnd('2019-06-01')], 'en')).toBe('showing 26 May 2019 to 1 June 2019');
    expect(overviewValueText([d('2019-05-26'), toUtcDayEnd('2019-06-01')], 'ja-JP')).toBe('2019年5月26日〜2019年6月1日を表示中');
  });

  it('overviewLabel names the slider and how to work it, in English and Japanese', () => {
    expect(overviewLabel('en')).toContain('arrow keys');
    expect(overviewLabel('ja')).toContain('矢印キー');
    expect(overviewLabel('fr')).toBe(overviewLabel('en'));
  });
});
