// Filters by kind, leader and topic: the attributes, the legend's toggle
// buttons and the filter control; what they leave in the marks, the keyboard
// order, the table, the counts and the live region; and with clustering.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { SummitFilterChangeEvent } from '../../src/events.js';
import type { Summit, TimelineData } from '../../src/model/types.js';
import type { TimelineInput } from '../../src/model/input.js';
import { itExcept } from './engine.js';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const HISTORY = new URL('../../src/data/summits.json', import.meta.url).href;

const json = async (url: string): Promise<TimelineData> => (await fetch(url)).json();
const root = (el: SummitTimeline) => el.shadowRoot!;
const markIds = (el: SummitTimeline) => [...root(el).querySelectorAll<SVGGElement>('g.marks g.mark')].map((m) => m.dataset.id!);
const clusters = (el: SummitTimeline) =>
  [...root(el).querySelectorAll<SVGGElement>('g.marks g.cluster')].map((c) => ({ key: c.dataset.key!, count: Number(c.querySelector('text')!.textContent!.slice(1)) }));
const focused = (el: SummitTimeline) => root(el).activeElement;
const live = (el: SummitTimeline) => root(el).querySelector('.live')!.textContent!.trim();
const legendButtons = (el: SummitTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="legend"] button')];
const legendButton = (el: SummitTimeline, label: RegExp) => {
  const found = legendButtons(el).find((b) => label.test(b.textContent!));
  if (!found) throw new Error(`no legend entry ${label}`);
  return found;
};
/** In time order, ties by id: the element's order. */
const sorted = (events: Summit[]) => [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)).map((e) => e.id);

