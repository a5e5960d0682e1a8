// What only paper gets: after the chart, every event in the window as a row,
// its sources written out as full URLs (a printed link is only as good as the
// address beside it). Rendered by Lit while printing (controllers/print-controller.ts);
// hidden on screen by styles/print.ts. Only http: and https: sources are listed.

import { html, nothing } from 'lit';
import type { CalendarDate, Leader, Summit } from '../model/types.js';
import { isWebUrl } from '../model/url.js';
import { leaderNames } from '../format/describe.js';
import { formatSpan, formatSpokenDate } from '../format/dates.js';
import { pick, strings } from '../format/strings.js';
import { kindLabel, type Vocabulary } from '../format/vocabulary.js';
import { columnsOf, headRow } from './columns.js';

export interface PrintView {
  title: string;
  range: { start: CalendarDate; end: CalendarDate };
  /** The events in the range, in time order. */
  events: readonly Summit[];
  leaders: ReadonlyMap<string, Leader>;
  vocab: Vocabulary;
}

export function renderPrint({ title, range, events, leaders, vocab }: PrintView) {
  const s = strings(vocab.locale);
  const { lang, words: w } = vocab;
  const cols = columnsOf(events, leaders, vocab);
  return html`<section class="print">
    <h2>${title}</h2>
    <p>${s.showing(formatSpokenDate(range.start, lang), formatSpokenDate(range.end, lang), w.count(events.length))}</p>
    <table class="print-table">
      <thead>
        ${headRow(s, vocab, cols, html`<th scope="col">${s.sources}</th>`)}
      </thead>
      <tbody>
        ${events.map(
          (e) => html`<tr data-id=${e.id}>
            <td><time datetime=${e.date}>${formatSpan(e.date, e.end, lang)}</time></td>
            <td>${pick(e.title, lang)}</td>
            ${cols.leaders ? html`<td>${leaderNames(e, leaders, lang)}</td>` : nothing}
            ${cols.place ? html`<td>${pick(e.place, lang)}</td>` : nothing}
            <td>${kindLabel(vocab, e.kind)}</td>
            <td class="print-sources">${(e.sources ?? []).filter(isWebUrl).map((url) => html`<a href=${url}>${url}</a> `)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
