// The element's styles, one sheet per part of the element.
import { filters } from './filters.js';
import { media } from './media.js';
import { overlays } from './overlays.js';
import { overview } from './overview.js';
import { plot } from './plot.js';
import { shell } from './shell.js';
import { tokens } from './tokens.js';

// media last: forced colours override every other sheet.
export const styles = [tokens, shell, plot, overview, overlays, filters, media];
