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
  /** Set by place(). */
  row: number;
  /**
   * The cluster this item split from, while refine() still weighs the split.
   * Always present (undefined when none): an object that gains or deletes a
   * property changes shape, and every later read of it slows down.
   */
  parent: Item | undefined;
}

export function item(ctx: Context, level: number, j: number, parent?: Item): Item {
  const { events, index, scale, markSize } = ctx;
  // Past the deepest level there are no nodes, only meetings.
  const lv = index.levels[level];
  const from = lv ? lv.start[j]! : j;
  const to = lv ? lv.start[j + 1]! : j + 1;
  const count = to - from;
  const x0 = scale(events.t0[from]!);
  const x1 = scale(count === 1 ? events.t1[from]! : lv!.end[j]!);
  const x = (x0 + x1) / 2;
  const size = count === 1 ? markSize : clusterWidth(count, markSize);
  const width = Math.max(x1 - x0, size);
  return {
    level,
    j,
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
    row: 0,
    parent,
  };
}

/** In sight, or holding a member that is: placeEvents' test for a mark. */
function visible(ctx: Context, it: Item): boolean {
  return it.reachRight >= ctx.r0 - ctx.half && it.reachLeft <= ctx.r1 + ctx.half;
}

/**
 * Visible items of level z (meetings one by one past the deepest level) over
 * meetings [from, to), or null when there are more than the item budget.
 */
export function levelItems(ctx: Context, z: number, from: number, to: number, parent?: Item): Item[] | null {
  const level = ctx.index.levels[z];
  const jLo = level ? nodeOf(level, from) : from;
  const jHi = level ? nodeOf(level, to - 1) + 1 : to;
  const items: Item[] = [];
  for (let j = jLo; j < jHi; j++) {
    const it = item(ctx, z, j, parent);
    if (!visible(ctx, it)) continue;
    if (items.length === ctx.maxItems) return null;
    items.push(it);
  }
  return items;
}

// Comparisons, not differences: in cold code a fractional difference is a new heap number per call.
const byLeft = (a: Item, b: Item) => (a.left < b.left ? -1 : a.left > b.left ? 1 : a.from - b.from);
const byReach = (a: Item, b: Item) => (a.reachLeft < b.reachLeft ? -1 : a.reachLeft > b.reachLeft ? 1 : a.from - b.from);

/**
 * Gives each item a row by first fit in order of left edge, which for
 * intervals needs no more rows than the deepest overlap, and returns those
 * left without one because the plot has no more rows. Sorts `items` in
 * place: no caller needs their old order, and a sorted copy per call was
 * about a tenth of the garbage of a first render at 1,000 meetings. Loops
 * here are indexed: a first render runs this code cold, where for...of
 * allocates.
 */
export function place(ctx: Context, items: Item[]): Item[] {
  const rowEnds: number[] = [];
  const homeless: Item[] = [];
  items.sort(byLeft);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const limit = it.left - ctx.gap;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! > limit) row++;
    if (row >= ctx.maxRows) homeless.push(it);
    else rowEnds[(it.row = row)] = it.right;
  }
  return homeless;
}

/** Runs of items (sorted by reach) whose reaches touch; rows in one run never meet another's. */
function runs(ctx: Context, sorted: Item[]): Item[][] {
  const out: Item[][] = [];
  let reach = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const it = sorted[i]!;
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
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const kids = it.open && !kept.has(it) ? levelItems(ctx, it.level + 1, it.from, it.to, it) : null;
        // A cluster with more children than the whole budget stays whole.
        if (it.open && !kids) kept.add(it);
        if (kids) for (let k = 0; k < kids.length; k++) trial.push(kids[k]!);
        else trial.push(it);
      }
      if (trial.length > ctx.maxItems) break;
      let ok = true;
      const all = runs(ctx, trial.sort(byReach));
      for (let r = 0; r < all.length; r++) {
        const run = all[r]!;
        const homeless = place(ctx, run);
        if (homeless.length === 0) continue;
        ok = false;
        // An item that did not split can only be crowded out by its neighbours' children: keep those whole.
        const blame = homeless.some((it) => !it.parent) ? run : homeless;
        for (let i = 0; i < blame.length; i++) if (blame[i]!.parent) kept.add(blame[i]!.parent!);
      }
      if (ok) accepted = trial;
    }
    if (!accepted) break;
    for (const it of kept) it.open = false;
    for (let i = 0; i < accepted.length; i++) accepted[i]!.parent = undefined;
    items = accepted;
  }
  return items;
}
