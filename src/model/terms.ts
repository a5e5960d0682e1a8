// An event dated outside a listed leader's term is usually a typo in a date
// or an id, but not always (a leader-elect, a former leader's visit), so it
// is a warning: kept and drawn, and reported with what would fix it.

import { BEFORE_TERM } from './defaults.js';
import { textIn } from './text.js';
import type { Leader, Problem, Summit, Term } from './types.js';

export function inTerm(leader: Leader, day: string): boolean {
  const terms = leader.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]; // undefined for a hole, which some() skipped
    if (t && t.start <= day && (t.end === undefined || day <= t.end)) return true;
  }
  return false;
}

function span(t: Term): string {
  return t.end ? `${t.start} – ${t.end}` : `from ${t.start}`;
}

/** One warning per leader out of office on the event's first or last day, added to `out`; `index` is the event's in "events". */
export function termWarnings(event: Summit, index: number, leaders: ReadonlyMap<string, Leader>, defaultKinds: boolean, out: Problem[] = []): Problem[] {
  const exempt = defaultKinds ? BEFORE_TERM[event.kind] : undefined;
  // Loops without closures or arrays: this runs for every leader of every event, mostly finding nothing.
  for (let i = 0; i < event.leaders.length; i++) {
    const ref = event.leaders[i]!;
    const leader = leaders.get(ref);
    if (!leader || leader.country === exempt) continue;
    const last = event.end ?? event.date;
    const day = !inTerm(leader, event.date) ? event.date : !inTerm(leader, last) ? last : undefined;
    if (!day) continue;
    const terms = leader.terms.map(span).join(', ');
    out.push({
      path: `events[${index}].leaders[${i}]`,
      message: `${textIn(leader.name, 'en')} ("${ref}") was not in office on ${day} (in office ${terms}); check the date, or the leader id`,
    });
  }
  return out;
}
