// The title and the buttons above the plot.

import { html } from 'lit';
import type { Strings } from '../format/strings.js';

export interface ToolbarState {
  title: string;
  listOpen: boolean;
  onList: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

export function renderToolbar(s: Strings, t: ToolbarState) {
  return html`<div class="toolbar" part="toolbar">
    <span class="title" id="title">${t.title}</span>
    <button part="button" class="list-toggle" aria-pressed=${String(t.listOpen)} @click=${t.onList}>${s.showList}</button>
    <button part="button" class="zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${t.onZoomIn}>+</button>
    <button part="button" class="zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${t.onZoomOut}>−</button>
    <button part="button" class="reset" @click=${t.onReset}>${s.reset}</button>
  </div>`;
}
