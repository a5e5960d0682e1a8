// The element in the user's palette: forced colours (Windows High Contrast)
// and dark mode, emulated in Chromium, checked on computed colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { TimelineData } from '../../src/model/types.js';
import type { TimelineInput } from '../../src/model/input.js';
import { buildSvg } from '../../src/export/export-image.js';
import { blend, contrast, parseColour } from '../unit/wcag.js';
import { engine, itExcept } from './engine.js';

// Switching forced colours or the colour scheme needs CDP, which only Chromium's launcher has here.
const cdpOnly = itExcept(['firefox', 'webkit'], 'emulating forced colours and prefers-color-scheme needs CDP');
const inChromium = (fn: () => Promise<unknown>) => () => (engine === 'chromium' ? fn() : undefined);

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const SELECTED = '2019-05-26-abe-trump';

// The small fixture with two of its meetings relabelled (test data, not
// history) so a solid and a hollow diamond share the plot.
async function data(): Promise<TimelineData> {
  const d: TimelineData = await (await fetch(SMALL)).json();
  d.events.find((e) => e.id === '2016-05-27-abe-obama')!.kind = 'sideline';
  d.events.find((e) => e.id === '2025-02-07-ishiba-trump')!.kind = 'president-elect';
  return d;
}

async function element(selected = SELECTED): Promise<SummitTimeline> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 900px" selected=${selected}></summit-timeline>`);
  el.data = (await data()) as TimelineInput;
  const drawn = () => {
    const r = el.shadowRoot!;
    return r.querySelector('g.mark') && r.querySelector('.term') && (!selected || r.querySelector(`g.mark[data-id="${selected}"].selected`));
  };
  await waitUntil(drawn, 'marks, bands or the selection never appeared', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const q = <E extends Element>(el: SummitTimeline, selector: string) => {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const style = (e: Element) => getComputedStyle(e);
const shapeOf = (el: SummitTimeline, id: string) => q(el, `g.mark[data-id="${id}"] .mark-shape`);

describe('in forced colours', () => {
  before(inChromium(() => executeServerCommand('emulate-forced-colors', { forcedColors: 'active' })));
  after(inChromium(() => executeServerCommand('emulate-forced-colors', {})));

  cdpOnly('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  cdpOnly('draws both bands in one system colour, with no brand red', async () => {
    const el = await element();
    const [japan, us] = [...el.shadowRoot!.querySelectorAll('.band')].map((b) => style(b.querySelector('.term-bar')!).fill);
    expect(japan).to.equal(us);
    expect(japan).to.not.equal('rgb(188, 0, 45)');
    const label = style(q(el, '.band .term-label')).fill;
    expect(contrast(parseColour(label), parseColour(japan!))).to.be.at.least(4.5);
  });

  cdpOnly('sets the selected mark apart by colour and by a ring; others keep one colour', async () => {
    const el = await element();
    const selected = style(shapeOf(el, SELECTED)).fill;
    const others = ['2016-05-27-abe-obama'].map((id) => style(shapeOf(el, id)).fill);
    expect(others.every((f) => f !== selected)).to.equal(true);
    const rings = el.shadowRoot!.querySelectorAll('.mark-ring');
    expect(rings.length).to.equal(1);
    expect(rings[0]!.closest('g.mark')!.getAttribute('data-id')).to.equal(SELECTED);
    const ring = style(rings[0]!);
    expect(ring.fill).to.equal('none');
    expect(ring.pointerEvents).to.equal('none');
    expect(ring.stroke).to.equal(selected);
  });

  cdpOnly('keeps hollow kinds hollow, so the two diamonds differ', async () => {
    const el = await element();
    const solid = style(shapeOf(el, '2016-05-27-abe-obama'));
    const hollow = style(shapeOf(el, '2025-02-07-ishiba-trump'));
    expect(hollow.fill).to.not.equal(solid.fill);
    expect(hollow.stroke).to.equal(solid.fill);
    expect(q(el, 'g.mark[data-id="2025-02-07-ishiba-trump"]').getAttribute('data-fill')).to.equal('hollow');
  });

  cdpOnly('gives the tooltip a visible border against the page', async () => {
    const el = await element('');
    q(el, 'g.mark[data-id="2016-05-27-abe-obama"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = style(q(el, '[part~="tooltip"]'));
    expect(tip.borderTopStyle).to.equal('solid');
    expect(parseFloat(tip.borderTopWidth)).to.be.at.least(1);
    expect(contrast(parseColour(tip.borderTopColor), parseColour(tip.backgroundColor))).to.be.at.least(3);
    expect(contrast(parseColour(tip.color), parseColour(tip.backgroundColor))).to.be.at.least(4.5);
  });

  cdpOnly('borders the detail card', async () => {
    const el = await element();
    const card = style(q(el, '[part~="detail"]'));
    expect(card.borderTopStyle).to.equal('solid');
    expect(contrast(parseColour(card.borderTopColor), parseColour(card.backgroundColor))).to.be.at.least(3);
  });
});

describe('in dark mode', () => {
  before(inChromium(() => emulateMedia({ colorScheme: 'dark' })));
  after(inChromium(() => emulateMedia({ colorScheme: 'light' })));

  cdpOnly('band names are at least 4.5:1 on both bands, odd and even terms', async () => {
    const el = await element();
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const background = parseColour(style(el).getPropertyValue('--summit-background'));
    const bars = [...el.shadowRoot!.querySelectorAll('.term')];
    expect(bars.length).to.be.at.least(2);
    for (const term of bars) {
      const bar = style(term.querySelector('.term-bar')!);
      const shown = blend(parseColour(bar.fill), background, Number(bar.opacity));
      const ratio = contrast(parseColour(style(term.querySelector('.term-label')!).fill), shown);
      expect(ratio, term.getAttribute('aria-label') ?? '').to.be.at.least(4.5);
    }
  });

  cdpOnly('the selected mark has its ring', async () => {
    const el = await element();
    const ring = style(q(el, `g.mark[data-id="${SELECTED}"] .mark-ring`));
    expect(contrast(parseColour(ring.stroke), parseColour(style(el).getPropertyValue('--summit-background')))).to.be.at.least(3);
  });
});

describe('the selection ring in an exported picture', () => {
  it('stays an unfilled outline round the selected mark', async () => {
    const el = await element();
    const { svg } = buildSvg(el);
    const rings = svg.querySelectorAll('.mark-ring');
    expect(rings.length).to.equal(1);
    expect(rings[0]!.getAttribute('fill')).to.equal('none');
    expect(rings[0]!.closest('.mark')!.getAttribute('data-id')).to.equal(SELECTED);
  });
});
