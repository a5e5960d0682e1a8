// Filters: which meetings a reader asked to see, by kind, leader and topic.
// A meeting is shown when it matches every axis that is set (and), and it
// matches an axis when it has any of that axis's ids (or). Worked out once
// per data set and filter, so the marks, clusters, keyboard order, table,
// counts and overview all read the same list and zoom frames read none of it.

import { DEFAULT_KINDS, DEFAULT_TOPICS } from '../model/defaults.js';
import type { Summit } from '../model/types.js';
import type { DerivedData } from './derive.js';

export const FILTER_AXES = ['kinds', 'leaders', 'topics'] as const;
export type FilterAxis = (typeof FILTER_AXES)[number];
/** Ids per axis; an empty list sets no filter on that axis. */
export type Filter = Record<FilterAxis, string[]>;

export interface FilteredData {
  /** The data set filtered. */
  full: DerivedData;
  /** The filter as applied: the ids the data knows, in the order given; unknown ids are dropped. */
  filter: Filter;
  /** Whether any axis is set. */
  active: boolean;
  /** The meetings shown, as a data set of their own (the full one itself when no axis is set); `extent` stays the full data's, so filtering never moves the view. */
  view: DerivedData;
}

/** A space-separated list of ids, as the attributes take them: order kept, repeats and anything not a string dropped. */
export function parseIds(value: unknown): string[] {
  return typeof value === 'string' ? [...new Set(value.split(/\s+/).filter(Boolean))] : [];
}

/** `list` with `ids` added, or removed when all of them are in it already (a legend entry can stand for kinds that look alike). */
export function toggleIds(list: readonly string[], ids: readonly string[]): string[] {
  const on = ids.every((id) => list.includes(id));
  return on ? list.filter((id) => !ids.includes(id)) : [...list, ...ids.filter((id) => !list.includes(id))];
}

export const IDS: Record<FilterAxis, (e: Summit) => readonly string[]> = {
  kinds: (e) => [e.kind],
  leaders: (e) => e.leaders ?? [],
  topics: (e) => e.topics ?? [],
};

/** Ids of each axis the meetings use, after those the data defines when `defined` (in the data's order). */
export function idsIn({ data, meetings }: DerivedData, defined: boolean): Record<FilterAxis, Set<string>> {
  const sets = {
    kinds: new Set(defined ? (data.kinds ?? DEFAULT_KINDS).map((k) => k.id) : []),
    leaders: new Set(defined ? data.leaders.map((l) => l.id) : []),
    topics: new Set(defined ? (data.topics ?? DEFAULT_TOPICS).map((t) => t.id) : []),
  };
  // Unrolled, not through IDS: the first frame pays for this pass, and IDS makes an array per meeting.
  // Indexed loops: this runs cold in a first render, where for...of allocates a result per step.
  for (let i = 0; i < meetings.length; i++) {
    const e = meetings[i]!;
    sets.kinds.add(e.kind);
    const { leaders, topics } = e;
    if (leaders) for (let j = 0; j < leaders.length; j++) sets.leaders.add(leaders[j]!);
    if (topics) for (let j = 0; j < topics.length; j++) sets.topics.add(topics[j]!);
  }
  return sets;
}

const memo = new WeakMap<DerivedData, { key: string; result: FilteredData }>();

/**
 * The meetings of `d` that `wanted` lets through (each axis a space-separated
 * string of ids, as the attributes hold them). Pure; memoised on the last filter per data set,
 * since every update of the element asks again.
 */
export function filterData(d: DerivedData, wanted: Partial<Record<FilterAxis, unknown>>): FilteredData {
  const asked = FILTER_AXES.map((axis) => parseIds(wanted[axis]));
  const key = asked.map((ids) => ids.join(' ')).join('\n');
  const hit = memo.get(d);
  if (hit?.key === key) return hit.result;

  const sets = idsIn(d, true);
  const filter = Object.fromEntries(FILTER_AXES.map((axis, i) => [axis, asked[i]!.filter((id) => sets[axis].has(id))])) as Filter;
  const active = FILTER_AXES.some((axis) => filter[axis].length);
  const kept = active ? d.meetings.filter((e) => hits(filter, e).every(Boolean)) : d.meetings;
  const view: DerivedData = active ? { ...d, data: { ...d.data, events: kept }, meetings: kept, order: new Map(kept.map((e, i) => [e.id, i])) } : d;
  const result = { full: d, filter, active, view };
  memo.set(d, { key, result });
  return result;
}

/** Whether the meeting matches each axis, in FILTER_AXES order; an axis with no ids lets everything through. */
export function hits(filter: Filter, e: Summit): boolean[] {
  return FILTER_AXES.map((axis) => !filter[axis].length || IDS[axis](e).some((id) => filter[axis].includes(id)));
}
