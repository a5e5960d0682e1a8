// layoutFrame with clustering built in: the pure layout API the package
// exports (summit-timeline/layout.js) and the tests use. The element calls
// layoutFrame itself, with clustering loaded as a chunk.

import { clusterView } from './cluster.js';
import { layoutFrame, type LayoutInput, type TimelineLayout } from './frame.js';

export { layoutFrame, METRICS, type ClusterLayout, type Clusterer, type LayoutInput, type MarkLayout, type TimelineLayout } from './frame.js';

/** Lays out bands, marks, clusters and axis for one data set, size and view. Pure. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  return layoutFrame(input, clusterView);
}
