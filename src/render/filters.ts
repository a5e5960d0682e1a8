// The filter control: a disclosure in the toolbar listing the leaders and
// topics the meetings use, each a checkbox with its count, and a button that
// clears every filter (the legend's toggles filter by kind). A chunk of its
// own, with its styles, facet counts and all: the first frame does not need
// it, and the element asks for it as soon as there is data.

import { html, nothing } from 'lit';
import { facets as facetsOf, type Facet } from '../layout/facets.js';
import type { FilterAxis, FilteredData } from '../layout/filter.js';
import type { Leader } from '../model/types.js';
import { pick, type Strings } from '../format/strings.js';
import { topicLabel, type Vocabulary } from '../format/vocabulary.js';

export { filterPanel as styles } from '../styles/filter-panel.js';

export interface FilterControl {
  state: FilteredData;
  leaders: ReadonlyMap<string, Leader>;
  vocab: Vocabulary;
  onToggle: (axis: FilterAxis, ids: string[]) => void;
  onClear: () => void;
}

/** Escape closes the disclosure and hands focus back to its button. */
function onKey(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}

export function renderFilters(s: Strings, c: FilterControl) {
  const { state, vocab } = c;
  const { words, lang } = vocab;
  const group = (axis: FilterAxis, title: string, facets: Facet[], name: (id: string) => string) =>
    facets.length
      ? html`<fieldset>
          <legend>${title}</legend>
          ${facets.map(
            (f) => html`<label
              ><input type="checkbox" data-id=${f.id} .checked=${state.filter[axis].includes(f.id)} @change=${() => c.onToggle(axis, [f.id])} />
              ${name(f.id)} <span class="count">(${f.count})</span></label
            >`,
          )}
        </fieldset>`
      : nothing;
  const facets = facetsOf(state);
  const leaders = group('leaders', words.leaders, facets.leaders, (id) => pick(c.leaders.get(id)?.name, lang) || id);
  const topics = group('topics', words.topics, facets.topics, (id) => topicLabel(vocab, id));
  if (leaders === nothing && topics === nothing) return nothing;
  const n = state.filter.kinds.length + state.filter.leaders.length + state.filter.topics.length;
  return html`<details class="filters" part="filters" @keydown=${onKey}>
    <summary part="button">${s.filter}${n ? ` (${n})` : ''}</summary>
    <div class="filters-panel">
      ${leaders} ${topics}
      <!-- aria-disabled, not disabled: a focused button that is disabled drops focus to the page. -->
      <button class="clear-filters" aria-disabled=${String(!state.active)} @click=${c.onClear}>${s.clearFilters}</button>
    </div>
  </details>`;
}
