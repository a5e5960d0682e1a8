// The stricter checks a published history must pass on top of validation:
// the rules behind `npm run check:data`. Pure, so they are tested in Node.

import { validateData } from './validate.js';
import type { Leader, Problem, Summit, TimelineData } from './types.js';

export interface CheckResult {
  /** Meetings that passed validation. */
  events: number;
  problems: Problem[];
}

function inTerm(leader: Leader, day: string): boolean {
  return leader.terms.some((t) => t.start <= day && (t.end === undefined || day <= t.end));
}

/** Every rule for a history file; `input` is parsed JSON of any shape. */
export function checkHistory(input: unknown): CheckResult {
  const { data, problems } = validateData(input);
  if (!data) return { events: 0, problems };
  // Paths name the meeting's place in the file as written; ids are unique once validated.
  const positions = new Map<unknown, number>();
  (input as { events: unknown[] }).events.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    if (!positions.has(id)) positions.set(id, i);
  });
  const index = (e: Summit) => positions.get(e.id)!;
  return { events: data.events.length, problems: [...problems, ...historyRules(data, index)] };
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
          problems.push({ path: `${at}.leaders[${j}]`, message: `${leader.name.en} was not in office on ${day}` });
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
