// The stricter rules the bundled history must pass on top of the checker
// every author gets (src/model/check.ts): the rules behind `npm run check:data`.
// They belong to this repository, not to the package, so they live here.

import type { CheckResult } from '../src/model/check.js';
import { inTerm } from '../src/model/terms.js';
import { textIn } from '../src/model/text.js';
import { validateData } from '../src/model/validate.js';
import type { Problem, Summit, TimelineData } from '../src/model/types.js';

/** Every rule for a history file; `input` is parsed JSON of any shape. */
export function checkHistory(input: unknown): CheckResult {
  const { data, problems, warnings } = validateData(input);
  if (!data) return { events: 0, problems, warnings };
  // Paths name the meeting's place in the file as written; ids are unique once validated.
  const positions = new Map<unknown, number>();
  (input as { events: unknown[] }).events.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    if (!positions.has(id)) positions.set(id, i);
  });
  const index = (e: Summit) => positions.get(e.id)!;
  const strict = historyRules(data, index);
  // A history has no warnings: each becomes a problem, unless a rule here already reports that path.
  const reported = new Set(strict.map((p) => p.path));
  const promoted = warnings.filter((w) => !reported.has(w.path));
  return { events: data.events.length, problems: [...problems, ...strict, ...promoted], warnings: [] };
}

function historyRules(data: TimelineData, index: (e: Summit) => number): Problem[] {
  const problems: Problem[] = [];
  const leaders = new Map(data.leaders.map((l) => [l.id, l]));
  const seen = new Map<string, string>();
  let previous: Summit | undefined;

  data.leaders.forEach((leader, i) => {
    if (!leader.sources?.length) problems.push({ path: `leaders[${i}].sources`, message: 'must name at least one source for the term dates' });
    leader.sources?.forEach((url, j) => {
      if (!url.toLowerCase().startsWith('https:')) problems.push({ path: `leaders[${i}].sources[${j}]`, message: `"${url}" is not an https: URL` });
    });
  });

  for (const event of data.events) {
    const at = `events[${index(event)}]`;
    if (previous && event.date < previous.date) {
      problems.push({ path: `${at}.date`, message: `"${event.date}" comes after "${previous.date}" (${previous.id}); keep meetings in date order` });
    }
    previous = event;

    if (!event.sources?.length) problems.push({ path: `${at}.sources`, message: 'must name at least one source' });
    event.sources?.forEach((url, j) => {
      if (!url.toLowerCase().startsWith('https:')) problems.push({ path: `${at}.sources[${j}]`, message: `"${url}" is not an https: URL` });
    });

    event.leaders.forEach((id, j) => {
      const leader = leaders.get(id)!;
      // A president-elect is not yet in office: that is the point of the kind.
      if (event.kind === 'president-elect' && leader.country === 'US') return;
      for (const day of event.end ? [event.date, event.end] : [event.date]) {
        if (!inTerm(leader, day)) {
          problems.push({ path: `${at}.leaders[${j}]`, message: `${textIn(leader.name, 'en')} was not in office on ${day}` });
          break;
        }
      }
    });

    const key = `${event.date}|${[...event.leaders].sort().join('+')}|${event.kind}`;
    const twin = seen.get(key);
    if (twin) problems.push({ path: at, message: `has the same date, leaders and kind as ${twin}` });
    else seen.set(key, `${at} (${event.id})`);
  }
  return problems;
}
