// The panel, the list view and the list of keys: the reader opens them and
// the first frame never needs them, so they are one chunk with their styles,
// asked for as soon as there is data (which is itself a chunk by default, so
// a panel selected at load rarely waits for it).
export { renderDetail } from './detail.js';

export { renderTable } from './table.js';
export { renderHelp } from './help.js';
export { onDemandStyles as styles } from '../styles/on-demand.js';
