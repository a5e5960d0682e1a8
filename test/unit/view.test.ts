import { describe, expect, it } from 'vitest';
import { toUtcDate, toUtcDayEnd } from '../../src/model/calendar-date.js';
import { IDENTITY, baseScale, clampTransform, maxZoom, rescale } from '../../src/layout/time-scale.js';
import {
  drawsAsRange,
  eventsInRange,
  isFiniteTransform,
  pannedBy,
  panToward,
  requestedWindow,
  sameTransform,
  tooltipPlacement,
  viewFor,
  visibleRange,
  zoomedBy,
} from '../../src/layout/view.js';

const EXTENT: [Date, Date] = [toUtcDate('2006-01-01'), toUtcDate('2026-01-01')];
const WIDTH = 1000;
const MAX_K = maxZoom(EXTENT);

describe('requestedWindow(start, end, extent)', () => {
  it.each([
    ['2019-01-01', '2019-12-31', ['2019-01-01', '2020-01-01']],
    ['2019-01-01', null, ['2019-01-01', null]],
    [null, '2019-12-31', [null, '2020-01-01']],
    ['2019-1-1', 'nope', null],
    [null, null, null],
    ['', undefined, null],
  ] as const)('start %j, end %j', (start, end, expected) => {
    const window = requestedWindow(start, end, EXTENT);
    if (expected === null) return expect(window).toBeNull();
    expect(window![0].getTime()).toBe(expected[0] ? toUtcDate(expected[0]).getTime() : EXTENT[0].getTime());
    expect(window![1].getTime()).toBe(expected[1] ? toUtcDate(expected[1]).getTime() : EXTENT[1].getTime());
  });
});

describe('viewFor({ extent, width, window })', () => {
  it('shows exactly the window asked for, and visibleRange reads it back as calendar days', () => {
    const t = viewFor({ extent: EXTENT, width: WIDTH, window: [toUtcDate('2019-01-01'), toUtcDayEnd('2019-12-31')] });
    expect(visibleRange(rescale(baseScale(EXTENT, WIDTH), t))).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });

  it('is the whole extent with no window or no width', () => {
    expect(viewFor({ extent: EXTENT, width: WIDTH, window: null })).toEqual(IDENTITY);
    expect(viewFor({ extent: EXTENT, width: 0, window: [toUtcDate('2019-01-01'), toUtcDate('2019-02-01')] })).toEqual(IDENTITY);
  });

  it('never zooms past a week across the view, nor outside the data', () => {
    const one = viewFor({ extent: EXTENT, width: WIDTH, window: [toUtcDate('2019-01-01'), toUtcDate('2019-01-02')] });
    expect(one.k).toBeCloseTo(MAX_K);
    const before = viewFor({ extent: EXTENT, width: WIDTH, window: [toUtcDate('1990-01-01'), toUtcDate('1991-01-01')] });
    expect(before.x).toBeLessThanOrEqual(0);
    expect(before.x).toBeGreaterThanOrEqual(WIDTH - WIDTH * before.k);
  });
});

describe('zoomedBy(t, factor, width, maxK)', () => {
  it('zooms about the centre: the middle day stays in the middle', () => {
    const base = baseScale(EXTENT, WIDTH);
    const t0 = viewFor({ extent: EXTENT, width: WIDTH, window: [toUtcDate('2015-01-01'), toUtcDate('2017-01-01')] });
    const middle = rescale(base, t0).invert(WIDTH / 2).getTime();
    const t1 = zoomedBy(t0, 2, WIDTH, MAX_K)!;
    expect(t1.k).toBeCloseTo(t0.k * 2);
    expect(rescale(base, t1).invert(WIDTH / 2).getTime()).toBeCloseTo(middle, -3);
  });

  it.each([NaN, Infinity, -Infinity, 0, -2, undefined as unknown as number])('ignores a factor of %s', (factor) => {
    expect(zoomedBy(IDENTITY, factor, WIDTH, MAX_K)).toBeNull();
  });

  it('stays within [1, maxK]', () => {
    expect(zoomedBy(IDENTITY, 0.5, WIDTH, MAX_K)).toEqual(IDENTITY);
    expect(zoomedBy(IDENTITY, 1e12, WIDTH, MAX_K)!.k).toBe(MAX_K);
  });
});

describe('pannedBy and panToward', () => {
  const base = baseScale(EXTENT, WIDTH);
  const t = viewFor({ extent: EXTENT, width: WIDTH, window: [toUtcDate('2015-01-01'), toUtcDate('2016-01-01')] });

  it('pannedBy moves the view by a fraction of its width, and not past the data', () => {
    const later = pannedBy(t, 0.5, WIDTH);
    expect(later.x).toBeCloseTo(t.x - WIDTH / 2);
    expect(pannedBy(IDENTITY, -1, WIDTH)).toEqual(IDENTITY);
  });

  it('panToward centres a day out of view and leaves one well inside alone', () => {
    const day = toUtcDate('2019-06-01');
    const next = panToward(base, t, day, 14)!;
    expect(rescale(base, next)(day)).toBeCloseTo(WIDTH / 2);
    expect(next.k).toBe(t.k);
    expect(panToward(base, t, toUtcDate('2015-07-01'), 14)).toBeNull();
  });
});

