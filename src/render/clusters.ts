// Cluster marks: several events drawn as one rounded bar with their count
// ("+37"). D3 joins them in the marks group beside the event marks; a
// cluster's key never equals an event's id, and layout has placed it already.

import type { Selection } from 'd3-selection';
import type { ClusterLayout } from '../layout/frame.js';
import { put } from './attrs.js';
import { addTarget, sizeTarget } from './target.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ClusterState {
  /** Height of a mark, which a cluster bar shares. */
  size: number;
  /** The key of the cluster holding the roving tab stop, if one does. */
  tabStop: string | null;
  /** The accessible name: describeCluster, in `lang`; asked only when the cluster or the language is new. */
  label: (cluster: ClusterLayout) => string;
  lang: string;
}

export function renderClusters(g: G, clusters: ClusterLayout[], state: ClusterState): void {
  const half = state.size / 2;
  g
    .selectAll<SVGGElement, ClusterLayout>('g.cluster')
    .data(clusters, (c) => c.key)
    .join((enter) => {
      const c = enter.append('g').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button');
      c.append('rect').attr('class', 'cluster-shape');
      c.append('text').attr('class', 'cluster-count').attr('aria-hidden', 'true');
      c.call(addTarget);
      return c;
    })
    .each(function (c) {
      const named = `${state.lang}|${c.key}`;
      if (this.dataset.named !== named) {
        put(this, 'data-key', c.key);
        put(this, 'aria-label', state.label(c));
        this.dataset.named = named;
      }
      put(this, 'transform', `translate(${c.x.toFixed(2)},${c.y.toFixed(2)})`);
      put(this, 'tabindex', c.key === state.tabStop ? '0' : '-1');
      const [rect, text, target] = [this.children[0]!, this.children[1]!, this.children[2]!];
      sizeTarget(target, c.width);
      put(rect, 'x', String(-c.width / 2));
      put(rect, 'y', String(-half));
      put(rect, 'width', String(c.width));
      put(rect, 'height', String(state.size));
      put(rect, 'rx', String(half));
      const count = `+${c.count}`;
      if (text.textContent !== count) text.textContent = count;
    });
}
