import { describe, expect, it } from 'vitest';
import { loadData, LoadError } from '../../src/model/load.js';
import { sampleData } from './fixtures.js';

const URL = 'https://example.org/data.json';

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('loadData', () => {
  it('validates what it fetched', async () => {
    const result = await loadData(URL, undefined, respond(JSON.stringify(sampleData())));
    expect(result.problems).toEqual([]);
    expect(result.data!.events).toHaveLength(3);
  });

  it('says which URL and which status when the server refuses', async () => {
    const error = await loadData(URL, undefined, respond('nope', { status: 404, statusText: 'Not Found' })).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error.message).toBe('Could not load https://example.org/data.json: the server answered 404 Not Found');
  });

  it('says why a request failed', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadData(URL, undefined, failing)).rejects.toThrow('Could not load https://example.org/data.json: the request failed (Failed to fetch)');
  });

  it('reports a body that is not JSON as a problem, not a crash', async () => {
    const result = await loadData(URL, undefined, respond('<html>oops</html>'));
    expect(result.data).toBeNull();
    expect(result.problems[0]!.message).toMatch(/is not valid JSON/);
  });

  it('rejects with the abort reason when aborted', async () => {
    const controller = new AbortController();
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const pending = loadData(URL, controller.signal, hanging);
    controller.abort(new Error('superseded'));
    await expect(pending).rejects.toThrow('superseded');
  });
});
