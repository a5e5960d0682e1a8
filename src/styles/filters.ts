import { css } from 'lit';

// The legend's toggle buttons and the empty state a filter can leave (the
// filter control brings its own styles, in its chunk: render/filters.ts). Pressed shows by a tick and a heavier
// border as well as colour, and by the system's Highlight in forced colours.

export const filters = css`
  /* The buttons bring their own padding: the entries sit closer than plain text would. */
  .legend {
    gap: 0 2px;
    padding: 0 4px 2px;
  }

  .legend button {
    display: flex;
    align-items: center;
    gap: 4px;
    height: auto;
    min-height: 24px;
    padding: 0 5px;
    color: inherit;
    border-color: transparent;
  }

  .legend button[aria-pressed='true'] {
    background: transparent;
    color: var(--summit-color);
    border: 2px solid var(--summit-accent);
    font-weight: 600;
  }

  .legend button[aria-pressed='true']::before {
    content: '✓' / '';
  }

  .no-match {
    align-content: center;
    gap: 8px;
    color: var(--summit-color);
  }

  /* In the plot's middle, between the bands, where the marks would be. */
  .no-match p {
    margin: 0;
  }

  .no-match button {
    pointer-events: auto;
  }

  /* forced-color-adjust: none comes from media.ts's rule for every pressed button. */
  @media (forced-colors: active) {
    .legend button[aria-pressed='true'] {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }

    .legend button[aria-pressed='true'] .mark {
      color: HighlightText;
    }
  }
`;
