// Meetings in time order with their spans as UTC milliseconds: parsed once per
// data set, so zoom and pan frames only compare numbers.

import { toUtcMs } from '../model/calendar-date.js';
import type { Summit } from '../model/types.js';

/**
 * Meetings in time order with their spans, ready for per-frame placement.
 * Spans are typed arrays beside the meetings, not an object per meeting: at
 * 10,000 meetings those objects and their boxed numbers were 430 KB of the
 * JS heap, and a zoom frame reads only the numbers of the meetings near it.
 */
export interface PreparedEvents {
  /** The meetings in time order. */
  sorted: Summit[];
  /** Meeting i spans [t0[i], t1[i]), in UTC milliseconds. */
  t0: Float64Array;
  t1: Float64Array;
  /** The longest meeting, in ms: how far before the view a meeting can start and still show. */
  maxSpan: number;
  /** First start and last end over all meetings, in ms (NaN when there are none). */
  start: number;
  end: number;
}

/** Meetings in time order; ties by id so the order, and keyboard order, are stable. */
export function sortEvents(events: readonly Summit[]): Summit[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const DAY = 86_400_000;
const prepared = new WeakMap<readonly Summit[], PreparedEvents>();

/** Sorts and times the meetings; memoised per events array, since zoom frames reuse it. */
export function prepareEvents(events: readonly Summit[]): PreparedEvents {
  let result = prepared.get(events);
  if (!result) {
    const sorted = sortEvents(events);
    const t0 = new Float64Array(sorted.length);
    const t1 = new Float64Array(sorted.length);
    let maxSpan = 0;
    let end = NaN;
    for (let i = 0; i < sorted.length; i++) {
      const event = sorted[i]!;
      t0[i] = toUtcMs(event.date);
      t1[i] = (event.end ? toUtcMs(event.end) : t0[i]!) + DAY;
      maxSpan = Math.max(maxSpan, t1[i]! - t0[i]!);
      end = Number.isNaN(end) ? t1[i]! : Math.max(end, t1[i]!);
    }
    result = { sorted, t0, t1, maxSpan, start: sorted.length ? t0[0]! : NaN, end };
    prepared.set(events, result);
  }
  return result;
}

/** Index of the first meeting starting at or after `t`. */
export function firstFrom(t0: Float64Array, t: number): number {
  let lo = 0;
  let hi = t0.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t0[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

