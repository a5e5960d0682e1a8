// The hover and focus tooltip. Lit renders its text; its position is set
// through the CSSOM (`element.style`), never a style attribute, so a strict
// `style-src` policy without 'unsafe-inline' still places it.

import { html, nothing } from 'lit';
import type { Summit } from '../model/types.js';
import { formatSpan } from '../format/dates.js';
import { pick } from '../format/strings.js';

export function renderTooltip(event: Summit | undefined, lang: string) {
  if (!event) return nothing;
  const place = pick(event.place, lang);
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    <strong>${pick(event.title, lang)}</strong>${formatSpan(event.date, event.end, lang)}${place ? ` · ${place}` : ''}
  </div>`;
}

/** Moves the rendered tooltip, if any, to its anchor (from layout/view.ts's tooltipPlacement). */
export function placeTooltip(root: ParentNode, at: { left: number; top: number } | null): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  if (!tip || !at) return;
  tip.style.left = `${at.left}px`;
  tip.style.top = `${at.top}px`;
}
