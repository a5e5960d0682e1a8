// The whole picture as plain numbers: the one call the element makes per update.
// Vertical order, top to bottom: Japan's band (the first country), the meetings,
// the second country's band, the axis. Further countries' bands stack below.

import type { LocalizedText, TimelineData } from '../model/types.js';
import { bandCountries, layoutBand, type BandLayout } from './bands.js';
import { placeEvents, type PlacedEvent } from './stack.js';
import { prepareEvents } from './timing.js';
import { axisTicks, type AxisTicks } from './ticks.js';
import { baseScale, dataExtent, rescale, type TimeScale, type ViewTransform } from './time-scale.js';

export interface LayoutInput {
  data: TimelineData;
  width: number;
  height: number;
  transform: ViewTransform;
  /** Today, `YYYY-MM-DD`: where a term still running ends. Passed in to keep layout pure. */
  today: string;
  /** The text a term label will show, to judge whether it fits. */
  labelOf: (name: LocalizedText) => string;
}

export interface MarkLayout extends PlacedEvent {
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  base: TimeScale;
  scale: TimeScale;
  ticks: AxisTicks;
  axisY: number;
  bands: BandLayout[];
  marks: MarkLayout[];
}

export const METRICS = {
  pad: 8,
  bandHeight: 28,
  axisHeight: 26,
  markSize: 14,
  gap: 3,
  rowPitch: 20,
  minRowPitch: 16,
} as const;

/** Lays out bands, marks and axis for one data set, size and view. Pure. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { data, width, height, transform, today, labelOf } = input;
  const m = METRICS;
  const events = prepareEvents(data.events);
  const base = baseScale(dataExtent(events), width);
  const scale = rescale(base, transform);

  // No leaders, no terms to draw: a band heading alone would only take height from the events.
  const countries = data.leaders.length ? bandCountries(data.leaders, data.bands) : [];
  const above = countries.slice(0, 1);
  const below = countries.slice(1);
  const axisY = height - m.axisHeight;
  const top = m.pad + above.length * (m.bandHeight + m.pad);
  const bottom = axisY - below.length * (m.bandHeight + m.pad);

  const bands: BandLayout[] = countries.map((country, i) => {
    const y = i === 0 ? m.pad : bottom + m.pad + (i - 1) * (m.bandHeight + m.pad);
    const spec = data.bands?.find((b) => b.country === country);
    const band: BandLayout = {
      country,
      y,
      height: m.bandHeight,
      segments: layoutBand(country, data.leaders, scale, today, labelOf),
    };
    if (spec) band.label = spec.label;
    return band;
  });

  const placed = placeEvents(events, scale, { markSize: m.markSize, gap: m.gap });
  const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  const room = Math.max(0, bottom - top - m.pad);
  // Rows squeeze together before any is cut; clustering is for a later version.
  const pitch = rows > 0 ? Math.max(m.minRowPitch, Math.min(m.rowPitch, room / rows)) : m.rowPitch;
  const used = rows * pitch;
  const first = top + Math.max(m.pad / 2, (room - used) / 2) + pitch / 2;
  const marks = placed.map((p) => ({ ...p, y: first + p.row * pitch }));

  return {
    width,
    height,
    base,
    scale,
    ticks: axisTicks(scale),
    axisY,
    bands,
    marks,
  };
}
