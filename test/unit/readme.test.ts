// The README's data examples are the first thing an author copies: they must
// validate, satisfy the schema, and type-check as TimelineInput, where a
// misspelt field must not.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/model/validate.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```json block after `heading`. */
function exampleAfter(heading: string): string {
  const at = README.indexOf(heading);
  if (at < 0) throw new Error(`README has no "${heading}"`);
  const block = /```json\n([\s\S]*?)\n```/.exec(README.slice(at));
  if (!block) throw new Error(`no JSON example after "${heading}"`);
  return block[1]!;
}

const EXAMPLES = [
  ['the minimal example', exampleAfter('### A minimal example')],
  ['the fuller example', exampleAfter('### The format')],
] as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(JSON.parse(readFileSync(new URL('../../src/data/summit-timeline.schema.json', import.meta.url), 'utf8')));

/** Type errors of `source` compiled against the package's model types, strict. */
function typeErrors(source: string): string[] {
  const file = new URL('./readme-example.generated.ts', import.meta.url).pathname;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : read(name));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const typed = (json: string) => `import type { TimelineInput } from '../../src/model/index.js';\nexport const data: TimelineInput = ${json};\n`;

describe('the README data examples', () => {
  it.each(EXAMPLES)('%s validates with no problems or warnings', (_, json) => {
    const { data, problems, warnings } = validateData(JSON.parse(json));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(data!.events.length).toBeGreaterThan(0);
  });

  it.each(EXAMPLES)('%s satisfies the JSON Schema', (_, json) => {
    expect(schemaAccepts(JSON.parse(json)), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it('type-check as TimelineInput, and a misspelt field does not', () => {
    for (const [, json] of EXAMPLES) expect(typeErrors(typed(json))).toEqual([]);
    const misspelt = EXAMPLES[0][1].replace('"title": "Version 1.0"', '"titel": "Version 1.0"');
    expect(misspelt).not.toBe(EXAMPLES[0][1]);
    const errors = typeErrors(typed(misspelt));
    expect(errors.join('\n')).toMatch(/Object literal may only specify known properties, and '"?titel"?' does not exist in type 'EventInput'/);
  }, 30_000);

  it('show the messages the validator really gives', () => {
    const doc = JSON.parse(exampleAfter('### The format'));
    doc.leaders.push({ id: 'abe', name: 'Shinzo Abe', country: 'JP', terms: [{ start: '2012-12-26', end: '2020-09-16' }] });
    doc.leaders.push({ id: 'obama', name: 'Barack Obama', country: 'US', terms: [{ start: '2009-01-20', end: '2017-01-20' }] });
    const base = doc.events[0];
    doc.events.push({ ...base, id: 'b', date: '2021-3-4' }, { ...base, id: 'c', leaders: ['abe', 'obamma'] });
    const lines = validateData(doc).problems.map((p) => `${p.path}: ${p.message}`);
    const shown = README.slice(README.indexOf('### When the data is wrong'));
    expect(lines.map((l) => l.replace(/\(defined: .*\)$/, ''))).toEqual([
      'events[1].date: "2021-3-4" is not a calendar date (YYYY-MM-DD); did you mean "2021-03-04"?',
      'events[2].leaders[1]: "obamma" is not the id of a leader in "leaders"; did you mean "obama"? ',
    ]);
    for (const line of lines) expect(shown).toContain(line.slice(0, line.indexOf('?') + 1));
  });
});
