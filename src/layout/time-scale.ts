// The base scale never changes for a given data set and width; the view is a
// zoom transform over it, and the visible scale is derived from both.

import { scaleUtc, type ScaleTime } from 'd3-scale';
import { toUtcDate } from '../model/calendar-date.js';
import type { PreparedEvents } from './timing.js';

export type TimeScale = ScaleTime<number, number>;

/** A zoom transform as plain numbers: x' = x * k + tx. Same shape as d3-zoom's. */
export interface ViewTransform {
  k: number;
  x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };
const DAY = 86_400_000;

/** The span the timeline covers: every meeting, with a margin so edge marks are not cut. */
export function dataExtent({ sorted, start: lo, end: hi }: PreparedEvents): [Date, Date] {
  if (sorted.length === 0) {
    // An empty data set still gets a readable axis: one year around its centre.
    const centre = toUtcDate('2000-01-01').getTime();
    return [new Date(centre - 182 * DAY), new Date(centre + 183 * DAY)];
  }
  const pad = Math.max((hi - lo) * 0.03, 30 * DAY);
  return [new Date(lo - pad), new Date(hi + pad)];
}

/** The unzoomed scale: the whole extent across [0, width]. */
export function baseScale(extent: [Date, Date], width: number): TimeScale {
  return scaleUtc().domain(extent).range([0, Math.max(1, width)]);
}

/** The scale as seen through a transform; what d3-zoom's rescaleX does, without the DOM. */
export function rescale(base: TimeScale, t: ViewTransform): TimeScale {
  const [r0, r1] = base.range();
  return base.copy().domain([base.invert((r0 - t.x) / t.k), base.invert((r1 - t.x) / t.k)]);
}

/** The transform that shows [start, end) across the base scale's range. */
export function windowTransform(base: TimeScale, start: Date, end: Date): ViewTransform {
  const [r0, r1] = base.range();
  const x0 = base(start);
  const x1 = base(end);
  if (!(x1 > x0)) return IDENTITY;
  const k = (r1 - r0) / (x1 - x0);
  return { k, x: r0 - x0 * k };
}

/** Largest zoom: about a week across the view, so days can be told apart. */
export function maxZoom(extent: [Date, Date]): number {
  return Math.max(1, (extent[1].getTime() - extent[0].getTime()) / (7 * DAY));
}

/**
 * Keeps a transform inside the zoom limits and the data, as d3-zoom's
 * constrain would with translateExtent = extent = [0, width]: the element
 * clamps first so d3-zoom has nothing to correct and no second update follows.
 */
export function clampTransform(t: ViewTransform, width: number, maxK: number): ViewTransform {
  const k = Math.min(maxK, Math.max(1, t.k));
  // Scaling is about the centre of the view, so a clamped zoom keeps what was in the middle.
  const centre = (width / 2 - t.x) / t.k;
  const x = k === t.k ? t.x : width / 2 - centre * k;
  return { k, x: Math.min(0, Math.max(width - width * k, x)) };
}
