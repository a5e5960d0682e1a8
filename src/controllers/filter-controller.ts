// The filters as the element lives them: the `kinds`, `leaders` and `topics`
// attributes in, the filtered data set out (layout/filter.ts does the work,
// once per data set and filter). A user's change writes the attributes and
// fires summit-filterchange; a page's own change does not fire it, as a
// page's `selected` does not fire summit-select. Any change on the same data
// is said in the live region ("12 of 84 meetings shown"), and a selected
// meeting the filter hides is deselected, its panel closed. The filter
// control (leaders and topics with counts) is a chunk, asked for as this
// module runs; the attributes and the legend's toggles never wait for it.

import type { LitElement, ReactiveControllerHost } from 'lit';
import { Chunk, early } from './chunk.js';
import { SummitFilterChangeEvent, SummitSelectEvent } from '../events.js';
import type { DerivedData } from '../layout/derive.js';
import { FILTER_AXES, filterData, toggleIds, type Filter, type FilterAxis, type FilteredData } from '../layout/filter.js';
import type { Strings } from '../format/strings.js';
import type { Vocabulary } from '../format/vocabulary.js';
import type { Announcer } from './announcer.js';

/** The control's chunk, asked for as this module runs (controllers/chunk.ts). */
const control = early(() => import('../render/filters.js'));

type Host = ReactiveControllerHost & LitElement & Record<FilterAxis, string | null> & { selected: string | null };

/** No lifecycle of its own: the element calls it from willUpdate and its templates. */
export class FilterController {
  /** The filter applied to the data set now, and what it leaves; null before there is data. */
  state: FilteredData | null = null;

  constructor(
    private readonly host: Host,
    private readonly announcer: Announcer,
    private readonly words: () => { s: Strings; vocab: Vocabulary },
  ) {
    this.chunk = new Chunk(host, control);
  }

  private readonly chunk: Chunk<typeof import('../render/filters.js')>;

  /** The filter control's renderer, once its chunk is here. */
  get control() {
    return this.chunk.module?.renderFilters;
  }

  /** From willUpdate: the data set as filtered by the host's attributes. */
  apply(full: DerivedData | null): DerivedData | null {
    if (!full) return (this.state = null);
    this.load();
    const before = this.state;
    const next = filterData(full, this.host);
    this.state = next;
    if (next === before) return next.view;
    const selected = this.host.selected;
    if (selected && full.order.has(selected) && !next.view.order.has(selected)) {
      this.host.selected = null;
      this.host.dispatchEvent(new SummitSelectEvent({ id: null, event: null }));
    }
    if (before?.full === full && !sameFilter(before.filter, next.filter)) {
      const { s, vocab } = this.words();
      this.announcer.say(s.shownOf(next.view.meetings.length, vocab.words.count(full.meetings.length)));
    }
    return next.view;
  }

  /** The user ticked or pressed something: those ids go on, or off when all of them were on. */
  readonly toggle = (axis: FilterAxis, ids: string[]): void => {
    if (this.state) this.set({ ...this.state.filter, [axis]: toggleIds(this.state.filter[axis], ids) });
  };

  /** The user cleared every filter. */
  readonly clear = (): void => this.set({ kinds: [], leaders: [], topics: [] });

  private load(): void {
    this.chunk.load();
  }

  private set(filter: Filter): void {
    const full = this.state?.full;
    // Clearing nothing changes nothing, and says nothing.
    if (!full || sameFilter(filter, this.state!.filter)) return;
    for (const axis of FILTER_AXES) this.host[axis] = filter[axis].join(' ') || null;
    const { view } = filterData(full, this.host);
    this.host.dispatchEvent(new SummitFilterChangeEvent({ ...structuredClone(filter), count: view.meetings.length }));
  }
}

function sameFilter(a: Filter, b: Filter): boolean {
  return FILTER_AXES.every((axis) => a[axis].join(' ') === b[axis].join(' '));
}
