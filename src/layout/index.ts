export * from './time-scale.js';
export * from './ticks.js';
export * from './bands.js';
export * from './place.js';
export * from './timeline.js';
