import { css } from 'lit';

// The overview strip under the plot: the whole range, its meetings as ticks,
// the view as a brush; adopted with the strip's chunk (render/overview-strip.ts).
// The slot it fills is held open by shell.ts. d3-brush sets fill and stroke attributes on its
// rectangles; these rules outrank presentation attributes.

export const overview = css`
  .overview {
    display: block;
    width: 100%;
    flex: none;
    overflow: visible;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }

  .overview-slider {
    outline: none;
  }

  .overview-track {
    fill: var(--summit-background);
    stroke: var(--summit-grid-color);
    stroke-width: 1px;
    shape-rendering: crispEdges;
  }

  .overview-tick {
    stroke: var(--summit-muted-color);
    stroke-width: 1px;
    shape-rendering: crispEdges;
    pointer-events: none;
  }

  .overview-brush .selection {
    fill: var(--summit-accent);
    fill-opacity: 0.18;
    stroke: var(--summit-accent);
    stroke-width: 1px;
  }

  .overview-brush .handle {
    fill: var(--summit-accent);
    fill-opacity: 0;
  }

  .overview-brush .handle:hover {
    fill-opacity: 0.35;
  }

  /* The slider group takes focus; the ring goes on the window it moves. */
  .overview-slider:focus-visible .selection {
    stroke: var(--summit-focus-color);
    stroke-width: 3px;
  }

  @media (forced-colors: active) {
    .overview-track,
    .overview-tick,
    .overview-brush .selection,
    .overview-brush .handle {
      forced-color-adjust: none;
    }
    .overview-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .overview-tick {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .overview-brush .selection {
      fill: Highlight;
      fill-opacity: 0.4;
      stroke: Highlight;
    }
    .overview-slider:focus-visible .selection {
      stroke: CanvasText;
    }
  }
`;
