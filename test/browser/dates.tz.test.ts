// Runs once per zone (web-test-runner.config.mjs groups): the 7 February 2025
// meeting reads and sits on 7 February wherever the viewer is.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';

const OFFSETS: Record<string, number> = {
  'Asia/Tokyo': -540,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
};

describe(`a calendar date in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('runs in one of the zones under test, not the machine default', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(Object.keys(OFFSETS)).to.include(zone);
    expect(new Date(2025, 1, 7).getTimezoneOffset()).to.equal(OFFSETS[zone]);
  });

  it('is read, shown and placed as 7 February 2025', async () => {
    const data = await (await fetch(new URL('./fixtures/small.json', import.meta.url))).json();
    const el = await fixture<SummitTimeline>(
      html`<summit-timeline style="width: 1000px" start="2025-02-01" end="2025-02-14" selected="2025-02-07-ishiba-trump"></summit-timeline>`,
    );
    el.data = data;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[data-id="2025-02-07-ishiba-trump"]'), 'no mark', { timeout: 5000 });
    await el.updateComplete;
    const mark = root.querySelector<SVGGElement>('[data-id="2025-02-07-ishiba-trump"]')!;
    expect(mark.getAttribute('aria-label')).to.match(/^7 February 2025: /);
    expect(root.querySelector('[part~="detail"] time')!.textContent).to.equal('Friday, 7 February 2025');

    const ticks = [...root.querySelectorAll('[part~="axis"] .tick')];
    // getCTM, not getComputedStyle().transform: WebKit leaves an SVG transform attribute out of computed style.
    const x = (t: Element) => (t as SVGGraphicsElement).getCTM()!.e;
    const seventh = ticks.find((t) => t.textContent === '7 Feb');
    const eighth = ticks.find((t) => t.textContent === '8 Feb');
    expect(seventh, 'a tick for 7 Feb').to.exist;
    expect(eighth, 'a tick for 8 Feb').to.exist;
    const markX = x(mark);
    expect(markX).to.be.greaterThan(x(seventh!));
    expect(markX).to.be.lessThan(x(eighth!));
  });
});
