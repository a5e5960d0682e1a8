// The default data set as a module of its own, so that src/default-data.ts can
// import it lazily. src/data/summits.json stays the source of truth; the build
// turns the JSON import into JavaScript, as every bundler does.
import history from './data/summits.json';

/** The parsed JSON, typed `unknown`: it is validated like any other input. */
export const data: unknown = history;

/** Where this module was loaded from: the package file, a bundler's chunk, or the source. */
export const url: string = import.meta.url;
