// Cluster marks: several events drawn as one rounded bar with their count
// ("+37"). D3 joins them in the marks group beside the event marks; a
// cluster's key never equals an event's id, and layout has placed it already.

import type { Selection } from 'd3-selection';
import type { ClusterLayout } from '../layout/frame.js';
import { joinReusing } from './attrs.js';
import { itemMaker, sizeTarget, svgPart } from './target.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ClusterState {
  /** Drawn at x - offset, in a group moved by offset (layout's panX). */
  offset?: number;
  /** Height of a mark, which a cluster bar shares. */
  size: number;
  /** The key of the cluster holding the roving tab stop, if one does. */
  tabStop: string | null;
  /** The accessible name: describeCluster, in `lang`; asked only when the cluster or the language is new. */
  label: (cluster: ClusterLayout) => string;
  lang: string;
}

/** What each cluster element shows now, kept beside it: comparing these is cheaper than reading attributes back. */
interface Drawn {
  named: string;
  transform: string;
  tabindex: string;
  width: number;
  count: number;
  size: number;
}
const drawn = new WeakMap<Element, Drawn>();

/** One cluster's elements: its group, shape, count and hit area. */
const blank = itemMaker('cluster', 'cluster', () => {
  const count = svgPart('text', 'cluster-count');
  count.setAttribute('aria-hidden', 'true');
  return [svgPart('rect', 'cluster-shape'), count];
});

export function renderClusters(g: G, clusters: ClusterLayout[], state: ClusterState): void {
  const { size, offset = 0 } = state;
  const half = size / 2;
  joinReusing(g, 'g.cluster', clusters, (c) => c.key, blank, function draw(node, c) {
      let was = drawn.get(node);
      if (!was) drawn.set(node, (was = { named: '', transform: '', tabindex: '', width: NaN, count: NaN, size: NaN }));
      const named = `${state.lang}|${c.key}`;
      if (was.named !== named) {
        node.setAttribute('data-key', c.key);
        node.setAttribute('aria-label', state.label(c));
        was.named = named;
      }
      const transform = `translate(${(c.x - offset).toFixed(2)},${c.y.toFixed(2)})`;
      if (was.transform !== transform) node.setAttribute('transform', (was.transform = transform));
      const tabindex = c.key === state.tabStop ? '0' : '-1';
      if (was.tabindex !== tabindex) node.setAttribute('tabindex', (was.tabindex = tabindex));
      // Sibling links, not node.children: that is a live collection made per node, and most nodes here are new.
      const rect = node.firstElementChild!;
      const text = rect.nextElementSibling!;
      const target = text.nextElementSibling!;
      if (was.size !== size) {
        rect.setAttribute('y', String(-half));
        rect.setAttribute('height', String(size));
        rect.setAttribute('rx', String(half));
        was.size = size;
      }
      if (was.width !== c.width) {
        rect.setAttribute('x', String(-c.width / 2));
        rect.setAttribute('width', String(c.width));
        sizeTarget(target, c.width);
        was.width = c.width;
      }
      if (was.count !== c.count) {
        // New words in the same text node: a new node (textContent) is a new layout object, and a zoom renumbers hundreds.
        const words = `+${c.count}`;
        if (text.firstChild) (text.firstChild as Text).data = words;
        else text.textContent = words;
        was.count = c.count;
      }
    });
}
