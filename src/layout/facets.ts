// How many meetings each leader, kind and topic would show, for the filter
// control: counted over the meetings the other axes let through, as a shop's
// facets are. A module of its own so that it travels in the control's chunk.

import { FILTER_AXES, idsIn, type FilterAxis, type FilteredData } from './filter.js';

/** One id a reader can filter by, and how many meetings it would show alongside the other axes' filters. */
export interface Facet {
  id: string;
  count: number;
}

/**
 * Per axis, every id the meetings use, in the data's order, each with the
 * number of meetings it matches among those the other axes let through:
 * what ticking it would add, as a shop's facets count.
 */
export type Facets = Record<FilterAxis, Facet[]>;

const counted = new WeakMap<FilteredData, Facets>();

/** Whether `ids` has one of `wanted`; no ids wanted lets everything through. */
function matches(wanted: readonly string[], ids: readonly string[]): boolean {
  if (!wanted.length) return true;
  for (let i = 0; i < ids.length; i++) if (wanted.includes(ids[i]!)) return true;
  return false;
}

/**
 * The facets of a filtered data set, for the filter control; memoised with it.
 * One pass, nothing allocated per meeting: the control renders with the first
 * frame, and at 1,000 meetings a pass of arrays and sets per meeting cost 15 ms.
 */
export function facets(r: FilteredData): Facets {
  let out = counted.get(r);
  if (out) return out;
  const { filter } = r;
  const counts = FILTER_AXES.map(() => new Map<string, number>());
  const used = FILTER_AXES.map(() => new Set<string>());
  const { meetings } = r.full;
  const none: readonly string[] = [];
  // Each meeting's ids on the three axes, in one array reused for all; loops are indexed, since the
  // first frame runs this cold, where for...of allocates a result per step.
  const one: string[] = [''];
  const ids: (readonly string[])[] = [one, none, none];
  for (let m = 0; m < meetings.length; m++) {
    const e = meetings[m]!;
    one[0] = e.kind;
    ids[1] = e.leaders ?? none;
    ids[2] = e.topics ?? none;
    let misses = 0;
    let missed = -1;
    for (let i = 0; i < 3; i++) {
      const list = ids[i]!;
      for (let j = 0; j < list.length; j++) used[i]!.add(list[j]!);
      if (!matches(filter[FILTER_AXES[i]!], list)) (misses += 1), (missed = i);
    }
    // An axis counts the meetings every other axis lets through.
    for (let i = 0; i < 3 && misses <= 1; i++) {
      if (misses === 1 && missed !== i) continue;
      const list = ids[i]!;
      for (let j = 0; j < list.length; j++) {
        const id = list[j]!;
        if (list.indexOf(id) === j) counts[i]!.set(id, (counts[i]!.get(id) ?? 0) + 1);
      }
    }
  }
  // The ids the data defines (in its order) then those only the meetings use, as idsIn orders them.
  const defined = idsIn(r.full, true);
  out = Object.fromEntries(
    FILTER_AXES.map((axis, i) => [axis, [...defined[axis]].filter((id) => used[i]!.has(id)).map((id) => ({ id, count: counts[i]!.get(id) ?? 0 }))]),
  ) as Facets;
  counted.set(r, out);
  return out;
}
