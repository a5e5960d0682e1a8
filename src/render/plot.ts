// The plot: Lit renders the SVG root and its three empty groups; D3 owns what
// it joins inside them (bands, axis, marks). Never both on one node.

import { html } from 'lit';
import { select } from 'd3-selection';
import type { MarkLayout, TimelineLayout } from '../layout/timeline.js';
import type { Vocabulary } from '../format/vocabulary.js';
import { renderAxis } from './axis.js';
import { renderBands } from './bands.js';
import { renderMarks } from './marks.js';

export interface PlotHandlers {
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
  onPointerOver: (e: PointerEvent) => void;
  onPointerOut: (e: PointerEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  onFocusOut: (e: FocusEvent) => void;
}

/** The SVG shell; `title` names the marks' group for assistive technology. */
export function renderPlot(size: { width: number; height: number }, title: string, on: PlotHandlers) {
  return html`<svg
    part="plot"
    tabindex="-1"
    role="group"
    aria-labelledby="title"
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
    <g class="marks" role="group" aria-label=${title} clip-path="url(#plot-clip)"></g>
  </svg>`;
}

export interface DrawState {
  vocab: Vocabulary;
  markSize: number;
  /** The mark in the tab order; falls back to the first visible one. */
  activeId: string | null;
  selectedId: string | null;
  label: (mark: MarkLayout) => string;
}

/** Joins the layout into the SVG's groups. */
export function drawPlot(svg: SVGSVGElement, layout: TimelineLayout, state: DrawState): void {
  const group = (name: string) => select(svg.querySelector<SVGGElement>(`g.${name}`)!);
  renderBands(group('bands'), layout.bands, layout.width, state.vocab.lang);
  renderAxis(group('axis'), layout, state.vocab.lang);
  // The roving tab stop stays on a visible mark, so Tab always lands somewhere.
  const visible = layout.marks.some((m) => m.event.id === state.activeId);
  renderMarks(group('marks'), layout.marks, {
    size: state.markSize,
    activeId: visible ? state.activeId : (layout.marks[0]?.event.id ?? null),
    selectedId: state.selectedId,
    label: state.label,
    vocabulary: state.vocab,
  });
}

/** The meeting id of the mark an event came from, if any. */
export function markIdOf(e: Event): string | null {
  return (e.target as Element | null)?.closest?.('g.mark')?.getAttribute('data-id') ?? null;
}
