import { css } from 'lit';

// The host box, the frame, the toolbar and its buttons, the legend.

export const shell = css`
  :host {
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
`;
