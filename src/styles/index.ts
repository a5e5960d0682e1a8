// The element's first-load styles, one sheet per part of the element (the
// chunks bring their own: on-demand.ts, overview.ts, filter-panel.ts, print.ts).
import { filters } from './filters.js';
import { media } from './media.js';
import { overlays } from './overlays.js';
import { plot } from './plot.js';
import { shell } from './shell.js';
import { tokens } from './tokens.js';

// media last: forced colours override every other sheet.
export const styles = [tokens, shell, plot, overlays, filters, media];
