// What each mark shape and colour means, for the kinds the data uses, in the
// data's words. The swatches carry the same classes and colour as the marks,
// so a theme that recolours the marks recolours the legend too. In the
// element each entry is a toggle button: pressed kinds are the `kinds` filter.

import { html, nothing, svg } from 'lit';
import { vocabulary, type Vocabulary } from '../format/vocabulary.js';
import { legendEntries, shapePath } from './shapes.js';

export interface LegendToggles {
  /** The kinds in the filter: their entries show pressed. */
  on: readonly string[];
  /** The user pressed an entry: the kinds it stands for. */
  onToggle: (kinds: string[]) => void;
  /** Said after the heading: ", filter by kind". */
  hint: string;
}

/**
 * `kinds`: the kinds the data uses; `vocab`: vocabulary(data, lang), whose
 * order, labels, shapes and colours the legend follows (default: the diplomatic kinds).
 * With `toggles`, each entry is a button that filters by its kinds.
 */
export function renderLegend(kinds: readonly string[], locale: string, vocab: Vocabulary = vocabulary(null, locale), toggles?: LegendToggles) {
  const name = vocab.words.legend + (toggles?.hint ?? "");
  return html`<ul class="legend" part="legend" aria-label=${name}>
    ${legendEntries(kinds, vocab).map((group) => {
      const look = group[0]!;
      // Through the CSSOM (a property, not a style attribute), which a strict style-src allows.
      const colour = look.color ? `--kind-color:${look.color}` : '';
      const swatch = html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          ${svg`<g class="mark" data-kind=${look.id} data-fill=${look.fill} data-group=${look.group ?? nothing} .style=${colour}><path class="mark-shape" d=${shapePath(look.shape, 11)}></path></g>`}
        </svg>
        ${group.map((k) => k.label).join(' · ')}`;
      if (!toggles) return html`<li>${swatch}</li>`;
      const ids = group.map((k) => k.id);
      const pressed = ids.every((id) => toggles.on.includes(id));
      return html`<li><button aria-pressed=${String(pressed)} data-kinds=${ids.join(' ')} @click=${() => toggles.onToggle(ids)}>${swatch}</button></li>`;
    })}
  </ul>`;
}
