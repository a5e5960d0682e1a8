// The columns the list view and the printed table share. They follow the
// data: no leaders, no leaders column; no places, no place column.

import { html, nothing, type TemplateResult } from 'lit';
import type { Leader, Summit } from '../model/types.js';
import type { Strings } from '../format/strings.js';
import type { Vocabulary } from '../format/vocabulary.js';

export interface Columns {
  leaders: boolean;
  place: boolean;
}

export function columnsOf(events: readonly Summit[], leaders: ReadonlyMap<string, Leader>, vocab: Vocabulary): Columns {
  return { leaders: vocab.hasLeaders && leaders.size > 0, place: events.some((e) => e.place) };
}

/** The header row: date, event, [leaders], [place], kind, then any `extra` header cells. */
export function headRow(s: Strings, vocab: Vocabulary, cols: Columns, extra: TemplateResult | typeof nothing = nothing) {
  const w = vocab.words;
  return html`<tr>
    <th scope="col">${s.date}</th>
    <th scope="col">${w.event}</th>
    ${cols.leaders ? html`<th scope="col">${w.leaders}</th>` : nothing}
    ${cols.place ? html`<th scope="col">${w.place}</th>` : nothing}
    <th scope="col">${w.kind}</th>
    ${extra}
  </tr>`;
}
