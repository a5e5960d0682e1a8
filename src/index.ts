// The package's face: importing it registers <summit-timeline>.
export { SummitTimeline } from './define.js';
export * from './events.js';
export * from './model/index.js';
export { layoutTimeline, type TimelineLayout, type LayoutInput } from './layout/timeline.js';
export { describeEvent } from './format/describe.js';
export { loadDefaultData, type DefaultData } from './default-data.js';
