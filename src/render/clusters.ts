// Cluster marks: several events drawn as one rounded bar with their count
// ("+37"). D3 joins them in the marks group beside the event marks; a
// cluster's key never equals an event's id, and layout has placed it already.

import type { Selection } from 'd3-selection';
import type { ClusterLayout } from '../layout/frame.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ClusterState {
  /** Height of a mark, which a cluster bar shares. */
  size: number;
  /** The key of the cluster holding the roving tab stop, if one does. */
  tabStop: string | null;
  /** The accessible name: describeCluster. */
  label: (cluster: ClusterLayout) => string;
}

export function renderClusters(g: G, clusters: ClusterLayout[], state: ClusterState): void {
  const half = state.size / 2;
  const merged = g
    .selectAll<SVGGElement, ClusterLayout>('g.cluster')
    .data(clusters, (c) => c.key)
    .join((enter) => {
      const c = enter.append('g').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button');
      c.append('rect').attr('class', 'cluster-shape');
      c.append('text').attr('class', 'cluster-count').attr('aria-hidden', 'true');
      return c;
    })
    .attr('data-key', (c) => c.key)
    .attr('transform', (c) => `translate(${c.x.toFixed(2)},${c.y.toFixed(2)})`)
    .attr('tabindex', (c) => (c.key === state.tabStop ? 0 : -1))
    .attr('aria-label', state.label);
  merged
    .select('rect')
    .attr('x', (c) => -c.width / 2)
    .attr('y', -half)
    .attr('width', (c) => c.width)
    .attr('height', state.size)
    .attr('rx', half);
  merged.select('text').text((c) => `+${c.count}`);
}
