// 10,000 events: the DOM stays bounded at every zoom, and a cluster opens to
// its events by keyboard alone.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import type { TimelineInput } from '../../src/model/input.js';

/** Seeded, so every run draws the same 10,000 events over 2006–2025. */
function events(n: number): TimelineInput {
  let s = 20250207;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const start = Date.UTC(2006, 0, 1);
  const kinds = ['bilateral', 'sideline', 'virtual', 'memorial'];
  return {
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor(rand() * 7300) * 86_400_000).toISOString().slice(0, 10),
      kind: kinds[i % kinds.length]!,
      title: `Event ${i}`,
    })),
  };
}

const elements = (el: SummitTimeline) => el.shadowRoot!.querySelectorAll('*').length;
const items = (el: SummitTimeline) => el.shadowRoot!.querySelectorAll('g.mark, g.cluster');

describe('10,000 events', () => {
  it('keep the element under 3,000 DOM elements at every zoom, and open a cluster by keyboard', async function () {
    this.timeout(30000);
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1200px; --summit-height: 600px"></summit-timeline>`);
    const loaded = oneEvent(el, 'summit-load');
    el.data = events(10_000);
    expect((await loaded).detail.count).to.equal(10_000);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('g.cluster').length > 0, 'no clusters', { timeout: 10000 });
    const sizes = [elements(el)];
    for (const factor of [2, 2, 2, 2, 2, 2, 2, 0.5, 0.5, 0.125]) {
      el.zoomBy(factor);
      await el.updateComplete;
      sizes.push(elements(el));
      expect(items(el).length, `items at zoom step ${sizes.length - 1}`).to.be.greaterThan(0);
    }
    expect(Math.max(...sizes), `DOM elements at each zoom: ${sizes.join(', ')}`).to.be.at.most(3000);

    // Tab lands on the one tab stop; at the whole 20 years it is a cluster. Enter opens it, again and again,
    // until the focused item is an event mark of its own.
    el.resetZoom();
    await el.updateComplete;
    const stop = el.shadowRoot!.querySelector<SVGGElement>('g.cluster[tabindex="0"], g.mark[tabindex="0"]')!;
    expect(stop.matches('g.cluster'), 'the tab stop is a cluster at the whole range').to.be.true;
    expect(stop.getAttribute('aria-label')).to.match(/^\d+ meetings, /);
    stop.focus();
    let steps = 0;
    const focused = () => el.shadowRoot!.activeElement;
    while (focused()?.matches('g.cluster') && steps < 20) {
      const count = Number(focused()!.querySelector('text')!.textContent!.slice(1));
      const changed = oneEvent(el, 'summit-rangechange');
      await sendKeys({ press: 'Enter' });
      await changed;
      await el.updateComplete;
      await waitUntil(() => focused() !== null, 'focus was lost after opening a cluster');
      const now = focused()!;
      if (now.matches('g.cluster')) expect(Number(now.querySelector('text')!.textContent!.slice(1))).to.be.lessThan(count);
      steps++;
    }
    expect(focused()?.matches('g.mark'), `still a cluster after ${steps} openings`).to.be.true;
    expect(elements(el)).to.be.at.most(3000);
  });
});

/** Every item as drawn, in document order: its group's attributes and its parts' markup. */
const drawing = (el: SummitTimeline) =>
  [...items(el)].map((g) => `${[...g.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ')} ${g.innerHTML}`);

describe('items drawn again', () => {
  it('are drawn the same when a zoom out and back hands them groups another view let go', async function () {
    this.timeout(30000);
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1200px; --summit-height: 600px"></summit-timeline>`);
    el.data = events(10_000);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('g.cluster').length > 0, 'no clusters', { timeout: 10000 });
    const show = async (start: string, end: string) => {
      el.setAttribute('start', start);
      el.setAttribute('end', end);
      await el.updateComplete;
    };
    // Views of many small clusters, of a few wide ones ("+137") and of marks, each drawn first, then again
    // after the others: most groups then come from other items, or back from those another view let go.
    const views = [
      ['2012-01-01', '2016-01-01'],
      ['2006-01-01', '2026-01-01'],
      ['2018-03-01', '2018-05-01'],
      ['2009-01-01', '2009-02-01'],
    ] as const;
    const first = new Map<string, string[]>();
    for (const [start, end] of [...views, ...views.slice().reverse(), ...views]) {
      await show(start, end);
      const now = drawing(el);
      expect(now.length, `${start} to ${end}`).to.be.greaterThan(0);
      if (first.has(start)) expect(now, `${start} to ${end}, drawn again`).to.deep.equal(first.get(start));
      else first.set(start, now);
    }
    expect(new Set([...first.values()].map((d) => d.join())).size, 'the views differ').to.equal(views.length);
  });

  it("name clusters in new data's own words, though the cluster keys are the same", async function () {
    this.timeout(30000);
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 1200px; --summit-height: 600px"></summit-timeline>`);
    const data = events(2_000);
    el.data = data;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('g.cluster').length > 0, 'no clusters', { timeout: 10000 });
    const keys = [...el.shadowRoot!.querySelectorAll('g.cluster')].map((g) => g.getAttribute('data-key'));
    el.data = { ...data, labels: { event: 'launch', events: 'launches' } };
    await el.updateComplete;
    const clusters = [...el.shadowRoot!.querySelectorAll('g.cluster')];
    expect(clusters.map((g) => g.getAttribute('data-key'))).to.deep.equal(keys);
    for (const g of clusters) expect(g.getAttribute('aria-label')).to.match(/^\d+ launches, /);
  });
});
