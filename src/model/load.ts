// Fetching a data URL. The response is as untrusted as any other input: it
// goes through the same validator, and every failure says which URL and why.

import { parseData, type ValidationResult } from './validate.js';

export class LoadError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`Could not load ${url}: ${reason}`);
    this.name = 'LoadError';
  }
}

/**
 * Fetches and validates timeline data. Rejects with a LoadError for network
 * and HTTP failures, and with the signal's reason when aborted.
 */
export async function loadData(
  url: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
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
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(url, `the response could not be read (${(error as Error).message})`);
  }
  return parseData(body);
}
