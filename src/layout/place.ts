// Meeting marks: where each goes and which row, so that no mark hides another.

import { toUtcDate, toUtcDayEnd } from '../model/calendar-date.js';
import type { Summit } from '../model/types.js';
import type { TimeScale } from './time-scale.js';

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

export interface PlacedEvent {
  event: Summit;
  /** Centre of the mark. */
  x: number;
  /** Left and right edges of the days it covers. */
  x0: number;
  x1: number;
  /** The mark's drawn width: at least the mark size. */
  width: number;
  row: number;
}

export interface PlaceOptions {
  /** Diameter of a one-day mark, in pixels. */
  markSize: number;
  /** Minimum space between marks on one row. */
  gap: number;
}

/** Meetings in time order; ties by id so the order, and keyboard order, are stable. */
export function sortEvents(events: readonly Summit[]): Summit[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const prepared = new WeakMap<readonly Summit[], PreparedEvents>();

/** Sorts and times the meetings; memoised per events array, since zoom frames reuse it. */
export function prepareEvents(events: readonly Summit[]): PreparedEvents {
  let result = prepared.get(events);
  if (!result) {
    let maxSpan = 0;
    let end = NaN;
    const timed = sortEvents(events).map((event) => {
      const t0 = toUtcDate(event.date).getTime();
      const t1 = toUtcDayEnd(event.end ?? event.date).getTime();
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
function firstFrom(timed: readonly TimedEvent[], t: number): number {
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timed[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Puts each meeting in view on the first row where it does not overlap the
 * previous mark (greedy interval colouring over time-sorted marks), so rows
 * stay as few as the overlaps allow. Only meetings near the view are visited.
 */
export function placeEvents(events: PreparedEvents, scale: TimeScale, options: PlaceOptions): PlacedEvent[] {
  const [r0, r1] = scale.range() as [number, number];
  const half = options.markSize / 2;
  // A mark is at least markSize wide, so a meeting this far outside the view can still poke in.
  const slack = Math.abs(scale.invert(r0 + options.markSize).getTime() - scale.invert(r0).getTime());
  const from = scale.invert(r0).getTime() - events.maxSpan - slack;
  const to = scale.invert(r1).getTime() + slack;
  const rowEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  for (let i = firstFrom(events.timed, from); i < events.timed.length; i++) {
    const { event, t0, t1 } = events.timed[i]!;
    if (t0 > to) break;
    const x0 = scale(t0);
    const x1 = scale(t1);
    const x = (x0 + x1) / 2;
    const width = Math.max(x1 - x0, options.markSize);
    const left = x - width / 2;
    const right = x + width / 2;
    if (right < r0 - half || left > r1 + half) continue;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! + options.gap > left) row++;
    rowEnds[row] = right;
    placed.push({ event, x, x0, x1, width, row });
  }
  return placed;
}
