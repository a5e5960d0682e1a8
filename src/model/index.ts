export * from './types.js';
export * from './calendar-date.js';
export { validateData, parseData, type ValidationResult } from './validate.js';
export { loadData, LoadError } from './load.js';
export { isWebUrl } from './url.js';
