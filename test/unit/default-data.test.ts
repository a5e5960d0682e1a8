import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultData } from '../../src/default-data.js';
import { validateData } from '../../src/model/validate.js';

const json = JSON.parse(readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8'));

describe('loadDefaultData', () => {
  it('gives the bundled history as parsed JSON, with the URL of the module it came from', async () => {
    const { data, url } = await loadDefaultData();
    expect(data).toEqual(json);
    expect(new URL(url).pathname).toMatch(/default-history\.ts$/);
    const result = validateData(data);
    expect(result.problems).toEqual([]);
    expect(result.data!.events).toHaveLength(json.events.length);
  });

  it('rejects with the reason when aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('no longer needed'));
    await expect(loadDefaultData(controller.signal)).rejects.toThrow('no longer needed');
  });

  it('rejects when aborted while the chunk loads', async () => {
    const controller = new AbortController();
    const loading = loadDefaultData(controller.signal);
    controller.abort(new Error('replaced by data'));
    await expect(loading).rejects.toThrow('replaced by data');
  });
});
