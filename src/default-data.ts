// The bundled history ships as a JSON file beside the code rather than inside
// it: the bundle stays small, and the file is the same one authors can read,
// validate and copy. import.meta.url finds it next to whichever build is loaded.

/** URL of the default data set, `data/summits.json` next to this module. */
export function defaultDataUrl(): string {
  return new URL('./data/summits.json', import.meta.url).href;
}
