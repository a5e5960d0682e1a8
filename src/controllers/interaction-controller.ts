// What a person does to the plot: pointer and focus move the hover and the
// roving tab stop, keys go through the keyboard map (layout/keys.ts), and a
// selection opens the panel and fires summit-select. Focus is this
// controller's to keep: on the mark after a move, on the panel after Enter,
// back on the mark after Escape, and on the nearest mark still in view when a
// zoom takes the focused one away, never on <body>.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SummitSelectEvent } from '../events.js';
import { toUtcDate } from '../model/calendar-date.js';
import type { Summit } from '../model/types.js';
import { meetingOf, type DerivedData } from '../layout/derive.js';
import { keyAction } from '../layout/keys.js';
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/frame.js';
import { nearestMark } from '../layout/view.js';
import { formatSpokenDate } from '../format/dates.js';
import type { Strings } from '../format/strings.js';
import type { Vocabulary } from '../format/vocabulary.js';
import { clusterKeyOf, markIdOf, type PlotHandlers } from '../render/plot.js';
import type { Announcer } from './announcer.js';
import type { ZoomController } from './zoom-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { selected: string | null; readonly renderRoot: HTMLElement | DocumentFragment };

export interface InteractionDeps {
  derived: () => DerivedData | null;
  /** True while the list view and help are still on their way: focus meant for them waits. */
  pending: () => boolean;
  layout: () => TimelineLayout | null;
  zoom: ZoomController;
  announcer: Announcer;
  strings: () => Strings;
  vocab: () => Vocabulary;
  /** The accessible name of an event, for the live region. */
  label: (meeting: Summit) => string;
  /** Pans so that the day is in view. */
  panTo: (day: string) => void;
  /** Zooms to a cluster's span, where it opens into its events. */
  open: (cluster: ClusterLayout) => void;
}

