import { css } from 'lit';

// Forced colours (Windows High Contrast) and motion preferences.

export const media = css`
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
