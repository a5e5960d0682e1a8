// The overview's brush: d3-brush on the group Lit renders for it. A person's
// drag, resize or click asks the host for a new window; after each update the
// brush is moved to the view the host settled on. brush.move fires its own
// events with no sourceEvent: those echoes are ignored, so the brush and the
// zoom never answer each other. Keys are handled here too, so the host wires
// one thing: set the layout, pass onKeydown, take the window.
// d3-brush (3 KB min+gzip) is a chunk imported when this module runs, not with the
// element: the strip draws and answers keys at once, and takes drags a
// moment later, so the first-load bundle does not pay for it.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { overviewKey, windowCentredAt, windowFromSelection, type OverviewLayout } from '../layout/overview.js';
import { early } from './chunk.js';

/** The width of the grab zone at each end of the window, in CSS pixels. */
const HANDLE = 10;

type Event = D3BrushEvent<unknown>;

/** Selections closer than this are the same: d3-brush's own rounding, not a move. */
const SAME_PX = 0.5;

type D3Brush = typeof import('d3-brush');
/** One import for every element on the page, asked for when this module runs (see zoom-controller.ts). */
const d3brush = early(() => import('d3-brush'));

export class BrushController implements ReactiveController {
  private layout: OverviewLayout | null = null;
  private d3: D3Brush | null = null;
  private behaviour: BrushBehavior<unknown> | null = null;
  private attached: SVGGElement | null = null;
  private connected = false;
  private loading = false;
  /** The extent d3-brush last laid its overlay out for. */
  private laidOut = '';
  /** A person is dragging: the brush is theirs until they let go. */
  private gesture = false;
  /** Settles once d3-brush is loaded (or failed to load: the keys still work) and the brush is drawn. */
  readonly ready: Promise<void>;
  private loaded!: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The group d3-brush owns (`g.overview-brush`); it exists from the first render. */
    private readonly target: () => SVGGElement | null,
    /** A person asked for this window: show it (ZoomController.setWindow(extent, window)). */
    private readonly onWindow: (window: [Date, Date]) => void,
  ) {
    this.ready = new Promise((resolve) => (this.loaded = resolve));
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
    this.connected = true;
    if (!this.loading) void this.load();
    this.attach();
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      const d3 = await d3brush.get();
      this.d3 = d3;
      // No Alt/Space/Shift modes: they add listeners on the window and mean nothing for a one-axis brush.
      this.behaviour = d3
        .brushX<unknown>()
        .keyModifiers(false)
        .handleSize(HANDLE)
        .on('start', (e: Event) => this.onStart(e))
        .on('brush', (e: Event) => this.onBrush(e))
        .on('end', (e: Event) => this.onEnd(e));
      if (this.connected) {
        this.host.requestUpdate();
        await this.host.updateComplete;
      }
    } catch {
      // Offline, or the chunk is gone: the strip still shows the view and answers the keys.
    }
    this.loaded();
  }

  hostUpdated(): void {
    // As in the zoom controller: an update while detached attaches nothing.
    if (this.connected) this.attach();
    const g = this.attached;
    const layout = this.layout;
    if (!g || !layout || !this.d3 || !this.behaviour) return;
    this.layOut(g, layout);
    if (this.gesture) return;
    const [x0, x1] = layout.selection;
    if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
    const now = this.d3.brushSelection(g) as [number, number] | null;
    if (now && Math.abs(now[0] - x0) < SAME_PX && Math.abs(now[1] - x1) < SAME_PX) return;
    select(g).call(this.behaviour.move, [x0, x1]);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  private detach(): void {
    if (this.attached) select(this.attached).on('.brush', null);
    this.attached = null;
    this.laidOut = '';
    this.gesture = false;
  }

  private attach(): void {
    const g = this.target();
    if (!g || g === this.attached) return;
    this.detach();
    this.attached = g;
    // Back in the page with a layout already known: listen again now, not at the next update.
    if (this.layout) this.layOut(g, this.layout);
  }

  /** Gives d3-brush its extent and listeners; again only when the strip's size changed. */
  private layOut(g: SVGGElement, layout: OverviewLayout): void {
    const box = `${layout.width}x${layout.height}`;
    if (box === this.laidOut || !this.behaviour) return;
    // d3-brush draws its handles half a handle beyond the extent: inset by that and a pixel
    // (Firefox rounds their boxes outward), so they and the slider's box, which takes focus,
    // stay inside the strip and off the legend's buttons under it.
    const inset = HANDLE / 2 + 1;
    this.behaviour.extent([
      [0, inset],
      [layout.width, layout.height - inset],
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
