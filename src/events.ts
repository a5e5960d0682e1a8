// Typed events. All bubble and are composed, so a page hears them through the
// shadow root; every detail is plain data a framework can copy or serialise.

import type { Problem, Summit } from './model/types.js';

/** Where the data came from. */
export type DataSource = 'data' | 'src' | 'inline' | 'default';

export interface LoadDetail {
  source: DataSource;
  /** The URL fetched, for `src` and `default`. */
  url?: string;
  /** Meetings in the data, before any filter. */
  count: number;
  /** Items left out as invalid, each with its path; empty when all was well. */
  problems: Problem[];
  /** Items kept that look wrong (an event outside a leader's term), each with its path; present only when there are any. */
  warnings?: Problem[];
}

export interface ErrorDetail {
  source: DataSource;
  url?: string;
  /** One sentence for people: what failed and why. */
  message: string;
  /** The problems found, each with its path; empty for a network failure. */
  problems: Problem[];
}

export interface SelectDetail {
  /** The selected meeting's id, or null when the selection was cleared. */
  id: string | null;
  event: Summit | null;
}

export interface RangeChangeDetail {
  /** First and last day in view, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export interface FilterChangeDetail {
  /** The ids in effect on each axis (those the data knows), as the attributes list them; empty: no filter on that axis. */
  kinds: string[];
  leaders: string[];
  topics: string[];
  /** Meetings shown under the filter. */
  count: number;
}

const INIT = { bubbles: true, composed: true } as const;

export class SummitLoadEvent extends CustomEvent<LoadDetail> {
  static readonly eventName = 'summit-load';
  constructor(detail: LoadDetail) {
    super(SummitLoadEvent.eventName, { ...INIT, detail });
  }
}

export class SummitErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'summit-error';
  constructor(detail: ErrorDetail) {
    super(SummitErrorEvent.eventName, { ...INIT, detail });
  }
}

export class SummitSelectEvent extends CustomEvent<SelectDetail> {
  static readonly eventName = 'summit-select';
  constructor(detail: SelectDetail) {
    super(SummitSelectEvent.eventName, { ...INIT, detail });
  }
}

export class SummitRangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  static readonly eventName = 'summit-rangechange';
  constructor(detail: RangeChangeDetail) {
    super(SummitRangeChangeEvent.eventName, { ...INIT, detail });
  }
}

export class SummitFilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly eventName = 'summit-filterchange';
  constructor(detail: FilterChangeDetail) {
    super(SummitFilterChangeEvent.eventName, { ...INIT, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'summit-load': SummitLoadEvent;
    'summit-error': SummitErrorEvent;
    'summit-select': SummitSelectEvent;
    'summit-rangechange': SummitRangeChangeEvent;
    'summit-filterchange': SummitFilterChangeEvent;
  }
}
