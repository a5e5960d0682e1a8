// How many meetings each leader, kind and topic would show, for the filter
// control: counted over the meetings the other axes let through, as a shop's
// facets are. A module of its own so that it travels in the control's chunk.

import { FILTER_AXES, hits, IDS, idsIn, type FilterAxis, type FilteredData } from './filter.js';

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

/** The facets of a filtered data set, for the filter control; memoised with it. */
export function facets(r: FilteredData): Facets {
  let out = counted.get(r);
  if (out) return out;
  const counts = FILTER_AXES.map(() => new Map<string, number>());
  for (const e of r.full.meetings) {
    const matched = hits(r.filter, e);
    const misses = matched.filter((h) => !h).length;
    // An axis counts the meetings every other axis lets through.
    matched.forEach((hit, i) => {
      if (misses - (hit ? 0 : 1) > 0) return;
      for (const id of new Set(IDS[FILTER_AXES[i]!](e))) counts[i]!.set(id, (counts[i]!.get(id) ?? 0) + 1);
    });
  }
  const [defined, used] = [idsIn(r.full, true), idsIn(r.full, false)];
  out = Object.fromEntries(
    FILTER_AXES.map((axis, i) => [axis, [...defined[axis]].filter((id) => used[axis].has(id)).map((id) => ({ id, count: counts[i]!.get(id) ?? 0 }))]),
  ) as Facets;
  counted.set(r, out);
  return out;
}