async function element(data: TimelineData, attrs: Record<string, string> = {}, width = 900): Promise<SummitTimeline> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style=${`width: ${width}px`}></summit-timeline>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as TimelineInput;
  await waitUntil(() => root(el).querySelector('g.marks g.mark, g.marks g.cluster, .no-match'), 'nothing was drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Every meeting the plot shows: marks by id, and the meetings counted in clusters. */
function drawn(el: SummitTimeline): { ids: string[]; total: number } {
  const ids = markIds(el);
  return { ids, total: ids.length + clusters(el).reduce((n, c) => n + c.count, 0) };
}

/** The filter as the reader sees it: the events, the table, the marks and clusters, all the same meetings. */
async function expectShown(el: SummitTimeline, expected: string[]): Promise<void> {
  expect(el.events.map((e) => e.id)).to.deep.equal(expected);
  const { ids, total } = drawn(el);
  expect(total, 'marks and cluster counts').to.equal(expected.length);
  for (const id of ids) expect(expected, `mark ${id}`).to.include(id);
  const toggle = root(el).querySelector<HTMLButtonElement>('.list-toggle')!;
  toggle.click();
  // The list view is a chunk of its own: it may arrive a moment after the click.
  await waitUntil(() => root(el).querySelector('[part~="table"]'), 'the list view never opened');
  const rows = [...root(el).querySelectorAll<HTMLElement>('[part~="table"] tbody tr')].map((r) => r.dataset.id);
  expect(rows, 'table rows').to.deep.equal(expected);
  toggle.click();
  await el.updateComplete;
}

describe('filters by attribute', () => {
  it('kinds: only meetings of those kinds, in every view; reflected', async () => {
    const data = await json(HISTORY);
    const el = await element(data, { kinds: 'state-visit official-visit' });
    const expected = sorted(data.events.filter((e) => e.kind === 'state-visit' || e.kind === 'official-visit'));
    expect(expected.length).to.equal(6);
    await expectShown(el, expected);
    el.kinds = 'memorial';
    await el.updateComplete;
    expect(el.getAttribute('kinds')).to.equal('memorial');
    await expectShown(el, sorted(data.events.filter((e) => e.kind === 'memorial')));
  });

  it('leaders: a meeting with any of them', async () => {
    const data = await json(HISTORY);
    const el = await element(data, { leaders: 'kishida biden' });
    const expected = sorted(data.events.filter((e) => e.leaders.includes('kishida') || e.leaders.includes('biden')));
    expect(expected.length).to.be.within(20, 40);
    await expectShown(el, expected);
  });

  it('topics: from the data, a meeting with any of them', async () => {
    const data = await json(HISTORY);
    const el = await element(data, { topics: 'history health' });
    const expected = sorted(data.events.filter((e) => e.topics?.includes('history') || e.topics?.includes('health')));
    expect(expected.length).to.be.greaterThan(3);
    await expectShown(el, expected);
  });

  it('an author’s own topics', async () => {
    const el = await element({
      topics: [{ id: 'moon', label: { en: 'The Moon' } }, { id: 'mars', label: { en: 'Mars' } }],
      kinds: [{ id: 'launch', label: { en: 'Launch' }, shape: 'triangle' }],
      events: [
        { id: 'a', date: '1969-07-16', kind: 'launch', title: { en: 'Apollo 11' }, topics: ['moon'] },
        { id: 'b', date: '1975-08-20', kind: 'launch', title: { en: 'Viking 1' }, topics: ['mars'] },
        { id: 'c', date: '1972-12-07', kind: 'launch', title: { en: 'Apollo 17' }, topics: ['moon'] },
      ],
    } as unknown as TimelineData, { topics: 'moon' });
    await expectShown(el, ['a', 'c']);
  });

  it('and across axes, or within one', async () => {
    const data = await json(HISTORY);
    const el = await element(data, { kinds: 'working-visit official-visit', leaders: 'abe', topics: 'north-korea' });
    const expected = sorted(
      data.events.filter((e) => ['working-visit', 'official-visit'].includes(e.kind) && e.leaders.includes('abe') && e.topics?.includes('north-korea')),
    );
    expect(expected.length).to.be.greaterThan(0);
    await expectShown(el, expected);
    expect(root(el).querySelector('.summary')!.textContent).to.contain(`${expected.length} of 84 meetings shown`);
  });

  it('ignores ids the data does not know, rather than blank the chart', async () => {
    const data = await json(SMALL);
    const el = await element(data, { kinds: 'no-such-kind', leaders: 'trump nobody' });
    await expectShown(el, ['2019-05-26-abe-trump', '2025-02-07-ishiba-trump']);
    expect(el.getAttribute('kinds'), 'the attribute is the page’s: left as set').to.equal('no-such-kind');
  });

  it('a filter that leaves nothing says so, keeps the axis and bands, and offers to clear it', async () => {
    const data = await json(SMALL);
    const el = await element(data, { kinds: 'virtual' });
    const status = root(el).querySelector('.no-match')!;
    expect(status.textContent).to.contain('No meetings match the filter');
    expect(markIds(el)).to.deep.equal([]);
    expect(root(el).querySelectorAll('g.axis .tick').length, 'axis ticks').to.be.greaterThan(0);
    expect(root(el).querySelectorAll('.term').length, 'terms').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    const clear = status.querySelector<HTMLButtonElement>('button')!;
    clear.focus();
    clear.click();
    expect((await changed).detail).to.deep.equal({ kinds: [], leaders: [], topics: [], count: 3 });
    await el.updateComplete;
    expect(el.hasAttribute('kinds')).to.equal(false);
    expect(markIds(el)).to.have.length(3);
    expect(root(el).querySelector('.no-match')).to.equal(null);
    // The button is gone; focus goes to the meetings it brought back, not to the page.
    await waitUntil(() => focused(el)?.matches('g.mark[tabindex="0"]'), 'focus was not handed to the tab stop');
  });
});

describe('the legend as toggle buttons', () => {
  it('filters by kind on click, says so, fires summit-filterchange, and clears on a second click', async () => {
    const data = await json(HISTORY);
    const el = await element(data);
    const list = root(el).querySelector('[part~="legend"]')!;
    expect(list.getAttribute('aria-label')).to.match(/filter/i);
    const buttons = legendButtons(el);
    expect(buttons.length).to.be.greaterThan(3);
    for (const b of buttons) expect(b.getAttribute('aria-pressed')).to.equal('false');

    const star = legendButton(el, /State visit/);
    const changed = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    star.click();
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ kinds: ['state-visit'], leaders: [], topics: [], count: 2 });
    await el.updateComplete;
    expect(el.kinds).to.equal('state-visit');
    expect(el.getAttribute('kinds')).to.equal('state-visit');
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.equal('2 of 84 meetings shown');
    await expectShown(el, sorted(data.events.filter((e) => e.kind === 'state-visit')));

    // An entry standing for several kinds that look alike toggles them all.
    const circles = legendButton(el, /Working visit/);
    const both = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    circles.click();
    const kinds = (await both).detail.kinds;
    expect(kinds[0]).to.equal('state-visit');
    expect(kinds).to.include.members(['official-visit', 'working-visit']);
    await el.updateComplete;

    const again = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    star.click();
    expect((await again).detail.kinds).not.to.include('state-visit');
    circles.click();
    await el.updateComplete;
    expect(el.hasAttribute('kinds')).to.equal(false);
    expect(live(el)).to.equal('84 of 84 meetings shown');
    expect(el.events).to.have.length(84);
  });

  it('works from the keyboard', async () => {
    const el = await element(await json(SMALL));
    const memorial = legendButton(el, /Memorial/);
    memorial.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.kinds).to.equal('memorial');
    expect(markIds(el)).to.deep.equal(['2016-05-27-abe-obama']);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.kinds).to.equal(null);
    expect(markIds(el)).to.have.length(3);
  });

  it('follows the attribute, and a page’s own change fires nothing', async () => {
    const el = await element(await json(SMALL));
    let fired = 0;
    el.addEventListener('summit-filterchange', () => fired++);
    el.setAttribute('kinds', 'memorial working-visit');
    await el.updateComplete;
    expect(legendButton(el, /Memorial/).getAttribute('aria-pressed')).to.equal('true');
    expect(legendButton(el, /Working visit/).getAttribute('aria-pressed')).to.equal('true');
    expect(legendButton(el, /State visit/).getAttribute('aria-pressed')).to.equal('false');
    // Still said: the reader sees the chart change either way.
    expect(live(el)).to.equal('2 of 3 meetings shown');
    el.kinds = null;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  const cdpOnly = itExcept(['firefox', 'webkit'], 'emulating forced colours needs CDP');
  cdpOnly('shows pressed in forced colours with the system highlight', async () => {
    await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
    try {
      const el = await element(await json(SMALL), { kinds: 'memorial' });
      const [on, off] = [legendButton(el, /Memorial/), legendButton(el, /State visit/)];
      expect(getComputedStyle(on).backgroundColor).not.to.equal(getComputedStyle(off).backgroundColor);
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Highlight';
      probe.style.color = 'HighlightText';
      document.body.append(probe);
      expect(getComputedStyle(on).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
      expect(getComputedStyle(on).color).to.equal(getComputedStyle(probe).color);
      // Else the browser's Canvas backplate behind the text hides HighlightText.
      expect(getComputedStyle(on).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(on.querySelector('.mark-shape')!).fill).to.equal(getComputedStyle(probe).color);
      probe.remove();
    } finally {
      await executeServerCommand('emulate-forced-colors', {});
    }
  });
});

describe('the filter control', () => {
  it('lists leaders and topics with counts; ticking one filters and fires; clear filters clears', async () => {
    const data = await json(HISTORY);
    const el = await element(data);
    await waitUntil(() => root(el).querySelector('[part~="filters"]'), 'the filter control never arrived');
    const details = root(el).querySelector<HTMLDetailsElement>('[part~="filters"]')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open);
    const box = (id: string) => details.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!;
    const label = (id: string) => box(id).closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('kishida')).to.equal(`Fumio Kishida (${data.events.filter((e) => e.leaders.includes('kishida')).length})`);
    expect(label('north-korea')).to.equal(`North Korea (${data.events.filter((e) => e.topics?.includes('north-korea')).length})`);
    expect(details.querySelectorAll('fieldset')).to.have.length(2);
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    box('kishida').click();
    const kishida = sorted(data.events.filter((e) => e.leaders.includes('kishida')));
    expect((await changed).detail).to.deep.equal({ kinds: [], leaders: ['kishida'], topics: [], count: kishida.length });
    await el.updateComplete;
    expect(el.getAttribute('leaders')).to.equal('kishida');
    expect(box('kishida').checked).to.equal(true);
    expect(details.querySelector('summary')!.textContent).to.contain('(1)');
    // Topic counts now count Kishida's meetings.
    expect(label('north-korea')).to.equal(`North Korea (${data.events.filter((e) => e.leaders.includes('kishida') && e.topics?.includes('north-korea')).length})`);
    expect(live(el)).to.equal(`${kishida.length} of 84 meetings shown`);

    box('north-korea').click();
    await el.updateComplete;
    expect(el.getAttribute('topics')).to.equal('north-korea');
    const clear = details.querySelector<HTMLButtonElement>('.clear-filters')!;
    expect(clear.getAttribute('aria-disabled')).to.equal('false');
    const cleared = oneEvent(el, 'summit-filterchange') as Promise<SummitFilterChangeEvent>;
    clear.focus();
    clear.click();
    expect((await cleared).detail.count).to.equal(84);
    await el.updateComplete;
    expect(['kinds', 'leaders', 'topics'].some((a) => el.hasAttribute(a))).to.equal(false);
    expect(box('kishida').checked).to.equal(false);
    // Nothing left to clear: it says so, keeps focus, and a second press fires nothing.
    expect(clear.getAttribute('aria-disabled')).to.equal('true');
    expect(focused(el)).to.equal(clear);
    let fired = 0;
    el.addEventListener('summit-filterchange', () => fired++);
    clear.click();
    await el.updateComplete;
    expect(fired).to.equal(0);

    // Escape closes it and gives focus back to its button.
    box('abe').focus();
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(focused(el)).to.equal(details.querySelector('summary'));
  });
});

