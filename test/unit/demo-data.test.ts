import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/format/describe.js';
import { vocabulary } from '../../src/format/vocabulary.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { pick } from '../../src/format/strings.js';
import { validateData } from '../../src/model/validate.js';

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(json('../../src/data/summit-timeline.schema.json'));

describe.each(['../../demo/apollo.json', '../../demo/special-relationship.json'])('the demo data %s', (path) => {
  it('validates with no problems and no warnings, by the element and by the schema', () => {
    const doc = json(path);
    const { problems, warnings } = validateData(doc);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(schemaAccepts(doc), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });
});

describe('demo/apollo.json', () => {
  const data = validateData(json('../../demo/apollo.json')).data!;

  it('lists the crewed missions Apollo 7 to 17, in launch order, each with a source', () => {
    expect(data.events.map((e) => pick(e.title, 'en'))).toEqual(Array.from({ length: 11 }, (_, i) => `Apollo ${i + 7}`));
    const dates = data.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('1968-10-11');
    expect(dates[10]).toBe('1972-12-07');
    for (const e of data.events) expect(e.sources?.length).toBeGreaterThan(0);
  });

  it('has no leaders, so no bands', () => {
    expect(data.leaders).toEqual([]);
    const layout = layoutTimeline({ data, width: 900, height: 260, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n) => pick(n, 'en') });
    expect(layout.bands).toEqual([]);
    expect(layout.marks).toHaveLength(11);
  });

  it('reads without a diplomatic word, in English and Japanese', () => {
    for (const lang of ['en', 'ja']) {
      const v = vocabulary(data, lang);
      const { count, ...words } = v.words;
      const text = [...Object.values(words), count(11), ...[...v.kinds.values()].map((k) => k.label), ...data.events.map((e) => describeEvent(e, new Map(), lang, v))];
      for (const t of text) expect(t).not.toMatch(/meeting|summit|leader|visit|会談|首脳/i);
    }
    const v = vocabulary(data, 'en');
    expect(describeEvent(data.events[4]!, new Map(), 'en', v)).toBe('16 July 1969: Apollo 11, Kennedy Space Center, Florida. Lunar landing.');
    expect(v.words.count(11)).toBe('11 launches');
  });
});
