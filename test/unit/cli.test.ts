// The checker authors run: the checking code on the five typical mistakes,
// then the bin itself, spawned as npx would, against the same files.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJson, failed, reportLines } from '../../src/model/check.js';

const FIXTURES = new URL('./fixtures/check/', import.meta.url).pathname;
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const MISTAKES = [
  ['bad-date.json', 'events[0].date: "2021-3-4" is not a calendar date (YYYY-MM-DD); did you mean "2021-03-04"?'],
  ['missing-field.json', 'events[0].title: is required: text, or text by language such as { "en": "…", "ja": "…" }'],
  ['misspelt-field.json', 'events[0].titel: is not a known field; did you mean "title"?'],
  ['misspelt-leader.json', 'events[0].leaders[0]: "abee" is not the id of a leader in "leaders"; did you mean "abe"? (defined: abe, obama)'],
] as const;

const OUT_OF_TERM =
  'events[0].leaders[0]: warning: Shinzo Abe ("abe") was not in office on 2012-01-05 (in office 2012-12-26 – 2020-09-16); check the date, or the leader id';

describe('checkJson and reportLines', () => {
  it('pass a good file', () => {
    const result = checkJson(read('good.json'));
    expect(result).toEqual({ events: 1, problems: [], warnings: [] });
    expect(reportLines('good.json', result)).toEqual(['✓ good.json: 1 event, no problems']);
  });

  it.each(MISTAKES)('report %s with its path and the fix', (file, line) => {
    const result = checkJson(read(file));
    expect(failed(result)).toBe(true);
    const lines = reportLines(file, result);
    expect(lines[0]).toBe(`✗ ${file}: 1 problem (0 events valid)`);
    expect(lines[1]!.trim().startsWith(line)).toBe(true);
  });

  it('warn about a date outside a term, keep the event, and fail only when strict', () => {
    const result = checkJson(read('outside-term.json'));
    expect(result.events).toBe(1);
    expect(result.problems).toEqual([]);
    expect(failed(result)).toBe(false);
    expect(failed(result, true)).toBe(true);
    expect(reportLines('outside-term.json', result)).toEqual(['! outside-term.json: 1 warning (1 event valid)', `  ${OUT_OF_TERM}`]);
  });

  it('report a JSON syntax error at (root)', () => {
    const result = checkJson('{"events": [');
    expect(result.problems[0]!.path).toBe('(root)');
    expect(result.problems[0]!.message).toMatch(/^is not valid JSON/);
  });
});

describe('npx summit-timeline check (the bin)', () => {
  let bin = '';

  beforeAll(async () => {
    // The bin imports ../dist/model/check.js; give it exactly that, built from the same source.
    const root = mkdtempSync(join(tmpdir(), 'summit-bin-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(new URL('../../bin/summit-timeline.mjs', import.meta.url), join(root, 'bin', 'summit-timeline.mjs'));
    await build({ entryPoints: ['src/model/check.ts'], bundle: true, platform: 'node', format: 'esm', outfile: join(root, 'dist/model/check.js'), logLevel: 'silent' });
    bin = join(root, 'bin', 'summit-timeline.mjs');
  });

  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: FIXTURES, encoding: 'utf8' });

  it('exits 0 on a good file', () => {
    const { status, stdout } = run('check', 'good.json');
    expect(stdout.trim()).toBe('✓ good.json: 1 event, no problems');
    expect(status).toBe(0);
  });

  it('exits 1 on each mistake and prints path: message lines', () => {
    const { status, stdout } = run('check', ...MISTAKES.map(([file]) => file), 'outside-term.json');
    expect(status).toBe(1);
    for (const [, line] of MISTAKES) expect(stdout).toContain(`  ${line}`);
    expect(stdout).toContain(`  ${OUT_OF_TERM}`);
  });

  it('exits 0 on warnings alone, and 1 with --strict', () => {
    expect(run('check', 'outside-term.json').status).toBe(0);
    expect(run('check', '--strict', 'outside-term.json').status).toBe(1);
  });

  it('prints one JSON report with --json', () => {
    const { status, stdout } = run('check', '--json', 'good.json', 'bad-date.json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.files.map((f: { file: string; problems: unknown[] }) => [f.file, f.problems.length])).toEqual([
      ['good.json', 0],
      ['bad-date.json', 1],
    ]);
    expect(report.files[1].problems[0].path).toBe('events[0].date');
  });

  it('reports a missing file as a problem, and a usage error with 2', () => {
    const missing = run('check', 'nowhere.json');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('(root): could not be read');
    expect(run('verify', 'good.json').status).toBe(2);
    expect(run('check').status).toBe(2);
    expect(run('check', '--jsno', 'good.json').stderr).toContain('unknown option --jsno');
  });

  it('gives the same verdict as npm run check:data on the bundled history', () => {
    const out = execFileSync(process.execPath, [bin, 'check', new URL('../../src/data/summits.json', import.meta.url).pathname], { encoding: 'utf8' });
    expect(out).toMatch(/: \d+ events, no problems/);
  });
});
