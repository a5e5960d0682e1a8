import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseData, validateData } from '../../src/model/validate.js';
import { FIXTURES } from './data-fixtures.js';
import { sampleData } from './fixtures.js';

describe('validateData', () => {
  it.each(FIXTURES.filter((f) => f.path === null))('accepts $name', ({ doc }) => {
    const result = validateData(doc);
    expect(result.problems).toEqual([]);
    expect(result.data).not.toBeNull();
  });

  it.each(FIXTURES.filter((f) => f.path !== null))('reports $name at its path', ({ doc, path, message, fatal }) => {
    const result = validateData(doc);
    expect(result.problems[0]).toMatchObject({ path });
    expect(result.problems[0]!.message).toContain(message);
    if (fatal) expect(result.data).toBeNull();
    else expect(result.data).not.toBeNull();
  });

  it('skips only the bad meeting and keeps the rest', () => {
    const doc = sampleData() as unknown as { events: Record<string, unknown>[] };
    doc.events[1]!.date = '2019-13-01';
    const { data, problems } = validateData(doc);
    expect(problems).toEqual([{ path: 'events[1].date', message: '"2019-13-01" is not a calendar date (YYYY-MM-DD)' }]);
    expect(data!.events.map((e) => e.id)).toEqual(['2016-05-27-abe-obama', '2025-02-07-ishiba-trump']);
  });

  it('drops meetings of a leader that was itself invalid', () => {
    const doc = sampleData() as unknown as { leaders: Record<string, unknown>[] };
    doc.leaders[2]!.terms = 'always';
    const { data, problems } = validateData(doc);
    expect(problems.map((p) => p.path)).toEqual(['leaders[2].terms', 'events[0].leaders[1]']);
    expect(data!.leaders.map((l) => l.id)).not.toContain('obama');
    expect(data!.events).toHaveLength(2);
  });

  it('reports every bad meeting, not only the first', () => {
    const doc = sampleData() as unknown as { events: Record<string, unknown>[] };
    doc.events[0]!.kind = 'x';
    doc.events[2]!.sources = ['ftp://a'];
    expect(validateData(doc).problems.map((p) => p.path)).toEqual(['events[0].kind', 'events[2].sources[0]']);
  });

  it('normalises plain-string text to { en }', () => {
    const doc = sampleData() as unknown as { events: Record<string, unknown>[] };
    doc.events[0]!.title = 'Hiroshima';
    expect(validateData(doc).data!.events[0]!.title).toEqual({ en: 'Hiroshima' });
  });

  it('does not copy unknown prototype keys or trust __proto__', () => {
    const doc = JSON.parse('{"events": [], "__proto__": {"polluted": true}}');
    const result = validateData(doc);
    expect(result.data).toBeNull();
    expect(result.problems[0]!.path).toBe('(root).__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the bundled default data with no problems', () => {
    const json = readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8');
    const { data, problems } = parseData(json);
    expect(problems).toEqual([]);
    expect(data!.events.length).toBeGreaterThanOrEqual(20);
  });
});

describe('parseData', () => {
  it('turns a JSON syntax error into a root problem', () => {
    const { data, problems } = parseData('{"events": [');
    expect(data).toBeNull();
    expect(problems[0]!.path).toBe('(root)');
    expect(problems[0]!.message).toMatch(/^is not valid JSON/);
  });
});
