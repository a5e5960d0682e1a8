import { css } from 'lit';

// The panel, the list view and the key help, which the reader opens: adopted
// with their chunk (render/on-demand.ts), after the element's own sheets.

export const onDemandStyles = css`
  .detail {
    position: relative;
    min-width: 0;
    overflow: auto;
    padding: 12px 14px;
    border: 1px solid var(--summit-grid-color);
    border-radius: var(--summit-radius);
    background: var(--summit-card-background);
    line-height: 1.45;
  }

  .detail h2 {
    margin: 0 28px 4px 0;
    font-size: 16px;
  }

  /* Like the heading, clear of the close button when the heading takes one line. */
  .detail .date {
    margin: 0 28px 8px 0;
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

  /* A list of links, not links in a sentence: each is a 24 px target (WCAG 2.5.8). */
  .detail .sources a {
    display: inline-block;
    min-height: 24px;
    padding: 2px 0;
  }

  .detail .close {
    position: absolute;
    top: 8px;
    right: 8px;
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
