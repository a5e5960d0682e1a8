// The detail card of a meeting from the bundled history: sources named by
// their publisher, and notes in the reader's language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';

async function open(id: string, locale: string): Promise<Element> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1200px" locale=${locale} selected=${id}></summit-timeline>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]'), 'no card', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part~="detail"]')!;
}

describe('the detail card of a bundled meeting', () => {
  it('names its sources by publisher, not by path, and links each to its full URL', async () => {
    const card = await open('2025-02-07-ishiba-trump', 'en');
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(["Prime Minister's Office of Japan (English)", 'The Japan News (Yomiuri Shimbun)', 'tribune.net.ph']);
    expect(links[0]!.href).to.equal('https://japan.kantei.go.jp/103/statement/202502/07kyodo_kaiken.html');
    expect(links[0]!.title).to.equal(links[0]!.href);
  });

  it('speaks Japanese in locale="ja": the publishers and the note', async () => {
    const card = await open('2025-02-07-ishiba-trump', 'ja');
    const links = [...card.querySelectorAll('.sources a')].map((a) => a.textContent);
    expect(links[0]).to.equal('首相官邸（英語）');
    const note = card.querySelector('.note')!.textContent!;
    expect(note).to.contain('日本時間');
    expect(note).not.to.match(/[A-Za-z]{4,}/);
  });
});
