// The element from a 320 px phone to a 1280 px laptop, measured with bounding
// boxes: term labels shorten and stay inside their terms, the toolbar and
// legend wrap inside the element, every mark stays inside the plot, and the
// panel sits below the chart in a narrow element and beside it in a wide one,
// never over it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import { geometry } from './boxes.js';

const SELECTED = '2025-02-07-ishiba-trump';
const WIDTHS = [320, 390, 768, 1280];
// Sub-pixel slack for rounding between engines.
const EPS = 0.5;

const root = (el: SummitTimeline) => el.shadowRoot!;
const q = (el: SummitTimeline, selector: string) => root(el).querySelector(selector)!;
const box = (e: Element) => e.getBoundingClientRect();

async function mount(width: number, selected?: string, locale = 'en'): Promise<SummitTimeline> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style=${`width: ${width}px`} locale=${locale}></summit-timeline>`);
  if (selected) el.selected = selected;
  await waitUntil(() => root(el).querySelectorAll('svg[part~="plot"] g.mark, svg[part~="plot"] g.cluster').length > 0 && root(el).querySelector('.term'), 'the plot never drew', { timeout: 8000 });
  if (selected) await waitUntil(() => root(el).querySelector('[part~="detail"]'), 'no panel');
  // The first frame may be drawn before the size observer reports the width the panel leaves.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - EPS && a.right <= b.right + EPS && a.top >= b.top - EPS && a.bottom <= b.bottom + EPS;
const overlaps = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS;
const fmt = (r: DOMRect) => `[${r.left.toFixed(1)}, ${r.top.toFixed(1)}, ${r.right.toFixed(1)}, ${r.bottom.toFixed(1)}]`;

for (const locale of ['en', 'ja']) {
  describe(`term labels (${locale})`, () => {
    for (const width of WIDTHS) {
      it(`at ${width} px stay inside their terms, and every term is named by its <title>`, async () => {
        const el = await mount(width, undefined, locale);
        const terms = [...root(el).querySelectorAll<SVGGElement>('.term')];
        expect(terms.length).to.be.greaterThan(3);
        const wrong: string[] = [];
        let shown = 0;
        for (const term of terms) {
          const title = term.querySelector('title')?.textContent ?? '';
          if (!title || title !== term.getAttribute('aria-label')) wrong.push(`${term.dataset.leader}: title "${title}"`);
          const label = term.querySelector<SVGTextElement>('.term-label')!;
          if (!label.textContent) continue;
          shown++;
          const [text, bar] = [geometry(label), geometry(term.querySelector<SVGRectElement>('.term-bar')!)];
          // Across, the text's box must fit the bar; up and down its box is the font's line
          // (17 px for CJK in Firefox) rather than the ink, so its middle must be the bar's.
          const across = text.left >= bar.left - EPS && text.right <= bar.right + EPS;
          const centred = Math.abs((text.top + text.bottom) / 2 - (bar.top + bar.bottom) / 2) <= 1.5;
          if (!across || !centred) wrong.push(`${term.dataset.leader} "${label.textContent}" ${fmt(text)} outside ${fmt(bar)}`);
        }
        expect(wrong).to.deep.equal([]);
        expect(shown, 'some term is labelled').to.be.greaterThan(0);
      });
    }
  });
}

describe('term labels shorten rather than vanish', () => {
  it('at 390 px, names some terms by surname or initials that have no room for the full name', async () => {
    const el = await mount(390);
    const labels = [...root(el).querySelectorAll<SVGGElement>('.term')].map((t) => ({ full: t.getAttribute('aria-label')!.split(',')[0]!, shown: t.querySelector('.term-label')!.textContent! }));
    const shortened = labels.filter((l) => l.shown && l.shown !== l.full);
    expect(shortened.length, JSON.stringify(labels)).to.be.greaterThan(0);
    for (const l of shortened) expect(l.full.endsWith(l.shown) || l.shown === l.full.split(' ').map((w) => w[0]).join(''), `${l.shown} from ${l.full}`).to.equal(true);
  });
});

describe('at 320 px, the toolbar and legend', () => {
  it('wrap inside the element: nothing sticks out of its box, and nothing scrolls sideways', async () => {
    const el = await mount(320, SELECTED);
    const host = box(el);
    const outside = [...root(el).querySelectorAll('.toolbar, .toolbar *, .legend, .legend *')]
      .filter((e) => !(e instanceof SVGElement) || e.matches('svg'))
      .filter((e) => !inside(box(e), host))
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${fmt(box(e))}`);
    expect(outside, `host ${fmt(host)}`).to.deep.equal([]);
    const frame = q(el, '.frame') as HTMLElement;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
    // The legend wraps onto more than one line rather than running off.
    const items = [...root(el).querySelectorAll('.legend li')].map((li) => Math.round(box(li).top));
    expect(new Set(items).size).to.be.greaterThan(1);
  });

  it('take their extra lines from below the chart, not from the plot: the plot keeps --summit-height less 100 px', async () => {
    for (const width of [320, 390]) {
      const el = await mount(width, SELECTED);
      const plot = box(q(el, '.plot'));
      expect(plot.height, `plot at ${width} px`).to.be.closeTo(260, 1);
      // The chart grew instead, and the legend's wrapped lines sit under the overview, inside the chart.
      expect(box(q(el, '.legend')).top).to.be.at.least(box(q(el, '.overview-slot')).bottom - EPS);
      expect(inside(box(q(el, '.legend')), box(q(el, '.chart')))).to.equal(true);
    }
  });
});

