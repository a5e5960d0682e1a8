import { css } from 'lit';

/**
 * Every custom property is declared here with its default, so a page can
 * theme the element from outside; dark values follow prefers-color-scheme.
 */
export const styles = css`
  :host {
    --summit-height: 360px;
    --summit-font: system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', sans-serif;
    --summit-background: #ffffff;
    --summit-color: #1f2328;
    --summit-muted-color: #59636e;
    --summit-grid-color: #d1d9e0;
    --summit-accent: #0b62d6;
    --summit-focus-color: #0b62d6;
    --summit-band-1-color: #bc002d;
    --summit-band-2-color: #3c3b6e;
    --summit-term-text-color: #ffffff;
    --summit-event-color: #1f6feb;
    --summit-event-stroke: #ffffff;
    --summit-visit-color: #1f6feb;
    --summit-sideline-color: #8250df;
    --summit-multilateral-color: #1a7f37;
    --summit-memorial-color: #9a6700;
    --summit-virtual-color: #57606a;
    --summit-selected-color: #cf222e;
    --summit-card-background: #ffffff;
    --summit-card-shadow: 0 8px 24px rgba(31, 35, 40, 0.2);
    --summit-error-background: #fff1f0;
    --summit-error-color: #82071e;
    --summit-radius: 6px;

    display: block;
    position: relative;
    height: var(--summit-height);
    min-height: 200px;
    font-family: var(--summit-font);
    font-size: 14px;
    color: var(--summit-color);
    background: var(--summit-background);
    box-sizing: border-box;
    contain: layout;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --summit-background: #0d1117;
      --summit-color: #e6edf3;
      --summit-muted-color: #9198a1;
      --summit-grid-color: #3d444d;
      --summit-accent: #4493f8;
      --summit-focus-color: #79c0ff;
      --summit-band-1-color: #d9415e;
      --summit-band-2-color: #6e6cc0;
      --summit-event-color: #4493f8;
      --summit-event-stroke: #0d1117;
      --summit-visit-color: #4493f8;
      --summit-sideline-color: #ab7df8;
      --summit-multilateral-color: #3fb950;
      --summit-memorial-color: #d29922;
      --summit-virtual-color: #9198a1;
      --summit-selected-color: #ff7b72;
      --summit-card-background: #161b22;
      --summit-card-shadow: 0 8px 24px rgba(0, 0, 0, 0.6);
      --summit-error-background: #3a1114;
      --summit-error-color: #ffa198;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
  }

  .toolbar {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 4px 4px 0;
  }

  .title {
    flex: 1;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    min-width: 32px;
    height: 32px;
    padding: 0 8px;
    cursor: pointer;
  }

  button:hover {
    border-color: var(--summit-accent);
  }

  button:focus-visible,
  .mark:focus-visible,
  .detail:focus-visible {
    outline: 3px solid var(--summit-focus-color);
    outline-offset: 2px;
  }

  button[aria-pressed='true'] {
    background: var(--summit-accent);
    border-color: var(--summit-accent);
    color: var(--summit-background);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 0;
    padding: 2px 8px 4px;
    list-style: none;
    font-size: 12px;
    color: var(--summit-muted-color);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 4px;
  }

  .legend svg {
    flex: none;
    overflow: visible;
  }

  .table-wrap {
    position: absolute;
    inset: 0;
    z-index: 2;
    overflow: auto;
    background: var(--summit-background);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }

  th,
  td {
    padding: 4px 8px;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--summit-grid-color);
  }

  th {
    position: sticky;
    top: 0;
    background: var(--summit-background);
    color: var(--summit-muted-color);
    font-weight: 600;
  }

  td:first-child {
    white-space: nowrap;
  }

  tr[aria-current='true'] {
    background: color-mix(in srgb, var(--summit-selected-color) 12%, transparent);
  }

  button.link {
    border: 0;
    height: auto;
    min-width: 0;
    padding: 0;
    color: var(--summit-accent);
    text-align: left;
    text-decoration: underline;
  }

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
    touch-action: none;
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

  .mark {
    cursor: pointer;
    color: var(--summit-visit-color);
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

  .mark[data-group='virtual'] .mark-shape {
    fill: var(--summit-background);
    stroke: currentColor;
    stroke-width: 2.5px;
  }

  .mark.selected {
    color: var(--summit-selected-color);
  }

  .mark.selected .mark-shape {
    stroke: var(--summit-color);
    stroke-width: 2px;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 280px;
    padding: 6px 8px;
    border-radius: var(--summit-radius);
    background: var(--summit-color);
    color: var(--summit-background);
    font-size: 12px;
    line-height: 1.35;
    transform: translate(-50%, calc(-100% - 12px));
    white-space: normal;
  }

  .tooltip strong {
    display: block;
  }

  .detail {
    position: absolute;
    z-index: 3;
    top: 44px;
    right: 8px;
    width: min(380px, calc(100% - 16px));
    max-height: calc(100% - 52px);
    overflow: auto;
    padding: 12px 14px;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    background: var(--summit-card-background);
    box-shadow: var(--summit-card-shadow);
    line-height: 1.45;
  }

  .detail.left {
    right: auto;
    left: 8px;
  }

  .detail h2 {
    margin: 0 28px 4px 0;
    font-size: 16px;
  }

  .detail .date {
    margin: 0 0 8px;
    color: var(--summit-muted-color);
  }

  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 8px 0;
  }

  .detail dt {
    color: var(--summit-muted-color);
  }

  .detail dd {
    margin: 0;
  }

  .detail p {
    margin: 8px 0;
  }

  .detail ul {
    margin: 4px 0 0;
    padding-left: 18px;
  }

  .detail a {
    color: var(--summit-accent);
    overflow-wrap: anywhere;
  }

  .detail .close {
    position: absolute;
    top: 8px;
    right: 8px;
  }

  .messages {
    position: absolute;
    z-index: 4;
    left: 8px;
    bottom: 30px;
    max-width: calc(100% - 16px);
    max-height: 50%;
    overflow: auto;
    padding: 8px 12px;
    border-radius: var(--summit-radius);
    background: var(--summit-error-background);
    color: var(--summit-error-color);
    font-size: 13px;
  }

  .messages:empty {
    display: none;
  }

  .messages ul {
    margin: 4px 0 0;
    padding-left: 18px;
  }

  .messages code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  }

  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--summit-muted-color);
    pointer-events: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .mark-shape,
    .term-bar {
      forced-color-adjust: none;
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.selected .mark-shape {
      fill: Highlight;
    }
    .term-label {
      fill: Canvas;
    }
    .mark:focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .detail {
      animation: appear 120ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(-4px);
      }
    }
  }
`;
