// The detail card of the selected meeting: a Lit template, so the card and
// everything in it belong to Lit alone. Text from the data goes in as text;
// only http: and https: links are made, each named by its publisher.

import { html, nothing } from 'lit';
import type { Leader, Summit } from '../model/types.js';
import { isWebUrl } from '../model/url.js';
import { leaderNames } from '../format/describe.js';
import { formatLongDate } from '../format/dates.js';
import { describeSource } from '../format/publishers.js';
import { pick, strings, type Locale } from '../format/strings.js';

export interface DetailContext {
  leaders: ReadonlyMap<string, Leader>;
  locale: Locale;
  /** Which side of the plot the card opens on: away from its mark. */
  side: 'left' | 'right';
  onClose: () => void;
}

export function renderDetail(event: Summit, ctx: DetailContext) {
  const { locale } = ctx;
  const s = strings(locale);
  const list = (items: string[]) => items.join(locale === 'ja' ? '、' : ', ');
  const links = (event.sources ?? []).filter(isWebUrl);
  const when =
    event.end && event.end !== event.date
      ? `${formatLongDate(event.date, locale)} – ${formatLongDate(event.end, locale)}`
      : formatLongDate(event.date, locale);
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
    <h2 id="detail-title">${pick(event.title, locale)}</h2>
    <p class="date"><time datetime=${event.date}>${when}</time></p>
    <button class="close" part="button" aria-label=${s.close} title=${s.close} @click=${ctx.onClose}>×</button>
    <dl>
      <dt>${s.leaders}</dt>
      <dd class="leaders">${leaderNames(event, ctx.leaders, locale)}${event.others?.length
          ? `${locale === 'ja' ? '、' : ', '}${list(event.others.map((o) => pick(o, locale)))}`
          : nothing}</dd>
      <dt>${s.place}</dt>
      <dd class="place">${pick(event.place, locale)}</dd>
      <dt>${s.kind}</dt>
      <dd class="kind">${s.kinds[event.kind]}</dd>
      ${event.topics?.length
        ? html`<dt>${s.topics}</dt>
            <dd class="topics">${list(event.topics.map((t) => s.topicNames[t]))}</dd>`
        : nothing}
    </dl>
    ${event.summary ? html`<p class="summary">${pick(event.summary, locale)}</p>` : nothing}
    ${event.note ? html`<p class="note"><strong>${s.note}:</strong> ${pick(event.note, locale)}</p>` : nothing}
    ${links.length
      ? html`<h3 class="visually-hidden">${s.sources}</h3>
          <p>${s.sources}:</p>
          <ul class="sources">
            ${links.map((url) => html`<li><a href=${url} title=${url} target="_blank" rel="noopener noreferrer">${describeSource(url, locale).label}</a></li>`)}
          </ul>`
      : nothing}
  </section>`;
}
