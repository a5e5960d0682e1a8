// The title and the buttons above the plot. With nothing to act on (loading,
// an error before any data, an empty data set) the buttons are disabled and
// say why.

import { html, nothing } from 'lit';
import type { Strings } from '../format/strings.js';

export interface ToolbarState {
  title: string;
  /** False while there is nothing to zoom, pan or list. */
  enabled: boolean;
  /** The filter control (render/filters.ts), beside the title. */
  filters?: unknown;
  listOpen: boolean;
  helpOpen: boolean;
  onList: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  onHelp: () => void;
}

export function renderToolbar(s: Strings, t: ToolbarState) {
  const off = !t.enabled;
  const why = (label: string) => (off ? `${label}: ${s.unavailable}` : label);
  return html`<div class="toolbar" part="toolbar">
    <span class="title" id="title">${t.title}</span>
    ${t.filters ?? nothing}
    <button part="button" class="list-toggle" aria-pressed=${String(t.listOpen)} ?disabled=${off} title=${why(s.list)} @click=${t.onList}>${s.showList}</button>
    <button part="button" class="zoom-in" aria-label=${s.zoomIn} title=${why(s.zoomIn)} ?disabled=${off} @click=${t.onZoomIn}>+</button>
    <button part="button" class="zoom-out" aria-label=${s.zoomOut} title=${why(s.zoomOut)} ?disabled=${off} @click=${t.onZoomOut}>−</button>
    <button part="button" class="reset" title=${why(s.reset)} ?disabled=${off} @click=${t.onReset}>${s.reset}</button>
    <!-- Out of the tab order: the ? key opens it from the plot, and the summary says so. -->
    <button part="button" class="help-toggle" tabindex="-1" aria-label=${s.keys} title=${s.keys} aria-expanded=${String(t.helpOpen)} @click=${t.onHelp}>?</button>
  </div>`;
}
