// The overview strip as one chunk: its layout, template, drawing, styles and
// brush (with d3-brush behind it). The first frame does not need it; the
// element holds its slot open, so nothing moves when it arrives.

export { OVERVIEW_HEIGHT, overviewLayout } from '../layout/overview.js';
export { drawOverview, renderOverview } from './overview.js';
export { BrushController } from '../controllers/brush-controller.js';
export { overview as styles } from '../styles/overview.js';
