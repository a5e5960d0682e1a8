import { css } from 'lit';

// The filter control's disclosure and panel (render/filters.ts), in that chunk,
// not in the first-load sheet.

/** Adopted into the element's shadow root when the filter control's chunk arrives. */
export const filterPanel = css`
  .filters {
    position: relative;
  }

  .filters > summary {
    display: flex;
    align-items: center;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    cursor: pointer;
    list-style: none;
  }

  .filters > summary::-webkit-details-marker {
    display: none;
  }

  .filters > summary:hover,
  .filters[open] > summary {
    border-color: var(--summit-accent);
  }

  .filters > summary:focus-visible {
    outline: 3px solid var(--summit-focus-color);
    outline-offset: 2px;
  }

  /* Over the plot, under the toolbar: opened on purpose, closed with Escape or the button. */
  .filters-panel {
    position: absolute;
    z-index: 4;
    top: calc(100% + 4px);
    right: 0;
    width: max-content;
    max-width: min(320px, 90vw);
    max-height: calc(var(--summit-height) - 48px);
    overflow: auto;
    padding: 8px;
    display: grid;
    gap: 8px;
    background: var(--summit-card-background);
    box-shadow: var(--summit-card-shadow);
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
  }

  /* Narrow: the button may sit anywhere in the wrapped toolbar, so the panel spans the toolbar's width under it. */
  @container (max-width: 480px) {
    .toolbar {
      position: relative;
    }
    .filters {
      position: static;
    }
    .filters-panel {
      left: 4px;
      right: 4px;
      width: auto;
      max-width: none;
    }
  }

  .filters fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 2px;
  }

  .filters legend {
    font-weight: 600;
    padding: 0 0 2px;
  }

  .filters label {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
  }

  .filters input {
    width: 16px;
    height: 16px;
    margin: 0;
  }

  .filters .count,
  .filters [aria-disabled='true'] {
    color: var(--summit-muted-color);
  }

  @media (forced-colors: active) {
    .filters-panel {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }

    .filters > summary {
      color: ButtonText;
      border-color: ButtonText;
    }

    .filters .count {
      color: CanvasText;
    }

    .filters [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
