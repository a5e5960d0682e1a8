import { describe, expect, it } from 'vitest';
import { toUtcDate } from '../../src/model/calendar-date.js';
import { maxZoom } from '../../src/layout/time-scale.js';
import {
  fitWindow,
  minWindowSpan,
  overviewKey,
  overviewLayout,
  overviewTicks,
  windowCentredAt,
  windowFromSelection,
  windowPercent,
} from '../../src/layout/overview.js';

const DAY = 86_400_000;
const EXTENT: [Date, Date] = [toUtcDate('2010-01-01'), toUtcDate('2020-01-01')];
const SPAN = EXTENT[1].getTime() - EXTENT[0].getTime();
const WIDTH = 500;
const at = (fraction: number) => new Date(EXTENT[0].getTime() + fraction * SPAN);
const timed = (times: number[]): Float64Array => Float64Array.from(times);
const ms = (w: [Date, Date] | null) => w && [w[0].getTime(), w[1].getTime()];

describe('overviewTicks(timed, extent, width)', () => {
  it('puts one tick in each pixel column that holds a meeting, counting them', () => {
    const events = timed([at(0).getTime(), at(0.001).getTime(), at(0.5).getTime(), at(1).getTime()]);
    expect(overviewTicks(events, EXTENT, WIDTH)).toEqual([
      { x: 0.5, count: 2 },
      { x: 250.5, count: 1 },
      // The extent's last instant falls in the last column, not one past it.
      { x: 499.5, count: 1 },
    ]);
  });

  it('costs at most one tick per pixel for 100,000 meetings', () => {
    const times = Array.from({ length: 100_000 }, (_, i) => EXTENT[0].getTime() + (i / 100_000) * SPAN);
    const ticks = overviewTicks(timed(times), EXTENT, WIDTH);
    expect(ticks).toHaveLength(WIDTH);
    expect(ticks.reduce((n, t) => n + t.count, 0)).toBe(100_000);
    expect(new Set(ticks.map((t) => t.x)).size).toBe(WIDTH);
  });

  it('is computed once per data set and width: the same array while they stay', () => {
    const events = timed([at(0.2).getTime()]);
    const first = overviewTicks(events, EXTENT, WIDTH);
    expect(overviewTicks(events, EXTENT, WIDTH)).toBe(first);
    expect(overviewTicks(events, EXTENT, WIDTH + 100)).not.toBe(first);
    expect(overviewTicks(events, EXTENT, WIDTH + 100)[0]!.x).toBe(120.5);
  });

  it('gives no ticks for no meetings, a zero width or an empty extent', () => {
    expect(overviewTicks(new Float64Array(0), EXTENT, WIDTH)).toEqual([]);
    expect(overviewTicks(timed([at(0.5).getTime()]), EXTENT, 0)).toEqual([]);
    expect(overviewTicks(timed([at(0.5).getTime()]), [EXTENT[0], EXTENT[0]], WIDTH)).toEqual([]);
  });
});

describe('overviewLayout(input)', () => {
  it('places the brush over the window, in the pixels of the whole extent', () => {
    const layout = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: [at(0.2), at(0.3)] });
    expect(layout.selection[0]).toBeCloseTo(100, 6);
    expect(layout.selection[1]).toBeCloseTo(150, 6);
    expect(layout.scale.domain()).toEqual(EXTENT);
  });

  it('clamps a window beyond the extent, and falls back to all of it for a broken one', () => {
    const wide = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: [at(-1), at(2)] });
    expect(wide.selection).toEqual([0, WIDTH]);
    const broken = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: [new Date(NaN), at(0.5)] });
    expect(broken.selection).toEqual([0, 250]);
    const reversed = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: [at(0.5), at(0.4)] });
    expect(reversed.selection).toEqual([0, WIDTH]);
  });
});

describe('windowFromSelection(layout, [x0, x1])', () => {
  const layout = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: EXTENT });

  it('reads a selection back as the window it stands for', () => {
    expect(ms(windowFromSelection(layout, [100, 150]))).toEqual([at(0.2).getTime(), at(0.3).getTime()]);
    expect(ms(windowFromSelection(layout, [150, 100]))).toEqual([at(0.2).getTime(), at(0.3).getTime()]);
  });

  it('widens a selection narrower than the deepest zoom to that zoom, about its centre', () => {
    const w = windowFromSelection(layout, [250, 250])!;
    expect(w[1].getTime() - w[0].getTime()).toBeCloseTo(SPAN / maxZoom(EXTENT), 0);
    expect((w[0].getTime() + w[1].getTime()) / 2).toBeCloseTo(at(0.5).getTime(), 0);
  });

  it('returns null for a selection that is not two finite numbers', () => {
    expect(windowFromSelection(layout, [NaN, 10])).toBeNull();
    expect(windowFromSelection(layout, [0, Infinity])).toBeNull();
  });

  it('inverts overviewLayout: window → selection → the same window', () => {
    const window: [Date, Date] = [toUtcDate('2017-03-01'), toUtcDate('2019-07-01')];
    const there = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window });
    const back = windowFromSelection(there, there.selection)!;
    expect(Math.abs(back[0].getTime() - window[0].getTime())).toBeLessThan(1000);
    expect(Math.abs(back[1].getTime() - window[1].getTime())).toBeLessThan(1000);
  });
});

