// The view: which transform a data set, a size and a start/end window call
// for, what range is in sight, and where the overlays go. Pure numbers, so
// the element and its controllers only carry the results to the DOM.

import { fromUtcDate, isCalendarDate, toUtcDate, toUtcDayEnd } from '../model/calendar-date.js';
import type { CalendarDate } from '../model/types.js';
import { IDENTITY, baseScale, clampTransform, maxZoom, windowTransform, type TimeScale, type ViewTransform } from './time-scale.js';

/** Transforms closer than this are the same view: an echo from d3-zoom, not a move. */
export function sameTransform(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 1e-6;
}

/** NaN or an infinity in a transform would make every later comparison false, and the zoom loop endless. */
export function isFiniteTransform(t: ViewTransform): boolean {
  return Number.isFinite(t.k) && Number.isFinite(t.x) && t.k > 0;
}

/** The days a `start`/`end` pair asks for, each falling back to the data's edge; null when neither is a date. */
export function requestedWindow(
  start: string | null | undefined,
  end: string | null | undefined,
  extent: [Date, Date],
): [Date, Date] | null {
  const from = isCalendarDate(start) ? toUtcDate(start) : null;
  const to = isCalendarDate(end) ? toUtcDayEnd(end) : null;
  if (!from && !to) return null;
  // Within the data: a day half outside it would be clamped by shifting the view, and move the other edge.
  return [from && from > extent[0] ? from : extent[0], to && to < extent[1] ? to : extent[1]];
}

export interface ViewInput {
  extent: [Date, Date];
  width: number;
  /** The days to show, if any: a start/end window, or what was in view before a resize. */
  window: [Date, Date] | null;
}

/** The transform that shows `window` (clamped to the zoom limits), or the whole extent. */
export function viewFor({ extent, width, window }: ViewInput): ViewTransform {
  if (!window || !(width > 0)) return IDENTITY;
  const t = windowTransform(baseScale(extent, width), window[0], window[1]);
  return clampTransform(t, width, maxZoom(extent));
}

/** The transform after zooming by `factor` about the centre, within the limits; null for a factor that is not a positive number. */
export function zoomedBy(t: ViewTransform, factor: number, width: number, maxK: number): ViewTransform | null {
  if (!Number.isFinite(factor) || factor <= 0 || !(width > 0)) return null;
  const k = t.k * factor;
  const centre = (width / 2 - t.x) / t.k;
  return clampTransform({ k, x: width / 2 - centre * k }, width, maxK);
}

/** The transform that centres `day` at the current zoom; null when it is already well inside the view. */
export function panToward(base: TimeScale, t: ViewTransform, day: Date, margin: number): ViewTransform | null {
  const width = base.range()[1]!;
  const x = base(day) * t.k + t.x;
  if (!Number.isFinite(x) || (x >= margin && x <= width - margin)) return null;
  return clampTransform({ k: t.k, x: width / 2 - base(day) * t.k }, width, Infinity);
}

/** The transform moved sideways by `fraction` of the view's width (negative pans to earlier days). */
export function pannedBy(t: ViewTransform, fraction: number, width: number): ViewTransform {
  return clampTransform({ k: t.k, x: t.x - fraction * width }, width, Infinity);
}

/** First and last day in sight, as calendar dates: what `summit-rangechange` reports. */
export function visibleRange(scale: TimeScale): { start: CalendarDate; end: CalendarDate } {
  const [d0, d1] = scale.domain() as [Date, Date];
  return { start: fromUtcDate(d0), end: fromUtcDate(new Date(d1.getTime() - 1)) };
}

/** Half the tooltip's max-width in CSS (`.tooltip { max-width: 280px }`): it is centred on its mark. */
export const TOOLTIP_HALF_WIDTH = 140;

/** Where the tooltip's anchor goes: above its mark, kept clear of the plot's edges. */
export function tooltipPlacement(mark: { x: number; y: number }, width: number): { left: number; top: number } {
  const half = TOOLTIP_HALF_WIDTH;
  return { left: Math.min(Math.max(mark.x, half), Math.max(half, width - half)), top: mark.y - 2 };
}

/** A multi-day meeting draws as a bar once its days are wider than a mark; until then, as its kind's shape. */
export function drawsAsRange(mark: { x0: number; x1: number; event: { end?: string } }, markSize: number): boolean {
  return Boolean(mark.event.end) && mark.x1 - mark.x0 > markSize;
}

/** The mark nearest to `x`, for focus to land on when the focused one leaves the view. */
export function nearestMark<M extends { x: number }>(marks: readonly M[], x: number): M | undefined {
  let best: M | undefined;
  for (const m of marks) if (!best || Math.abs(m.x - x) < Math.abs(best.x - x)) best = m;
  return best;
}

/** The events with a day in `range` (inclusive), in their order: what the view shows, marks and clusters alike. */
export function eventsInRange<E extends { date: string; end?: string }>(events: readonly E[], range: { start: string; end: string }): E[] {
  return events.filter((e) => e.date <= range.end && (e.end ?? e.date) >= range.start);
}
