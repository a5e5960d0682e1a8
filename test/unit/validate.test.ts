import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseData, validateData } from '../../src/model/validate.js';
import { FIXTURES } from './data-fixtures.js';
import { sampleData } from './fixtures.js';
import type { Summit } from '../../src/model/types.js';

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

  it('shares one frozen copy of equal places and leader lists, never the input itself', () => {
    const leaders = [{ id: 'a', name: 'A', country: 'JP', terms: [{ start: '2000-01-01' }] }, { id: 'b', name: { en: 'B' }, country: 'US', terms: [{ start: '2000-01-01' }] }];
    const event = (i: number, place: unknown) => ({ id: `e${i}`, date: '2001-01-01', kind: 'bilateral', title: `Meeting ${i}`, place, leaders: ['a', 'b'] });
    const doc = { leaders, events: [event(1, { en: 'Tokyo' }), event(2, { en: 'Tokyo' }), event(3, 'Tokyo'), event(4, { ja: '東京' }), event(5, { en: 'Tokyo', ja: '東京' })] };
    const [e1, e2, e3, e4, e5] = validateData(doc).data!.events as [Summit, Summit, Summit, Summit, Summit];
    expect(e1.place).toBe(e2.place);
    expect(e1.place).toBe(e3.place);
    expect(e1.place).toEqual({ en: 'Tokyo' });
    expect(e4.place).toEqual({ ja: '東京' });
    expect(e5.place).toEqual({ en: 'Tokyo', ja: '東京' });
    expect(e1.leaders).toBe(e2.leaders);
    expect(e1.leaders).toEqual(['a', 'b']);
    expect(Object.isFrozen(e1.place) && Object.isFrozen(e1.leaders)).toBe(true);
    // The input's own objects are never kept: changing them later changes nothing drawn.
    expect(e1.place).not.toBe(doc.events[0]!.place);
    expect(e1.leaders).not.toBe(doc.events[0]!.leaders);
    doc.events[0]!.leaders.push('c');
    expect(e1.leaders).toEqual(['a', 'b']);
    // Another document shares nothing with this one.
    expect(validateData(doc).data!.events[1]!.place).not.toBe(e2.place);
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
