#!/usr/bin/env node
// npm run check:data [-- file.json ...] [--report out.json]
// Checks timeline data files against every rule of the default history
// (scripts/history-rules.ts, on top of src/model/check.ts); with no file, the bundled src/data/summits.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { checkHistory } = await importTs(`${root}/scripts/history-rules.ts`);

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const report = reportAt >= 0 ? args.splice(reportAt, 2)[1] : null;
const files = args.length ? args : [`${root}/src/data/summits.json`];
const shown = (f) => f.startsWith(`${root}/`) ? f.slice(root.length + 1) : f;

let failed = 0;
const results = [];
for (const file of files) {
  let input;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    results.push({ file, events: 0, problems: [{ path: '(root)', message: `could not be read as JSON: ${error.message}` }] });
    continue;
  }
  results.push({ file, ...checkHistory(input) });
}
for (const { file, events, problems } of results) {
  if (problems.length === 0) {
    console.log(`✓ ${shown(file)}: ${events} meetings, every check passed`);
  } else {
    failed++;
    console.log(`✗ ${shown(file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.log(`  ${p.path}: ${p.message}`);
  }
}
if (report) {
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, JSON.stringify({ ok: failed === 0, results }, null, 2));
}
process.exit(failed ? 1 : 0);