for (const width of WIDTHS) {
  describe(`the panel at ${width} px`, () => {
    it('leaves every mark inside the plot, between the bands', async () => {
      const el = await mount(width, SELECTED);
      const plot = box(q(el, 'svg[part~="plot"]'));
      const bars = [...root(el).querySelectorAll('.band')].map((b) => box(b));
      const [top, bottom] = [bars[0]!.bottom, bars.at(-1)!.top];
      const wrong: string[] = [];
      const items = [...root(el).querySelectorAll<SVGGraphicsElement>('svg[part~="plot"] :is(.mark-shape, .cluster-shape)')];
      expect(items.length).to.be.greaterThan(5);
      for (const shape of items) {
        const b = geometry(shape);
        const id = shape.closest('[data-id], [data-key]')!.getAttribute('data-id') ?? 'cluster';
        if (!inside(b, plot)) wrong.push(`${id} ${fmt(b)} outside the plot ${fmt(plot)}`);
        else if (b.top < top - EPS || b.bottom > bottom + EPS) wrong.push(`${id} ${fmt(b)} over a band (${top.toFixed(1)}–${bottom.toFixed(1)})`);
      }
      expect(wrong).to.deep.equal([]);
    });

    it('shows every axis label whole, inside the plot', async () => {
      const el = await mount(width, SELECTED);
      const plot = box(q(el, 'svg[part~="plot"]'));
      const labels = [...root(el).querySelectorAll<SVGTextElement>('.axis .tick text')];
      expect(labels.length).to.be.greaterThan(1);
      const cut = labels.map((t) => [t.textContent, geometry(t)] as const).filter(([, b]) => b.left < plot.left - EPS || b.right > plot.right + EPS);
      expect(cut.map(([text, b]) => `${text} ${fmt(b)} in ${fmt(plot)}`)).to.deep.equal([]);
    });

    it('lays out its contents one after another, none over another', async () => {
      const el = await mount(width, SELECTED);
      const parts = [...q(el, '[part~="detail"]').children].filter((c) => !c.matches('.visually-hidden') && box(c).height > 0);
      expect(parts.map((p) => p.tagName.toLowerCase())).to.include.members(['h2', 'dl', 'p', 'ul']);
      const over: string[] = [];
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) if (overlaps(box(parts[i]!), box(parts[j]!))) over.push(`${parts[i]!.tagName}.${parts[i]!.className} over ${parts[j]!.tagName}.${parts[j]!.className}`);
      }
      expect(over).to.deep.equal([]);
    });

    it(`${width >= 1100 ? 'sits beside' : 'sits below'} the chart, never over it, inside the element`, async () => {
      const el = await mount(width, SELECTED);
      const [host, chart, plot, panel] = [box(el), box(q(el, '.chart')), box(q(el, 'svg[part~="plot"]')), box(q(el, '[part~="detail"]'))];
      expect(overlaps(panel, plot), `panel ${fmt(panel)} over plot ${fmt(plot)}`).to.equal(false);
      expect(overlaps(panel, chart), `panel ${fmt(panel)} over chart ${fmt(chart)}`).to.equal(false);
      expect(panel.left).to.be.at.least(host.left - EPS);
      expect(panel.right).to.be.at.most(host.right + EPS);
      if (width >= 1100) {
        expect(panel.left).to.be.at.least(chart.right - EPS);
        expect(panel.top).to.be.lessThan(chart.bottom);
        // The plot keeps most of the width.
        expect(plot.width).to.be.greaterThan(width * 0.6);
      } else {
        expect(panel.top).to.be.at.least(chart.bottom - EPS);
        expect(panel.width).to.be.closeTo(host.width, 2);
        expect(plot.width).to.be.closeTo(host.width, 2);
      }
    });
  });
}
