// An event dated outside a listed leader's term is usually a typo in a date
// or an id, but not always (a leader-elect, a former leader's visit), so it
// is a warning: kept and drawn, and reported with what would fix it.

import { BEFORE_TERM } from './defaults.js';
import { textIn } from './text.js';
import type { Leader, Problem, Summit, Term } from './types.js';

export function inTerm(leader: Leader, day: string): boolean {
  return leader.terms.some((t) => t.start <= day && (t.end === undefined || day <= t.end));
}

function span(t: Term): string {
  return t.end ? `${t.start} – ${t.end}` : `from ${t.start}`;
}

/** One warning per leader out of office on the event's first or last day; `path` is the event's. */
export function termWarnings(event: Summit, path: string, leaders: ReadonlyMap<string, Leader>, defaultKinds: boolean): Problem[] {
  const out: Problem[] = [];
  const exempt = defaultKinds ? BEFORE_TERM[event.kind] : undefined;
  event.leaders.forEach((ref, i) => {
    const leader = leaders.get(ref);
    if (!leader || leader.country === exempt) return;
    const day = [event.date, event.end ?? event.date].find((d) => !inTerm(leader, d));
    if (!day) return;
    const terms = leader.terms.map(span).join(', ');
    out.push({
      path: `${path}.leaders[${i}]`,
      message: `${textIn(leader.name, 'en')} ("${ref}") was not in office on ${day} (in office ${terms}); check the date, or the leader id`,
    });
  });
  return out;
}
