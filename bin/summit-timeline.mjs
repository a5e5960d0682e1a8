#!/usr/bin/env node
// npx summit-timeline check [--json] [--strict] file.json ...
// Checks timeline data files with the element's own rules (the built
// dist/model code, nothing else): one `path: message` line per problem or
// warning. Exits 1 when a file has problems (or, with --strict, warnings),
// 2 on a usage error, 0 otherwise.
import { readFileSync } from 'node:fs';
import { checkJson, failed, reportLines } from '../dist/model/check.js';

const USAGE = `Usage: summit-timeline check [--json] [--strict] <file.json> ...

Checks <summit-timeline> data files: the same validation as the element, with
warnings (an event outside a leader's term) and did-you-mean hints.
  --json     print one JSON report instead of lines
  --strict   fail on warnings too
Exit status: 0 valid, 1 problems found, 2 usage error.`;

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [command, ...files] = args.filter((a) => !a.startsWith('--'));
const unknown = [...flags].filter((f) => !['--json', '--strict', '--help'].includes(f));

if (flags.has('--help')) {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'check' || files.length === 0 || unknown.length) {
  if (unknown.length) console.error(`summit-timeline: unknown option ${unknown.join(', ')}`);
  else if (command && command !== 'check') console.error(`summit-timeline: unknown command "${command}"`);
  console.error(USAGE);
  process.exit(2);
}

const strict = flags.has('--strict');
const results = files.map((file) => {
  let json;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, events: 0, problems: [{ path: '(root)', message: `could not be read: ${error.message}` }], warnings: [] };
  }
  return { file, ...checkJson(json) };
});
const ok = results.every((r) => !failed(r, strict));

if (flags.has('--json')) {
  console.log(JSON.stringify({ ok, strict, files: results }, null, 2));
} else {
  for (const { file, ...result } of results) console.log(reportLines(file, result, strict).join('\n'));
}
process.exit(ok ? 0 : 1);
