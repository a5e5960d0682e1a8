// Meeting marks: which row each goes on, so that no mark hides another.

import type { Summit } from '../model/types.js';
import type { TimeScale } from './time-scale.js';
import { firstFrom, type PreparedEvents } from './timing.js';

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

/**
 * Puts each meeting in view on the first row where it does not overlap the
 * previous mark (greedy interval colouring over time-sorted marks), so rows
 * stay as few as the overlaps allow. Only meetings near the view are visited.
 */
export function placeEvents(events: PreparedEvents, scale: TimeScale, options: PlaceOptions): PlacedEvent[] {
  const { r0, r1, half, from, to } = viewWindow(events, scale, options.markSize);
  const rowEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  for (let i = firstFrom(events.t0, from); i < events.sorted.length; i++) {
    const t0 = events.t0[i]!;
    if (t0 > to) break;
    const event = events.sorted[i]!;
    const x0 = scale(t0);
    const x1 = scale(events.t1[i]!);
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

/** The view's pixel range and the span of start times whose marks can show in it. */
export interface ViewWindow {
  r0: number;
  r1: number;
  /** Half a mark: how far past the edges a mark may sit and still show. */
  half: number;
  /** Meetings starting in [from, to] (ms) are the only ones that can show. */
  from: number;
  to: number;
}

export function viewWindow(events: PreparedEvents, scale: TimeScale, markSize: number): ViewWindow {
  const [r0, r1] = scale.range() as [number, number];
  // A mark is at least markSize wide, so a meeting this far outside the view can still poke in.
  const slack = Math.abs(scale.invert(r0 + markSize).getTime() - scale.invert(r0).getTime());
  const from = scale.invert(r0).getTime() - events.maxSpan - slack;
  const to = scale.invert(r1).getTime() + slack;
  return { r0, r1, half: markSize / 2, from, to };
}

/** The meetings placeEvents would visit, sorted[lo..hi): at most hi - lo marks can show; O(log n). */
export function nearView(events: PreparedEvents, scale: TimeScale, markSize: number): { lo: number; hi: number } {
  const { from, to } = viewWindow(events, scale, markSize);
  // Start times are whole milliseconds, so "t0 > to" is "t0 >= floor(to) + 1".
  return { lo: firstFrom(events.t0, from), hi: firstFrom(events.t0, Math.floor(to) + 1) };
}
