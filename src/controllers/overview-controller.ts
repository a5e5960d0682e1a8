// The overview strip as the element wires it: the strip's chunk (layout,
// template, drawing, d3-brush) is asked for as this module runs, and until it
// arrives the slot stays empty and the plot works without it. Its brush is
// made when the chunk arrives, as a controller of the host's own.

import { nothing, type ReactiveControllerHost } from 'lit';
import type { BrushController } from './brush-controller.js';
import type { OverviewInput, OverviewLayout } from '../layout/overview.js';
import { Chunk, early } from './chunk.js';

type Strip = typeof import('../render/overview-strip.js');
const strip = early(() => import('../render/overview-strip.js'));

export class OverviewController {
  private readonly chunk: Chunk<Strip>;
  private brush: BrushController | null = null;
  /** The strip as laid out for the current frame, once the chunk is here. */
  layout: OverviewLayout | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot?: HTMLElement | DocumentFragment },
    /** A person asked for this window with the brush or its keys. */
    private readonly onWindow: (window: [Date, Date]) => void,
  ) {
    this.chunk = new Chunk(host, strip);
  }

  /** The chunk's module: the layout stage's input, so its arrival lays the strip out. */
  get module(): Strip | undefined {
    return this.chunk.module;
  }

  load(): void {
    this.chunk.load();
  }

  settle(redrawn: () => Promise<boolean>): Promise<boolean> {
    return this.chunk.settle(redrawn);
  }

  /** From willUpdate, whenever the frame's layout changed; `window` is the plot's domain. */
  update(input: Omit<OverviewInput, 'height'>): void {
    const m = this.chunk.module;
    if (!m) return;
    this.brush ??= new m.BrushController(this.host, () => this.host.renderRoot?.querySelector<SVGGElement>('g.overview-brush') ?? null, this.onWindow);
    this.layout = m.overviewLayout({ ...input, height: m.OVERVIEW_HEIGHT });
    this.brush.setLayout(this.layout);
  }

  render(lang: string, show: boolean) {
    const m = this.chunk.module;
    return m && this.brush && this.layout && show ? m.renderOverview(this.layout, lang, this.brush) : nothing;
  }

  /** From updated: the ticks, which D3 joins inside the strip. */
  draw(): void {
    const svg = this.host.renderRoot?.querySelector<SVGSVGElement>('svg.overview');
    const m = this.chunk.module;
    if (svg && m && this.layout) m.drawOverview(svg, this.layout);
  }
}
