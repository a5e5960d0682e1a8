import type { CSSResult } from 'lit';

/**
 * Adds a chunk's styles after the sheets the root already has, through
 * adoptedStyleSheets, which a strict style-src allows. Appending, not
 * replacing, so chunks arriving in any order keep each other's styles.
 */
export function adoptSheet(root: Node | undefined, style: CSSResult): void {
  const sheet = style.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A sheet made in another document (the element moved between frames) cannot be adopted: the part shows unstyled.
  }
}
