// The checker an author runs before publishing (`npx summit-timeline check`):
// the element's own validation, its warnings, and one line per finding.
// Pure: the bin reads the files and prints; this decides what to say.

import { parseData, validateData, type ValidationResult } from './validate.js';
import type { Problem } from './types.js';

export interface CheckResult {
  /** Events that passed validation and would be drawn. */
  events: number;
  /** Wrong: the item at the path is left out, or the whole file is not timeline data. */
  problems: Problem[];
  /** Kept, but probably a mistake. */
  warnings: Problem[];
}

function summarize({ data, problems, warnings }: ValidationResult): CheckResult {
  return { events: data?.events.length ?? 0, problems, warnings };
}

/** Checks parsed JSON of any shape. */
export function checkData(input: unknown): CheckResult {
  return summarize(validateData(input));
}

/** Checks JSON text; a syntax error is a problem at (root). */
export function checkJson(json: string): CheckResult {
  return summarize(parseData(json));
}

/** Whether a result fails the check: any problem, or with `strict` any warning. */
export function failed(result: CheckResult, strict = false): boolean {
  return result.problems.length > 0 || (strict && result.warnings.length > 0);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The report for one file, as lines: a heading, then `path: message` for
 * each problem and `path: warning: message` for each warning.
 */
export function reportLines(file: string, result: CheckResult, strict = false): string[] {
  const { events, problems, warnings } = result;
  const bad = failed(result, strict);
  const found = [problems.length ? count(problems.length, 'problem') : '', warnings.length ? count(warnings.length, 'warning') : '']
    .filter(Boolean)
    .join(', ');
  const head = found ? `${bad ? '✗' : '!'} ${file}: ${found} (${count(events, 'event')} valid)` : `✓ ${file}: ${count(events, 'event')}, no problems`;
  return [
    head,
    ...problems.map((p) => `  ${p.path}: ${p.message}`),
    ...warnings.map((w) => `  ${w.path}: warning: ${w.message}`),
  ];
}
