// The clustering chunk: layout's clusters for a view and their drawing. Only
// a view too dense for its rows has clusters, and layout has none to give
// before this chunk is here, so the first-load bytes carry neither half.

export { clusterView } from '../layout/cluster.js';
export { renderClusters } from './clusters.js';
