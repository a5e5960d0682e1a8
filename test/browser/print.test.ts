// Printing the element: the chart as drawn without what only a screen can use,
// then a table of every meeting in the window with its sources written out as
// URLs. The table exists only while printing (beforeprint to afterprint).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { Summit } from '../../src/model/types.js';
import { print } from '../../src/styles/print.js';
import { itExcept } from './engine.js';

const [START, END] = ['2017-01-01', '2018-12-31'];
const printMedia = itExcept(['firefox', 'webkit'], 'emulating print media needs CDP');

async function timeline(selected = ''): Promise<SummitTimeline> {
  // The default history: 84 meetings, each with its sources.
  const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1000px" start=${START} end=${END} selected=${selected || ''}></summit-timeline>`);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'marks never appeared', { timeout: 8000 });
  // The print chunk comes once the page is idle; it has come when its styles are in the shadow root.
  await waitUntil(() => el.shadowRoot!.adoptedStyleSheets.includes(print.styleSheet!), 'the print chunk never came', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const inWindow = (events: Summit[]) => events.filter((e) => e.date <= END && (e.end ?? e.date) >= START);
const rows = (el: SummitTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('.print-table tbody tr')];
const printNow = () => dispatchEvent(new Event('beforeprint'));
const printDone = () => dispatchEvent(new Event('afterprint'));

/** The element's @media print rules, applied as if the page were printing: every engine can run these. */
function applyPrintRules(el: SummitTimeline): () => void {
  const root = el.shadowRoot!;
  const inner = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
    .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
  expect(inner.length).to.be.greaterThan(5);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(inner.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => (root.adoptedStyleSheets = before);
}

const display = (node: Element | null | undefined) => (node ? getComputedStyle(node).display : 'absent');

describe('printing', () => {
  afterEach(() => printDone());

  it('after beforeprint, lists exactly the meetings in the window, each with its source URLs as text', async () => {
    const el = await timeline();
    expect(rows(el)).to.have.length(0);
    printNow();
    await el.updateComplete;
    const want = inWindow(el.events);
    expect(want.length).to.be.greaterThan(10);
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(want.map((e) => e.id));
    // Every mark whose centre is in the plot is in the table (marks just outside are drawn too, for a smooth pan).
    const plot = el.shadowRoot!.querySelector('svg[part~="plot"]')!.getBoundingClientRect();
    const drawn = [...el.shadowRoot!.querySelectorAll('[part~="event"]')]
      .filter((m) => {
        const r = m.getBoundingClientRect();
        return r.left + r.width / 2 >= plot.left && r.left + r.width / 2 <= plot.right;
      })
      .map((m) => m.getAttribute('data-id'));
    expect(drawn.length).to.be.greaterThan(0);
    for (const id of drawn) expect(want.map((e) => e.id)).to.include(id);
    for (const [row, event] of rows(el).map((r, i) => [r, want[i]!] as const)) {
      const text = row.querySelector('.print-sources')!.textContent!;
      const urls = (event.sources ?? []).filter((u) => /^https?:\/\//.test(u));
      expect(urls.length, event.id).to.be.greaterThan(0);
      for (const url of urls) expect(text, event.id).to.include(url);
      expect([...row.querySelectorAll('.print-sources a')].map((a) => a.getAttribute('href'))).to.deep.equal(urls);
      expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(event.date);
    }
    const caption = el.shadowRoot!.querySelector('.print p')!.textContent!;
    expect(caption).to.contain('1 January 2017').and.to.contain('31 December 2018').and.to.contain(`${want.length} meetings`);
  });

  it('follows the view: after a zoom, it lists the new window', async () => {
    const el = await timeline();
    el.setWindow('2017-02-01', '2017-02-28');
    await el.updateComplete;
    printNow();
    await el.updateComplete;
    const ids = rows(el).map((r) => r.dataset.id);
    expect(ids).to.deep.equal(el.events.filter((e) => e.date <= '2017-02-28' && (e.end ?? e.date) >= '2017-02-01').map((e) => e.id));
    expect(ids).to.include('2017-02-10-abe-trump');
  });

  it('has the table in the DOM as soon as beforeprint returns, before any microtask (window.print() runs its listeners so)', async () => {
    const el = await timeline();
    printNow();
    const count = rows(el).length;
    expect(count).to.equal(inWindow(el.events).length);
  });

  it('takes the table out again after afterprint, and never shows it on screen', async () => {
    const el = await timeline();
    printNow();
    expect(display(el.shadowRoot!.querySelector('.print'))).to.equal('none');
    printDone();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print')).to.equal(null);
  });

  it('leaves nothing listening once the element is gone', async () => {
    const el = await timeline();
    el.remove();
    printNow();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print')).to.equal(null);
  });

  it('in its print rules hides the toolbar, the summary, the tooltip, the help, the list view and the brush handles, and shows the table', async () => {
    const el = await timeline('2017-02-10-abe-trump');
    const root = el.shadowRoot!;
    (root.querySelector('.list-toggle') as HTMLButtonElement).click();
    (root.querySelector('.help-toggle') as HTMLButtonElement).click();
    // The list view and the help are a chunk of their own: they may arrive a moment after the clicks.
    await waitUntil(() => root.querySelector('.table-wrap') && root.querySelector('.help'), 'the list view and help never opened');
    expect(display(root.querySelector('.table-wrap'))).not.to.equal('none');
    expect(display(root.querySelector('.help'))).not.to.be.oneOf(['none', 'absent']);
    printNow();
    const restore = applyPrintRules(el);
    try {
      expect(display(root.querySelector('[part~="toolbar"]'))).to.equal('none');
      expect(display(root.querySelector('.summary'))).to.equal('none');
      expect(display(root.querySelector('.help'))).to.equal('none');
      expect(display(root.querySelector('.table-wrap'))).to.equal('none');
      for (const handle of root.querySelectorAll('.overview-brush .handle')) expect(display(handle)).to.equal('none');
      expect(display(root.querySelector('.print'))).to.equal('block');
      expect(display(root.querySelector('svg[part~="plot"]'))).not.to.equal('none');
      // A source link in the panel prints its address after its name.
      const link = root.querySelector<HTMLAnchorElement>('[part~="detail"] a[href]')!;
      // Chromium gives the resolved text; Firefox gives the value as written.
      const after = getComputedStyle(link, '::after').content;
      expect(after.includes(link.getAttribute('href')!) || /^" \(" attr\(href\) "\)"$/.test(after), after).to.equal(true);
    } finally {
      restore();
    }
  });

  it('scales the chart as drawn to the page: the plot keeps its drawing in a viewBox of its screen size', async () => {
    const el = await timeline();
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="plot"]')!;
    const screenSize = () => {
      const box = svg.getBoundingClientRect();
      return `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`;
    };
    // The size follows a resize one observer callback later (the legend and overview settle after the first frame).
    await waitUntil(() => svg.getAttribute('viewBox') === screenSize(), `viewBox ${svg.getAttribute('viewBox')} never matched ${screenSize()}`, { timeout: 3000 });
    el.style.width = '700px';
    await waitUntil(() => svg.getAttribute('viewBox') === screenSize() && screenSize().startsWith('0 0 700 '), `after a resize, viewBox ${svg.getAttribute('viewBox')} vs ${screenSize()}`, { timeout: 3000 });
  });

  printMedia('under print media: the toolbar is not displayed, the table is, with no beforeprint', async () => {
    const el = await timeline();
    await emulateMedia({ media: 'print' });
    try {
      // matchMedia's change event comes with the next rendering step.
      await waitUntil(() => rows(el).length > 0, 'no print table under print media', { timeout: 3000 });
      const root = el.shadowRoot!;
      expect(display(root.querySelector('[part~="toolbar"]'))).to.equal('none');
      expect(display(root.querySelector('.print'))).to.equal('block');
      expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(inWindow(el.events).map((e) => e.id));
      const svg = root.querySelector('svg[part~="plot"]')!.getBoundingClientRect();
      expect(svg.width).to.be.at.most(el.getBoundingClientRect().width + 0.5);
      // Paper is white: a dark theme prints in the light palette.
      // (emulateMedia cannot set both at once: each puppeteer call resets the other.)
      await executeServerCommand('emulate-forced-colors', { media: 'print', colorScheme: 'dark' });
      expect(matchMedia('print and (prefers-color-scheme: dark)').matches).to.equal(true);
      expect(getComputedStyle(el).getPropertyValue('--summit-color').trim()).to.equal('#1f2328');
      await executeServerCommand('emulate-forced-colors', { media: 'screen', colorScheme: 'dark' });
      expect(matchMedia('screen and (prefers-color-scheme: dark)').matches).to.equal(true);
      expect(getComputedStyle(el).getPropertyValue('--summit-color').trim()).to.equal('#e6edf3');
    } finally {
      await executeServerCommand('emulate-forced-colors', {});
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => rows(el).length === 0, 'the print table stayed after print media ended', { timeout: 3000 });
  });
});
