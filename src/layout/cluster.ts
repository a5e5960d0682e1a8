// Clusters: where the meetings in view would need more rows than the plot
// has, or more marks than the DOM budget, neighbouring meetings merge into one
// mark with a count. Each frame picks the finest level of the cluster
// hierarchy that fits, so no meeting is ever clipped or hidden.

import { fromUtcDate } from '../model/calendar-date.js';
import type { CalendarDate, Summit } from '../model/types.js';
import { clusterIndex, kindsOf, type ClusterIndex } from './cluster-index.js';
import { levelItems, place, refine, type Context, type Item } from './cluster-refine.js';
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
  /** Members are `prepareEvents(events).sorted[from]` to `[to - 1]`: a run of the time-sorted meetings. */
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
  /** Members by kind (default kinds first, in their order), kinds with none left out. */
  kinds: { kind: string; count: number }[];
  /** The first few members in time order (at most CLUSTER_SAMPLE). */
  first: Summit[];
}

export interface ClusterOptions extends PlaceOptions {
  /** Rows the plot can show. */
  maxRows: number;
  /** Most marks and clusters together, to bound the DOM. */
  maxItems: number;
}

export { clusterWidth } from './cluster-refine.js';

export interface ClusteredView {
  marks: PlacedEvent[];
  clusters: PlacedCluster[];
}

/**
 * Marks and clusters for the view. First the finest level of the hierarchy
 * whose nodes in view all fit (levels are tried from about one bin across
 * the view down, each with at most twice the nodes of the one above); then
 * clusters split further wherever their neighbourhood still fits, so a dense
 * day elsewhere does not keep a sparse stretch clustered. Work is in
 * proportion to what is drawn, never to all the meetings.
 */
export function clusterEvents(events: PreparedEvents, index: ClusterIndex, scale: TimeScale, options: ClusterOptions): ClusteredView {
  const { lo, hi } = nearView(events, scale, options.markSize);
  if (hi <= lo || index.levels.length === 0) return { marks: [], clusters: [] };
  const ctx: Context = {
    events,
    index,
    scale,
    markSize: options.markSize,
    gap: options.gap,
    maxRows: Math.max(1, options.maxRows),
    maxItems: Math.max(1, options.maxItems),
    dayPx: Math.max(1e-9, scale(index.origin + DAY) - scale(index.origin)),
    ...viewWindow(events, scale, options.markSize),
  };
  const across = Math.log2(Math.max(1, (ctx.r1 - ctx.r0) / ctx.dayPx));
  const zStart = Math.min(index.depth, Math.max(0, Math.ceil(index.depth - across)));

  let items: Item[] | null = null;
  for (let z = zStart; z <= index.depth; z++) {
    const level = levelItems(ctx, z, lo, hi);
    if (!level || place(ctx, level).length) break;
    items = level;
  }
  // Even one bin across the view can be too much for a very short plot: go coarser, up to one cluster.
  for (let z = zStart - 1; !items && z >= 0; z--) {
    const level = levelItems(ctx, z, lo, hi);
    if (level && !place(ctx, level).length) items = level;
  }
  // Level 0 is a single node, so it always fits in one row.
  items = refine(ctx, items ?? levelItems(ctx, 0, lo, hi)!);
  return build(ctx, items);
}

function build(ctx: Context, items: Item[]): ClusteredView {
  const { events, index } = ctx;
  // The refined set fits: each run was checked, and runs never share a row's space.
  place({ ...ctx, maxRows: Infinity }, items);
  items.sort((a, b) => a.from - b.from);
  const marks: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const { from, to, x, x0, x1, width, row } = it;
    if (to - from === 1) {
      marks.push({ event: events.sorted[from]!, x, x0, x1, width, row });
      continue;
    }
    const level = index.levels[it.level]!;
    const counts = kindsOf(index, from, to);
    const kinds: PlacedCluster['kinds'] = [];
    for (let k = 0; k < counts.length; k++) if (counts[k]) kinds.push({ kind: index.kindIds[k]!, count: counts[k]! });
    const t1 = level.end[it.j]!;
    const first: Summit[] = [];
    for (let i = from; i < to && i < from + CLUSTER_SAMPLE; i++) first.push(events.sorted[i]!);
    clusters.push({
      key: `cluster:${first[0]!.id}:${events.sorted[to - 1]!.id}`,
      count: to - from,
      from,
      to,
      t0: events.t0[from]!,
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

/** Clustering as layoutFrame takes it: the hierarchy built once per data set (memoised), then this view's items. */
export function clusterView(events: PreparedEvents, scale: TimeScale, options: ClusterOptions): ClusteredView {
  return clusterEvents(events, clusterIndex(events), scale, options);
}
