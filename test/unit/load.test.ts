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

describe('loadData and what the server says about the body', () => {
  const body = JSON.stringify(sampleData());

  it.each(['application/json', 'application/json; charset=utf-8', 'application/geo+json', 'Application/JSON'])('takes %j without a warning', async (type) => {
    const result = await loadData(URL, undefined, respond(body, { headers: { 'content-type': type } }));
    expect(result.warnings).toEqual([]);
    expect(result.data!.events).toHaveLength(3);
  });

  it.each(['text/html', 'text/plain; charset=utf-8', 'application/octet-stream'])('reads %j but warns which type it was', async (type) => {
    const result = await loadData(URL, undefined, respond(body, { headers: { 'content-type': type } }));
    expect(result.data!.events).toHaveLength(3);
    expect(result.warnings[0]).toEqual({ path: '(response)', message: `was served as "${type.split(';')[0]}", not application/json; it was read as JSON anyway` });
  });

  it('refuses a body over the limit, by its declared length, before reading it', async () => {
    const error = await loadData(URL, undefined, respond(body, { headers: { 'content-length': String(30 * 1024 * 1024) } })).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error.message).toBe('Could not load https://example.org/data.json: the response is 30 MB, over the 20 MB limit');
  });

  it('refuses a body over a configured limit, by what arrived, when no length is declared', async () => {
    const error = await loadData(URL, undefined, respond(body), { maxBytes: 100 }).catch((e) => e);
    expect(error.message).toMatch(/^Could not load https:\/\/example\.org\/data\.json: the response is [\d.]+ KB, over the 100 bytes limit$/);
  });

  it('reads UTF-8 text as such', async () => {
    const data = sampleData();
    data.events[0]!.title = { en: 'Hiroshima', ja: '広島訪問' };
    const result = await loadData(URL, undefined, respond(JSON.stringify(data)));
    expect(result.data!.events.find((e) => e.id === data.events[0]!.id)!.title.ja).toBe('広島訪問');
  });
});
