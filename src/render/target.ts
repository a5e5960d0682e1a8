// The hit area of a mark or cluster: an invisible rect in the item's own
// group, so click, hover and focus reach the item as they do from its shape.
// Layout spaces items so that no two hit areas share a pixel (METRICS).


/** The smallest pointer target WCAG 2.5.8 allows, in CSS px. */
export const TARGET = 24;

/** A new hit area, for a new item's group (its shape comes first, so the hit area is drawn over it). */
export function newTarget(): SVGRectElement {
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('class', 'mark-target');
  // Painted by nothing even where the element's styles are not applied (an exported SVG).
  rect.setAttribute('fill', 'none');
  rect.setAttribute('aria-hidden', 'true');
  rect.setAttribute('y', String(-TARGET / 2));
  rect.setAttribute('height', String(TARGET));
  return rect;
}

/** Sizes the hit area: TARGET square, or as wide as an item that is wider. Callers write it only when the width changed. */
export function sizeTarget(rect: Element, width: number): void {
  const w = Math.max(TARGET, width);
  rect.setAttribute('x', String(-w / 2));
  rect.setAttribute('width', String(w));
}