describe('what the filter leaves', () => {
  it('the keyboard moves through the meetings shown only, and Tab lands on one of them', async () => {
    const el = await element(await json(SMALL), { leaders: 'trump' });
    const stop = root(el).querySelector<SVGGElement>('g.mark[tabindex="0"]')!;
    expect(stop.dataset.id).to.equal('2019-05-26-abe-trump');
    expect(root(el).querySelectorAll('g.mark[tabindex="0"]')).to.have.length(1);
    stop.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id'), 'no meeting before it').to.equal('2019-05-26-abe-trump');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2025-02-07-ishiba-trump');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal('2019-05-26-abe-trump');

    // Filtering the focused meeting away hands the tab stop on to one shown.
    el.leaders = 'obama';
    await el.updateComplete;
    await el.updateComplete;
    expect(markIds(el)).to.deep.equal(['2016-05-27-abe-obama']);
    expect(root(el).querySelector('g.mark[tabindex="0"]')!.getAttribute('data-id')).to.equal('2016-05-27-abe-obama');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.getAttribute('data-id') ?? null).to.be.oneOf([null, '2016-05-27-abe-obama']);
  });

  it('a selected meeting the filter hides is deselected and its panel closed', async () => {
    const el = await element(await json(SMALL), { selected: '2016-05-27-abe-obama' });
    expect(root(el).querySelector('[part~="detail"]')).not.to.equal(null);
    const closed = oneEvent(el, 'summit-select');
    el.kinds = 'state-visit';
    expect((await closed).detail).to.deep.equal({ id: null, event: null });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
  });

  it('a selected meeting the filter keeps stays open', async () => {
    const el = await element(await json(SMALL), { selected: '2019-05-26-abe-trump' });
    el.kinds = 'state-visit';
    await el.updateComplete;
    expect(el.selected).to.equal('2019-05-26-abe-trump');
    expect(root(el).querySelector('[part~="detail"]')).not.to.equal(null);
  });

  it('the summary counts what is shown', async () => {
    const el = await element(await json(SMALL), { leaders: 'abe' });
    expect(root(el).querySelector('.summary')!.textContent).to.contain('2 of 3 meetings shown');
  });

  it('filtering does not move the view', async () => {
    const el = await element(await json(SMALL), { start: '2016-01-01', end: '2019-12-31' });
    const range = () => root(el).querySelector('g.axis')!.textContent;
    const before = range();
    el.leaders = 'ishiba';
    await el.updateComplete;
    expect(range()).to.equal(before);
    // Ishiba's meetings are after the window: none in view, but not an empty filter.
    expect(markIds(el)).to.deep.equal([]);
    expect(el.events).to.have.length(1);
    expect(root(el).querySelector('.no-match')).to.equal(null);
  });
});