describe('windowCentredAt(layout, x)', () => {
  const layout = overviewLayout({ starts: new Float64Array(0), extent: EXTENT, width: WIDTH, height: 32, window: [at(0.1), at(0.2)] });
  it('keeps the span and centres it on the day clicked, inside the extent', () => {
    expect(ms(windowCentredAt(layout, 250))).toEqual([at(0.45).getTime(), at(0.55).getTime()]);
    expect(ms(windowCentredAt(layout, 490))).toEqual([at(0.9).getTime(), at(1).getTime()]);
    expect(windowCentredAt(layout, NaN)).toBeNull();
  });
});

describe('fitWindow(extent, centre, span)', () => {
  it('keeps the span between the deepest zoom and the whole extent, and slides it inside', () => {
    expect(ms(fitWindow(EXTENT, at(0.5).getTime(), 10 * SPAN))).toEqual(ms(EXTENT));
    expect(minWindowSpan(EXTENT)).toBe(7 * DAY);
    const narrow = fitWindow(EXTENT, at(0).getTime(), DAY);
    expect(ms(narrow)).toEqual([EXTENT[0].getTime(), EXTENT[0].getTime() + 7 * DAY]);
  });
});

describe('overviewKey(key, modifiers, extent, window)', () => {
  const window: [Date, Date] = [at(0.4), at(0.6)];
  const tenth = 0.02;
  it.each<[string, { shift?: boolean }, [number, number] | null]>([
    ['ArrowRight', {}, [0.4 + tenth, 0.6 + tenth]],
    ['ArrowUp', {}, [0.4 + tenth, 0.6 + tenth]],
    ['ArrowLeft', {}, [0.4 - tenth, 0.6 - tenth]],
    ['ArrowDown', {}, [0.4 - tenth, 0.6 - tenth]],
    ['ArrowRight', { shift: true }, [0.5 - 0.11, 0.5 + 0.11]],
    ['ArrowLeft', { shift: true }, [0.5 - 0.1 / 1.1, 0.5 + 0.1 / 1.1]],
    ['PageUp', {}, [0.56, 0.76]],
    ['PageDown', {}, [0.24, 0.44]],
    ['Home', {}, [0, 0.2]],
    ['End', {}, [0.8, 1]],
    ['Enter', {}, null],
    ['a', {}, null],
  ])('%s with %j', (key, mods, expected) => {
    const w = overviewKey(key, mods, EXTENT, window);
    if (!expected) return expect(w).toBeNull();
    expect((w![0].getTime() - EXTENT[0].getTime()) / SPAN).toBeCloseTo(expected[0], 9);
    expect((w![1].getTime() - EXTENT[0].getTime()) / SPAN).toBeCloseTo(expected[1], 9);
  });

  it('leaves Ctrl, Meta and Alt chords to the browser', () => {
    expect(overviewKey('ArrowRight', { ctrl: true }, EXTENT, window)).toBeNull();
    expect(overviewKey('ArrowRight', { meta: true }, EXTENT, window)).toBeNull();
    expect(overviewKey('ArrowRight', { alt: true }, EXTENT, window)).toBeNull();
  });

  it('stops at the edges and at the zoom limits however often a key is pressed', () => {
    let w = window;
    for (let i = 0; i < 50; i++) w = overviewKey('ArrowRight', {}, EXTENT, w)!;
    expect(ms(w)).toEqual([at(0.8).getTime(), at(1).getTime()]);
    for (let i = 0; i < 200; i++) w = overviewKey('ArrowLeft', { shift: true }, EXTENT, w)!;
    expect(w[1].getTime() - w[0].getTime()).toBeCloseTo(minWindowSpan(EXTENT), 0);
    for (let i = 0; i < 200; i++) w = overviewKey('ArrowRight', { shift: true }, EXTENT, w)!;
    expect(ms(w)).toEqual(ms(EXTENT));
  });

  it('ignores a window that is not finite', () => {
    expect(overviewKey('ArrowRight', {}, EXTENT, [new Date(NaN), at(0.5)])).toBeNull();
  });
});

describe('windowPercent(extent, window)', () => {
  it('says how far the window has travelled, 0 at the start, 100 at the end', () => {
    expect(windowPercent(EXTENT, [at(0), at(0.2)])).toBe(0);
    expect(windowPercent(EXTENT, [at(0.4), at(0.6)])).toBe(50);
    expect(windowPercent(EXTENT, [at(0.8), at(1)])).toBe(100);
    expect(windowPercent(EXTENT, EXTENT)).toBe(0);
  });
});
