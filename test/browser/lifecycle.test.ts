// Each controller owns its setup and teardown: however often the element is
// attached and detached, no observer, listener or request is left behind, and
// a request cut short by a move starts again.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;

/** Counts what is live: observed targets, listeners added minus removed per target, fetches not yet settled or aborted. */
function instrument() {
  const live = { resize: 0, mutation: 0 };
  const listeners = new Map<EventTarget, number>();
  const requests: Array<{ signal: AbortSignal | null; settled: boolean }> = [];
  const saved = { RO: window.ResizeObserver, MO: window.MutationObserver, add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener, fetch: window.fetch };

  class CountingResizeObserver extends saved.RO {
    private targets = new Set<Element>();
    override observe(target: Element, options?: ResizeObserverOptions) {
      if (!this.targets.has(target)) live.resize++;
      this.targets.add(target);
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      if (this.targets.delete(target)) live.resize--;
      super.unobserve(target);
    }
    override disconnect() {
      live.resize -= this.targets.size;
      this.targets.clear();
      super.disconnect();
    }
  }
  class CountingMutationObserver extends saved.MO {
    private observing = false;
    override observe(target: Node, options?: MutationObserverInit) {
      if (!this.observing) live.mutation++;
      this.observing = true;
      super.observe(target, options);
    }
    override disconnect() {
      if (this.observing) live.mutation--;
      this.observing = false;
      super.disconnect();
    }
  }
  window.ResizeObserver = CountingResizeObserver;
  window.MutationObserver = CountingMutationObserver;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    listeners.set(this, (listeners.get(this) ?? 0) + 1);
    return saved.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
    listeners.set(this, (listeners.get(this) ?? 0) - 1);
    return saved.remove.apply(this, args);
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = { signal: init?.signal ?? null, settled: false };
    requests.push(request);
    return saved.fetch.call(window, input, init).finally(() => (request.settled = true));
  };
  return {
    live,
    /** Listeners still added on these targets. */
    listenersOn: (targets: EventTarget[]) => targets.reduce((n, t) => n + Math.max(0, listeners.get(t) ?? 0), 0),
    pending: () => requests.filter((r) => !r.settled && !r.signal?.aborted).length,
    fetches: () => requests.length,
    restore() {
      Object.assign(window, { ResizeObserver: saved.RO, MutationObserver: saved.MO, fetch: saved.fetch });
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
    },
  };
}

/** An element in a page, loaded from SMALL, with d3-zoom and the overview's brush attached (both arrive as lazy chunks). */
async function loaded(): Promise<{ host: HTMLDivElement; el: SummitTimeline; svg: SVGSVGElement }> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('summit-timeline') as SummitTimeline;
  el.src = SMALL;
  host.append(el);
  await oneEvent(el, 'summit-load');
  const svg = el.shadowRoot!.querySelector('svg')!;
  // Once attached, d3-zoom keeps its state on the node as __zoom.
  await waitUntil(() => '__zoom' in svg && el.shadowRoot!.querySelector('g.overview-brush'), 'd3-zoom or the brush never attached');
  await el.updateComplete;
  return { host, el, svg };
}

