import { css } from 'lit';

// What sits over or beside the plot: the tooltip, the summary, the problem
// messages and the loading status. The panel's, the list view's and the key
// help's styles come with their chunk (styles/on-demand.ts).

export const overlays = css`
  /* max-width is twice TOOLTIP_HALF_WIDTH in src/layout/view.ts, which keeps it clear of the edges. */
  /* Hoverable: it stays while the pointer is over it (WCAG 1.4.13). */
  .tooltip {
    position: absolute;
    z-index: 2;
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

  .tooltip ul {
    margin: 2px 0 0;
    padding-left: 16px;
  }

  .tooltip strong {
    display: block;
  }

  /* The panel: beside or below the chart (shell.ts), never over it; as tall as its content, scrolling beside. */
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

  .warnings {
    position: absolute;
    z-index: 4;
    right: 8px;
    bottom: 30px;
    max-width: min(420px, calc(100% - 16px));
    max-height: 40%;
    overflow: auto;
    padding: 6px 10px;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    background: var(--summit-card-background);
    font-size: 12px;
  }

  .warnings ul,
  .messages ul {
    margin: 4px 0 0;
    padding-left: 18px;
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

  /* The summary is for screen readers first; its button shows itself when focused.
     ".frame >": the panel's own p.summary (a meeting's summary) is visible text. */
  .visually-hidden,
  .frame > .summary p,
  .frame > .summary .open-list:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .help-toggle {
    min-width: 24px;
  }

  .frame > .summary {
    position: absolute;
    z-index: 6;
    top: 0;
    left: 0;
  }

  .frame > .summary .open-list:focus {
    background: var(--summit-card-background);
  }
`;
