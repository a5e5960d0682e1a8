// What the element says about its data: a status while loading or when there
// is nothing to show, and the problems found, each with its path.

import { html, nothing } from 'lit';
import type { Problem } from '../model/types.js';
import type { Strings } from '../format/strings.js';

/** More than this many problems are counted, not listed: a broken 100,000-item file must not flood the page. */
const SHOWN = 20;

/** `empty`: what to say when the data has no events ("No launches to show."), or null. */
export function renderStatus(s: Strings, state: { loading: boolean; hasData: boolean; empty: string | null }) {
  if (state.loading && !state.hasData) return html`<div class="status" role="status">${s.loading}</div>`;
  if (state.empty) return html`<div class="status" role="status">${state.empty}</div>`;
  return nothing;
}

/** Kept items that look wrong: said politely, apart from the problems, never as an alert. */
export function renderWarnings(s: Strings, warnings: readonly Problem[]) {
  if (warnings.length === 0) return nothing;
  return html`<div class="warnings" part="warnings" role="status">
    <div>${s.warnings(warnings.length)}</div>
    <ul>
      ${warnings.slice(0, SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      ${warnings.length > SHOWN ? html`<li>… ${warnings.length - SHOWN}</li>` : nothing}
    </ul>
  </div>`;
}

export function renderMessages(s: Strings, error: string | null, problems: readonly Problem[]) {
  if (!error && problems.length === 0) return html`<div class="messages" part="messages" role="alert"></div>`;
  // Focusable, so a long list can be scrolled from the keyboard.
  return html`<div class="messages" part="messages" role="alert" tabindex="0">
    ${error ? html`<strong>${error}</strong>` : nothing}
    ${problems.length
      ? html`<div>${error ? s.problems(problems.length) : s.skipped(problems.length)}</div>
          <ul>
            ${problems.slice(0, SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            ${problems.length > SHOWN ? html`<li>… ${problems.length - SHOWN}</li>` : nothing}
          </ul>`
      : nothing}
  </div>`;
}

/** Over the plot, whose bands and axis stay: what the filter left (nothing), and the way back. */
export function renderNoMatch(s: Strings, message: string, onClear: () => void) {
  return html`<div class="status no-match" role="status">
    <p>${message}</p>
    <button part="button" class="clear-filters" @click=${onClear}>${s.clearFilters}</button>
  </div>`;
}