describe('transform guards', () => {
  it.each([
    [{ k: 1, x: 0 }, true],
    [{ k: NaN, x: 0 }, false],
    [{ k: 1, x: NaN }, false],
    [{ k: Infinity, x: 0 }, false],
    [{ k: 0, x: 0 }, false],
  ])('isFiniteTransform(%j) is %s', (t, ok) => expect(isFiniteTransform(t)).toBe(ok));

  it('sameTransform tolerates float noise but never calls NaN the same', () => {
    expect(sameTransform({ k: 2, x: -100 }, { k: 2 + 1e-12, x: -100 + 1e-9 })).toBe(true);
    expect(sameTransform({ k: 2, x: -100 }, { k: 2, x: -101 })).toBe(false);
    expect(sameTransform({ k: NaN, x: 0 }, { k: NaN, x: 0 })).toBe(false);
  });
});

describe('overlay placement', () => {
  it.each([
    [{ x: 500, y: 80 }, { left: 500, top: 78 }],
    [{ x: 10, y: 80 }, { left: 140, top: 78 }],
    [{ x: 995, y: 80 }, { left: 860, top: 78 }],
  ])('tooltipPlacement(%j) keeps the tooltip inside a 1000 px plot', (mark, expected) => {
    expect(tooltipPlacement(mark, WIDTH)).toEqual(expected);
  });

  it('a narrow plot centres the tooltip on its half-width', () => {
    expect(tooltipPlacement({ x: 200, y: 50 }, 200).left).toBe(140);
  });

  it('drawsAsRange only when a multi-day meeting is wider than a mark', () => {
    const mark = (x0: number, x1: number, end?: string) => ({ x0, x1, event: end ? { end } : {} });
    expect(drawsAsRange(mark(0, 40, '2019-05-28'), 14)).toBe(true);
    expect(drawsAsRange(mark(0, 10, '2019-05-28'), 14)).toBe(false);
    expect(drawsAsRange(mark(0, 40), 14)).toBe(false);
  });
});

describe('a window read with visibleRange and asked for again with requestedWindow (a shared link, a reload)', () => {
  // An extent that starts and ends mid-day, as dataExtent's margin makes it.
  const extent: [Date, Date] = [new Date(Date.UTC(2006, 2, 1, 7, 13)), new Date(Date.UTC(2025, 6, 3, 11))];
  const maxK = maxZoom(extent);
  // A fixed-seed generator: the same views on every run, so a failure can be read again.
  let seed = 12;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const cases: Array<[number, { k: number; x: number }]> = [];
  for (const width of [320, 390, 768, 1000, 1280]) {
    for (let i = 0; i < 200; i++) {
      const k = [1, maxK][i % 10] ?? Math.exp(random() * Math.log(maxK));
      // Every fifth view touches the start of the data, every fifth the end: the days there are cut by the extent.
      const x = i % 5 === 0 ? 0 : i % 5 === 1 ? width - width * k : -random() * (width * k - width);
      cases.push([width, clampTransform({ k, x }, width, maxK)]);
    }
  }

  it('shows the same days, at the edges of the data too', () => {
    const moved = cases.flatMap(([width, t]) => {
      const first = visibleRange(rescale(baseScale(extent, width), t));
      const again = viewFor({ extent, width, window: requestedWindow(first.start, first.end, extent) });
      const second = visibleRange(rescale(baseScale(extent, width), again));
      return first.start === second.start && first.end === second.end ? [] : [`${width}px ${first.start}–${first.end} → ${second.start}–${second.end}`];
    });
    expect(moved).toEqual([]);
  });

  it('keeps a window asked for inside the data', () => {
    const [from, to] = requestedWindow('2006-03-01', '2025-07-03', extent)!;
    expect([from.getTime(), to.getTime()]).toEqual([extent[0].getTime(), extent[1].getTime()]);
  });
});

describe('eventsInRange(events, range)', () => {
  const events = [
    { id: 'before', date: '2018-12-31' },
    { id: 'first-day', date: '2019-01-01' },
    { id: 'spans-in', date: '2018-12-30', end: '2019-01-02' },
    { id: 'inside', date: '2019-06-01' },
    { id: 'last-day', date: '2019-12-31' },
    { id: 'spans-out', date: '2019-12-31', end: '2020-01-03' },
    { id: 'spans-over', date: '2018-06-01', end: '2020-06-01' },
    { id: 'after', date: '2020-01-01' },
  ];
  it('keeps every event with a day in the range, both ends included, in order', () => {
    expect(eventsInRange(events, { start: '2019-01-01', end: '2019-12-31' }).map((e) => e.id)).toEqual(['first-day', 'spans-in', 'inside', 'last-day', 'spans-out', 'spans-over']);
  });
  it('is one day for a one-day range, and nothing for a range with no events', () => {
    expect(eventsInRange(events, { start: '2019-06-01', end: '2019-06-01' }).map((e) => e.id)).toEqual(['inside', 'spans-over']);
    expect(eventsInRange(events, { start: '2030-01-01', end: '2030-12-31' })).toEqual([]);
  });
});
