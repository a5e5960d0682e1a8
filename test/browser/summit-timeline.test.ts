import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { Summit, TimelineData } from '../../src/model/types.js';
import type { TimelineInput } from '../../src/model/input.js';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const DEFAULT = new URL('../../src/data/summits.json', import.meta.url).href;

async function small(): Promise<TimelineData> {
  return (await fetch(SMALL)).json();
}

function root(el: SummitTimeline): ShadowRoot {
  return el.shadowRoot!;
}

function marks(el: SummitTimeline): SVGGElement[] {
  return [...root(el).querySelectorAll<SVGGElement>('[part~="event"]')];
}

function mark(el: SummitTimeline, id: string): SVGGElement {
  const found = root(el).querySelector<SVGGElement>(`[part~="event"][data-id="${id}"]`);
  if (!found) throw new Error(`no mark ${id}`);
  return found;
}

/** The element's shadow-deep focused element. */
function focused(el: SummitTimeline): Element | null {
  return root(el).activeElement;
}

async function loaded(el: SummitTimeline): Promise<void> {
  await waitUntil(() => marks(el).length > 0, 'marks never appeared', { timeout: 5000 });
  await el.updateComplete;
}

async function withData(data: unknown, attrs = ''): Promise<SummitTimeline> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 900px"></summit-timeline>`);
  if (attrs) el.setAttribute('selected', attrs);
  // Tests hand over untrusted data on purpose: the element must take whatever a page sets.
  el.data = data as TimelineInput;
  await loaded(el);
  return el;
}

describe('<summit-timeline> with no data given', () => {
  it('draws the bundled US–Japan history: a mark per meeting and both bands', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1200px"></summit-timeline>`);
    const { detail } = await oneEvent(el, 'summit-load');
    await loaded(el);
    const data: TimelineData = await (await fetch(DEFAULT)).json();
    expect(detail.source).to.equal('default');
    expect(detail.count).to.equal(data.events.length);
    expect(detail.count).to.be.at.least(20);
    expect(marks(el).length).to.equal(data.events.length);
    expect(mark(el, '2025-02-07-ishiba-trump')).to.exist;

    const termNames = [...root(el).querySelectorAll('[part~="term"]')].map((t) => t.getAttribute('aria-label'));
    for (const name of ['Shinzo Abe', 'Yoshihide Suga', 'Fumio Kishida', 'Shigeru Ishiba', 'Barack Obama', 'Donald Trump', 'Joe Biden']) {
      expect(termNames.some((n) => n?.startsWith(name)), name).to.be.true;
    }
    const visible = [...root(el).querySelectorAll('.term-label')].map((t) => t.textContent);
    expect(visible).to.include('Shinzo Abe');
    expect(visible).to.include('Barack Obama');
  });

  it('is accessible (axe)', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1000px" selected="2025-02-07-ishiba-trump"></summit-timeline>`);
    await loaded(el);
    await expect(el).to.be.accessible();
  });
});

