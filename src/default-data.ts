// The bundled history is a module imported on demand, not a file fetched from
// beside the code. Every bundler keeps a dynamic import() as a lazy chunk next to
// the code that asked for it, Vite's dev pre-bundling included, with no
// configuration; a `new URL('./data/summits.json', import.meta.url)` asset does
// not survive that pre-bundling (the URL then points into .vite/deps and 404s).
// The chunk stays out of the first load: a page that gives its own data never
// downloads it.

/** The default history as parsed JSON (untrusted, like any input) and the URL of the chunk it came from. */
export interface DefaultData {
  data: unknown;
  url: string;
}

/**
 * Loads the bundled default history (the meetings between Japan's prime ministers
 * and US presidents). Rejects with the signal's reason when aborted.
 */
export async function loadDefaultData(signal?: AbortSignal): Promise<DefaultData> {
  signal?.throwIfAborted();
  const { data, url } = await import('./default-history.js');
  signal?.throwIfAborted();
  return { data, url };
}
