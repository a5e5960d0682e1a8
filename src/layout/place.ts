// Meeting marks: where each goes and which row, so that no mark hides another.

import { toUtcDate, toUtcDayEnd } from '../model/calendar-date.js';
import type { Summit } from '../model/types.js';
import type { TimeScale } from './time-scale.js';

export interface PlacedEvent {
  event: Summit;
  /** Centre of the mark. */
  x: number;
  /** Left and right edges of the days it covers (equal-ish for a one-day meeting when zoomed out). */
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

/**
 * Puts each visible meeting on the first row where it does not overlap the
 * previous mark (greedy interval colouring over time-sorted marks), so rows
 * stay as few as the overlaps allow. `sorted` must be in time order.
 */
export function placeEvents(sorted: readonly Summit[], scale: TimeScale, options: PlaceOptions): PlacedEvent[] {
  const [r0, r1] = scale.range();
  const half = options.markSize / 2;
  const rowEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  for (const event of sorted) {
    const x0 = scale(toUtcDate(event.date));
    const x1 = scale(toUtcDayEnd(event.end ?? event.date));
    const x = (x0 + x1) / 2;
    const width = Math.max(x1 - x0, options.markSize);
    const left = x - width / 2;
    const right = x + width / 2;
    if (right < r0 - half || left > r1 + half) continue;
    let row = rowEnds.findIndex((end) => end + options.gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = right;
    placed.push({ event, x, x0, x1, width, row });
  }
  return placed;
}
