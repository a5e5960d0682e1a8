// What each mark shape and colour means, for the kinds the data uses, in the
// data's words. The swatches carry the same classes and colour as the marks,
// so a theme that recolours the marks recolours the legend too.

import { html, nothing, svg } from 'lit';
import { vocabulary, type Vocabulary } from '../format/vocabulary.js';
import { legendEntries, shapePath } from './shapes.js';

/**
 * `kinds`: the kinds the data uses; `vocab`: vocabulary(data, lang), whose
 * order, labels, shapes and colours the legend follows (default: the diplomatic kinds).
 */
export function renderLegend(kinds: readonly string[], locale: string, vocab: Vocabulary = vocabulary(null, locale)) {
  return html`<ul class="legend" part="legend" aria-label=${vocab.words.legend}>
    ${legendEntries(kinds, vocab).map((group) => {
      const look = group[0]!;
      // Through the CSSOM (a property, not a style attribute), which a strict style-src allows.
      const colour = look.color ? `--kind-color:${look.color}` : '';
      return html`<li>
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          ${svg`<g class="mark" data-kind=${look.id} data-group=${look.group ?? nothing} .style=${colour}><path class="mark-shape" d=${shapePath(look.shape, 11)}></path></g>`}
        </svg>
        ${group.map((k) => k.label).join(' · ')}
      </li>`;
    })}
  </ul>`;
}