export class InteractionController implements ReactiveController {
  /** The event holding the roving tab stop. */
  activeId: string | null = null;
  /** The event (its id) or cluster (its key) whose tooltip shows. */
  hoverId: string | null = null;
  listOpen = false;
  helpOpen = false;
  /** What takes focus once drawn: a mark, a table row's button, the panel or the help. */
  private focusNext: string | null = null;
  /** What had focus when the help opened, to give it back on close. */
  private helpFrom: Element | null = null;
  /** The mark or cluster that has focus, and where it stands in time (ms), so a zoom that removes it can hand focus on. */
  private focused: string | null = null;
  private focusedAt = 0;
  /** The event focusNext aims at: when it is inside a cluster, the cluster takes focus. */
  private focusEvent: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly deps: InteractionDeps,
  ) {
    host.addController(this);
  }

  /** A detached element keeps no tooltip. */
  hostDisconnected(): void {
    this.hoverId = null;
  }

  /** A new data set: the tab stop goes to the selected event, else the first. */
  reset(derived: DerivedData): void {
    if (!this.activeId || !derived.order.has(this.activeId)) this.activeId = this.host.selected ?? derived.meetings[0]?.id ?? null;
  }

  readonly handlers: PlotHandlers = {
    onClick: (e) => {
      const id = markIdOf(e);
      const cluster = this.clusterOf(e);
      if (id) this.select(id, false);
      else if (cluster) this.deps.open(cluster);
    },
    onPointerOver: (e) => this.set({ hoverId: markIdOf(e) ?? clusterKeyOf(e) ?? this.hoverId }),
    onPointerOut: (e) => {
      // The tooltip stays while the pointer moves onto it (WCAG 1.4.13).
      const to = e.relatedTarget as Element | null;
      if ((markIdOf(e) || clusterKeyOf(e)) && !to?.closest?.('.tooltip')) this.set({ hoverId: null });
    },
    onFocusIn: (e) => {
      const id = markIdOf(e);
      const cluster = this.clusterOf(e);
      // A focused cluster keeps the tab stop through its first event.
      const active = id ?? (cluster ? this.deps.derived()?.meetings[cluster.from]?.id : undefined);
      if (active) this.set({ activeId: active, hoverId: id ?? cluster!.key });
    },
    onFocusOut: () => this.set({ hoverId: null }),
    onKeydown: (e) => this.onKey(e),
  };

  /** The pointer left the tooltip: it goes. */
  readonly onTooltipLeave = () => this.set({ hoverId: null });

  toggleList = () => this.set({ listOpen: !this.listOpen });

  toggleHelp = () => {
    const root = this.host.renderRoot as ShadowRoot;
    const from = this.helpFrom;
    this.helpFrom = this.helpOpen ? null : root.activeElement;
    this.set({ helpOpen: !this.helpOpen });
    if (this.helpOpen) this.focusNext = '.help';
    // Closed: back to where the reader was (a mark, the ? button), or the plot's tab stop.
    else if (from?.isConnected) (from as HTMLElement).focus();
    else this.focusNext = 'g.marks [tabindex="0"]';
  };

  select(id: string, fromKeyboard: boolean): void {
    const meeting = meetingOf(this.deps.derived(), id);
    this.host.selected = id;
    this.set({ activeId: id });
    if (fromKeyboard) this.focusNext = '.detail';
    if (meeting) this.deps.announcer.say(this.deps.strings().opened(this.deps.label(meeting)));
    this.host.dispatchEvent(new SummitSelectEvent({ id, event: meeting ? structuredClone(meeting) : null }));
  }

  close(): void {
    const id = this.host.selected;
    this.host.selected = null;
    this.host.dispatchEvent(new SummitSelectEvent({ id: null, event: null }));
    if (id) this.focusMeeting(id);
  }

  /** Roving focus to an event, once it is drawn; one off screen is panned into view first. */
  moveTo(meeting: Summit): void {
    this.focusMeeting(meeting.id);
    this.deps.panTo(meeting.date);
  }

  /** The hovered mark or cluster, unless its panel is open. */
  hoverItem(): MarkLayout | ClusterLayout | undefined {
    const [id, layout] = [this.hoverId, this.deps.layout()];
    if (!id || id === this.host.selected || !layout) return undefined;
    return layout.marks.find((m) => m.event.id === id) ?? layout.clusters.find((c) => c.key === id);
  }

  /** Says the settled window in the live region: "Showing 7 March 2017 to 30 June 2019: 12 meetings." */
  announceView(range: { start: string; end: string }, layout: TimelineLayout): void {
    const { lang, words } = this.deps.vocab();
    this.deps.announcer.sayLater(this.deps.strings().showing(formatSpokenDate(range.start, lang), formatSpokenDate(range.end, lang), words.count(layout.marks.length)));
  }

  /** Focus goes to the item holding the plot's tab stop once drawn: after the button that had it goes away. */
  focusTabStop(): void {
    this.focusNext = 'g.marks [tabindex="0"]';
  }

  /** Before the plot is drawn: which mark or cluster has focus, and where it stands in time, in case the draw removes it. */
  beforeDraw(): void {
    const active = (this.host.renderRoot as DocumentFragment & { activeElement: Element | null }).activeElement;
    // D3 keeps each item's layout on its node: a mark's event, a cluster's span.
    const datum = active?.closest('g.mark, g.cluster') === active ? (active as Element & { __data__?: { event?: Summit; t0?: number; t1?: number } }).__data__ : undefined;
    this.focused = datum ? (active!.getAttribute('data-id') ?? active!.getAttribute('data-key')) : null;
    if (datum) this.focusedAt = datum.event ? toUtcDate(datum.event.date).getTime() : (datum.t0! + datum.t1!) / 2;
  }

  /** After the plot is drawn: focus goes where it was sent, or stays on an item in view. */
  afterDraw(): void {
    const root = this.host.renderRoot as DocumentFragment & { activeElement: Element | null };
    const layout = this.deps.layout();
    const focus = (el: Element | null | undefined) => (el as HTMLElement | null)?.focus();
    if (this.focusNext) {
      const target = root.querySelector(this.focusNext) ?? this.clusterElement(layout, this.focusEvent);
      if (!target && this.deps.pending()) return;
      focus(target);
      this.focusNext = this.focusEvent = null;
      return;
    }
    if (!this.focused || !layout || root.activeElement) return;
    const key = CSS.escape(this.focused);
    if (root.querySelector(`g.mark[data-id="${key}"], g.cluster[data-key="${key}"]`)) return;
    const x = layout.scale(this.focusedAt);
    const near = nearestMark<{ x: number; event?: Summit; key?: string }>([...layout.marks, ...layout.clusters], x);
    if (!near) return;
    focus(near.event ? root.querySelector(`g.mark[data-id="${CSS.escape(near.event.id)}"]`) : root.querySelector(`g.cluster[data-key="${CSS.escape(near.key!)}"]`));
  }

  private clusterOf(e: Event): ClusterLayout | undefined {
    const key = clusterKeyOf(e);
    return key ? this.deps.layout()?.clusters.find((c) => c.key === key) : undefined;
  }

  /** The cluster element holding an event, when the event has no mark of its own. */
  private clusterElement(layout: TimelineLayout | null, id: string | null): Element | null {
    const index = id ? this.deps.derived()?.order.get(id) : undefined;
    const holder = index === undefined ? undefined : layout?.clusters.find((c) => c.from <= index && index < c.to);
    return holder ? (this.host.renderRoot as ParentNode).querySelector(`g.cluster[data-key="${CSS.escape(holder.key)}"]`) : null;
  }

  private focusMeeting(id: string): void {
    this.set({ activeId: id });
    const key = CSS.escape(id);
    this.focusNext = this.listOpen ? `tr[data-id="${key}"] button` : `g.mark[data-id="${key}"]`;
    this.focusEvent = id;
  }

  private onKey(e: KeyboardEvent): void {
    const d = this.deps.derived();
    if (!d) return;
    const id = markIdOf(e);
    const cluster = this.clusterOf(e);
    // From a cluster, the next event is the one after its last, the previous the one before its first.
    const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
    const index = id ? (d.order.get(id) ?? -1) : cluster ? (forward ? cluster.to - 1 : cluster.from) : -1;
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey };
    const state = { index, count: d.meetings.length, open: Boolean(this.host.selected), tooltip: this.hoverId !== null };
    const action = keyAction(e.key, mods, state);
    if (!action) return;
    e.preventDefault();
    const zoom = this.deps.zoom;
    const next = action.type === 'focus' && action.index !== index ? d.meetings[action.index] : undefined;
    if (next) this.moveTo(next);
    else if (action.type === 'open' && id) this.select(id, true);
    else if (action.type === 'open' && cluster) this.deps.open(cluster);
    else if (action.type === 'close') this.close();
    else if (action.type === 'dismiss') this.set({ hoverId: null });
    else if (action.type === 'help') this.toggleHelp();
    else if (action.type === 'zoom') zoom.zoomBy(action.factor);
    else if (action.type === 'pan') zoom.panBy(action.fraction);
    else if (action.type === 'reset') zoom.reset();
  }

  private set(patch: Partial<Pick<this, 'activeId' | 'hoverId' | 'listOpen' | 'helpOpen'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
