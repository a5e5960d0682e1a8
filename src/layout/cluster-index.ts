// The cluster hierarchy: supercluster's idea in one dimension. Meetings fall
// into day bins; each coarser level pairs the bins of the one below, up to a
// single bin holding every meeting. Built once per data set, so a zoom or pan
// frame only reads the levels; it never walks every meeting.

import { SUMMIT_KINDS } from '../model/types.js';
import type { PreparedEvents } from './timing.js';

const DAY = 86_400_000;

/**
 * One level of the hierarchy. Node `j` holds the meetings `sorted[start[j]]`
 * to `sorted[start[j + 1] - 1]`: bins follow time order, so each node is a run
 * of the sorted meetings, and a level is a partition of all of them.
 */
export interface ClusterLevel {
  /** Bin number of each node: bins at level z are 2^(depth - z) days wide, counted from `origin`. */
  bin: Int32Array;
  /** First meeting of each node, plus a sentinel: `start[nodes] = sorted.length`. */
  start: Int32Array;
  /** Latest end (exclusive, ms) over each node's meetings. */
  end: Float64Array;
}

export interface ClusterIndex {
  /** UTC midnight of the first meeting: where bin 0 starts at every level. */
  origin: number;
  /** The finest level, whose bins are single days; level 0 is one bin over all meetings. */
  depth: number;
  /** Levels 0 (coarsest) to depth (days); empty when there are no meetings. */
  levels: ClusterLevel[];
  /** The kinds the meetings use (an author's own, or the defaults), default kinds first in their order: the order of `kindsOf`. */
  kindIds: string[];
  /**
   * Meetings of each kind before each day node, `kinds[d * kindIds.length + k]`:
   * every node is a run of whole days, so two lookups give any node's kinds, and
   * only the day level pays for them (a third of the index at 10,000 meetings).
   */
  kinds: Uint16Array | Uint32Array;
}

const indexes = new WeakMap<PreparedEvents, ClusterIndex>();

/** The hierarchy for a prepared data set; memoised like prepareEvents, since every frame reuses it. */
export function clusterIndex(events: PreparedEvents): ClusterIndex {
  let index = indexes.get(events);
  if (!index) {
    index = buildIndex(events);
    indexes.set(events, index);
  }
  return index;
}

function buildIndex(events: PreparedEvents): ClusterIndex {
  const { sorted, t0, start: origin } = events;
  if (sorted.length === 0) return { origin: 0, depth: 0, levels: [], kindIds: [], kinds: new Uint32Array(0) };
  const days = Math.floor((t0[sorted.length - 1]! - origin) / DAY);
  // Enough levels that level 0 is a single bin holding the last day too.
  const depth = days > 0 ? Math.ceil(Math.log2(days + 1)) : 0;
  const levels: ClusterLevel[] = new Array(depth + 1);
  for (let z = depth; z >= 0; z--) levels[z] = merge(events, origin, levels[z + 1]);
  const rank = (k: string) => ((SUMMIT_KINDS as readonly string[]).indexOf(k) + SUMMIT_KINDS.length + 1) % (SUMMIT_KINDS.length + 1);
  const kindIds = [...new Set(sorted.map((e) => e.kind))].sort((a, b) => rank(a) - rank(b));
  const kindIndex = new Map(kindIds.map((k, i) => [k, i]));
  const K = kindIds.length;
  const dayLevel = levels[depth]!;
  // Counts never exceed the meetings: half the bytes while they fit in 16 bits.
  const kinds = new (sorted.length < 65_536 ? Uint16Array : Uint32Array)((dayLevel.bin.length + 1) * K);
  for (let d = 0; d < dayLevel.bin.length; d++) {
    kinds.copyWithin((d + 1) * K, d * K, (d + 1) * K);
    for (let i = dayLevel.start[d]!; i < dayLevel.start[d + 1]!; i++) kinds[(d + 1) * K + kindIndex.get(sorted[i]!.kind)!]! += 1;
  }
  return { origin, depth, levels, kindIds, kinds };
}

/** Meetings of each kind among `sorted[from]` to `sorted[to - 1]`, a node's run, in `index.kindIds` order. */
export function kindsOf(index: ClusterIndex, from: number, to: number): number[] {
  const K = index.kindIds.length;
  const days = index.levels[index.depth]!;
  const d0 = nodeOf(days, from) * K;
  const d1 = (nodeOf(days, to - 1) + 1) * K;
  return index.kindIds.map((_, k) => index.kinds[d1 + k]! - index.kinds[d0 + k]!);
}

/**
 * The level above `child`: its neighbouring bins 2b and 2b+1 become bin b.
 * Without a child, the day level, from the meetings one by one.
 */
function merge({ t0, t1 }: PreparedEvents, origin: number, child?: ClusterLevel): ClusterLevel {
  const n = child ? child.bin.length : t0.length;
  const bin = new Int32Array(n);
  const start = new Int32Array(n + 1);
  const end = new Float64Array(n);
  let j = -1;
  for (let c = 0; c < n; c++) {
    const b = child ? child.bin[c]! >> 1 : Math.floor((t0[c]! - origin) / DAY);
    const e = child ? child.end[c]! : t1[c]!;
    if (j < 0 || bin[j] !== b) {
      bin[++j] = b;
      start[j] = child ? child.start[c]! : c;
      end[j] = e;
    } else if (e > end[j]!) end[j] = e;
  }
  start[j + 1] = t0.length;
  return { bin: bin.slice(0, j + 1), start: start.slice(0, j + 2), end: end.slice(0, j + 1) };
}

/** Index of the node at `level` that holds meeting `i` (0 <= i < meetings). */
export function nodeOf(level: ClusterLevel, i: number): number {
  let lo = 0;
  let hi = level.bin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (level.start[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
