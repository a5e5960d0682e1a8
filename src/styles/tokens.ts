import { css } from 'lit';

/**
 * The theming API: every `--summit-*` custom property with its light default,
 * and its dark one under prefers-color-scheme. The manifest takes the list
 * below for the element (custom-elements-manifest.config.mjs); a unit test
 * keeps it, the declarations and what the other sheets use the same.
 *
 * @cssprop [--summit-height=360px] - Height of the chart (toolbar, plot, overview, legend); a panel below adds to it, and in an element 600 px wide or less the plot keeps its share while a wrapped toolbar and legend add to it.
 * @cssprop [--summit-font=system-ui, sans-serif] - Font family.
 * @cssprop [--summit-radius=6px] - Corner radius of buttons, card, tooltip and messages.
 * @cssprop [--summit-background=#ffffff] - Background colour (dark: #0d1117).
 * @cssprop [--summit-color=#1f2328] - Text colour (dark: #e6edf3).
 * @cssprop [--summit-muted-color=#59636e] - Secondary text, axis (dark: #9198a1).
 * @cssprop [--summit-grid-color=#d1d9e0] - Borders (dark: #3d444d).
 * @cssprop [--summit-accent=#0b62d6] - Links, pressed and hovered buttons (dark: #4493f8).
 * @cssprop [--summit-focus-color=#0b62d6] - Focus ring (dark: #79c0ff).
 * @cssprop [--summit-band-1-color=#bc002d] - The first (top) term band: Japan's prime ministers in the default data (dark: #d03e5a).
 * @cssprop [--summit-band-2-color=#3c3b6e] - The other term bands: US presidents in the default data (dark: #6e6cc0).
 * @cssprop [--summit-term-text-color=#ffffff] - Names on the bands.
 * @cssprop [--summit-event-stroke=#ffffff] - The outline that parts touching marks (dark: #0d1117).
 * @cssprop [--summit-visit-color=#1f6feb] - Visits and bilateral summits (dark: #4493f8).
 * @cssprop [--summit-sideline-color=#8250df] - Meetings at multilateral summits (dark: #ab7df8).
 * @cssprop [--summit-multilateral-color=#1a7f37] - Trilateral and Quad meetings (dark: #3fb950).
 * @cssprop [--summit-memorial-color=#9a6700] - Memorial visits (dark: #d29922).
 * @cssprop [--summit-virtual-color=#57606a] - Virtual summits (dark: #9198a1).
 * @cssprop [--summit-selected-color=#cf222e] - The selected meeting and the ring round it (dark: #ff7b72).
 * @cssprop [--summit-card-background=#ffffff] - Detail card background (dark: #161b22).
 * @cssprop [--summit-card-shadow=0 8px 24px rgba(31, 35, 40, 0.2)] - Detail card shadow.
 * @cssprop [--summit-error-background=#fff1f0] - Problem list background (dark: #3a1114).
 * @cssprop [--summit-error-color=#82071e] - Problem list text (dark: #ffa198).
 */
export const tokens = css`
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
  }

  /* Screen only: paper is white, and a printer leaves out the dark background but not the light text. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --summit-background: #0d1117;
      --summit-color: #e6edf3;
      --summit-muted-color: #9198a1;
      --summit-grid-color: #3d444d;
      --summit-accent: #4493f8;
      --summit-focus-color: #79c0ff;
      --summit-band-1-color: #d03e5a;
      --summit-band-2-color: #6e6cc0;
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
`;
