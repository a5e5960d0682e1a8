// The whole picture as plain numbers: the one call the element makes per update.
// Clustering comes in as a function (layout/cluster.ts clusterView), so the
// self-contained bundle can load it as a chunk when first needed;
// layout/timeline.ts's layoutTimeline is this with clustering built in.
// Vertical order, top to bottom: Japan's band (the first country), the meetings,
// the second country's band, the axis. Further countries' bands stack below.

import type { LocalizedText, TimelineData } from '../model/types.js';
import { bandCountries, layoutBand, type BandLayout } from './bands.js';
import type { ClusteredView, ClusterOptions, PlacedCluster } from './cluster.js';
import { nearView, placeEvents, type PlacedEvent } from './stack.js';
import { prepareEvents, type PreparedEvents } from './timing.js';
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
  /** Most marks and clusters drawn at once, to bound the DOM; METRICS.maxItems unless given. */
  maxItems?: number;
  /** The span the base scale covers; the events' own unless given: a filtered view keeps the whole data set's, so the view stays put. */
  extent?: [Date, Date];
}

/** Merges the events near the view into marks and clusters that fit: clusterView, or nothing yet. */
export type Clusterer = (events: PreparedEvents, scale: TimeScale, options: ClusterOptions) => ClusteredView;

export interface MarkLayout extends PlacedEvent {
  y: number;
}

export interface ClusterLayout extends PlacedCluster {
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
  /** One mark per meeting that stands alone; never more rows than the plot shows. */
  marks: MarkLayout[];
  /** Meetings merged where they would not fit; empty when everything does. Every meeting in view is in exactly one mark or cluster. */
  clusters: ClusterLayout[];
  /**
   * The view's horizontal translation in px (the transform's x). Render draws
   * marks and clusters at x - panX inside a group moved by panX, so a pan
   * that keeps the same marks moves one group, not each mark.
   */
  panX: number;
  /** The view needed clustering that was not given: lay it out again once it is. */
  pending?: boolean;
}

export const METRICS = {
  pad: 8,
  bandHeight: 28,
  axisHeight: 26,
  markSize: 14,
  // Mark centres 25 px apart or more along a row and between rows, so each
  // meeting's 24 × 24 target (render/marks.ts) shares no pixel with another
  // (WCAG 2.5.8), with a pixel to spare for rounding.
  gap: 11,
  rowPitch: 26,
  minRowPitch: 25,
  /** About 2,400 DOM nodes at two or three per mark. */
  maxItems: 800,
} as const;

/**
 * Lays out bands, marks and axis for one data set, size and view. Pure.
 * Without `cluster`, a view that needs clustering has no marks yet: the
 * caller lays it out again once it has clustering to give.
 */
export function layoutFrame(input: LayoutInput, cluster?: Clusterer): TimelineLayout {
  const { data, width, height, transform, today, labelOf } = input;
  const m = METRICS;
  const events = prepareEvents(data.events);
  const base = baseScale(input.extent ?? dataExtent(events), width);
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

  const room = Math.max(0, bottom - top - m.pad);
  const capacity = Math.max(1, Math.floor(room / m.minRowPitch));
  const maxItems = input.maxItems ?? m.maxItems;
  const options = { markSize: m.markSize, gap: m.gap };
  const near = nearView(events, scale, m.markSize);
  // Cheap test first: more meetings near the view than the budget cannot all be marks.
  let placed = near.hi - near.lo <= maxItems ? placeEvents(events, scale, options) : null;
  let clustered: PlacedCluster[] = [];
  let pending = false;
  if (!placed || placed.some((p) => p.row >= capacity)) {
    const view = cluster?.(events, scale, { ...options, maxRows: capacity, maxItems });
    // Until clustering arrives, a view it would thin out shows nothing rather than a DOM of every event.
    placed = view?.marks ?? [];
    clustered = view?.clusters ?? [];
    pending = !view;
  }
  const rowsOf = (n: number, p: { row: number }) => Math.max(n, p.row + 1);
  const rows = clustered.reduce(rowsOf, placed.reduce(rowsOf, 0));
  // Rows squeeze together down to minRowPitch; past that, clusters keep them within the room.
  const pitch = rows > 0 ? Math.max(m.minRowPitch, Math.min(m.rowPitch, room / rows)) : m.rowPitch;
  const used = rows * pitch;
  const first = top + Math.max(m.pad / 2, (room - used) / 2) + pitch / 2;
  const marks = placed.map((p) => ({ ...p, y: first + p.row * pitch }));
  // Clusters are made fresh each call, so they take their y in place: spreading 17 fields cost more than making them.
  const clusters = clustered as ClusterLayout[];
  for (const c of clusters) c.y = first + c.row * pitch;

  return {
    width,
    height,
    base,
    scale,
    ticks: axisTicks(scale),
    axisY,
    panX: transform.x,
    bands,
    marks,
    clusters,
    ...(pending ? { pending } : {}),
  };
}
