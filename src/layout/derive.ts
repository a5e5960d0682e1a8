// What the element needs from one data set, worked out once when the data
// arrives: meetings in time order, lookups by id, the kinds in use, the span.

import { DEFAULT_KINDS } from '../model/defaults.js';
import type { Leader, Summit, TimelineData } from '../model/types.js';
import { dataExtent } from './time-scale.js';
import { prepareEvents } from './timing.js';

export interface DerivedData {
  data: TimelineData;
  /** In time order, ties by id: the keyboard's order and the table's. */
  meetings: Summit[];
  /** Position of each meeting in `meetings`, by id. */
  order: ReadonlyMap<string, number>;
  leaders: ReadonlyMap<string, Leader>;
  /** Kinds the data uses, in the order the data (or the default kinds) lists them: the legend's order. */
  kinds: string[];
  extent: [Date, Date];
}

export function deriveData(data: TimelineData): DerivedData {
  const prepared = prepareEvents(data.events);
  const meetings = prepared.sorted;
  const used = new Set(meetings.map((e) => e.kind));
  return {
    data,
    meetings,
    order: new Map(meetings.map((e, i) => [e.id, i])),
    leaders: new Map(data.leaders.map((l) => [l.id, l])),
    kinds: (data.kinds ?? DEFAULT_KINDS).map((k) => k.id).filter((k) => used.has(k)),
    extent: dataExtent(prepared),
  };
}

/** The meeting with this id, if the data has it. */
export function meetingOf(d: DerivedData | null, id: string | null): Summit | undefined {
  const i = id ? d?.order.get(id) : undefined;
  return i === undefined ? undefined : d!.meetings[i];
}

/** Remembers the inputs a stage last ran on, so it runs again only when one of them changed. */
export class Inputs {
  private last: readonly unknown[] | null = null;

  /** True (and remembered) when `next` differs from the last inputs in any place. */
  changed(next: readonly unknown[]): boolean {
    const last = this.last;
    if (last && last.length === next.length && last.every((v, i) => v === next[i])) return false;
    this.last = next;
    return true;
  }
}
