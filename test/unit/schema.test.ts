import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/model/validate.js';
import { FIXTURES } from './data-fixtures.js';

const SCHEMA_PATH = new URL('../../src/data/summit-timeline.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(schema);

// Rules that need more than one value at a time; a JSON Schema cannot state them.
const CROSS_REFERENCES = new Set([
  'an unknown leader',
  'a duplicate id',
  'an end before the date',
  'a term ending before it starts',
  'a misspelt leader id',
  'a kind not defined in kinds',
  'a default kind when kinds are defined',
  'a topic not defined in topics',
  'a kind id used twice',
]);

describe('the JSON Schema and the runtime validator', () => {
  it.each(FIXTURES.filter((f) => !CROSS_REFERENCES.has(f.name)))('agree on $name', ({ doc }) => {
    const runtimeAccepts = validateData(doc).problems.length === 0;
    expect(schemaAccepts(doc), JSON.stringify(schemaAccepts.errors)).toBe(runtimeAccepts);
  });

  it.each(FIXTURES.filter((f) => CROSS_REFERENCES.has(f.name)))('leave $name to the runtime, which rejects it', ({ doc }) => {
    expect(schemaAccepts(doc)).toBe(true);
    expect(validateData(doc).problems.length).toBeGreaterThan(0);
  });

  it('accepts the default data file, which points at it with $schema', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8'));
    expect(data.$schema).toBe('./summit-timeline.schema.json');
    expect(schemaAccepts(data), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it('is the file scripts/schema.mjs writes from the model (kinds and topics in step)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.json');
    execFileSync(process.execPath, ['scripts/schema.mjs', out]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(SCHEMA_PATH, 'utf8'));
  });
});
