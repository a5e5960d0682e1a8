import { css } from 'lit';

// Print: the chart as drawn, scaled to the page (the plot's viewBox), without
// what only a screen can use; then the print-only table (render/print.ts).

export const print = css`
  .print {
    display: none;
  }

  @media print {
    .toolbar,
    .summary,
    .live,
    .tooltip,
    .help,
    .table-wrap,
    .detail .close,
    .overview-brush .handle,
    .overview-brush .overlay {
      display: none;
    }

    /* Below the chart, not beside it: the page is narrower than the screen. */
    .frame,
    .frame.with-panel {
      display: block;
    }

    .chart {
      height: auto;
      min-height: 0;
    }

    .plot {
      flex: none;
    }

    .plot > svg,
    .overview {
      width: 100%;
      height: auto;
    }

    .detail {
      max-height: none;
      overflow: visible;
      break-inside: avoid;
      margin-top: 8px;
    }

    .detail a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }

    .print {
      display: block;
      margin-top: 12px;
      font-size: 10pt;
    }

    .print h2 {
      font-size: 12pt;
      margin: 0;
    }

    .print table {
      width: 100%;
      border-collapse: collapse;
    }

    .print th,
    .print td {
      text-align: start;
      vertical-align: top;
      padding: 2pt 4pt;
      border-bottom: 0.5pt solid currentColor;
    }

    .print tr {
      break-inside: avoid;
    }

    .print-sources a {
      display: block;
      color: inherit;
      overflow-wrap: anywhere;
    }
  }
`;