describe('data from src, data and inline JSON', () => {
  it('loads src and fires summit-load', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline src=${SMALL}></summit-timeline>`);
    const { detail } = await oneEvent(el, 'summit-load');
    expect(detail).to.deep.equal({ source: 'src', url: SMALL, count: 3, problems: [] });
    await loaded(el);
    expect(marks(el).map((m) => m.dataset.id)).to.have.members(['2016-05-27-abe-obama', '2019-05-26-abe-trump', '2025-02-07-ishiba-trump']);
  });

  it('says which URL failed and why, and keeps the last good render', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline src=${SMALL}></summit-timeline>`);
    await loaded(el);
    const missing = new URL('./fixtures/missing.json', import.meta.url).href;
    el.src = missing;
    const { detail } = await oneEvent(el, 'summit-error');
    expect(detail.url).to.equal(missing);
    expect(detail.message).to.equal(`Could not load ${missing}: the server answered 404 Not Found`);
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(`Could not load ${missing}`);
    expect(marks(el)).to.have.length(3);
  });

  it('aborts the previous request when src changes', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline></summit-timeline>`);
    const events: string[] = [];
    el.addEventListener('summit-load', (e) => events.push(e.detail.url!));
    el.src = DEFAULT;
    el.src = SMALL;
    await waitUntil(() => events.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).to.deep.equal([SMALL]);
  });

  it('rejects a document that is not timeline data with its path, keeping the last render', async () => {
    const el = await withData(await small());
    const error = oneEvent(el, 'summit-error');
    el.src = new URL('./fixtures/not-timeline.json', import.meta.url).href;
    el.data = undefined;
    const { detail } = await error;
    expect(detail.problems[0]!.path).to.equal('(root).meetings');
    expect(detail.problems[0]!.message).to.contain('is not a known field');
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('not-timeline.json is not timeline data');
    expect(alert).to.contain('(root).meetings');
    expect(marks(el)).to.have.length(3);
  });

  it('skips an invalid meeting, lists it in an alert, and draws the rest', async () => {
    const data = await small();
    (data.events[1] as unknown as Record<string, unknown>).date = '2019-13-01';
    const el = await withData(data);
    expect(marks(el)).to.have.length(2);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('events[1].date');
    expect(alert.textContent).to.contain('"2019-13-01" is not a calendar date');
  });

  it('accepts JSON text in the data property', async () => {
    const el = await withData(JSON.stringify(await small()));
    expect(marks(el)).to.have.length(3);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const data = await small();
    const el = await fixture<SummitTimeline>(
      html`<summit-timeline><script type="application/json">${JSON.stringify(data)}</script></summit-timeline>`,
    );
    await loaded(el);
    expect(marks(el)).to.have.length(3);
  });

  it('treats text from data as text and drops non-web links', async () => {
    const data = await small();
    data.events[2]!.title = { en: '<img src=x onerror="window.__pwned=1">Title' };
    data.events[2]!.summary = { en: '<script>window.__pwned=1</script>' };
    const el = await withData(data);
    mark(el, '2025-02-07-ishiba-trump').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const card = root(el).querySelector('[part~="detail"]')!;
    expect(card.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Title');
    expect(card.querySelector('img, script')).to.be.null;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/a', 'http://example.org/b']);
  });
});

describe('reading a meeting', () => {
  it('opens the detail card on click and fires summit-select with plain data', async () => {
    const el = await withData(await small());
    const selected = oneEvent(el, 'summit-select');
    mark(el, '2025-02-07-ishiba-trump').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail.id).to.equal('2025-02-07-ishiba-trump');
    expect((detail.event as Summit).date).to.equal('2025-02-07');
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('2025-02-07-ishiba-trump');
    const card = root(el).querySelector('[part~="detail"]')!;
    expect(card.getAttribute('role')).to.equal('dialog');
    expect(card.textContent).to.contain('Ishiba meets Trump');
    expect(card.textContent).to.contain('Friday, 7 February 2025');
    expect(card.textContent).to.contain('Shigeru Ishiba and Donald Trump');
    expect(card.textContent).to.contain('White House, Washington, D.C., United States');
    expect(card.textContent).to.contain('Working visit');
    expect(card.textContent).to.contain('Economy, security, North Korea and AI.');
    const link = card.querySelector('a')!;
    expect(link.rel).to.contain('noopener');
  });

  it('shows a tooltip on hover', async () => {
    const el = await withData(await small());
    mark(el, '2016-05-27-abe-obama').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('Obama visits Hiroshima');
  });

  it('closes with the close button and fires summit-select with null', async () => {
    const el = await withData(await small(), '2025-02-07-ishiba-trump');
    expect(root(el).querySelector('[part~="detail"]')).to.exist;
    const cleared = oneEvent(el, 'summit-select');
    root(el).querySelector<HTMLButtonElement>('.detail .close')!.click();
    expect((await cleared).detail).to.deep.equal({ id: null, event: null });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"]')).to.be.null;
    expect(el.hasAttribute('selected')).to.be.false;
  });
});

describe('keyboard', () => {
  it('is one tab stop; arrows move in time order; Enter opens; Escape closes and returns focus', async () => {
    const el = await withData(await small());
    const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    expect(tabbable[0]!.dataset.id).to.equal('2016-05-27-abe-obama');
    for (const m of marks(el)) expect(m.getAttribute('aria-label')).to.match(/^\d{1,2} \w+ \d{4}( – \d{1,2} \w+ \d{4})?: .+ and .+, .+\./);

    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    // The filter control (issue 12) arrives as a chunk; wait for it so the tab order is whole.
    await waitUntil(() => root(el).querySelector('[part~="filters"]'), 'the filter control never arrived');
    before.focus();
    // The filter control and four toolbar buttons, then the marks as a single stop, then out of the element.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('[part~="filters"] > summary'), 'filters').to.be.true;
    for (const name of ['list-toggle', 'zoom-in', 'zoom-out', 'reset']) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.classList.contains(name), name).to.be.true;
    }
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-id')).to.equal('2016-05-27-abe-obama');
    // Then the overview strip's slider (issue 9), one stop, the legend's toggle buttons (issue 12), and out of the element.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role')).to.equal('slider');
    const legend = [...root(el).querySelectorAll('[part~="legend"] button')];
    expect(legend).to.have.length(3);
    for (const button of legend) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 2 + legend.length; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('data-id')).to.equal('2016-05-27-abe-obama');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2019-05-26-abe-trump');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2025-02-07-ishiba-trump');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2019-05-26-abe-trump');
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.id)).to.deep.equal(['2019-05-26-abe-trump']);

    const selected = oneEvent(el, 'summit-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('2019-05-26-abe-trump');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"]')!.textContent).to.contain('State visit');
    expect(focused(el)?.matches('[part~="detail"]')).to.be.true;

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"]')).to.be.null;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2019-05-26-abe-trump');
    before.remove();
    after.remove();
  });

  it('? opens the list of keys, focused; ? or Escape closes it and focus goes back where it was', async () => {
    const el = await withData(await small());
    mark(el, '2016-05-27-abe-obama').focus();
    await sendKeys({ press: '?' });
    // The help is a chunk of its own: it may arrive a moment after the key.
    await waitUntil(() => root(el).querySelector('[part~="help"]'), 'the help never opened');
    await el.updateComplete;
    const help = root(el).querySelector<HTMLElement>('[part~="help"]')!;
    expect(help.getAttribute('role')).to.equal('dialog');
    expect(root(el).activeElement).to.equal(help);
    const keys = [...help.querySelectorAll('dt')].map((d) => d.textContent);
    expect(keys).to.include('Page Up, Page Down');
    expect(keys).to.include('Shift + ← →');
    expect(root(el).querySelector('.help-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="help"]')).to.be.null;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2016-05-27-abe-obama');

    // From the toolbar's button, focus goes back to the button.
    const button = root(el).querySelector<HTMLButtonElement>('.help-toggle')!;
    button.focus();
    button.click();
    await waitUntil(() => root(el).activeElement === root(el).querySelector('[part~="help"]'), 'the help did not take focus');
    await sendKeys({ press: '?' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="help"]')).to.be.null;
    expect(root(el).activeElement).to.equal(button);
  });

  it('pans a meeting into view when the arrow keys reach it', async () => {
    const el = await withData(await small());
    el.start = '2016-05-01';
    el.end = '2016-06-30';
    await el.updateComplete;
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['2016-05-27-abe-obama']);
    mark(el, '2016-05-27-abe-obama').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(el)?.getAttribute('data-id') === '2019-05-26-abe-trump', 'did not move to the next meeting');
  });
});

describe('view', () => {
  it('pans by moving one group: the marks that stay keep their own transform', async () => {
    const el = await withData(await (await fetch(DEFAULT)).json());
    el.zoomBy(3);
    await el.updateComplete;
    const pan = root(el).querySelector('g.marks > g.pan')!;
    // The x of a mark's own translate(x,y); y may change if rows are laid out again.
    const ownX = (m: Element) => m.getAttribute('transform')!.match(/^translate\(([-\d.]+),/)![1];
    const before = new Map(marks(el).map((m) => [m.dataset.id, ownX(m)]));
    const where = new Map(marks(el).map((m) => [m.dataset.id, m.getCTM()!.e]));
    // x - panX is the same before and after a pan, so nothing but the group is written.
    const groupBefore = pan.getAttribute('transform');
    marks(el)[0]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => pan.getAttribute('transform') !== groupBefore, 'the group did not move');
    await el.updateComplete;
    const stayed = marks(el).filter((m) => before.has(m.dataset.id));
    expect(stayed.length).to.be.greaterThan(3);
    for (const m of stayed) {
      expect(ownX(m), m.dataset.id).to.equal(before.get(m.dataset.id));
      // On screen every one moved by the same amount, the group's.
      expect(m.getCTM()!.e - where.get(m.dataset.id)!).to.be.closeTo(stayed[0]!.getCTM()!.e - where.get(stayed[0]!.dataset.id)!, 0.05);
    }
    expect(stayed[0]!.getCTM()!.e).not.to.be.closeTo(where.get(stayed[0]!.dataset.id)!, 1);
  });

  it('shows the start/end window and reports range changes from the zoom buttons', async () => {
    const el = await withData(await small());
    const range = oneEvent(el, 'summit-rangechange');
    el.start = '2019-01-01';
    el.end = '2019-12-31';
    expect((await range).detail).to.deep.equal({ start: '2019-01-01', end: '2019-12-31' });
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['2019-05-26-abe-trump']);

    const zoomed = oneEvent(el, 'summit-rangechange');
    root(el).querySelector<HTMLButtonElement>('.zoom-in')!.click();
    const { detail } = await zoomed;
    expect(detail.start > '2019-01-01').to.be.true;
    expect(detail.end < '2019-12-31').to.be.true;

    const reset = oneEvent(el, 'summit-rangechange');
    root(el).querySelector<HTMLButtonElement>('.reset')!.click();
    const all = (await reset).detail;
    expect(all.start < '2016-05-27').to.be.true;
    expect(all.end > '2025-02-07').to.be.true;
  });

  it('zooms with the mouse wheel', async () => {
    const el = await withData(await small());
    const svg = root(el).querySelector('svg')!;
    const before = mark(el, '2019-05-26-abe-trump').getAttribute('transform');
    const box = svg.getBoundingClientRect();
    const changed = oneEvent(el, 'summit-rangechange');
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true }));
    await changed;
    await el.updateComplete;
    expect(mark(el, '2019-05-26-abe-trump').getAttribute('transform')).not.to.equal(before);
  });

  it('fills its container and lays out again when the container resizes', async () => {
    await setViewport({ width: 1200, height: 800 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><summit-timeline></summit-timeline></div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    el.data = await small();
    await loaded(el);
    // getCTM, not getComputedStyle().transform: WebKit leaves an SVG transform attribute out of computed style.
    const x = () => mark(el, '2025-02-07-ishiba-trump').getCTM()!.e;
    const svgWidth = () => root(el).querySelector('svg')!.getBoundingClientRect().width;
    expect(el.getBoundingClientRect().width).to.equal(1000);
    // On a loaded machine the first ResizeObserver report can come after the first frame
    // (once it drew at 932 of 971 px): measure the layout once it holds still.
    let last = NaN;
    await waitUntil(async () => {
      const was = last;
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      last = x();
      return last === was;
    }, 'the mark never held still', { timeout: 3000 });
    const wide = x();
    wrapper.style.width = '500px';
    await waitUntil(() => Math.abs(x() - wide / 2) < 15, `mark did not move: ${x()} vs ${wide / 2} (svg ${svgWidth()} px)`, { timeout: 3000 });
    expect(svgWidth()).to.equal(500);
  });

  it('has a default height that CSS can change', async () => {
    const el = await withData(await small());
    expect(el.getBoundingClientRect().height).to.equal(360);
    el.style.setProperty('--summit-height', '480px');
    expect(el.getBoundingClientRect().height).to.equal(480);
  });
});

describe('list view and legend', () => {
  it('shows every meeting in a table, in time order, whose titles open the card', async () => {
    const el = await withData(await small());
    const toggle = root(el).querySelector<HTMLButtonElement>('.list-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // The list view is a chunk of its own: it may arrive a moment after the click.
    await waitUntil(() => root(el).querySelector('[part~="table"]'), 'the list view never opened');
    const rows = [...root(el).querySelectorAll('[part~="table"] tbody tr')];
    expect(rows.map((r) => (r as HTMLElement).dataset.id)).to.deep.equal(['2016-05-27-abe-obama', '2019-05-26-abe-trump', '2025-02-07-ishiba-trump']);
    expect(rows[2]!.textContent).to.contain('7 February 2025');
    expect(rows[2]!.textContent).to.contain('Shigeru Ishiba and Donald Trump');
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'summit-select');
    rows[1]!.querySelector('button')!.click();
    expect((await selected).detail.id).to.equal('2019-05-26-abe-trump');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"] h2')!.textContent).to.equal('State visit');
    root(el).querySelector<HTMLButtonElement>('.detail .close')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.closest('tr')?.getAttribute('data-id')).to.equal('2019-05-26-abe-trump');
  });

  it('explains the marks for the kinds the data uses', async () => {
    const el = await withData(await small());
    const items = [...root(el).querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['State visit', 'Working visit', 'Memorial visit']);
  });
});

describe('Japanese', () => {
  it('speaks Japanese with locale="ja": axis, bands, names, card', async () => {
    const el = await withData(await small(), '2025-02-07-ishiba-trump');
    el.locale = 'ja';
    await el.updateComplete;
    const r = root(el);
    expect([...r.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent)).to.include('2020年');
    expect(r.querySelector('.band-caption')!.textContent).to.equal('内閣総理大臣');
    expect(mark(el, '2025-02-07-ishiba-trump').getAttribute('aria-label')).to.equal('2025年2月7日：石破茂とドナルド・トランプ、ホワイトハウス。実務訪問。');
    const card = r.querySelector('[part~="detail"]')!;
    expect(card.querySelector('h2')!.textContent).to.equal('石破・トランプ会談');
    expect(card.querySelector('time')!.textContent).to.equal('2025年2月7日金曜日');
    expect(r.querySelector('.reset')!.textContent).to.equal('全体を表示');
  });

  it('follows the page language when no locale is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja-JP"><summit-timeline></summit-timeline></div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    el.data = await small();
    await loaded(el);
    expect(root(el).querySelector('.zoom-in')!.getAttribute('aria-label')).to.equal('拡大');
  });
});

describe('registration', () => {
  it('tolerates the define module being loaded twice', async () => {
    const first = customElements.get('summit-timeline');
    await import(`../../src/define.ts?again=${Date.now()}`);
    expect(customElements.get('summit-timeline')).to.equal(first);
  });
});
