// Clusters: where the meetings in view would need more rows than the plot
// has, or more marks than the DOM budget, neighbouring meetings merge into one
// mark with a count. Each frame picks the finest level of the cluster
// hierarchy that fits, so no meeting is ever clipped or hidden.

import { fromUtcDate } from '../model/calendar-date.js';
import { SUMMIT_KINDS, type CalendarDate, type Summit, type SummitKind } from '../model/types.js';
import { nodeOf, type ClusterIndex, type ClusterLevel } from './cluster-index.js';
import { nearView, viewWindow, type PlaceOptions, type PlacedEvent } from './stack.js';
import type { TimeScale } from './time-scale.js';
import type { PreparedEvents } from './timing.js';

const DAY = 86_400_000;
/** How many members a cluster names, for a tooltip or a list. */
export const CLUSTER_SAMPLE = 3;

/** A cluster mark: several meetings drawn as one, with everything a renderer needs. */
export interface PlacedCluster {
  /** Stable while its members are: the first and last members' ids. Never an event id. */
  key: string;
  count: number;
  /** Members are `prepareEvents(events).timed[from]` to `[to - 1]`: a run of the time-sorted meetings. */
  from: number;
  to: number;
  /** First start and latest end over the members, UTC ms, [t0, t1). */
  t0: number;
  t1: number;
  /** The same span as calendar days, last day inclusive: for describeCluster. */
  start: CalendarDate;
  end: CalendarDate;
  /** Centre of the mark; x0/x1 are the span's edges; width is what it is drawn at (room for its count). */
  x: number;
  x0: number;
  x1: number;
  width: number;
  row: number;
  /** Members by kind, in SUMMIT_KINDS order, kinds with none left out. */
  kinds: { kind: SummitKind; count: number }[];
  /** The first few members in time order (at most CLUSTER_SAMPLE). */
  first: Summit[];
}

export interface ClusterOptions extends PlaceOptions {
  /** Rows the plot can show. */
  maxRows: number;
  /** Most marks and clusters together, to bound the DOM. */
  maxItems: number;
}

export interface ClusteredView {
  marks: PlacedEvent[];
  clusters: PlacedCluster[];
}

/** A cluster's drawn width: wide enough for "+" and its count at the mark's font size. */
export function clusterWidth(count: number, markSize: number): number {
  return Math.max(markSize, 7 * (String(count).length + 1) + 8);
}

/**
 * Marks and clusters for the view from the finest level that fits both the
 * rows and the item budget. Levels are tried from about one bin across the
 * view downwards, and each level has at most twice the nodes of the one
 * above, so a frame costs time in proportion to what it draws.
 */
export function clusterEvents(events: PreparedEvents, index: ClusterIndex, scale: TimeScale, options: ClusterOptions): ClusteredView {
  const { lo, hi } = nearView(events, scale, options.markSize);
  if (hi <= lo || index.levels.length === 0) return { marks: [], clusters: [] };
  const [r0, r1] = scale.range() as [number, number];
  const dayPx = Math.max(1e-9, scale(index.origin + DAY) - scale(index.origin));
  const across = Math.log2(Math.max(1, (r1 - r0) / dayPx));
  const zStart = Math.min(index.depth, Math.max(0, Math.ceil(index.depth - across)));
  const maxRows = Math.max(1, options.maxRows);
  const maxItems = Math.max(1, options.maxItems);

  let best: { z: number; rows: Int32Array } | null = null;
  for (let z = zStart; z <= index.depth; z++) {
    const rows = tryLevel(events, index.levels[z]!, lo, hi, scale, options, maxRows, maxItems);
    if (!rows) break;
    best = { z, rows };
  }
  // Even one bin across the view can be too much for a very short plot: go coarser, up to one cluster.
  for (let z = zStart - 1; !best && z >= 0; z--) {
    const rows = tryLevel(events, index.levels[z]!, lo, hi, scale, options, maxRows, maxItems);
    if (rows) best = { z, rows };
  }
  // Level 0 is a single node, so it always fits in one row; this is only a guard.
  if (!best) best = { z: 0, rows: new Int32Array(1) };
  return build(events, index.levels[best.z]!, lo, scale, options, best.rows);
}

