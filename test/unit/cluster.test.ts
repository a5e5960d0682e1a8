import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterIndex, kindsOf } from '../../src/layout/cluster-index.js';
import { CLUSTER_SAMPLE } from '../../src/layout/cluster.js';
import { placeEvents } from '../../src/layout/stack.js';
import { prepareEvents } from '../../src/layout/timing.js';
import { dataExtent, maxZoom } from '../../src/layout/time-scale.js';
import { layoutTimeline, METRICS, type TimelineLayout } from '../../src/layout/timeline.js';
import { fromUtcDate, toUtcDate } from '../../src/model/calendar-date.js';
import { SUMMIT_KINDS, type Summit, type TimelineData } from '../../src/model/types.js';
import { parseData } from '../../src/model/validate.js';
import { sampleData, summit } from './fixtures.js';

const DAY = 86_400_000;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Seeded meetings over 2006-2025, a fifth of them several days long, all kinds. */
function randomEvents(n: number, seed: number, longShare = 0.2): Summit[] {
  const rand = lcg(seed);
  const start = toUtcDate('2006-01-01').getTime();
  return Array.from({ length: n }, (_, i) => {
    const date = fromUtcDate(new Date(start + Math.floor(rand() * 7300) * DAY));
    const kind = SUMMIT_KINDS[Math.floor(rand() * SUMMIT_KINDS.length)]!;
    const end = rand() < longShare ? fromUtcDate(new Date(toUtcDate(date).getTime() + (1 + Math.floor(rand() * 20)) * DAY)) : undefined;
    return summit({ id: `e${i}`, date, kind, ...(end ? { end } : {}) });
  });
}

function withEvents(events: Summit[]): TimelineData {
  return { ...sampleData(), events };
}

