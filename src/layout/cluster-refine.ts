// Per-frame cluster geometry: the nodes of the hierarchy as drawable items,
// rows for them, and the refinement that splits clusters where rows allow.

import { nodeOf, type ClusterIndex } from './cluster-index.js';
import type { TimeScale } from './time-scale.js';
import type { PreparedEvents } from './timing.js';

/** A cluster's drawn width: wide enough for "+" and its count at the mark's font size. */
export function clusterWidth(count: number, markSize: number): number {
  return Math.max(markSize, 7 * (String(count).length + 1) + 8);
}

export interface Context {
  events: PreparedEvents;
  index: ClusterIndex;
  scale: TimeScale;
  markSize: number;
  gap: number;
  maxRows: number;
  maxItems: number;
  dayPx: number;
  r0: number;
  r1: number;
  half: number;
}

/** A node of the hierarchy (or one meeting, at level depth + 1) with its geometry. */
export interface Item {
  level: number;
  /** Node index in its level; the meeting's index for a single meeting. */
  j: number;
  from: number;
  to: number;
  x: number;
  x0: number;
  x1: number;
  width: number;
  /** Drawn extent, which rows keep apart. */
  left: number;
  right: number;
  /**
   * Where any member, or any finer cluster of members, can be drawn: each is
   * at least a day long, so its centre is half a day inside the span, and no
   * wider than this item's own mark. Items whose reaches are apart stay apart
   * however far either splits.
   */
  reachLeft: number;
  reachRight: number;
  /** May still split into the next level. */
  open: boolean;
  parent?: Item;
}

export function item(ctx: Context, level: number, j: number): Item {
  const { events, index, scale, markSize } = ctx;
  const single = level > index.depth;
  const lv = index.levels[level];
  const from = single ? j : lv!.start[j]!;
  const to = single ? j + 1 : lv!.start[j + 1]!;
  const count = to - from;
  const x0 = scale(events.timed[from]!.t0);
  const x1 = scale(count === 1 ? events.timed[from]!.t1 : lv!.end[j]!);
  const x = (x0 + x1) / 2;
  const size = count === 1 ? markSize : clusterWidth(count, markSize);
  const width = Math.max(x1 - x0, size);
  return {
    level: count === 1 ? index.depth + 1 : level,
    j: count === 1 ? from : j,
    from,
    to,
    x,
    x0,
    x1,
    width,
    left: x - width / 2,
    right: x + width / 2,
    reachLeft: Math.min(x0, x0 + (ctx.dayPx - size) / 2),
    reachRight: Math.max(x1, x1 - (ctx.dayPx - size) / 2),
    open: count > 1,
  };
}

/** In sight, or holding a member that is: placeEvents' test for a mark. */
function visible(ctx: Context, it: Item): boolean {
  return it.reachRight >= ctx.r0 - ctx.half && it.reachLeft <= ctx.r1 + ctx.half;
}

/** Visible nodes of level z over meetings [lo, hi), or null past the item budget. */
export function levelItems(ctx: Context, z: number, lo: number, hi: number): Item[] | null {
  const level = ctx.index.levels[z]!;
  const jLo = nodeOf(level, lo);
  const jHi = nodeOf(level, hi - 1) + 1;
  // Most nodes near the view are in it; far more than the budget cannot fit, so skip the walk.
  if (jHi - jLo > ctx.maxItems * 4) return null;
  const items: Item[] = [];
  for (let j = jLo; j < jHi; j++) {
    const it = item(ctx, z, j);
    if (!visible(ctx, it)) continue;
    if (items.length === ctx.maxItems) return null;
    items.push(it);
  }
  return items;
}

function children(ctx: Context, parent: Item): Item[] {
  const out: Item[] = [];
  const next = parent.level + 1;
  const lv = ctx.index.levels[next];
  const jLo = lv ? nodeOf(lv, parent.from) : parent.from;
  const jHi = lv ? nodeOf(lv, parent.to - 1) + 1 : parent.to;
  for (let j = jLo; j < jHi; j++) {
    const it = item(ctx, next, j);
    if (!visible(ctx, it)) continue;
    it.parent = parent;
    out.push(it);
  }
  return out;
}

const byLeft = (a: Item, b: Item) => a.left - b.left || a.from - b.from;
const byReach = (a: Item, b: Item) => a.reachLeft - b.reachLeft || a.from - b.from;

/**
 * Rows by first fit in order of left edge, which for intervals needs no more
 * rows than the deepest overlap; null when that is more than the plot has.
 */
export function pack(ctx: Context, items: Item[]): Int32Array | null {
  const sorted = [...items].sort(byLeft);
  const rows = new Int32Array(sorted.length);
  const rowEnds: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const it = sorted[k]!;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! + ctx.gap > it.left) row++;
    if (row >= ctx.maxRows) return null;
    rowEnds[row] = it.right;
    rows[k] = row;
  }
  // Back in the caller's order.
  const out = new Int32Array(items.length);
  const at = new Map(items.map((it, k) => [it, k]));
  sorted.forEach((it, k) => (out[at.get(it)!] = rows[k]!));
  return out;
}

export function fits(ctx: Context, items: Item[]): boolean {
  return pack(ctx, items) !== null;
}

/** The items first fit leaves without a row, placing the rest. */
function overflow(ctx: Context, items: Item[]): Item[] {
  const rowEnds: number[] = [];
  const left: Item[] = [];
  for (const it of [...items].sort(byLeft)) {
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! + ctx.gap > it.left) row++;
    if (row >= ctx.maxRows) left.push(it);
    else rowEnds[row] = it.right;
  }
  return left;
}

/** Runs of items (sorted by reach) whose reaches touch; rows in one run never meet another's. */
function runs(ctx: Context, sorted: Item[]): Item[][] {
  const out: Item[][] = [];
  let reach = -Infinity;
  for (const it of sorted) {
    if (out.length === 0 || reach + ctx.gap <= it.reachLeft) out.push([]);
    out[out.length - 1]!.push(it);
    reach = Math.max(reach, it.reachRight);
  }
  return out;
}

/**
 * Splits every open cluster into its children, keeping whole each cluster one
 * of whose children finds no row, until nothing more splits.
 */
export function refine(ctx: Context, start: Item[]): Item[] {
  let items = start;
  for (let pass = 0; pass <= ctx.index.depth + 1 && items.some((it) => it.open); pass++) {
    const kept = new Set<Item>();
    let accepted: Item[] | null = null;
    // Each round keeps at least one more cluster whole; a few settle any real view, and if not, none splits.
    for (let round = 0; round < 12 && !accepted; round++) {
      const trial: Item[] = [];
      for (const it of items) {
        if (it.open && !kept.has(it)) trial.push(...children(ctx, it));
        else trial.push(it);
      }
      if (trial.length > ctx.maxItems) break;
      let ok = true;
      for (const run of runs(ctx, trial.sort(byReach))) {
        const homeless = overflow(ctx, run);
        if (homeless.length === 0) continue;
        ok = false;
        // An item that did not split can only be crowded out by its neighbours' children: keep those whole.
        const blame = homeless.some((it) => !it.parent) ? run : homeless;
        for (const it of blame) if (it.parent) kept.add(it.parent);
      }
      if (ok) accepted = trial;
    }
    if (!accepted) break;
    for (const it of kept) it.open = false;
    for (const it of accepted) delete it.parent;
    items = accepted;
  }
  return items;
}
