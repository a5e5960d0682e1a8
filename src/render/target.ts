// The hit area of a mark or cluster: an invisible rect in the item's own
// group, so click, hover and focus reach the item as they do from its shape.
// Layout spaces items so that no two hit areas share a pixel (METRICS).

import type { Selection } from 'd3-selection';
import { put } from './attrs.js';

/** The smallest pointer target WCAG 2.5.8 allows, in CSS px. */
export const TARGET = 24;

/** Appends the hit area to freshly entered items' groups (`enter.call(addTarget)`). */
export function addTarget<D>(groups: Selection<SVGGElement, D, SVGGElement, unknown>): void {
  groups
    .append('rect')
    .attr('class', 'mark-target')
    // Painted by nothing even where the element's styles are not applied (an exported SVG).
    .attr('fill', 'none')
    .attr('aria-hidden', 'true');
}

/** Sizes the hit area: TARGET square, or as wide as an item that is wider. */
export function sizeTarget(rect: Element, width: number): void {
  const w = Math.max(TARGET, width);
  put(rect, 'x', String(-w / 2));
  put(rect, 'y', String(-TARGET / 2));
  put(rect, 'width', String(w));
  put(rect, 'height', String(TARGET));
}
