// The detail card of the selected event: a Lit template, so the card and
// everything in it belong to Lit alone. Text from the data goes in as text;
// only http: and https: links are made, each named by its publisher. Rows
// follow the data: no leaders, no leaders row; no place, no place row.

import { html, nothing } from 'lit';
import type { Leader, LocalizedText, Summit } from '../model/types.js';
import { isWebUrl } from '../model/url.js';
import { leaderNames } from '../format/describe.js';
import { formatLongDate } from '../format/dates.js';
import { describeSource } from '../format/publishers.js';
import { languageOf, pick, strings } from '../format/strings.js';
import { kindLabel, topicLabel, type Vocabulary } from '../format/vocabulary.js';

export interface DetailContext {
  leaders: ReadonlyMap<string, Leader>;
  vocab: Vocabulary;
  /** Which side of the plot the card opens on: away from its mark. */
  side: 'left' | 'right';
  onClose: () => void;
}

export function renderDetail(event: Summit, ctx: DetailContext) {
  const { vocab } = ctx;
  const { lang, words: w } = vocab;
  const s = strings(vocab.locale);
  const list = (items: string[]) => items.join(vocab.locale === 'ja' ? '、' : ', ');
  // Text that falls back to another language says which, for screen readers' pronunciation.
  const text = (t: LocalizedText | undefined) => html`<span lang=${languageOf(t, lang) ?? nothing}>${pick(t, lang)}</span>`;
  const links = (event.sources ?? []).filter(isWebUrl);
  const who = [leaderNames(event, ctx.leaders, lang), ...(event.others ?? []).map((o) => pick(o, lang))].filter(Boolean);
  const when =
    event.end && event.end !== event.date
      ? `${formatLongDate(event.date, lang)} – ${formatLongDate(event.end, lang)}`
      : formatLongDate(event.date, lang);
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    ctx.onClose();
  };
  return html`<section
    class=${ctx.side === 'left' ? 'detail left' : 'detail'}
    part="detail"
    role="dialog"
    aria-labelledby="detail-title"
    tabindex="-1"
    @keydown=${onKeydown}
  >
    <h2 id="detail-title">${text(event.title)}</h2>
    <p class="date"><time datetime=${event.date}>${when}</time></p>
    <button class="close" part="button" aria-label=${s.close} title=${s.close} @click=${ctx.onClose}>×</button>
    <dl>
      ${who.length ? html`<dt>${w.leaders}</dt><dd class="leaders">${list(who)}</dd>` : nothing}
      ${event.place ? html`<dt>${w.place}</dt><dd class="place">${text(event.place)}</dd>` : nothing}
      <dt>${w.kind}</dt>
      <dd class="kind">${kindLabel(vocab, event.kind)}</dd>
      ${event.topics?.length ? html`<dt>${w.topics}</dt><dd class="topics">${list(event.topics.map((t) => topicLabel(vocab, t)))}</dd>` : nothing}
    </dl>
    ${event.summary ? html`<p class="summary">${text(event.summary)}</p>` : nothing}
    ${event.note ? html`<p class="note"><strong>${s.note}:</strong> ${text(event.note)}</p>` : nothing}
    ${links.length
      ? html`<h3 class="visually-hidden">${s.sources}</h3>
          <p>${s.sources}:</p>
          <ul class="sources">
            ${links.map((url) => html`<li><a href=${url} title=${url} target="_blank" rel="noopener noreferrer">${describeSource(url, vocab.locale).label}</a></li>`)}
          </ul>`
      : nothing}
  </section>`;
}