describe('filters with clustering', () => {
  /** Seeded: 4,000 events over 2006–2025, four kinds, a topic on five in six. */
  function generated(): TimelineInput & { events: { id: string; kind: string; topics?: string[] }[] } {
    let s = 12;
    const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const kinds = ['bilateral', 'sideline', 'virtual', 'memorial'];
    return {
      events: Array.from({ length: 4000 }, (_, i) => ({
        id: `e${i}`,
        date: new Date(Date.UTC(2006, 0, 1) + Math.floor(rand() * 7300) * 86_400_000).toISOString().slice(0, 10),
        kind: kinds[i % 4]!,
        title: `Event ${i}`,
        ...(i % 6 ? { topics: ['economy'] } : {}),
      })),
    };
  }

  it('every meeting shown is a mark or in exactly one cluster, at every zoom, and no other appears', async function () {
    this.timeout(30000);
    const data = generated();
    const el = await element(data as unknown as TimelineData, { kinds: 'bilateral sideline virtual', topics: 'economy' }, 1000);
    const shown = new Set(data.events.filter((e) => e.kind !== 'memorial' && e.topics).map((e) => e.id));
    expect(shown.size).to.be.greaterThan(2000);
    await waitUntil(() => clusters(el).length > 0, 'no clusters', { timeout: 10000 });
    expect(el.events.length).to.equal(shown.size);
    const check = (step: string) => {
      const ids = markIds(el);
      expect(new Set(ids).size, `${step}: a mark each`).to.equal(ids.length);
      for (const id of ids) expect(shown.has(id), `${step}: mark ${id} is filtered out`).to.equal(true);
      for (const c of clusters(el)) {
        const [, first, last] = c.key.split(':');
        expect(shown.has(first!) && shown.has(last!), `${step}: cluster ${c.key} starts or ends on a meeting filtered out`).to.equal(true);
      }
    };
    check('whole range');
    expect(drawn(el).total, 'at the whole range, every meeting shown, once').to.equal(shown.size);
    for (const [i, factor] of [4, 4, 4].entries()) {
      el.zoomBy(factor);
      await el.updateComplete;
      check(`zoom step ${i + 1}`);
    }
    // And back out with a filter of one kind: a new hierarchy, the same rule.
    el.resetZoom();
    el.kinds = 'virtual';
    await el.updateComplete;
    await waitUntil(() => drawn(el).total === [...shown].filter((id) => Number(id.slice(1)) % 4 === 2).length, 'virtual meetings not all drawn');
    for (const id of markIds(el)) expect(Number(id.slice(1)) % 4, id).to.equal(2);
  });
});

describe('filters in Japanese', () => {
  it('speak Japanese', async () => {
    const el = await element(await json(SMALL), { locale: 'ja', kinds: 'virtual' });
    expect(root(el).querySelector('.no-match')!.textContent).to.contain('条件に合う会談はありません');
    expect(root(el).querySelector('.no-match button')!.textContent).to.equal('絞り込みを解除');
    expect(root(el).querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal('会談の種類、種類で絞り込み');
  });
});
