// The view transform and the d3-zoom behaviour that lets people change it.
// The transform is a value the element's layout reads; d3-zoom is told about
// it after each update, and its echo of a transform set here changes nothing.
// Every way in is guarded against NaN and infinities: one would never compare
// equal to itself, and the element and d3-zoom would answer each other forever.
// d3-zoom (with d3-drag) is a chunk imported when this module runs, not part
// of the element's first-load bytes: the plot draws, and the buttons and keys zoom, without it;
// wheel, drag and pinch follow a moment later. `ready` settles when they do.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import type { ZoomBehavior } from 'd3-zoom';
import { IDENTITY, clampTransform, type TimeScale, type ViewTransform } from '../layout/time-scale.js';
import { isFiniteTransform, panToward, pannedBy, sameTransform, viewFor, zoomedBy } from '../layout/view.js';
import { early } from './chunk.js';
import { guardVerticalSwipes } from './vertical-swipe.js';

export interface ZoomLimits {
  width: number;
  height: number;
  /** The deepest zoom allowed. */
  maxK: number;
}

type D3Zoom = typeof import('d3-zoom');
/** One import for every element on the page, asked for when this module runs: by the time data is drawn it is there, and its arrival costs no second frame. */
const d3zoom = early(() => import('d3-zoom'));

export class ZoomController implements ReactiveController {
  /** What is in view, over the base scale. */
  transform: ViewTransform = IDENTITY;
  /** Settles once d3-zoom has loaded (or failed to: the buttons and keys still work). */
  readonly ready: Promise<void>;
  private limits: ZoomLimits = { width: 0, height: 0, maxK: 1 };
  private d3: D3Zoom | null = null;
  private behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private attached: SVGSVGElement | null = null;
  private unguard: (() => void) | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The SVG that takes wheel, drag and pinch; it exists from the first render. */
    private readonly target: () => SVGSVGElement | null,
    /** Called when a person (not the element) changed the view. */
    private readonly onGesture: () => void = () => {},
  ) {
    host.addController(this);
    this.ready = d3zoom.get().then(
      (d3) => {
        this.d3 = d3;
        this.behaviour = d3.zoom<SVGSVGElement, unknown>().on('zoom', ({ transform }) => this.onZoom(transform));
        if (this.connected) this.attach();
        this.host.requestUpdate();
      },
      () => {},
    );
  }

  /** The plot's size and the deepest zoom; set before layout, applied to d3-zoom after the update. */
  setLimits(limits: ZoomLimits): void {
    if (!(limits.width > 0) || !(limits.maxK >= 1)) return;
    this.limits = limits;
  }

  /** Shows `t`, kept inside the limits. Values that are not finite are ignored. */
  set(t: ViewTransform): void {
    if (!isFiniteTransform(t)) return;
    const { width, maxK } = this.limits;
    const next = width > 0 ? clampTransform(t, width, maxK) : { k: t.k, x: t.x };
    if (sameTransform(next, this.transform)) return;
    this.transform = next;
    this.host.requestUpdate();
  }

  /** Zooms about the centre; a factor that is not a positive number does nothing. */
  zoomBy(factor: number): void {
    const t = zoomedBy(this.transform, factor, this.limits.width, this.limits.maxK);
    if (t) this.set(t);
  }

  /** Pans by a fraction of the view's width. */
  panBy(fraction: number): void {
    if (Number.isFinite(fraction) && this.limits.width > 0) this.set(pannedBy(this.transform, fraction, this.limits.width));
  }

  reset(): void {
    this.set(IDENTITY);
  }

  /** Shows the days of `window` (the whole extent when null) across the plot. */
  setWindow(extent: [Date, Date], window: [Date, Date] | null): void {
    this.set(viewFor({ extent, width: this.limits.width, window }));
  }

  /** Pans, at the current zoom, until `day` is at least `margin` pixels inside the view. */
  panTo(base: TimeScale, day: Date, margin: number): void {
    const t = panToward(base, this.transform, day, margin);
    if (t) this.set(t);
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostUpdated(): void {
    // A detached element still updates (a chunk arriving asks it to): it must not listen again until it is back.
    if (this.connected) this.attach();
    const svg = this.attached;
    if (!svg || !this.d3 || !this.behaviour || !(this.limits.width > 0)) return;
    const { width, height, maxK } = this.limits;
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.behaviour.extent(box).translateExtent(box).scaleExtent([1, maxK]);
    if (!sameTransform(this.d3.zoomTransform(svg), this.transform)) {
      // Through d3-zoom, so its stored transform and ours never disagree.
      select(svg).call(this.behaviour.transform, this.d3.zoomIdentity.translate(this.transform.x, 0).scale(this.transform.k));
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  private detach(): void {
    if (this.attached) select(this.attached).on('.zoom', null);
    this.unguard?.();
    this.attached = this.unguard = null;
  }

  private attach(): void {
    const svg = this.target();
    if (!svg || !this.behaviour || svg === this.attached) return;
    this.detach();
    // Double-click stays a click on a mark; the buttons and keys zoom in steps.
    select(svg).call(this.behaviour).on('dblclick.zoom', null);
    this.unguard = guardVerticalSwipes(svg);
    this.attached = svg;
  }

  private onZoom(t: ViewTransform): void {
    // An echo of a transform set here, or a broken one, changes nothing and costs no update.
    if (!isFiniteTransform(t) || sameTransform(t, this.transform)) return;
    this.transform = { k: t.k, x: t.x };
    this.onGesture();
    this.host.requestUpdate();
  }
}
