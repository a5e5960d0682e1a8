// Fetching a data URL. The response is as untrusted as any other input: it
// goes through the same validator, and every failure says which URL and why.
// A body over the size limit is refused before it is parsed (a page should
// not freeze on a wrong URL), and one not served as JSON is read but warned of.

import { parseData, type ValidationResult } from './validate.js';

export class LoadError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`Could not load ${url}: ${reason}`);
    this.name = 'LoadError';
  }
}

/** 20 MB: some 100,000 events with summaries, far past anything the bundled history needs. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface LoadOptions {
  /** Largest body accepted, in bytes (UTF-8 as served). */
  maxBytes?: number;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const size = (n: number) => {
  const one = (x: number) => Math.round(x * 10) / 10;
  return n >= 1024 * 1024 ? `${one(n / 1024 / 1024)} MB` : n >= 1024 ? `${one(n / 1024)} KB` : `${n} bytes`;
};

/**
 * Fetches and validates timeline data. Rejects with a LoadError for network
 * and HTTP failures and for a body over `maxBytes`, and with the signal's
 * reason when aborted.
 */
export async function loadData(
  url: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
  { maxBytes = DEFAULT_MAX_BYTES }: LoadOptions = {},
): Promise<ValidationResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(url, `the request failed (${(error as Error).message || 'network error'})`);
  }
  if (!response.ok) {
    throw new LoadError(url, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const tooBig = (bytes: number) => new LoadError(url, `the response is ${size(bytes)}, over the ${size(maxBytes)} limit`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooBig(declared);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(url, `the response could not be read (${(error as Error).message})`);
  }
  if (bytes.byteLength > maxBytes) throw tooBig(bytes.byteLength);
  const result = parseData(new TextDecoder().decode(bytes));
  const type = response.headers.get('content-type');
  if (type !== null && !JSON_TYPE.test(type)) {
    const warning = { path: '(response)', message: `was served as "${type.split(';')[0]}", not application/json; it was read as JSON anyway` };
    return { ...result, warnings: [warning, ...result.warnings] };
  }
  return result;
}
