// The overview strip (focus + context): the whole extent in miniature, a tick
// per pixel that holds a meeting, and the view as a brush selection. Pure
// numbers both ways (view → pixels for the brush, pixels → days for the zoom
// controller), so the brush controller and the keys only carry them out.

import { baseScale, maxZoom, type TimeScale } from './time-scale.js';
import type { KeyModifiers } from './keys.js';

/** The strip's height in CSS pixels; the element reserves it under the plot. */
export const OVERVIEW_HEIGHT = 32;

/** One pixel column of the strip that holds at least one meeting. */
export interface OverviewTick {
  /** The column's centre, so a 1px line lands on whole device pixels. */
  x: number;
  /** Meetings starting in the column: lets a dense column read darker. */
  count: number;
}

export interface OverviewInput {
  /** Each meeting's start, UTC ms (prepareEvents' t0). */
  starts: Float64Array;
  /** The data's extent: the strip shows all of it. */
  extent: [Date, Date];
  width: number;
  height: number;
  /** The days in view: the visible scale's domain. */
  window: [Date, Date];
}

export interface OverviewLayout {
  width: number;
  height: number;
  extent: [Date, Date];
  /** The whole extent across [0, width]. */
  scale: TimeScale;
  ticks: readonly OverviewTick[];
  /** The brush's selection, clamped to [0, width]. */
  selection: [number, number];
  /** The window the selection stands for, as given. */
  window: [Date, Date];
}

const cache = new WeakMap<Float64Array, { key: string; ticks: OverviewTick[] }>();

/**
 * One tick per pixel column with a meeting in it: 100,000 meetings cost at
 * most `width` ticks. Memoised per data set, extent and width, so zoom frames
 * that only move the brush reuse them.
 */
export function overviewTicks(starts: Float64Array, extent: [Date, Date], width: number): readonly OverviewTick[] {
  const columns = Math.max(0, Math.floor(width));
  const key = `${extent[0].getTime()}:${extent[1].getTime()}:${columns}`;
  const hit = cache.get(starts);
  if (hit?.key === key) return hit.ticks;
  const t0 = extent[0].getTime();
  const span = extent[1].getTime() - t0;
  const counts = new Uint32Array(columns);
  if (span > 0) {
    for (const t of starts) {
      const column = Math.floor(((t - t0) / span) * columns);
      // The last instant of the extent belongs to the last column, not one past it.
      if (column >= 0 && column <= columns) counts[Math.min(column, columns - 1)]!++;
    }
  }
  const ticks: OverviewTick[] = [];
  counts.forEach((count, column) => {
    if (count > 0) ticks.push({ x: column + 0.5, count });
  });
  cache.set(starts, { key, ticks });
  return ticks;
}

/** The strip for one update: its scale, its ticks and where the brush goes. */
export function overviewLayout({ starts, extent, width, height, window }: OverviewInput): OverviewLayout {
  const w = Math.max(1, width);
  const scale = baseScale(extent, w);
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(w, Math.max(0, x)) : 0);
  const x0 = clamp(scale(window[0]));
  const x1 = clamp(scale(window[1]));
  return {
    width: w,
    height,
    extent,
    scale,
    ticks: overviewTicks(starts, extent, w),
    selection: x1 > x0 ? [x0, x1] : [0, w],
    window,
  };
}

/** The narrowest window the zoom allows: the extent over maxZoom, about a week. */
export function minWindowSpan(extent: [Date, Date]): number {
  return (extent[1].getTime() - extent[0].getTime()) / maxZoom(extent);
}

/**
 * A window `span` ms wide centred on `centre`, no narrower than the zoom
 * allows, no wider than the extent, and slid back inside it.
 */
export function fitWindow(extent: [Date, Date], centre: number, span: number): [Date, Date] {
  const e0 = extent[0].getTime();
  const e1 = extent[1].getTime();
  const s = Math.min(e1 - e0, Math.max(minWindowSpan(extent), span));
  const start = Math.min(e1 - s, Math.max(e0, centre - s / 2));
  return [new Date(start), new Date(start + s)];
}

/** The window a brush selection in pixels stands for; null when the selection is not two finite numbers. */
export function windowFromSelection(layout: Pick<OverviewLayout, 'scale' | 'extent'>, selection: readonly [number, number]): [Date, Date] | null {
  const [x0, x1] = selection;
  if (!Number.isFinite(x0) || !Number.isFinite(x1)) return null;
  const a = layout.scale.invert(Math.min(x0, x1)).getTime();
  const b = layout.scale.invert(Math.max(x0, x1)).getTime();
  return fitWindow(layout.extent, (a + b) / 2, b - a);
}

/** The window of the current span centred on the day at pixel `x`: a click on the strip. */
export function windowCentredAt(layout: Pick<OverviewLayout, 'scale' | 'extent' | 'window'>, x: number): [Date, Date] | null {
  if (!Number.isFinite(x)) return null;
  const [w0, w1] = layout.window;
  return fitWindow(layout.extent, layout.scale.invert(x).getTime(), w1.getTime() - w0.getTime());
}

/** Arrows move the window by this much of its span; Shift+arrows resize it by as much. */
export const OVERVIEW_STEP = 0.1;
/** PageUp/PageDown move by most of a window, keeping a little of the last one in sight. */
const OVERVIEW_PAGE = 0.8;

/**
 * The window after a key press on the strip, or null to leave the key to the
 * browser. Like a slider: Right/Up go later, Left/Down earlier; Shift+Right/Up
 * widen the window (zoom out), Shift+Left/Down narrow it, about its centre.
 * Home/End go to the start/end keeping the span. Always inside the extent and
 * the zoom limits.
 */
export function overviewKey(key: string, mods: KeyModifiers, extent: [Date, Date], window: [Date, Date]): [Date, Date] | null {
  if (mods.ctrl || mods.meta || mods.alt) return null;
  const w0 = window[0].getTime();
  const w1 = window[1].getTime();
  if (!Number.isFinite(w0) || !Number.isFinite(w1)) return null;
  const span = w1 - w0;
  const centre = (w0 + w1) / 2;
  const move = (fraction: number) => fitWindow(extent, centre + fraction * span, span);
  const resize = (factor: number) => fitWindow(extent, centre, span * factor);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return mods.shift ? resize(1 + OVERVIEW_STEP) : move(OVERVIEW_STEP);
    case 'ArrowLeft':
    case 'ArrowDown':
      return mods.shift ? resize(1 / (1 + OVERVIEW_STEP)) : move(-OVERVIEW_STEP);
    case 'PageUp':
      return move(OVERVIEW_PAGE);
    case 'PageDown':
      return move(-OVERVIEW_PAGE);
    case 'Home':
      return fitWindow(extent, -Infinity, span);
    case 'End':
      return fitWindow(extent, Infinity, span);
    default:
      return null;
  }
}

/** How far into the extent the window starts, 0-100: the slider's aria-valuenow. */
export function windowPercent(extent: [Date, Date], window: [Date, Date]): number {
  const e0 = extent[0].getTime();
  const free = extent[1].getTime() - e0 - (window[1].getTime() - window[0].getTime());
  if (!(free > 0)) return 0;
  const p = ((window[0].getTime() - e0) / free) * 100;
  return Number.isFinite(p) ? Math.round(Math.min(100, Math.max(0, p))) : 0;
}
