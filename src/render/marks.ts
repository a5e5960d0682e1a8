// Meeting marks. D3 joins one focusable group per visible meeting; layout has
// already decided where each goes, so this only maps numbers to attributes.

import type { Selection } from 'd3-selection';
import type { MarkLayout } from '../layout/timeline.js';
import { drawsAsRange } from '../layout/view.js';
import { KIND_GROUP, KIND_SHAPE, shapePath } from './shapes.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkState {
  size: number;
  /** The one mark in the tab order (roving tabindex). */
  activeId: string | null;
  selectedId: string | null;
  /** The accessible name of a meeting. */
  label: (mark: MarkLayout) => string;
}

export function renderMarks(g: G, marks: MarkLayout[], state: MarkState): void {
  const { size } = state;
  g.selectAll<SVGGElement, MarkLayout>('g.mark')
    .data(marks, (m) => m.event.id)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'mark').attr('part', 'event').attr('role', 'button');
      mark.append('path').attr('class', 'mark-shape');
      return mark;
    })
    .attr('data-id', (m) => m.event.id)
    .attr('data-kind', (m) => m.event.kind)
    .attr('data-group', (m) => KIND_GROUP[m.event.kind])
    .attr('transform', (m) => `translate(${m.x.toFixed(2)},${m.y.toFixed(2)})`)
    .attr('tabindex', (m) => (m.event.id === state.activeId ? 0 : -1))
    .attr('aria-label', state.label)
    .attr('aria-pressed', (m) => String(m.event.id === state.selectedId))
    .classed('selected', (m) => m.event.id === state.selectedId)
    .select('path')
    .attr('d', (m) => (drawsAsRange(m, size) ? rangePath(m.width, size) : shapePath(KIND_SHAPE[m.event.kind], size)));
}

/** A multi-day meeting wider than a mark: a rounded bar across its days. */
function rangePath(width: number, size: number): string {
  const h = size * 0.7;
  const r = h / 2;
  const w = width / 2;
  return `M${-w + r},${-r}H${w - r}A${r},${r} 0 0,1 ${w - r},${r}H${-w + r}A${r},${r} 0 0,1 ${-w + r},${-r}Z`;
}