interface Geometry {
  x: number;
  x0: number;
  x1: number;
  width: number;
  left: number;
  right: number;
}

function geometry(events: PreparedEvents, level: ClusterLevel, j: number, scale: TimeScale, markSize: number): Geometry {
  const i = level.start[j]!;
  const count = level.start[j + 1]! - i;
  const x0 = scale(events.timed[i]!.t0);
  const x1 = scale(count === 1 ? events.timed[i]!.t1 : level.end[j]!);
  const x = (x0 + x1) / 2;
  const width = Math.max(x1 - x0, count === 1 ? markSize : clusterWidth(count, markSize));
  // A cluster covers its members' own marks too, so no member shows past its edges.
  const half = count === 1 ? 0 : markSize / 2;
  return { x, x0, x1, width, left: Math.min(x - width / 2, x0 - half), right: Math.max(x + width / 2, x1 + half) };
}

/** Rows for the level's nodes near the view (-1 for those out of sight), or null when they do not fit. */
function tryLevel(
  events: PreparedEvents,
  level: ClusterLevel,
  lo: number,
  hi: number,
  scale: TimeScale,
  options: PlaceOptions,
  maxRows: number,
  maxItems: number,
): Int32Array | null {
  const { r0, r1, half } = viewWindow(events, scale, options.markSize);
  const jLo = nodeOf(level, lo);
  const jHi = nodeOf(level, hi - 1) + 1;
  // Most nodes near the view are in it; far more than the budget cannot fit, so skip the walk.
  if (jHi - jLo > maxItems * 4) return null;
  const rows = new Int32Array(jHi - jLo).fill(-1);
  const rowEnds: number[] = [];
  let items = 0;
  for (let j = jLo; j < jHi; j++) {
    const g = geometry(events, level, j, scale, options.markSize);
    if (g.right < r0 - half || g.left > r1 + half) continue;
    if (++items > maxItems) return null;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! + options.gap > g.left) row++;
    if (row >= maxRows) return null;
    rowEnds[row] = g.right;
    rows[j - jLo] = row;
  }
  return rows;
}

function build(
  events: PreparedEvents,
  level: ClusterLevel,
  lo: number,
  scale: TimeScale,
  options: PlaceOptions,
  rows: Int32Array,
): ClusteredView {
  const K = SUMMIT_KINDS.length;
  const marks: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const jLo = nodeOf(level, lo);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row < 0) continue;
    const j = jLo + k;
    const from = level.start[j]!;
    const to = level.start[j + 1]!;
    const { x, x0, x1, width } = geometry(events, level, j, scale, options.markSize);
    if (to - from === 1) {
      marks.push({ event: events.timed[from]!.event, x, x0, x1, width, row });
      continue;
    }
    const kinds: PlacedCluster['kinds'] = [];
    for (let c = 0; c < K; c++) {
      const count = level.kinds[j * K + c]!;
      if (count > 0) kinds.push({ kind: SUMMIT_KINDS[c]!, count });
    }
    const t0 = events.timed[from]!.t0;
    const t1 = level.end[j]!;
    const first = events.timed.slice(from, Math.min(to, from + CLUSTER_SAMPLE)).map((t) => t.event);
    clusters.push({
      key: `cluster:${first[0]!.id}:${events.timed[to - 1]!.event.id}`,
      count: to - from,
      from,
      to,
      t0,
      t1,
      start: first[0]!.date,
      end: fromUtcDate(new Date(t1 - DAY)),
      x,
      x0,
      x1,
      width,
      row,
      kinds,
      first,
    });
  }
  return { marks, clusters };
}
