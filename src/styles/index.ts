// The element's styles, one sheet per part of the element.
import { media } from './media.js';
import { overlays } from './overlays.js';
import { plot } from './plot.js';
import { shell } from './shell.js';
import { tokens } from './tokens.js';

export const styles = [tokens, shell, plot, overlays, media];
