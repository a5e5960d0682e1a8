#!/usr/bin/env node
// npm run check:data [-- file.json ...] [--report out.json]
// Checks timeline data files against every rule of the default history
// (scripts/history-rules.ts, on top of src/model/check.ts); with no file, the bundled src/data/summits.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { checkHistory } = await importTs(`${root}/scripts/history-rules.ts`);
const { validateData } = await importTs(`${root}/src/model/validate.ts`);
const { governmentRecordProblems } = await importTs(`${root}/src/format/publishers.ts`);
const bundled = `${root}/src/data/summits.json`;

// The bundled history must cite a government record (MOFA, Kantei, White House,
// State Department, embassies...) for every meeting. These meetings have none
// that could be found; each one's note says so, in English and Japanese.
const NO_GOVERNMENT_RECORD = {
  '2018-11-30-abe-trump': 'G20 Buenos Aires bilateral: no MOFA, Kantei, White House or APP page found',
  '2023-05-18-kishida-biden': 'Hiroshima bilateral: White House readout known only as reproduced by the press',
  '2023-05-21-kishida-biden': 'Hiroshima Japan-U.S.-ROK exchange: MOFA and White House texts known only as quoted',
  '2024-11-15-ishiba-biden': 'Lima bilateral: the MOFA page found covers only the trilateral',
  '2025-06-16-ishiba-trump': 'Kananaskis bilateral: Kantei pages found only announce it',
};

function governmentRecords(input) {
  const events = validateData(input).data?.events ?? [];
  const problems = governmentRecordProblems(events).filter((p) => !(events[Number(/\d+/.exec(p.path))]?.id in NO_GOVERNMENT_RECORD));
  for (const [id, reason] of Object.entries(NO_GOVERNMENT_RECORD)) {
    const i = events.findIndex((e) => e.id === id);
    const event = events[i];
    if (!event) problems.push({ path: 'events', message: `"${id}" is listed as having no government record (${reason}) but is not in the history` });
    else if (!governmentRecordProblems([event]).length) problems.push({ path: `events[${i}].sources`, message: `"${id}" is listed as having no government record but now cites one: drop it from the list` });
    else if (!/government/i.test(event.note?.en ?? '') || !/政府/.test(event.note?.ja ?? '')) problems.push({ path: `events[${i}].note`, message: `"${id}" has no government record; its note must say so in English and Japanese` });
  }
  return problems;
}

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const report = reportAt >= 0 ? args.splice(reportAt, 2)[1] : null;
const files = args.length ? args : [bundled];
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
  const result = checkHistory(input);
  if (resolve(file) === bundled) result.problems.push(...governmentRecords(input));
  results.push({ file, ...result });
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
