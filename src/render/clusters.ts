// Cluster marks: several events drawn as one rounded bar with their count
// ("+37"). D3 joins them in the marks group beside the event marks; a
// cluster's key never equals an event's id, and layout has placed it already.

import type { Selection } from 'd3-selection';
import type { ClusterLayout } from '../layout/frame.js';
import type { Vocabulary } from '../format/vocabulary.js';
import { joinReusing } from './attrs.js';
import { hitWidth, itemMaker, NEW_ITEM, sizeTarget, svgPart, type ItemMaker } from './target.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ClusterState {
  /** Drawn at x - offset, in a group moved by offset (layout's panX). */
  offset?: number;
  /** Height of a mark, which a cluster bar shares. */
  size: number;
  /** The key of the cluster holding the roving tab stop, if one does. */
  tabStop: string | null;
  /** The accessible name: describeCluster with `vocab`; asked only when the cluster or the vocabulary is new. */
  label: (cluster: ClusterLayout) => string;
  /**
   * vocabulary(data, lang), one object per data set and language: with the key, it says what a
   * cluster holds, so a group that drew the same key with the same vocabulary has its name already.
   */
  vocab: Vocabulary;
}

/** What each cluster element shows now, kept beside it: comparing these is cheaper than reading attributes back. */
interface Drawn {
  key: string;
  vocab: Vocabulary | null;
  transform: string;
  tabindex: string;
  width: number;
  hit: number;
  count: number;
  size: number;
}
const drawn = new WeakMap<Element, Drawn>();

/** One cluster's elements: its group, shape (as tall as a mark of `size`), count and hit area. */
const blanks = new Map<number, ItemMaker>();
function blankFor(size: number): ItemMaker {
  let make = blanks.get(size);
  if (!make) {
    make = itemMaker('cluster', 'cluster', () => {
      const shape = svgPart('rect', 'cluster-shape');
      shapeHeight(shape, size);
      const count = svgPart('text', 'cluster-count');
      count.setAttribute('aria-hidden', 'true');
      // Its text node comes with the clone, so a new cluster's count is written like a renumbered one's.
      count.appendChild(document.createTextNode(''));
      return [shape, count];
    });
    blanks.set(size, make);
  }
  return make;
}

function shapeHeight(rect: Element, size: number): void {
  rect.setAttribute('y', String(-size / 2));
  rect.setAttribute('height', String(size));
  rect.setAttribute('rx', String(size / 2));
}

export function renderClusters(g: G, clusters: ClusterLayout[], state: ClusterState): void {
  const { size, offset = 0 } = state;
  joinReusing(g, 'g.cluster', clusters, (c) => c.key, blankFor(size), function draw(node, c) {
      let was = drawn.get(node);
      // A node without a record is a new clone: it holds what its template does.
      if (!was) drawn.set(node, (was = { key: '', vocab: null, transform: '', tabindex: NEW_ITEM.tabindex, width: NaN, hit: NEW_ITEM.hit, count: NaN, size }));
      if (was.key !== c.key || was.vocab !== state.vocab) {
        node.setAttribute('data-key', (was.key = c.key));
        node.setAttribute('aria-label', state.label(c));
        was.vocab = state.vocab;
      }
      const transform = `translate(${(c.x - offset).toFixed(2)},${c.y.toFixed(2)})`;
      if (was.transform !== transform) node.setAttribute('transform', (was.transform = transform));
      const tabindex = c.key === state.tabStop ? '0' : '-1';
      if (was.tabindex !== tabindex) node.setAttribute('tabindex', (was.tabindex = tabindex));
      // Sibling links, not node.children: that is a live collection made per node, and most nodes here are new.
      const rect = node.firstElementChild!;
      const text = rect.nextElementSibling!;
      const target = text.nextElementSibling!;
      if (was.size !== size) shapeHeight(rect, (was.size = size));
      if (was.width !== c.width) {
        rect.setAttribute('x', String(-c.width / 2));
        rect.setAttribute('width', String(c.width));
        was.width = c.width;
      }
      const hit = hitWidth(c.width);
      if (was.hit !== hit) sizeTarget(target, (was.hit = hit));
      if (was.count !== c.count) {
        // New words in the same text node: a new node (textContent) is a new layout object, and a zoom renumbers hundreds.
        (text.firstChild as Text).data = `+${c.count}`;
        was.count = c.count;
      }
    });
}
