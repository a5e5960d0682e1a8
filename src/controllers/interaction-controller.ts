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
import type { TimelineLayout } from '../layout/timeline.js';
import { nearestMark } from '../layout/view.js';
import type { Strings } from '../format/strings.js';
import { markIdOf, type PlotHandlers } from '../render/plot.js';
import type { Announcer } from './announcer.js';
import type { ZoomController } from './zoom-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { selected: string | null; readonly renderRoot: HTMLElement | DocumentFragment };

export interface InteractionDeps {
  derived: () => DerivedData | null;
  layout: () => TimelineLayout | null;
  zoom: ZoomController;
  announcer: Announcer;
  strings: () => Strings;
  /** The accessible name of an event, for the live region. */
  label: (meeting: Summit) => string;
  /** Pans so that the day is in view. */
  panTo: (day: string) => void;
}

export class InteractionController implements ReactiveController {
  /** The event holding the roving tab stop. */
  activeId: string | null = null;
  /** The event whose tooltip shows. */
  hoverId: string | null = null;
  listOpen = false;
  helpOpen = false;
  /** What takes focus once drawn: a mark, a table row's button, the panel or the help. */
  private focusNext: string | null = null;
  /** The mark that has focus, remembered so a zoom that removes it can hand focus on. */
  private focused: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly deps: InteractionDeps,
  ) {
    host.addController(this);
  }

  /** A detached element keeps no tooltip and no memory of focus. */
  hostDisconnected(): void {
    this.hoverId = null;
    this.focused = null;
  }

  /** A new data set: the tab stop goes to the selected event, else the first. */
  reset(derived: DerivedData): void {
    if (!this.activeId || !derived.order.has(this.activeId)) this.activeId = this.host.selected ?? derived.meetings[0]?.id ?? null;
  }

  readonly handlers: PlotHandlers = {
    onClick: (e) => {
      const id = markIdOf(e);
      if (id) this.select(id, false);
    },
    onPointerOver: (e) => this.set({ hoverId: markIdOf(e) ?? this.hoverId }),
    onPointerOut: (e) => {
      // The tooltip stays while the pointer moves onto it (WCAG 1.4.13).
      const to = e.relatedTarget as Element | null;
      if (markIdOf(e) && !to?.closest?.('.tooltip')) this.set({ hoverId: null });
    },
    onFocusIn: (e) => {
      const id = markIdOf(e);
      this.focused = id;
      if (id) this.set({ activeId: id, hoverId: id });
    },
    onFocusOut: (e) => {
      // A mark removed by a zoom loses focus without anyone choosing to move it; remember it then.
      if (e.relatedTarget || (e.target as Element).isConnected) this.focused = null;
      this.set({ hoverId: null });
    },
    onKeydown: (e) => this.onKey(e),
  };

  /** The pointer left the tooltip: it goes. */
  readonly onTooltipLeave = () => this.set({ hoverId: null });

  toggleList = () => this.set({ listOpen: !this.listOpen });

  toggleHelp = () => {
    this.set({ helpOpen: !this.helpOpen });
    if (this.helpOpen) this.focusNext = '.help';
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

  /** After the plot is drawn: focus goes where it was sent, or stays on a mark in view. */
  afterDraw(): void {
    const root = this.host.renderRoot as DocumentFragment & { activeElement: Element | null };
    const focus = (selector: string) => root.querySelector<HTMLElement | SVGElement>(selector)?.focus();
    if (this.focusNext) {
      focus(this.focusNext);
      this.focusNext = null;
      return;
    }
    const layout = this.deps.layout();
    const gone = this.focused ? meetingOf(this.deps.derived(), this.focused) : undefined;
    if (!gone || !layout || root.activeElement || root.querySelector(`g.mark[data-id="${CSS.escape(gone.id)}"]`)) return;
    const near = nearestMark(layout.marks, layout.scale(toUtcDate(gone.date)));
    if (!near) return;
    this.activeId = near.event.id;
    focus(`g.mark[data-id="${CSS.escape(near.event.id)}"]`);
  }

  private focusMeeting(id: string): void {
    this.set({ activeId: id });
    const key = CSS.escape(id);
    this.focusNext = this.listOpen ? `tr[data-id="${key}"] button` : `g.mark[data-id="${key}"]`;
  }

  private onKey(e: KeyboardEvent): void {
    const d = this.deps.derived();
    if (!d) return;
    const id = markIdOf(e);
    const index = id ? (d.order.get(id) ?? -1) : -1;
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey };
    const state = { index, count: d.meetings.length, open: Boolean(this.host.selected), tooltip: this.hoverId !== null };
    const action = keyAction(e.key, mods, state);
    if (!action) return;
    e.preventDefault();
    const zoom = this.deps.zoom;
    const next = action.type === 'focus' && action.index !== index ? d.meetings[action.index] : undefined;
    if (next) this.moveTo(next);
    else if (action.type === 'open' && id) this.select(id, true);
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