describe('connecting and disconnecting', () => {
  it('100 times leaves no observer, listener or pending request behind', async () => {
    const probe = instrument();
    try {
      const { host, el, svg } = await loaded();
      const targets = [svg, window, document];
      // Lit's own template listeners stay with the shadow DOM; d3-zoom's go and come with the element.
      const connected = probe.listenersOn(targets);
      el.remove();
      const detached = probe.listenersOn(targets);
      expect(connected - detached, 'd3-zoom listens on the svg only while connected').to.be.greaterThan(0);
      host.append(el);

      for (let i = 0; i < 100; i++) {
        el.remove();
        host.append(el);
        // A new source now and then, so some requests are in flight when the element leaves.
        if (i % 10 === 0) el.src = `${SMALL}?round=${i}`;
        if (i % 3 === 0) await el.updateComplete;
      }
      el.remove();
      await new Promise((r) => setTimeout(r, 50));

      expect(probe.live.resize, 'resize observers').to.equal(0);
      expect(probe.live.mutation, 'mutation observers').to.equal(0);
      expect(probe.listenersOn(targets), 'listeners on the svg, window and document').to.equal(detached);
      expect(probe.pending(), 'requests neither settled nor aborted').to.equal(0);
      expect(probe.fetches()).to.be.greaterThan(1);

      // Back in the page, it works as before: observed, listening, loaded.
      const reloaded = oneEvent(el, 'summit-load');
      host.append(el);
      expect((await reloaded).detail.url).to.equal(`${SMALL}?round=90`);
      await el.updateComplete;
      expect(probe.live.resize).to.equal(1);
      expect(probe.live.mutation).to.equal(1);
      expect(probe.listenersOn(targets)).to.equal(connected);
    } finally {
      probe.restore();
    }
  });

  it('a src request cut short by a move starts again, and one summit-load fires for it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
    const el = document.createElement('summit-timeline') as SummitTimeline;
    const seen: string[] = [];
    el.addEventListener('summit-load', (e) => seen.push(`load ${e.detail.url}`));
    el.addEventListener('summit-error', (e) => seen.push(`error ${e.detail.message}`));
    el.src = SMALL;
    host.append(el);
    await el.updateComplete;
    // Moved twice before the response, as a keyed list reorder does.
    host.querySelector('section')!.append(el);
    host.append(el);
    await waitUntil(() => seen.length > 0, 'no load after the move', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).to.deep.equal([`load ${SMALL}`]);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 3, 'marks');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.be.null;
  });
});

describe('inputs that would have frozen or blanked it', () => {
  it('ignores zoomBy(NaN), zoomBy() and infinities, and still answers the next zoom', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 800px" src=${SMALL}></summit-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 3, 'marks');
    const ranges: string[] = [];
    el.addEventListener('summit-rangechange', (e) => ranges.push(`${e.detail.start}/${e.detail.end}`));
    for (const bad of [NaN, undefined, Infinity, -Infinity, 0, -1]) el.zoomBy(bad as number);
    el.setWindow('not a date', 'nor this');
    el.panTo('2019-02-30');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(el.isUpdatePending).to.be.false;
    expect(ranges).to.deep.equal([]);
    el.zoomBy(2);
    await el.updateComplete;
    expect(ranges).to.have.length(1);
    el.setWindow('2019-01-01', '2019-12-31');
    await el.updateComplete;
    expect(ranges[1]).to.equal('2019-01-01/2019-12-31');
  });

  it('turns a data object whose getters throw into summit-error, keeping the last render', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 800px" src=${SMALL}></summit-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 3, 'marks');
    const error = oneEvent(el, 'summit-error');
    el.data = {
      get events(): never {
        throw new Error('no events for you');
      },
    } as never;
    const { detail } = await error;
    expect(detail.message).to.equal('the data property could not be read: no events for you');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no events for you');
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(3);

    const proxyError = oneEvent(el, 'summit-error');
    el.data = new Proxy({}, { ownKeys: () => { throw new TypeError('trap'); } }) as never;
    expect((await proxyError).detail.message).to.contain('trap');
  });

  it('reads inline JSON added after it was attached, and again when it is edited', async () => {
    const data = await (await fetch(SMALL)).json();
    const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 800px"></summit-timeline>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    const first = oneEvent(el, 'summit-load');
    el.append(script);
    expect((await first).detail.source).to.equal('inline');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 3, 'inline marks');

    const second = oneEvent(el, 'summit-load');
    script.textContent = JSON.stringify({ ...data, events: data.events.slice(0, 1) });
    expect((await second).detail.count).to.equal(1);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 1, 'edited marks');
  });
});

describe('updating while detached', () => {
  it('adds no listener: a lazy chunk can arrive after the element left', async () => {
    const probe = instrument();
    try {
      const { el, svg } = await loaded();
      const brush = el.shadowRoot!.querySelector('g.overview-brush')!;
      el.remove();
      const targets = [svg, brush, window, document];
      const detached = probe.listenersOn(targets);
      el.requestUpdate();
      await el.updateComplete;
      expect(probe.listenersOn(targets), 'listeners after an update while detached').to.equal(detached);
    } finally {
      probe.restore();
    }
  });
});
