// The list view: every meeting as a table row, for screen readers, keyboard
// users and anyone who wants to scan rather than zoom. A Lit template, so the
// table belongs to Lit alone.

import { html } from 'lit';
import type { Leader, Summit } from '../model/types.js';
import { leaderNames } from '../format/describe.js';
import { formatSpan } from '../format/dates.js';
import { pick, strings, type Locale } from '../format/strings.js';

export function renderTable(
  events: readonly Summit[],
  leaders: ReadonlyMap<string, Leader>,
  locale: Locale,
  selected: string | null,
  onOpen: (id: string) => void,
) {
  const s = strings(locale);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${s.list}>
    <table>
      <thead>
        <tr>
          <th scope="col">${s.date}</th>
          <th scope="col">${s.meeting}</th>
          <th scope="col">${s.leaders}</th>
          <th scope="col">${s.place}</th>
          <th scope="col">${s.kind}</th>
        </tr>
      </thead>
      <tbody>
        ${events.map(
          (e) => html`<tr data-id=${e.id} aria-current=${e.id === selected ? 'true' : 'false'}>
            <td><time datetime=${e.date}>${formatSpan(e.date, e.end, locale)}</time></td>
            <td><button class="link" @click=${() => onOpen(e.id)}>${pick(e.title, locale)}</button></td>
            <td>${leaderNames(e, leaders, locale)}</td>
            <td>${pick(e.place, locale)}</td>
            <td>${s.kinds[e.kind]}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
