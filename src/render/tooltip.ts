// The hover and focus tooltip. Lit renders its text; its position is set
// through the CSSOM (`element.style`), never a style attribute, so a strict
// `style-src` policy without 'unsafe-inline' still places it.

import { html, nothing } from 'lit';
import type { ClusterLayout, MarkLayout } from '../layout/frame.js';
import type { Summit } from '../model/types.js';
import { describeCluster } from '../format/describe.js';
import { kindLabel, type Vocabulary } from '../format/vocabulary.js';
import { formatSpan } from '../format/dates.js';
import { pick } from '../format/strings.js';

/** `onLeave`: the pointer left the tooltip, which stays while the pointer is over it. */
export function renderTooltip(event: Summit | undefined, lang: string, onLeave: () => void) {
  if (!event) return nothing;
  const place = pick(event.place, lang);
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${onLeave}>
    <strong>${pick(event.title, lang)}</strong>${formatSpan(event.date, event.end, lang)}${place ? ` · ${place}` : ''}
  </div>`;
}

/** A cluster's tooltip: its name, what kinds it holds, and its first few titles. */
export function renderClusterTooltip(cluster: ClusterLayout, vocab: Vocabulary, onLeave: () => void) {
  const kinds = cluster.kinds.map((k) => `${kindLabel(vocab, k.kind)} ×${k.count}`).join(' · ');
  const more = cluster.count - cluster.first.length;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${onLeave}>
    <strong>${describeCluster(cluster, vocab.lang, vocab)}</strong>${kinds}
    <ul>${cluster.first.map((e) => html`<li>${pick(e.title, vocab.lang)}</li>`)}${more > 0 ? html`<li>…</li>` : nothing}</ul>
  </div>`;
}

/** The tooltip of whatever is hovered or focused: a mark's event or a cluster. */
export function renderHoverTooltip(item: MarkLayout | ClusterLayout | undefined, vocab: Vocabulary, onLeave: () => void) {
  return item && 'key' in item ? renderClusterTooltip(item, vocab, onLeave) : renderTooltip(item?.event, vocab.lang, onLeave);
}

/** Moves the rendered tooltip, if any, to its anchor (from layout/view.ts's tooltipPlacement). */
export function placeTooltip(root: ParentNode, at: { left: number; top: number } | null): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  if (!tip || !at) return;
  tip.style.left = `${at.left}px`;
  tip.style.top = `${at.top}px`;
}
