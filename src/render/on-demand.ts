// The list view and the list of keys: the reader opens them and the first
// frame never shows them, so they are one chunk with their styles, asked for
// as soon as there is data (the List and ? buttons rarely wait for it).

export { renderTable } from './table.js';
export { renderHelp } from './help.js';
export { onDemandStyles as styles } from '../styles/on-demand.js';
