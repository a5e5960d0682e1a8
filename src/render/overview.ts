// The overview strip: Lit renders the SVG, the focusable slider group that
// names it, and two empty groups; D3 joins the ticks into one, and d3-brush
// (controllers/brush-controller.ts) owns the other. Never both on one node.

import { html } from 'lit';
import { select } from 'd3-selection';
import type { OverviewLayout, OverviewTick } from '../layout/overview.js';
import { windowPercent } from '../layout/overview.js';
import { overviewLabel, overviewValueText } from '../format/overview.js';

export interface OverviewHandlers {
  /** The brush controller's onKeydown: arrows move the window, Shift+arrows resize it. */
  onKeydown: (e: KeyboardEvent) => void;
}

/**
 * The strip's shell. The slider group is the one tab stop: a slider's
 * children are presentational, so the ticks and the brush's rectangles are
 * not read out one by one; its value text says what is in view.
 */
export function renderOverview(layout: OverviewLayout, lang: string, on: OverviewHandlers) {
  const { width, height } = layout;
  return html`<svg part="overview" class="overview" role="group" tabindex="-1" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    <g
      class="overview-slider"
      role="slider"
      tabindex="0"
      aria-label=${overviewLabel(lang)}
      aria-orientation="horizontal"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${windowPercent(layout.extent, layout.window)}
      aria-valuetext=${overviewValueText(layout.window, lang)}
      @keydown=${on.onKeydown}
    >
      <!-- Inset by half its 1 px stroke: the slider's box (it takes focus) is then the strip, in every engine. -->
      <rect class="overview-track" x="0.5" y="0.5" width=${Math.max(0, width - 1)} height=${Math.max(0, height - 1)}></rect>
      <g class="overview-ticks"></g>
      <g class="overview-brush"></g>
    </g>
  </svg>`;
}

const drawn = new WeakMap<SVGGElement, readonly OverviewTick[]>();
/** Ticks stop short of the strip's edges so the brush's outline stays clear of them. */
const INSET = 4;

/**
 * Draws the ticks into the strip; a no-op while they are the same (memoised) array, as on every zoom frame.
 * One path per shade, not one line per tick: 10,000 events would otherwise put a thousand lines in the DOM.
 */
export function drawOverview(svg: SVGSVGElement, layout: OverviewLayout): void {
  const group = svg.querySelector<SVGGElement>('g.overview-ticks');
  if (!group || drawn.get(group) === layout.ticks) return;
  drawn.set(group, layout.ticks);
  // A column of several meetings reads darker (four shades); forced colours make them all solid.
  const shades: string[][] = [[], [], [], []];
  for (const t of layout.ticks) shades[Math.min(3, t.count - 1)]!.push(`M${t.x},${INSET}V${layout.height - INSET}`);
  const paths = shades.map((d, i) => ({ d: d.join(''), opacity: Math.min(1, 0.6 + 0.15 * i) })).filter((p) => p.d);
  select(group)
    .selectAll<SVGPathElement, (typeof paths)[number]>('path')
    .data(paths)
    .join('path')
    .attr('class', 'overview-tick')
    .attr('d', (p) => p.d)
    .attr('stroke-opacity', (p) => p.opacity);
}
