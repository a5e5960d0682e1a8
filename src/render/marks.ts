// Event marks. D3 joins one focusable group per visible event; layout has
// already decided where each goes, so this only maps numbers to attributes.
// Shape and colour come from the data's kinds through the vocabulary.

import type { Selection } from 'd3-selection';
import type { MarkLayout } from '../layout/timeline.js';
import { drawsAsRange } from '../layout/view.js';
import { vocabulary, type Vocabulary } from '../format/vocabulary.js';
import { kindLook, shapePath } from './shapes.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkState {
  size: number;
  /** The one mark in the tab order (roving tabindex). */
  activeId: string | null;
  selectedId: string | null;
  /** The accessible name of an event (describeEvent with the same vocabulary). */
  label: (mark: MarkLayout) => string;
  /** vocabulary(data, lang): each kind's shape and colour. Default: the diplomatic kinds. */
  vocabulary?: Vocabulary;
}

export function renderMarks(g: G, marks: MarkLayout[], state: MarkState): void {
  const { size } = state;
  const vocab = state.vocabulary ?? vocabulary(null, 'en');
  const look = (m: MarkLayout) => kindLook(m.event.kind, vocab);
  g.selectAll<SVGGElement, MarkLayout>('g.mark')
    .data(marks, (m) => m.event.id)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'mark').attr('part', 'event').attr('role', 'button');
      mark.append('path').attr('class', 'mark-shape');
      return mark;
    })
    .attr('data-id', (m) => m.event.id)
    .attr('data-kind', (m) => m.event.kind)
    .attr('data-group', (m) => look(m).group)
    .style('--kind-color', (m) => look(m).color)
    .attr('transform', (m) => `translate(${m.x.toFixed(2)},${m.y.toFixed(2)})`)
    .attr('tabindex', (m) => (m.event.id === state.activeId ? 0 : -1))
    .attr('aria-label', state.label)
    .attr('aria-pressed', (m) => String(m.event.id === state.selectedId))
    .classed('selected', (m) => m.event.id === state.selectedId)
    .select('path')
    .attr('d', (m) => (drawsAsRange(m, size) ? rangePath(m.width, size) : shapePath(look(m).shape, size)));
}

/** A multi-day meeting wider than a mark: a rounded bar across its days. */
function rangePath(width: number, size: number): string {
  const h = size * 0.7;
  const r = h / 2;
  const w = width / 2;
  return `M${-w + r},${-r}H${w - r}A${r},${r} 0 0,1 ${w - r},${r}H${-w + r}A${r},${r} 0 0,1 ${-w + r},${-r}Z`;
}
