// axe-core over the element in each state a reader can meet: WCAG 2.2 A/AA and
// axe's best practices, shadow root included (axe walks open shadow roots of
// the context it is given). A violation fails the test with its rule, its
// help text and the nodes it found, so the report says what to fix.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
// axe-core is UMD: the side-effect import is what sets window.axe (a default import fails).
import 'axe-core';
import type * as Axe from 'axe-core';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { TimelineInput } from '../../src/model/input.js';
import { engine, itExcept } from './engine.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const MISSING = new URL('./fixtures/missing.json', import.meta.url).href;
const SELECTED = '2025-02-07-ishiba-trump';

// Switching the colour scheme or forced colours needs CDP, which only Chromium's launcher has here.
const cdpOnly = itExcept(['firefox', 'webkit'], 'emulating prefers-color-scheme and forced colours needs CDP');

async function violations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n    ')}`);
}

const root = (el: SummitTimeline) => el.shadowRoot!;
const drawn = (el: SummitTimeline) => root(el).querySelectorAll('g.mark').length > 0;

/**
 * The element inside a `<main>` of the given width (the page's landmark, as a
 * real page would give it), waited on until `ready` holds.
 */
async function mount(width: string, attrs: { selected?: string; locale?: string; src?: string } = {}, data?: unknown, ready = drawn): Promise<SummitTimeline> {
  const wrapper = await fixture<HTMLElement>(html`<main style=${`width: ${width}`}>
    <summit-timeline selected=${attrs.selected ?? ''} locale=${attrs.locale ?? 'en'} src=${attrs.src ?? ''}></summit-timeline>
  </main>`);
  const el = wrapper.querySelector('summit-timeline') as SummitTimeline;
  if (!attrs.selected) el.removeAttribute('selected');
  if (!attrs.src) el.removeAttribute('src');
  if (data !== undefined) el.data = data as TimelineInput;
  await waitUntil(() => ready(el), 'the element never reached the state under test', { timeout: 8000 });
  await el.updateComplete;
  // The panel's publisher names and the overview arrive a frame or two later; let them.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

async function expectClean(el: SummitTimeline): Promise<void> {
  const found = await violations(el);
  expect(found, `axe found:\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

describe('axe-core (WCAG 2.2 A/AA and best practice, inside the shadow root)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  // The check itself can fail: a nameless button put inside the shadow root is found.
  it('sees inside the shadow root', async () => {
    const el = await mount('1280px');
    const planted = root(el).querySelector('.toolbar')!.appendChild(document.createElement('button'));
    try {
      expect((await violations(el)).map((v) => v.split(' ')[0])).to.include('button-name');
    } finally {
      planted.remove();
    }
  });

  it('finds nothing in the default view', async () => {
    await expectClean(await mount('1280px'));
  });

  it('finds nothing with the panel open on a selected meeting', async () => {
    const el = await mount('1280px', { selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
    await expectClean(el);
  });

  it('finds nothing while a tooltip shows (a mark has focus)', async () => {
    const el = await mount('1280px');
    root(el).querySelector<SVGGElement>(`g.mark[data-id="${SELECTED}"]`)!.focus();
    await waitUntil(() => root(el).querySelector('[part~="tooltip"]:not([hidden])'), 'no tooltip');
    await el.updateComplete;
    await expectClean(el);
  });

  it('finds nothing while a tooltip shows (the pointer is over a mark)', async () => {
    const el = await mount('1280px');
    const mark = root(el).querySelector<SVGGElement>(`g.mark[data-id="${SELECTED}"] .mark-shape`)!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => root(el).querySelector('[part~="tooltip"]:not([hidden])'), 'no tooltip');
    await el.updateComplete;
    await expectClean(el);
  });

  it('finds nothing in the table view', async () => {
    const el = await mount('1280px');
    root(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
    await waitUntil(() => root(el).querySelector('[part~="table"]'), 'no table');
    await el.updateComplete;
    await expectClean(el);
  });

  it('finds nothing in locale="ja"', async () => {
    const el = await mount('1280px', { locale: 'ja', selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
    await expectClean(el);
  });

  describe('in dark mode', () => {
    before(async () => {
      if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
    });
    after(async () => {
      if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
    });
    cdpOnly('finds nothing, panel open', async () => {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const el = await mount('1280px', { selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
      await expectClean(el);
    });
  });

  it('finds nothing when src answers 404', async () => {
    const el = await mount('1280px', { src: MISSING }, undefined, (e) => Boolean(root(e).querySelector('[role="alert"]')?.textContent?.includes('404')));
    await expectClean(el);
  });

  it('finds nothing when the data is not timeline data (the problem list shows)', async () => {
    const bad = { leaders: [{ id: 'x' }], events: [{ id: 1, date: 'soon' }, { date: '2020-13-01' }] };
    const el = await mount('1280px', {}, bad, (e) => Boolean(root(e).querySelector('[role="alert"]')?.textContent));
    await expectClean(el);
  });

  it('finds nothing with an empty data set', async () => {
    const el = await mount('1280px', {}, { leaders: [], events: [] }, (e) => Boolean(root(e).querySelector('[role="status"]')?.textContent?.trim()));
    await expectClean(el);
  });

  it('finds nothing at 320 px wide, panel open', async () => {
    const el = await mount('320px', { selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
    await expectClean(el);
  });

  // 400% page zoom on a 1280 × 720 window leaves 320 × 180 CSS px: emulated by a
  // viewport of that size (where the engine can shrink its window that far; WebKitGTK's
  // stays wider) and, in every engine, by a container 1280 / 4 = 320 CSS px wide.
  it('finds nothing at 400% page zoom (320 × 180 CSS px), panel open', async () => {
    await setViewport({ width: 320, height: 180 });
    const el = await mount('320px', { selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectClean(el);
  });

  describe('in forced colours', () => {
    before(async () => {
      if (engine === 'chromium') await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
    });
    after(async () => {
      if (engine === 'chromium') await executeServerCommand('emulate-forced-colors', {});
    });
    cdpOnly('finds nothing, panel open', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount('1280px', { selected: SELECTED }, undefined, (e) => drawn(e) && Boolean(root(e).querySelector('[part~="detail"]')));
      await expectClean(el);
    });
  });

  it('finds nothing with small data of its own (src)', async () => {
    const el = await mount('900px', { src: SMALL });
    await expectClean(el);
  });
});
