// What each mark shape and colour means, for the kinds the data uses. The
// swatches carry the same classes as the marks, so a theme that recolours
// the marks recolours the legend too.

import { html, svg } from 'lit';
import type { SummitKind } from '../model/types.js';
import { strings, type Locale } from '../format/strings.js';
import { KIND_GROUP, KIND_SHAPE, legendEntries, shapePath } from './shapes.js';

export function renderLegend(kinds: readonly SummitKind[], locale: Locale) {
  const s = strings(locale);
  return html`<ul class="legend" part="legend" aria-label=${s.legend}>
    ${legendEntries(kinds).map(
      (group) => html`<li>
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          ${svg`<g class="mark" data-kind=${group[0]!} data-group=${KIND_GROUP[group[0]!]}><path class="mark-shape" d=${shapePath(KIND_SHAPE[group[0]!], 11)}></path></g>`}
        </svg>
        ${group.map((k) => s.kinds[k]).join(' · ')}
      </li>`,
    )}
  </ul>`;
}
