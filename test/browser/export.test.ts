// exportImage on a real element: the SVG is a standalone picture of what is
// shown (the marks in view, the title, the legend, the theme's colours), and
// the PNG has the size asked for and the marks painted where they are.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { policyFrame, type PolicyWindow } from './policy-frame.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import { exportImage } from '../../src/export/export-image.js';
import { itExcept } from './engine.js';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const PAGE = new URL('./fixtures/export-csp-page.ts', import.meta.url).href;

async function timeline(patch: (data: Record<string, unknown>) => void = () => {}): Promise<SummitTimeline> {
  const data = await (await fetch(SMALL)).json();
  patch(data);
  const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 800px"></summit-timeline>`);
  el.data = data;
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'marks never appeared', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function svgOf(el: SummitTimeline, options: { title?: string; background?: string } = {}) {
  const blob = await exportImage(el.shadowRoot!, { format: 'svg', ...options });
  const text = await blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { blob, text, doc, svg: doc.documentElement };
}

const plotSize = (el: SummitTimeline) => el.shadowRoot!.querySelector('svg[part~="plot"]')!.getBoundingClientRect();
const ids = (root: ParentNode) => [...root.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id')).sort();

describe('exportImage({ format: "svg" })', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is a parseable, standalone SVG with one mark per visible mark, the title and the legend', async () => {
    const el = await timeline((d) => (d.title = 'Three meetings'));
    const { blob, text, doc, svg } = await svgOf(el);
    expect(blob.type).to.equal('image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(ids(doc)).to.deep.equal(ids(el.shadowRoot!)).and.to.have.length(3);
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).to.include('Three meetings');
    expect(doc.querySelector('title')!.textContent).to.equal('Three meetings');
    const legend = [...el.shadowRoot!.querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.trim());
    expect(legend.length).to.be.greaterThan(0);
    for (const entry of legend) expect(words).to.include(entry);
    // Each legend entry keeps its swatch.
    expect(doc.querySelectorAll('.legend g.mark').length).to.equal(legend.length);
    // The leaders' names on the bands are there as text too.
    expect(words).to.include('Shinzo Abe');
    // Self-contained: no custom property, no currentColor, no class-only styling left to resolve.
    expect(text).not.to.match(/var\(|currentcolor/i);
    const width = Math.round(plotSize(el).width);
    expect(Number(svg.getAttribute('width'))).to.equal(width);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${width} ${svg.getAttribute('height')}`);
  });

  it('takes the element itself as well as its shadow root', async () => {
    const el = await timeline();
    const text = await (await exportImage(el, { format: 'svg' })).text();
    expect(text).to.equal(await (await exportImage(el.shadowRoot!, { format: 'svg' })).text());
  });

  it('draws only the marks in the current view', async () => {
    const el = await timeline();
    el.setWindow('2016-01-01', '2017-01-01');
    await waitUntil(() => ids(el.shadowRoot!).length === 1, 'the window did not narrow', { timeout: 3000 });
    const { doc } = await svgOf(el);
    expect(ids(doc)).to.deep.equal(['2016-05-27-abe-obama']);
  });

  itExcept(['firefox', 'webkit'], 'switching prefers-color-scheme needs CDP, which Firefox over BiDi and WebKit over WebDriver lack')(
    'writes the colours as displayed: the mark colour of its kind, and the dark theme when it is shown',
    async () => {
      const el = await timeline();
      const live = el.shadowRoot!.querySelector('[data-id="2016-05-27-abe-obama"] path')!;
      const light = await svgOf(el);
      expect(light.doc.querySelector('[data-id="2016-05-27-abe-obama"] path')!.getAttribute('fill')).to.equal(getComputedStyle(live).fill);
      expect(light.doc.querySelector('rect.background')!.getAttribute('fill')).to.equal('rgb(255, 255, 255)');

      await emulateMedia({ colorScheme: 'dark' });
      const dark = await svgOf(el);
      expect(dark.doc.querySelector('rect.background')!.getAttribute('fill')).to.equal('rgb(13, 17, 23)');
      // --summit-memorial-color in the dark theme
      expect(dark.doc.querySelector('[data-id="2016-05-27-abe-obama"] path')!.getAttribute('fill')).to.equal('rgb(210, 153, 34)');
    },
  );

  it('takes a title and a background, and never parses markup from them or from the data', async () => {
    const el = await timeline((d) => (d.title = '<img src=x onerror="window.__pwned=1">'));
    const own = await svgOf(el, { title: 'Mine & <b>yours</b>', background: 'rgb(1, 2, 3)' });
    expect(own.doc.querySelector('title')!.textContent).to.equal('Mine & <b>yours</b>');
    expect(own.doc.querySelector('rect.background')!.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
    const fromData = await svgOf(el);
    expect(fromData.doc.querySelector('title')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(fromData.doc.querySelector('img, b, parsererror')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fails clearly when nothing is drawn yet', async () => {
    const div = document.createElement('div');
    div.attachShadow({ mode: 'open' });
    let error: Error | null = null;
    await exportImage(div.shadowRoot!, { format: 'svg' }).catch((e: Error) => (error = e));
    expect(error!.message).to.contain('no plot');
  });
});

describe('exportImage({ format: "png" })', () => {
  for (const scale of [1, 2]) {
    it(`decodes to the picture's size times ${scale}, with the marks painted in their colours`, async () => {
      const el = await timeline();
      const blob = await exportImage(el.shadowRoot!, { format: 'png', scale });
      expect(blob.type).to.equal('image/png');
      const { svg } = await svgOf(el);
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(Math.round(plotSize(el).width) * scale);
      expect(bitmap.height).to.equal(Number(svg.getAttribute('height')) * scale);

      // The pixel under a mark's centre is the mark's colour.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const frame = el.shadowRoot!.querySelector('[part~="frame"]')!.getBoundingClientRect();
      const mark = el.shadowRoot!.querySelector('[data-id="2019-05-26-abe-trump"] path')!;
      const box = mark.getBoundingClientRect();
      const [x, y] = [(box.left + box.width / 2 - frame.left) * scale, (box.top + box.height / 2 - frame.top) * scale];
      const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      expect(`rgb(${r}, ${g}, ${b})`).to.equal(getComputedStyle(mark).fill);
    });
  }

  it('refuses a scale that is not a positive number', async () => {
    const el = await timeline();
    for (const scale of [0, -1, NaN, Infinity]) {
      let error: Error | null = null;
      await exportImage(el.shadowRoot!, { format: 'png', scale }).catch((e: Error) => (error = e));
      expect(error, String(scale)).to.be.instanceOf(RangeError);
    }
  });
});

type Frame = PolicyWindow & { png: () => Promise<Blob> };

async function framed(csp: string): Promise<{ win: Frame; width: number; remove: () => void }> {
  const { win, doc, remove } = await policyFrame<Frame>(csp, PAGE, `<summit-timeline src="${SMALL}"></summit-timeline>`, 900);
  const el = doc.querySelector('summit-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 3, 'no marks', { timeout: 5000 });
  const width = Math.round(el.shadowRoot!.querySelector('svg[part~="plot"]')!.getBoundingClientRect().width);
  return { win, width, remove };
}

describe('exportImage under a Content-Security-Policy', () => {
  const STRICT = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

  it('makes a PNG with no violation when img-src allows blob:', async () => {
    const { win, width, remove } = await framed(`${STRICT}; img-src 'self' blob:`);
    try {
      const bitmap = await createImageBitmap(await win.png());
      expect(bitmap.width).to.equal(width * 2);
      expect(win.violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('says what the policy needs when img-src does not allow blob:', async () => {
    const { win, remove } = await framed(STRICT);
    try {
      let error: Error | null = null;
      await win.png().catch((e: Error) => (error = e));
      expect(error!.message).to.contain('img-src blob:');
    } finally {
      remove();
    }
  });
});
