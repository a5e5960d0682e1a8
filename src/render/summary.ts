// What a screen reader meets before the chart: what it shows, its range and
// size, how to move, and a button straight to the table view. Visually hidden
// until the button takes focus; the live region below it is polite.

import { html } from 'lit';
import type { Strings } from '../format/strings.js';

export interface SummaryState {
  title: string;
  /** "84 meetings", in the data's words. */
  count: string;
  from: string;
  to: string;
  onOpenList: () => void;
}

export function renderSummary(s: Strings, state: SummaryState | null) {
  return html`<div class="summary" id="summary">
    ${state
      ? html`<p>${s.summary(state.title, state.count, state.from, state.to)} ${s.howTo}</p>
          <button part="button" class="open-list" tabindex="-1" @click=${state.onOpenList}>${s.openList}</button>`
      : null}
  </div>`;
}

export function renderLive(text: string) {
  // aria-live without role="status": the loading status keeps that role to itself.
  return html`<div class="visually-hidden live" aria-live="polite" aria-atomic="true">${text}</div>`;
}
