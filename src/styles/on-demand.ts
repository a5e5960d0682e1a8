import { css } from 'lit';

// The list view and the key help, which the reader opens: adopted with their
// chunk (render/on-demand.ts), after the element's own sheets.

export const onDemandStyles = css`
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

  .help {
    position: absolute;
    z-index: 5;
    top: 8px;
    right: 8px;
    max-width: calc(100% - 16px);
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 10px 14px;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    background: var(--summit-card-background);
    box-shadow: var(--summit-card-shadow);
    font-size: 13px;
  }

  .help h2 {
    margin: 0 32px 6px 0;
    font-size: 14px;
  }

  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }

  .help dd {
    margin: 0;
  }

  .help .close {
    position: absolute;
    top: 6px;
    right: 6px;
  }
`;
