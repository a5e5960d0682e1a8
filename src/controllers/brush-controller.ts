// The overview's brush: d3-brush on the group Lit renders for it. A person's
// drag, resize or click asks the host for a new window; after each update the
// brush is moved to the view the host settled on. brush.move fires its own
// events with no sourceEvent: those echoes are ignored, so the brush and the
// zoom never answer each other. Keys are handled here too, so the host wires
// one thing: set the layout, pass onKeydown, take the window.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushSelection, brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { overviewKey, windowCentredAt, windowFromSelection, type OverviewLayout } from '../layout/overview.js';

type Event = D3BrushEvent<unknown>;

/** Selections closer than this are the same: d3-brush's own rounding, not a move. */
const SAME_PX = 0.5;

export class BrushController implements ReactiveController {
  private layout: OverviewLayout | null = null;
  private readonly behaviour: BrushBehavior<unknown>;
  private attached: SVGGElement | null = null;
  /** The extent d3-brush last laid its overlay out for. */
  private laidOut = '';
  /** A person is dragging: the brush is theirs until they let go. */
  private gesture = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The group d3-brush owns (`g.overview-brush`); it exists from the first render. */
    private readonly target: () => SVGGElement | null,
    /** A person asked for this window: show it (ZoomController.setWindow(extent, window)). */
    private readonly onWindow: (window: [Date, Date]) => void,
  ) {
    // No Alt/Space/Shift modes: they add listeners on the window and mean nothing for a one-axis brush.
    this.behaviour = brushX<unknown>()
      .keyModifiers(false)
      .handleSize(10)
      .on('start', (e: Event) => this.onStart(e))
      .on('brush', (e: Event) => this.onBrush(e))
      .on('end', (e: Event) => this.onEnd(e));
    host.addController(this);
  }

  /** The strip for this update (overviewLayout); set before render, applied to the brush after it. */
  setLayout(layout: OverviewLayout): void {
    this.layout = layout;
  }

  /** For the slider's keydown: arrows move the window, Shift+arrows resize it, Home/End go to the ends. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    const layout = this.layout;
    if (!layout) return;
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey };
    const window = overviewKey(e.key, mods, layout.extent, layout.window);
    if (!window) return;
    e.preventDefault();
    this.onWindow(window);
  };

  hostConnected(): void {
    this.attach();
  }

  hostUpdated(): void {
    this.attach();
    const g = this.attached;
    const layout = this.layout;
    if (!g || !layout) return;
    this.layOut(g, layout);
    if (this.gesture) return;
    const [x0, x1] = layout.selection;
    if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
    const now = brushSelection(g) as [number, number] | null;
    if (now && Math.abs(now[0] - x0) < SAME_PX && Math.abs(now[1] - x1) < SAME_PX) return;
    select(g).call(this.behaviour.move, [x0, x1]);
  }

  hostDisconnected(): void {
    if (this.attached) select(this.attached).on('.brush', null);
    this.attached = null;
    this.laidOut = '';
    this.gesture = false;
  }

  private attach(): void {
    const g = this.target();
    if (!g || g === this.attached) return;
    this.hostDisconnected();
    this.attached = g;
    // Back in the page with a layout already known: listen again now, not at the next update.
    if (this.layout) this.layOut(g, this.layout);
  }

  /** Gives d3-brush its extent and listeners; again only when the strip's size changed. */
  private layOut(g: SVGGElement, layout: OverviewLayout): void {
    const box = `${layout.width}x${layout.height}`;
    if (box === this.laidOut) return;
    this.behaviour.extent([
      [0, 0],
      [layout.width, layout.height],
    ]);
    // Calling the behaviour again lays the overlay out for the new extent and keeps the selection.
    select(g).call(this.behaviour);
    this.laidOut = box;
  }

  private onStart(e: Event): void {
    if (e.sourceEvent) this.gesture = true;
  }

  private onBrush(e: Event): void {
    if (!e.sourceEvent || !this.layout || !e.selection) return;
    const window = windowFromSelection(this.layout, e.selection as [number, number]);
    if (window) this.onWindow(window);
  }

  private onEnd(e: Event): void {
    if (!e.sourceEvent) return;
    this.gesture = false;
    const g = this.attached;
    if (!e.selection && g && this.layout) {
      // A click without a drag clears a d3 brush; here it centres the window on the day clicked.
      const window = windowCentredAt(this.layout, pointer(e.sourceEvent, g)[0]);
      if (window) this.onWindow(window);
    }
    // The view may have been clamped (the narrowest window): put the brush where the view is.
    this.host.requestUpdate();
  }
}
