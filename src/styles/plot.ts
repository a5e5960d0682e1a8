import { css } from 'lit';

// The SVG plot: term bands, the axis and the meeting marks.

export const plot = css`
  .plot {
    position: relative;
    flex: 1;
    min-height: 0;
  }

  .plot > svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
    /* A vertical swipe scrolls the page; a horizontal one pans and a pinch zooms (d3-zoom, zoom-controller.ts). */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  .plot > svg:active {
    cursor: grabbing;
  }

  .band-caption {
    font-size: 10px;
    letter-spacing: 0.02em;
    fill: var(--summit-muted-color);
    text-transform: uppercase;
  }

  .term-bar {
    fill: var(--summit-band-2-color);
  }

  .band:first-child .term-bar {
    fill: var(--summit-band-1-color);
  }

  .term:nth-child(even) .term-bar {
    opacity: 0.82;
  }

  .term-label {
    font-size: 12px;
    fill: var(--summit-term-text-color);
    dominant-baseline: central;
    pointer-events: none;
  }

  .axis {
    color: var(--summit-muted-color);
    font-size: 11px;
  }

  .axis text {
    fill: currentColor;
  }

  /* --kind-color is an author's colour for one kind, set per mark (render/marks.ts), not a theme token. */
  .mark {
    cursor: pointer;
    color: var(--kind-color, var(--summit-visit-color));
  }

  .mark[data-group='sideline'] {
    color: var(--summit-sideline-color);
  }

  .mark[data-group='multilateral'] {
    color: var(--summit-multilateral-color);
  }

  .mark[data-group='memorial'] {
    color: var(--summit-memorial-color);
  }

  .mark[data-group='virtual'] {
    color: var(--summit-virtual-color);
  }

  .mark-shape {
    fill: currentColor;
    stroke: var(--summit-event-stroke);
    stroke-width: 1.5px;
  }

  /* Hollow kinds (virtual summits, meetings with a president-elect): an outline in the kind's colour. */
  .mark[data-fill='hollow'] .mark-shape {
    fill: var(--summit-background);
    stroke: currentColor;
    stroke-width: 2.5px;
  }

  .mark.selected {
    color: var(--summit-selected-color);
  }

  /* The hit area round a mark or cluster: painted by nothing, taking the pointer everywhere inside it. */
  .mark-target {
    fill: none;
    stroke: none;
    pointer-events: all;
  }

  /* Selection shows as a shape too (WCAG 1.4.1), not only as the selected colour. */
  .mark-ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    pointer-events: none;
  }

  /* A cluster: a hollow bar with its count; it opens (zooms) on click or Enter. */
  .cluster {
    cursor: zoom-in;
    color: var(--summit-muted-color);
  }

  .cluster-shape {
    fill: var(--summit-background);
    stroke: currentColor;
    stroke-width: 1.5px;
  }

  .cluster-count {
    fill: var(--summit-color);
    font-size: 10px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }

  .cluster:focus-visible {
    outline: 3px solid var(--summit-focus-color);
    outline-offset: 2px;
  }
`;
