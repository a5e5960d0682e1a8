// The list view: every event as a table row, for screen readers, keyboard
// users and anyone who wants to scan rather than zoom. A Lit template, so the
// table belongs to Lit alone. Its columns follow the data (render/columns.ts).

import { html, nothing } from 'lit';
import type { Leader, Summit } from '../model/types.js';
import { leaderNames } from '../format/describe.js';
import { formatSpan } from '../format/dates.js';
import { pick, strings } from '../format/strings.js';
import { kindLabel, vocabulary, type Vocabulary } from '../format/vocabulary.js';
import { columnsOf, headRow } from './columns.js';

export function renderTable(
  events: readonly Summit[],
  leaders: ReadonlyMap<string, Leader>,
  locale: string,
  selected: string | null,
  onOpen: (id: string) => void,
  vocab: Vocabulary = vocabulary(null, locale),
) {
  const s = strings(vocab.locale);
  const w = vocab.words;
  const lang = vocab.lang;
  const cols = columnsOf(events, leaders, vocab);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${w.list}>
    <table>
      <thead>
        ${headRow(s, vocab, cols)}
      </thead>
      <tbody>
        ${events.map(
          (e) => html`<tr data-id=${e.id} aria-current=${e.id === selected ? 'true' : 'false'}>
            <td><time datetime=${e.date}>${formatSpan(e.date, e.end, lang)}</time></td>
            <td><button class="link" @click=${() => onOpen(e.id)}>${pick(e.title, lang)}</button></td>
            ${cols.leaders ? html`<td>${leaderNames(e, leaders, lang)}</td>` : nothing}
            ${cols.place ? html`<td>${pick(e.place, lang)}</td>` : nothing}
            <td>${kindLabel(vocab, e.kind)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
