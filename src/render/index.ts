// The render stage as the element sees it: one template helper per piece of
// the shell, and drawPlot for the D3 groups inside the SVG.
export { renderLegend } from './legend.js';
export { renderMessages, renderNoMatch, renderStatus, renderWarnings } from './messages.js';
export { clusterKeyOf, drawPlot, markIdOf, renderPlot, type PlotHandlers } from './plot.js';
export { renderToolbar } from './toolbar.js';
export { placeTooltip, renderClusterTooltip, renderHoverTooltip, renderTooltip } from './tooltip.js';
export { renderLive, renderSummary } from './summary.js';
