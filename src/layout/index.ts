export * from './time-scale.js';
export * from './ticks.js';
export * from './bands.js';
export * from './timing.js';
export * from './stack.js';
export * from './cluster-index.js';
export * from './cluster.js';
export * from './timeline.js';
