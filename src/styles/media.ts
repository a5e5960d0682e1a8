import { css } from 'lit';

// Forced colours (Windows High Contrast).

/*
 * Forced colours: the SVG opts out of the browser's forcing (which would
 * flatten every fill to one colour) and takes system colours itself, so the
 * bands, shapes, fills and the selection ring keep their meaning in the
 * user's palette. The selectors repeat the specificity of the rules they
 * override in plot.ts and shell.ts (this sheet comes last).
 */
export const media = css`
  @media (forced-colors: active) {
    .cluster-shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cluster-count {
      fill: CanvasText;
    }
    svg {
      forced-color-adjust: none;
    }

    .band .term-bar,
    .band:first-child .term-bar,
    .term:nth-child(even) .term-bar {
      fill: CanvasText;
      stroke: Canvas;
      stroke-width: 1px;
      opacity: 1;
    }

    .term-label {
      fill: Canvas;
    }

    .band-caption {
      fill: CanvasText;
    }

    .axis {
      color: CanvasText;
    }

    .mark,
    .mark[data-group] {
      color: CanvasText;
    }

    .mark.selected,
    .mark[data-group].selected {
      color: Highlight;
    }

    .mark-shape {
      fill: currentColor;
      stroke: Canvas;
    }

    .mark[data-fill='hollow'] .mark-shape {
      fill: Canvas;
      stroke: currentColor;
    }

    .mark-ring {
      stroke: Highlight;
    }

    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }

    .detail,
    .messages,
    .warnings {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }

    .detail a {
      color: LinkText;
    }

    .status,
    .legend,
    .detail .date,
    .detail dt {
      color: CanvasText;
    }

    button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }

    /* Without forced-color-adjust: none, the browser's Canvas backplate behind the text hides HighlightText. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }

    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }

    button:focus-visible,
    .mark:focus-visible,
    .detail:focus-visible {
      outline-color: Highlight;
    }
  }

  /* The panel no longer fades in: it sits beside the plot, and a fade caught halfway read as low contrast. */
`;
