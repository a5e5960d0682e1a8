// The plot: Lit renders the SVG root and its three empty groups; D3 owns what
// it joins inside them (bands, axis, marks). Never both on one node.

import { html, nothing } from 'lit';
import { select } from 'd3-selection';
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/frame.js';
import type { Vocabulary } from '../format/vocabulary.js';
import { renderAxis } from './axis.js';
import { renderBands } from './bands.js';
import type { renderClusters } from './clusters.js';
import { renderMarks } from './marks.js';

export interface PlotHandlers {
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
  onPointerOver: (e: PointerEvent) => void;
  onPointerOut: (e: PointerEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  onFocusOut: (e: FocusEvent) => void;
}

/**
 * The SVG shell; `title` names the marks' group for assistive technology.
 * `inert` while the list view covers it, so Tab never lands on a hidden mark.
 */
export function renderPlot(size: { width: number; height: number }, title: string, on: PlotHandlers, inert = false) {
  return html`<svg
    part="plot"
    viewBox=${size.width > 0 ? `0 0 ${size.width} ${size.height}` : nothing}
    tabindex="-1"
    role="group"
    aria-labelledby="title"
    aria-describedby="summary"
    ?inert=${inert}
    aria-roledescription="timeline"
    @keydown=${on.onKeydown}
    @click=${on.onClick}
    @pointerover=${on.onPointerOver}
    @pointerout=${on.onPointerOut}
    @focusin=${on.onFocusIn}
    @focusout=${on.onFocusOut}
  >
    <defs>
      <clipPath id="plot-clip"><rect x="0" y="0" width=${size.width} height=${size.height}></rect></clipPath>
    </defs>
    <g class="bands" clip-path="url(#plot-clip)"></g>
    <g class="axis" part="axis"></g>
    <g class="marks" role="group" aria-label=${title} clip-path="url(#plot-clip)"><g class="pan"></g></g>
  </svg>`;
}

export interface DrawState {
  vocab: Vocabulary;
  markSize: number;
  /** The event holding the tab stop, and its place in time order: a cluster holding it takes the stop. */
  activeId: string | null;
  activeIndex: number | undefined;
  selectedId: string | null;
  label: (mark: MarkLayout) => string;
  clusterLabel: (cluster: ClusterLayout) => string;
  /** Draw the axis even with nothing in view: the data has events, a filter or the window just leaves none. */
  keepAxis?: boolean;
  /** The clustering chunk's renderer, once it is here: before that, layout has made no clusters. */
  renderClusters?: typeof renderClusters;
}

/** Joins the layout into the SVG's groups. */
export function drawPlot(svg: SVGSVGElement, layout: TimelineLayout, state: DrawState): void {
  const group = (name: string) => select(svg.querySelector<SVGGElement>(`g.${name}`)!);
  renderBands(group('bands'), layout.bands, layout.width, state.vocab.lang);
  // An empty data set has no range to show: no axis of an arbitrary year.
  if (layout.marks.length || layout.clusters.length || layout.bands.length || state.keepAxis) renderAxis(group('axis'), layout, state.vocab.lang);
  else group('axis').selectAll('*').remove();
  const stop = tabStop(layout, state.activeId, state.activeIndex);
  // Inside the clipped group, so the clip stays put while the marks pan.
  const pan = group('pan');
  pan.attr('transform', `translate(${layout.panX.toFixed(2)},0)`);
  const offset = layout.panX;
  renderMarks(pan, layout.marks, {
    offset,
    size: state.markSize,
    activeId: stop.mark,
    selectedId: state.selectedId,
    label: state.label,
    vocabulary: state.vocab,
  });
  state.renderClusters?.(pan, layout.clusters, { offset, size: state.markSize, tabStop: stop.cluster, label: state.clusterLabel, vocab: state.vocab });
  // Style and layout now, not at the next frame's deadline: a click or key comes just after a paint, so a
  // zoom's restyle and relayout (7 ms at the bench's densest view) fit in the idle time before that frame,
  // which then only paints. A wheel or drag comes at a frame's start, where this moves nothing.
  svg.getBoundingClientRect();
}

/**
 * Exactly one tab stop among marks and clusters, so Tab always lands somewhere:
 * the active event's mark, else the cluster holding it, else the first item in view.
 */
function tabStop(layout: TimelineLayout, id: string | null, index: number | undefined): { mark: string | null; cluster: string | null } {
  if (id && layout.marks.some((m) => m.event.id === id)) return { mark: id, cluster: null };
  const holder = index === undefined ? undefined : layout.clusters.find((c) => c.from <= index && index < c.to);
  if (holder) return { mark: null, cluster: holder.key };
  const [m, c] = [layout.marks[0], layout.clusters[0]];
  if (m && (!c || m.x <= c.x)) return { mark: m.event.id, cluster: null };
  return { mark: null, cluster: c?.key ?? null };
}

/** The key of the cluster an event came from, if any. */
export function clusterKeyOf(e: Event): string | null {
  return (e.target as Element | null)?.closest?.('g.cluster')?.getAttribute('data-key') ?? null;
}

/** The meeting id of the mark an event came from, if any. */
export function markIdOf(e: Event): string | null {
  return (e.target as Element | null)?.closest?.('g.mark')?.getAttribute('data-id') ?? null;
}
