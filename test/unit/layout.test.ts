import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/layout/ticks.js';
import { bandCountries, estimateTextWidth, layoutBand } from '../../src/layout/bands.js';
import { placeEvents } from '../../src/layout/stack.js';
import { prepareEvents, sortEvents } from '../../src/layout/timing.js';
import { baseScale, clampTransform, dataExtent, maxZoom, rescale, windowTransform } from '../../src/layout/time-scale.js';
import { layoutTimeline, METRICS } from '../../src/layout/timeline.js';
import { fromUtcDate, toUtcDate } from '../../src/model/calendar-date.js';
import type { Summit } from '../../src/model/types.js';
import { sampleData, summit } from './fixtures.js';

const OPTIONS = { markSize: 14, gap: 3 };

/** A small deterministic generator, so "random" cases are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function randomEvents(n: number, seed: number): Summit[] {
  const rand = lcg(seed);
  const start = toUtcDate('2006-01-01').getTime();
  return Array.from({ length: n }, (_, i) => {
    const date = fromUtcDate(new Date(start + Math.floor(rand() * 7000) * 86_400_000));
    const long = rand() < 0.2;
    return summit({ id: `e${i}`, date, ...(long ? { end: fromUtcDate(new Date(toUtcDate(date).getTime() + Math.floor(rand() * 60) * 86_400_000)) } : {}) });
  });
}

describe('time scale', () => {
  it('dataExtent covers every meeting with a margin', () => {
    const [lo, hi] = dataExtent(prepareEvents(sampleData().events));
    expect(lo.getTime()).toBeLessThan(toUtcDate('2016-05-27').getTime());
    expect(hi.getTime()).toBeGreaterThan(toUtcDate('2025-02-08').getTime());
  });

  it('windowTransform shows exactly the asked window, and rescale reads it back', () => {
    const base = baseScale([toUtcDate('2006-01-01'), toUtcDate('2026-01-01')], 1000);
    const t = windowTransform(base, toUtcDate('2017-01-01'), toUtcDate('2018-01-01'));
    const view = rescale(base, t);
    expect(view.domain().map((d) => d.getTime())).toEqual([toUtcDate('2017-01-01').getTime(), toUtcDate('2018-01-01').getTime()]);
    expect(base.domain()[0]!.getTime()).toBe(toUtcDate('2006-01-01').getTime());
  });

  it.each([
    [{ k: 2, x: -500 }, { k: 2, x: -500 }],
    [{ k: 2, x: 100 }, { k: 2, x: 0 }],
    [{ k: 2, x: -1500 }, { k: 2, x: -1000 }],
    [{ k: 0.5, x: 0 }, { k: 1, x: 0 }],
    [{ k: 50, x: -24_500 }, { k: 10, x: -4_500 }],
  ])('clampTransform(%j) keeps the view inside the data: %j', (t, expected) => {
    expect(clampTransform(t, 1000, 10)).toEqual(expected);
  });

  it('maxZoom allows about a week across the view', () => {
    expect(maxZoom([toUtcDate('2025-01-01'), toUtcDate('2025-01-08')])).toBe(1);
    expect(maxZoom([toUtcDate('2006-01-01'), toUtcDate('2026-01-01')])).toBeCloseTo(7305 / 7, 3);
  });
});

describe('axisTicks', () => {
  const extent: [Date, Date] = [toUtcDate('2006-01-01'), toUtcDate('2026-01-01')];

  it.each([
    [1, 'year'],
    [20, 'month'],
    [600, 'day'],
  ] as const)('at zoom %d across 1000px uses %s ticks', (k, unit) => {
    const base = baseScale(extent, 1000);
    const view = rescale(base, { k, x: -base(toUtcDate('2019-01-01')) * k });
    const ticks = axisTicks(view);
    expect(ticks.unit).toBe(unit);
    expect(ticks.values.length).toBeGreaterThan(1);
  });

  it('never puts ticks closer than a label needs', () => {
    for (const width of [320, 640, 1280]) {
      for (const k of [1, 3, 10, 40, 200, 900]) {
        const view = rescale(baseScale(extent, width), { k, x: 0 });
        const xs = axisTicks(view).values.map((d) => view(d));
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it('leaves out a tick too near either end for its label to be whole', () => {
    for (const width of [320, 390, 768, 900, 1280]) {
      for (const k of [1, 3, 10, 40, 200, 900]) {
        const view = rescale(baseScale(extent, width), { k, x: -width * (k - 1) * 0.37 });
        const { unit, values } = axisTicks(view);
        const half = { year: 24, month: 36, day: 28 }[unit];
        for (const d of values) {
          expect(view(d)).toBeGreaterThanOrEqual(half);
          expect(view(d)).toBeLessThanOrEqual(width - half);
        }
      }
    }
  });
});

describe('placeEvents', () => {
  it('sortEvents orders by date, then id', () => {
    const events = [summit({ id: 'b', date: '2020-01-02' }), summit({ id: 'c', date: '2020-01-01' }), summit({ id: 'a', date: '2020-01-02' })];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts meetings far apart on one row and same-day meetings on separate rows', () => {
    const scale = baseScale([toUtcDate('2016-01-01'), toUtcDate('2020-01-01')], 800);
    const events = sortEvents([
      summit({ id: 'a', date: '2017-01-01' }),
      summit({ id: 'b', date: '2018-01-01' }),
      summit({ id: 'c', date: '2018-01-01' }),
      summit({ id: 'd', date: '2018-01-02' }),
    ]);
    const rows = Object.fromEntries(placeEvents(prepareEvents(events), scale, OPTIONS).map((p) => [p.event.id, p.row]));
    expect(rows).toEqual({ a: 0, b: 0, c: 1, d: 2 });
  });

  it.each([1, 2, 3, 4, 5])('never lets two marks on a row overlap (seed %d)', (seed) => {
    const events = prepareEvents(randomEvents(300, seed));
    const scale = baseScale(dataExtent(events), 900);
    const placed = placeEvents(events, scale, OPTIONS);
    expect(placed).toHaveLength(300);
    const byRow = new Map<number, typeof placed>();
    for (const p of placed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.x - b.x);
      for (let i = 1; i < row.length; i++) {
        const prev = row[i - 1]!;
        const cur = row[i]!;
        expect(cur.x - cur.width / 2).toBeGreaterThanOrEqual(prev.x + prev.width / 2 + OPTIONS.gap - 1e-9);
      }
    }
  });

  it('leaves out meetings outside the view', () => {
    const events = prepareEvents(randomEvents(200, 9));
    const base = baseScale(dataExtent(events), 1000);
    const view = rescale(base, { k: 10, x: -5000 });
    const placed = placeEvents(events, view, OPTIONS);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(200);
    // The binary-searched window must find exactly what a scan of every meeting would.
    const inView = events.sorted.filter((_, i) => {
      const [t0, t1] = [events.t0[i]!, events.t1[i]!];
      const x = (view(t0) + view(t1)) / 2;
      const w = Math.max(view(t1) - view(t0), OPTIONS.markSize) / 2;
      return x + w >= -OPTIONS.markSize / 2 && x - w <= 1000 + OPTIONS.markSize / 2;
    });
    expect(placed.map((p) => p.event.id)).toEqual(inView.map((e) => e.id));
  });

  it('draws a multi-day meeting across its days when zoomed in', () => {
    const event = summit({ id: 'v', date: '2019-05-26', end: '2019-05-28' });
    const scale = baseScale([toUtcDate('2019-05-20'), toUtcDate('2019-06-03')], 1400);
    const [p] = placeEvents(prepareEvents([event]), scale, OPTIONS);
    expect(p!.x0).toBeCloseTo(scale(toUtcDate('2019-05-26')));
    expect(p!.x1).toBeCloseTo(scale(toUtcDate('2019-05-29')));
    expect(p!.width).toBeCloseTo(300);
  });
});

describe('bands', () => {
  const data = sampleData();

  it('orders countries by the data, Japan first here', () => {
    expect(bandCountries(data.leaders)).toEqual(['JP', 'US']);
    expect(bandCountries(data.leaders, [{ country: 'US', label: { en: 'x' } }])).toEqual(['US', 'JP']);
  });

  it('gives each term its own segment, and closes an open term at today', () => {
    const scale = baseScale([toUtcDate('2012-01-01'), toUtcDate('2026-01-01')], 1400);
    const us = layoutBand('US', data.leaders, scale, '2025-11-01', (n) => n.en ?? '');
    expect(us.map((s) => s.key)).toEqual(['obama#0', 'trump#0', 'trump#1']);
    expect(us[2]!.x1).toBeCloseTo(scale(toUtcDate('2025-11-02')));
  });

  it('shows a name only where it fits', () => {
    const scale = baseScale([toUtcDate('2012-01-01'), toUtcDate('2026-01-01')], 700);
    const jp = layoutBand('JP', data.leaders, scale, '2025-11-01', (n) => n.en ?? '');
    expect(jp.find((s) => s.leaderId === 'abe')!.labelFits).toBe(true);
    expect(jp.find((s) => s.leaderId === 'ishiba')!.labelFits).toBe(false);
    expect(estimateTextWidth('石破茂')).toBeGreaterThan(estimateTextWidth('abc'));
  });
});

describe('layoutTimeline', () => {
  const input = { data: sampleData(), width: 1000, height: 360, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n: { en?: string }) => n.en ?? '' };

  it('puts Japan above the meetings, the US below, and the axis last', () => {
    const layout = layoutTimeline(input);
    const [jp, us] = layout.bands;
    expect(jp!.country).toBe('JP');
    expect(us!.country).toBe('US');
    for (const m of layout.marks) {
      expect(m.y - METRICS.markSize / 2).toBeGreaterThanOrEqual(jp!.y + jp!.height);
      expect(m.y + METRICS.markSize / 2).toBeLessThanOrEqual(us!.y);
    }
    expect(layout.axisY).toBeGreaterThanOrEqual(us!.y + us!.height);
  });

  it('is a pure function of its input', () => {
    const a = layoutTimeline(input);
    const b = layoutTimeline(input);
    expect(a.marks.map((m) => [m.event.id, m.x, m.y])).toEqual(b.marks.map((m) => [m.event.id, m.x, m.y]));
  });
});

describe('layoutTimeline without leaders', () => {
  const events = [
    summit({ id: 'a', date: '1968-10-11', kind: 'orbit', leaders: [] }),
    summit({ id: 'b', date: '1969-07-16', kind: 'landing', leaders: [] }),
  ];
  const base = { width: 1000, height: 360, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n: { en?: string }) => n.en ?? '' };

  it('draws no bands, even when the data names some, and gives the events the whole height', () => {
    const bands = [{ country: 'US', label: { en: 'President' } }];
    const layout = layoutTimeline({ ...base, data: { leaders: [], bands, events } });
    expect(layout.bands).toEqual([]);
    expect(layout.axisY).toBe(360 - METRICS.axisHeight);
    for (const m of layout.marks) {
      expect(m.y - METRICS.markSize / 2).toBeGreaterThanOrEqual(0);
      expect(m.y + METRICS.markSize / 2).toBeLessThanOrEqual(layout.axisY);
    }
    // Centred in the room between the top pad and the axis, not between two bands.
    const room = layout.axisY - 2 * METRICS.pad;
    expect(layout.marks[0]!.y).toBeCloseTo(METRICS.pad + Math.max(METRICS.pad / 2, (room - METRICS.rowPitch) / 2) + METRICS.rowPitch / 2);
  });

  it('places the same events at the same x as data with leaders would', () => {
    const withLeaders = layoutTimeline({ ...base, data: { ...sampleData(), events } });
    const without = layoutTimeline({ ...base, data: { leaders: [], events } });
    expect(without.marks.map((m) => m.x)).toEqual(withLeaders.marks.map((m) => m.x));
    expect(withLeaders.bands.length).toBe(2);
  });
});

describe('layoutTimeline panX', () => {
  it('is the transform x, and x - panX of every mark stays put across a pan at the same zoom', () => {
    const events = Array.from({ length: 60 }, (_, i) => summit({ id: `e${i}`, date: fromUtcDate(new Date(Date.UTC(2010, 0, 1 + i * 45))) }));
    const data = { ...sampleData(), events };
    const at = (x: number) => layoutTimeline({ data, width: 1000, height: 360, transform: { k: 4, x }, today: '2026-01-01', labelOf: (n) => n.en ?? '' });
    const a = at(-1500);
    const b = at(-1620);
    expect(a.panX).toBe(-1500);
    expect(b.panX).toBe(-1620);
    const own = new Map(a.marks.map((m) => [m.event.id, m.x - a.panX]));
    const both = b.marks.filter((m) => own.has(m.event.id));
    expect(both.length).toBeGreaterThan(5);
    // Drawn to 0.01 px, so the attribute is the same string.
    for (const m of both) expect((m.x - b.panX).toFixed(2)).toBe(own.get(m.event.id)!.toFixed(2));
  });
});
