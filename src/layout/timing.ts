// Meetings in time order with their spans as UTC milliseconds: parsed once per
// data set, so zoom and pan frames only compare numbers.

import { toUtcMs } from '../model/calendar-date.js';
import type { Summit } from '../model/types.js';

/** A meeting with its span as UTC milliseconds, [t0, t1): parsed once per data set, not per frame. */
export interface TimedEvent {
  event: Summit;
  t0: number;
  t1: number;
}

/** Meetings in time order, with their longest span, ready for per-frame placement. */
export interface PreparedEvents {
  timed: TimedEvent[];
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
    let maxSpan = 0;
    let end = NaN;
    const timed = sortEvents(events).map((event) => {
      const t0 = toUtcMs(event.date);
      const t1 = (event.end ? toUtcMs(event.end) : t0) + DAY;
      maxSpan = Math.max(maxSpan, t1 - t0);
      end = Number.isNaN(end) ? t1 : Math.max(end, t1);
      return { event, t0, t1 };
    });
    result = { timed, maxSpan, start: timed[0]?.t0 ?? NaN, end };
    prepared.set(events, result);
  }
  return result;
}

/** Index of the first meeting starting at or after `t`. */
export function firstFrom(timed: readonly TimedEvent[], t: number): number {
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timed[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