const history = parseData(readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8')).data!;

function layout(data: TimelineData, width: number, height: number, k = 1, centre = 0.5) {
  return layoutTimeline({ data, width, height, transform: { k, x: width / 2 - centre * width * k }, today: '2026-01-01', labelOf: (n) => n.en ?? '' });
}

/** Rows the plot has: the same room layoutTimeline works out, at the minimum pitch. */
function capacity(l: TimelineLayout): number {
  const [above, below] = l.bands;
  const room = below!.y - METRICS.pad - (above!.y + above!.height + METRICS.pad) - METRICS.pad;
  return Math.max(1, Math.floor(room / METRICS.minRowPitch));
}

/** What placeEvents would show with unlimited rows: every meeting whose mark touches the view. */
function visibleIds(data: TimelineData, l: TimelineLayout): Set<string> {
  const [r0, r1] = l.scale.range() as [number, number];
  const half = METRICS.markSize / 2;
  const ids = new Set<string>();
  const { sorted, t0: starts, t1: ends } = prepareEvents(data.events);
  for (let i = 0; i < sorted.length; i++) {
    const [event, t0, t1] = [sorted[i]!, starts[i]!, ends[i]!];
    const x = (l.scale(t0) + l.scale(t1)) / 2;
    const w = Math.max(l.scale(t1) - l.scale(t0), METRICS.markSize) / 2;
    if (x + w >= r0 - half && x - w <= r1 + half) ids.add(event.id);
  }
  return ids;
}

/**
 * Every meeting in view is a mark or in exactly one cluster, and nothing
 * overflows the plot. Collects what is wrong and asserts once, since a
 * 10,000-meeting view has thousands of items to check.
 */
function checkCovers(data: TimelineData, l: TimelineLayout): void {
  const prepared = prepareEvents(data.events);
  const { sorted } = prepared;
  const wrong: string[] = [];
  const seen = new Map<string, number>();
  const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const m of l.marks) count(m.event.id);
  for (const c of l.clusters) for (let i = c.from; i < c.to; i++) count(sorted[i]!.id);
  for (const [id, n] of seen) if (n !== 1) wrong.push(`${id} counted ${n} times`);
  for (const id of visibleIds(data, l)) if (!seen.has(id)) wrong.push(`${id} is in view but neither drawn nor counted`);
  const total = l.marks.length + l.clusters.reduce((n, c) => n + c.count, 0);
  if (total !== seen.size) wrong.push(`marks and counts sum to ${total}, not ${seen.size}`);

  const rows = capacity(l);
  const [above, below] = l.bands;
  const items = [...l.marks, ...l.clusters];
  if (items.length > METRICS.maxItems) wrong.push(`${items.length} items`);
  const byRow = new Map<number, typeof items>();
  for (const it of items) {
    if (it.row >= rows) wrong.push(`row ${it.row} of ${rows}`);
    if (it.y - METRICS.markSize / 2 < above!.y + above!.height || it.y + METRICS.markSize / 2 > below!.y) wrong.push(`y ${it.y} outside the plot`);
    byRow.set(it.row, byRow.get(it.row)?.concat(it) ?? [it]);
  }
  for (const [r, row] of byRow) {
    row.sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
    for (let i = 1; i < row.length; i++) {
      if (row[i]!.x - row[i]!.width / 2 < row[i - 1]!.x + row[i - 1]!.width / 2 + METRICS.gap - 1e-6) wrong.push(`overlap on row ${r} at ${row[i]!.x}`);
    }
  }
  for (const c of l.clusters) {
    const members = Array.from({ length: c.to - c.from }, (_, m) => ({ event: sorted[c.from + m]!, t0: prepared.t0[c.from + m]!, t1: prepared.t1[c.from + m]! }));
    let t0 = Infinity;
    let t1 = -Infinity;
    const kinds = new Map<string, number>();
    for (const t of members) {
      t0 = Math.min(t0, t.t0);
      t1 = Math.max(t1, t.t1);
      kinds.set(t.event.kind, (kinds.get(t.event.kind) ?? 0) + 1);
    }
    const expected = {
      count: members.length,
      t0,
      t1,
      start: fromUtcDate(new Date(t0)),
      end: fromUtcDate(new Date(t1 - DAY)),
      kinds: SUMMIT_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind) })),
      first: members.slice(0, CLUSTER_SAMPLE).map((t) => t.event.id),
      key: `cluster:${members[0]!.event.id}:${members[members.length - 1]!.event.id}`,
    };
    const actual = { count: c.count, t0: c.t0, t1: c.t1, start: c.start, end: c.end, kinds: c.kinds, first: c.first.map((e) => e.id), key: c.key };
    if (c.count < 2) wrong.push(`${c.key} has ${c.count} member`);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${JSON.stringify(actual)} should be ${JSON.stringify(expected)}`);
  }
  expect(wrong.slice(0, 10)).toEqual([]);
}

describe('clusterIndex', () => {
  it('partitions all meetings at every level, from one bin down to days, and is memoised', () => {
    const events = prepareEvents(randomEvents(2000, 3));
    const index = clusterIndex(events);
    expect(clusterIndex(events)).toBe(index);
    expect(index.levels).toHaveLength(index.depth + 1);
    expect(index.levels[0]!.bin).toHaveLength(1);
    index.levels.forEach((level, z) => {
      const nodes = level.bin.length;
      expect(level.start[0]).toBe(0);
      expect(level.start[nodes]).toBe(2000);
      for (let j = 0; j < nodes; j++) {
        const members = Array.from({ length: level.start[j + 1]! - level.start[j]! }, (_, m) => {
          const i = level.start[j]! + m;
          return { event: events.sorted[i]!, t0: events.t0[i]!, t1: events.t1[i]! };
        });
        expect(members.length).toBeGreaterThan(0);
        const width = 2 ** (index.depth - z) * DAY;
        const bins = new Set(members.map((t) => Math.floor((t.t0 - index.origin) / width)));
        expect([...bins]).toEqual([level.bin[j]]);
        expect(level.end[j]).toBe(Math.max(...members.map((t) => t.t1)));
        const counts = index.kindIds.map(() => 0);
        for (const t of members) counts[index.kindIds.indexOf(t.event.kind)]! += 1;
        expect(kindsOf(index, level.start[j]!, level.start[j + 1]!)).toEqual(counts);
      }
    });
  });

  it('has no levels for no meetings, and one for a single day', () => {
    expect(clusterIndex(prepareEvents([])).levels).toEqual([]);
    expect(clusterIndex(prepareEvents([])).kinds).toHaveLength(0);
    const one = clusterIndex(prepareEvents([summit({ id: 'a', date: '2020-01-01' }), summit({ id: 'b', date: '2020-01-01' })]));
    expect(one.depth).toBe(0);
    expect(Array.from(one.levels[0]!.start)).toEqual([0, 2]);
  });
});

describe('layoutTimeline with clusters', () => {
  it('leaves the default history exactly as placed, with no clusters, at 1200 px', () => {
    for (const [height, k] of [
      [360, 1],
      [600, 1],
      [360, 6],
      [600, 40],
    ] as const) {
      const l = layout(history, 1200, height, k, 0.8);
      expect(l.clusters).toEqual([]);
      // The placement and row pitch as they were before clusters existed.
      const placed = placeEvents(prepareEvents(history.events), l.scale, { markSize: METRICS.markSize, gap: METRICS.gap });
      const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
      const top = l.bands[0]!.y + l.bands[0]!.height + METRICS.pad;
      const room = l.bands[1]!.y - METRICS.pad - top - METRICS.pad;
      const pitch = Math.max(METRICS.minRowPitch, Math.min(METRICS.rowPitch, room / rows));
      const first = top + Math.max(METRICS.pad / 2, (room - rows * pitch) / 2) + pitch / 2;
      expect(l.marks).toEqual(placed.map((p) => ({ ...p, y: first + p.row * pitch })));
    }
  });

  const sets: [string, TimelineData][] = [
    ['no meetings', withEvents([])],
    ['one meeting', withEvents([summit({ id: 'only', date: '2019-05-26', end: '2019-05-28' })])],
    ['the default history', history],
    ['60 meetings on one day', withEvents(Array.from({ length: 60 }, (_, i) => summit({ id: `d${i}`, date: '2020-02-02' })))],
    ['long meetings over each other', withEvents(randomEvents(400, 11, 1))],
    ['10,000 meetings', withEvents(randomEvents(10_000, 7))],
  ];
  const sizes = [
    [320, 360],
    [1200, 600],
    [900, 150],
  ] as const;
  const zooms = [1, 1.5, 3, 8, 30, 120, 1000];

  describe.each(sets)('%s', (_, data) => {
    it.each(sizes)('at %d x %d px, every meeting in view is a mark or counted in one cluster, at every zoom', { timeout: 20_000 }, (width, height) => {
      const maxK = maxZoom(dataExtent(prepareEvents(data.events)));
      for (const k of zooms) {
        for (const centre of [0.02, 0.37, 0.5, 0.93]) checkCovers(data, layout(data, width, height, Math.min(k, maxK), centre));
      }
    });
  });

  it('clusters 100,000 meetings into at most the item budget, and accounts for every one', { timeout: 30_000 }, () => {
    const data = withEvents(randomEvents(100_000, 5, 0.05));
    const whole = layout(data, 1200, 600);
    expect(whole.clusters.length).toBeGreaterThan(0);
    expect(whole.marks.length + whole.clusters.reduce((n, c) => n + c.count, 0)).toBe(100_000);
    for (const [k, centre] of [
      [1, 0.5],
      [7, 0.1],
      [200, 0.66],
    ] as const) {
      checkCovers(data, layout(data, 1200, 600, k, centre));
      checkCovers(data, layout(data, 320, 360, k, centre));
    }
  });

  it('splits clusters as the view zooms in, until every meeting stands alone', () => {
    const data = withEvents(randomEvents(10_000, 7, 0));
    const standing = [1, 4, 16, 64, 256].map((k) => layout(data, 1200, 600, k, 0.4));
    expect(standing[0]!.clusters.length).toBeGreaterThan(0);
    expect(standing[0]!.marks.length).toBeLessThan(standing[0]!.clusters.length);
    // Share of what is in view that stands alone grows with each zoom step...
    const alone = standing.map((l) => l.marks.length / (l.marks.length + l.clusters.reduce((n, c) => n + c.count, 0)));
    for (let i = 1; i < alone.length; i++) expect(alone[i]).toBeGreaterThanOrEqual(alone[i - 1]!);
    // ...and once the plot has the rows, nothing is clustered.
    expect(standing[4]!.clusters).toEqual([]);
  });

  it('keeps a crowded day clustered while its neighbours stand alone', () => {
    const crowd = Array.from({ length: 80 }, (_, i) => summit({ id: `c${i}`, date: '2020-02-02' }));
    const others = ['2020-01-20', '2020-01-25', '2020-02-09', '2020-02-14'].map((date, i) => summit({ id: `o${i}`, date }));
    const data = withEvents([...crowd, ...others]);
    const extent = dataExtent(prepareEvents(data.events));
    const l = layoutTimeline({ data, width: 1200, height: 600, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n) => n.en ?? '' });
    expect(l.scale.domain()).toEqual(extent);
    expect(l.marks.map((m) => m.event.id).sort()).toEqual(['o0', 'o1', 'o2', 'o3']);
    expect(l.clusters.map((c) => [c.count, c.start, c.end, c.kinds])).toEqual([[80, '2020-02-02', '2020-02-02', [{ kind: 'sideline', count: 80 }]]]);
    checkCovers(data, l);
  });

  it('lets 20 meetings on one day stand alone when the plot has 20 rows', () => {
    const data = withEvents(Array.from({ length: 20 }, (_, i) => summit({ id: `d${i}`, date: '2020-02-02' })));
    // Rows are 25 px apart at the least (24 px targets): 640 px gives the room for 20 or more.
    const l = layout(data, 1200, 640);
    expect(capacity(l)).toBeGreaterThanOrEqual(20);
    expect(l.clusters).toEqual([]);
    expect(l.marks).toHaveLength(20);
  });
});

describe('clusters past the item budget', () => {
  it('keeps 5,000 meetings on one day as one cluster, even at the deepest zoom', () => {
    const data = withEvents(Array.from({ length: 5000 }, (_, i) => summit({ id: `s${i}`, date: '2021-04-16' })));
    const l = layout(data, 1200, 600);
    expect(l.marks).toEqual([]);
    expect(l.clusters.map((c) => c.count)).toEqual([5000]);
  });
});

describe('cost per frame', () => {
  it('reads a bounded number of the 100,000 meetings per frame once the hierarchy is built', { timeout: 30_000 }, () => {
    const data = withEvents(randomEvents(100_000, 13, 0.05));
    layout(data, 1200, 600);
    // Count reads of the time-sorted meetings from here on: a frame must not walk them all.
    const prepared = prepareEvents(data.events);
    let reads = 0;
    const { sorted, t0, t1 } = prepared;
    // Reflect.get on the target itself: a typed array's length is a getter that needs the array as `this`.
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(on, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(on, key);
        },
      });
    Object.assign(prepared, { sorted: counted(sorted), t0: counted(t0), t1: counted(t1) });
    try {
      for (const [k, centre] of [
        [1, 0.5],
        [3, 0.2],
        [40, 0.7],
        [900, 0.4],
      ] as const) {
        reads = 0;
        const l = layout(data, 1200, 600, k, centre);
        const drawn = l.marks.length + l.clusters.length;
        expect(drawn).toBeGreaterThan(0);
        // Bounded by the item budget (a few levels and rounds over at most maxItems items), not by the data.
        expect(reads).toBeLessThan(20 * METRICS.maxItems);
        expect(reads).toBeLessThan(data.events.length / 5);
      }
    } finally {
      Object.assign(prepared, { sorted, t0, t1 });
    }
  });
});
