// Event marks. D3 joins one focusable group per visible event; layout has
// already decided where each goes, so this only maps numbers to attributes.
// Shape, fill and colour come from the data's kinds through the vocabulary;
// the selected mark also gets a ring, so selection shows without colour.

import type { Selection } from 'd3-selection';
import type { MarkLayout } from '../layout/timeline.js';
import { drawsAsRange } from '../layout/view.js';
import { vocabulary, type Vocabulary } from '../format/vocabulary.js';
import { joinReusing, put, putStyle } from './attrs.js';
import { kindLook, shapePath } from './shapes.js';
import type { MarkShape } from '../model/types.js';
import { hitWidth, itemMaker, NEW_ITEM, sizeTarget, svgPart } from './target.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkState {
  size: number;
  /** Drawn at x - offset, in a group moved by offset (layout's panX): 0 for a group that does not move. */
  offset?: number;
  /** The one mark in the tab order (roving tabindex). */
  activeId: string | null;
  selectedId: string | null;
  /** The accessible name of an event (describeEvent with the same vocabulary); asked only when a mark enters or its words change. */
  label: (mark: MarkLayout) => string;
  /** vocabulary(data, lang): each kind's shape and colour. Default: the diplomatic kinds. */
  vocabulary?: Vocabulary;
}

/**
 * What each mark element shows now, kept beside it: a zoom frame moves every
 * mark in view, and comparing these is cheaper than reading attributes back.
 */
interface Drawn {
  event: MarkLayout['event'];
  vocab: Vocabulary;
  shape: MarkShape;
  transform: string;
  tabindex: string;
  selected: boolean | null;
  d: string;
  /** The hit area's width (hitWidth). */
  hit: number;
  ring: Element | null;
}
const drawn = new WeakMap<Element, Drawn>();

/** A new mark's elements: its group (a toggle, not pressed), its shape and its hit area. */
const blank = itemMaker('mark', 'event', () => [svgPart('path', 'mark-shape')], { 'aria-pressed': 'false' });

export function renderMarks(g: G, marks: MarkLayout[], state: MarkState): void {
  const { size, offset = 0 } = state;
  const vocab = state.vocabulary ?? vocabulary(null, 'en');
  joinReusing(g, 'g.mark', marks, (m) => m.event.id, blank, function draw(node, m) {
      const { id, kind } = m.event;
      let was = drawn.get(node);
      // Its event and words are written when it enters or they change, not every frame it moves.
      if (was?.event !== m.event || was.vocab !== vocab) {
        const k = kindLook(kind, vocab);
        put(node, 'data-id', id);
        put(node, 'data-kind', kind);
        put(node, 'data-fill', k.fill);
        put(node, 'data-group', k.group);
        putStyle(node, '--kind-color', k.color);
        put(node, 'aria-label', state.label(m));
        // A node taken over from another event keeps what that one drew; a new clone holds its template's.
        was = was
          ? { ...was, event: m.event, vocab, shape: k.shape }
          : { event: m.event, vocab, shape: k.shape, transform: '', tabindex: NEW_ITEM.tabindex, selected: false, d: '', hit: NEW_ITEM.hit, ring: null };
        drawn.set(node, was);
      }
      const transform = `translate(${(m.x - offset).toFixed(2)},${m.y.toFixed(2)})`;
      if (was.transform !== transform) node.setAttribute('transform', (was.transform = transform));
      const tabindex = id === state.activeId ? '0' : '-1';
      if (was.tabindex !== tabindex) node.setAttribute('tabindex', (was.tabindex = tabindex));
      const selected = id === state.selectedId;
      if (was.selected !== selected) {
        node.setAttribute('aria-pressed', String(selected));
        node.classList.toggle('selected', selected);
        was.selected = selected;
      }
      const d = drawsAsRange(m, size) ? rangePath(m.width, size) : shapePath(was.shape, size);
      if (was.d !== d) node.firstElementChild!.setAttribute('d', (was.d = d));
      const hit = hitWidth(m.width);
      if (was.hit !== hit) sizeTarget(node.firstElementChild!.nextElementSibling!, (was.hit = hit));
      // The ring follows the shape and the hit area, there only while the mark is selected.
      if (selected) {
        if (!was.ring) {
          was.ring = node.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
          was.ring.setAttribute('class', 'mark-ring');
          was.ring.setAttribute('aria-hidden', 'true');
        }
        put(was.ring, 'd', ringPath(m, size));
      } else if (was.ring) {
        was.ring.remove();
        was.ring = null;
      }
    });
}

// Clear of the widest shape (the star reaches 1.1 of the radius) by a gap the eye can see.
const RING_GAP = 3;

/** The selection ring: a circle round a point mark, a rounded bar round a range. */
function ringPath(m: MarkLayout, size: number): string {
  if (drawsAsRange(m, size)) return rangePath(m.width + 2 * RING_GAP, size + (2 * RING_GAP) / 0.7);
  const r = (size / 2) * 1.1 + RING_GAP;
  return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
}

/** A multi-day meeting wider than a mark: a rounded bar across its days. */
function rangePath(width: number, size: number): string {
  const h = size * 0.7;
  const r = h / 2;
  const w = width / 2;
  return `M${-w + r},${-r}H${w - r}A${r},${r} 0 0,1 ${w - r},${r}H${-w + r}A${r},${r} 0 0,1 ${-w + r},${-r}Z`;
}
