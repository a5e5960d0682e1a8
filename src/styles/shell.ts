import { css } from 'lit';

// The host box, the frame (chart and panel), the toolbar and its buttons, the legend.

export const shell = css`
  /* The element's own width decides where the panel goes (container queries, below), not the viewport's. */
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    font-family: var(--summit-font);
    font-size: 14px;
    color: var(--summit-color);
    background: var(--summit-background);
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* One column: the chart, then the panel below it. Wide: the panel beside the chart. */
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
  }

  /* 1100px: up to a small laptop the plot keeps its width and the panel goes below; at 1280 it sits beside. */
  @container (min-width: 1100px) {
    .frame.with-panel {
      grid-template-columns: minmax(0, 1fr) minmax(260px, 340px);
    }
    .frame.with-panel > .detail {
      max-height: var(--summit-height);
    }
  }

  /* The chart keeps --summit-height whether or not a panel is open. */
  .chart {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    height: var(--summit-height);
    min-height: 200px;
  }

  /*
   * Narrow: the toolbar and legend wrap to several lines. Out of a fixed height they
   * would leave the plot two rows, and every meeting a cluster; so the plot keeps the
   * height it has in one line (--summit-height less a toolbar, the 32 px overview and
   * a legend line) and the lines it wraps to add to the element's.
   */
  @container (max-width: 600px) {
    .chart {
      height: auto;
    }
    .chart > .plot {
      flex: none;
      height: max(140px, calc(var(--summit-height) - 100px));
    }
  }

  .toolbar {
    flex-wrap: wrap;
  }

  /* Held open before the strip and its chunk arrive (height = OVERVIEW_HEIGHT in layout/overview.ts), so the plot's size never jumps. */
  .overview-slot {
    flex: none;
    height: 32px;
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
`;
