export * from './types.js';
export type * from './input.js';
export * from './calendar-date.js';
export { validateData, parseData, type ValidationResult } from './validate.js';
export { DEFAULT_KINDS, DEFAULT_TOPICS } from './defaults.js';
export { loadData, LoadError } from './load.js';
export { isWebUrl } from './url.js';
