// The keys, listed where the keyboard is used: opened by the toolbar's "?"
// button or the ? key, closed by either again or by Escape.

import { html } from 'lit';
import { keyHelp } from '../format/key-help.js';
import type { Strings } from '../format/strings.js';

export function renderHelp(s: Strings, locale: string, onClose: () => void) {
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === '?') {
      e.preventDefault();
      onClose();
    }
  };
  return html`<section class="help" part="help" role="dialog" aria-labelledby="help-title" tabindex="-1" @keydown=${onKeydown}>
    <h2 id="help-title">${s.keys}</h2>
    <button class="close" part="button" aria-label=${s.close} title=${s.close} @click=${onClose}>×</button>
    <dl>${keyHelp(locale).map(([keys, action]) => html`<dt><kbd>${keys}</kbd></dt><dd>${action}</dd>`)}</dl>
  </section>`;
}
