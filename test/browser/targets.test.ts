// Pointer targets and touch: every meeting (and cluster) in view takes the
// pointer over at least 24 × 24 CSS px that no other target shares (WCAG 2.5.8),
// and the plot lets a vertical swipe scroll the page while a horizontal drag
// pans the timeline.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/summit-timeline.js';
import { geometry } from './boxes.js';
import { itExcept } from './engine.js';

const root = (el: SummitTimeline) => el.shadowRoot!;

async function mount(width: number): Promise<SummitTimeline> {
  const el = await fixture<SummitTimeline>(html`<summit-timeline style=${`width: ${width}px`}></summit-timeline>`);
  await waitUntil(() => root(el).querySelectorAll('g.mark').length > 0, 'marks never appeared', { timeout: 8000 });
  // The first frame may be drawn before the size observer reports the element's width.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

interface Target {
  key: string;
  box: DOMRect;
  group: Element;
}

/** Each mark's and cluster's target, for those wholly inside the plot (the clip cuts the rest, as it cuts their shapes). */
function targets(el: SummitTimeline): Target[] {
  const plot = root(el).querySelector('svg[part~="plot"]')!.getBoundingClientRect();
  return [...root(el).querySelectorAll('svg[part~="plot"] :is(g.mark, g.cluster)')]
    .map((group) => ({ key: group.getAttribute('data-id') ?? group.getAttribute('data-key')!, box: geometry(group.querySelector<SVGGraphicsElement>('.mark-target')!), group }))
    .filter(({ box }) => box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom);
}

const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

// Wide enough for the 1280 px element, where the engine can set it (hit tests need points in the viewport).
before(() => setViewport({ width: 1300, height: 900 }));

for (const width of [1280, 390]) {
  describe(`pointer targets at ${width} px`, () => {
    it('give every meeting and cluster in view at least 24 × 24 px, shared with no other target', async () => {
      const el = await mount(width);
      const all = targets(el);
      expect(all.length).to.be.greaterThan(width > 1000 ? 40 : 5);
      const wrong: string[] = [];
      for (const t of all) if (t.box.width < 24 - 1e-3 || t.box.height < 24 - 1e-3) wrong.push(`${t.key}: ${t.box.width.toFixed(1)} × ${t.box.height.toFixed(1)}`);
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const area = overlap(all[i]!.box, all[j]!.box);
          if (area > 0) wrong.push(`${all[i]!.key} and ${all[j]!.key} share ${area.toFixed(2)} px²`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it('take the pointer in the corners of the target, outside the drawn shape', async () => {
      const el = await mount(width);
      const missed: string[] = [];
      const seen = targets(el).filter((t) => t.box.right < innerWidth && t.box.bottom < innerHeight);
      expect(seen.length).to.be.greaterThan(5);
      for (const t of seen) {
        const { left, top, right, bottom } = t.box;
        for (const [x, y] of [
          [left + 1, top + 1],
          [right - 1, bottom - 1],
        ]) {
          const hit = root(el).elementFromPoint(x!, y!);
          if (hit?.closest('g.mark, g.cluster') !== t.group) missed.push(`${t.key} at ${x!.toFixed(0)},${y!.toFixed(0)}: ${hit?.getAttribute('class')}`);
        }
      }
      expect(missed).to.deep.equal([]);
    });
  });
}

describe('a click on the edge of a target', () => {
  it('selects the meeting, as a click on its shape does', async () => {
    const el = await mount(1280);
    const [first] = targets(el).filter((t) => t.group.matches('g.mark'));
    const [x, y] = [first!.box.left + 1, first!.box.top + 1];
    const shape = geometry(first!.group.querySelector<SVGGraphicsElement>('.mark-shape')!);
    expect(x < shape.left && y < shape.top, 'the point is outside the drawn shape').to.equal(true);
    first!.group.querySelector('.mark-target')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    await el.updateComplete;
    expect(el.selected).to.equal(first!.key);
  });
});

// CDP drives real touch input only in Chromium; the other engines check the CSS.
const touchInput = itExcept(['firefox', 'webkit'], 'synthesised touch gestures need CDP');

describe('touch', () => {
  it('lets the browser pan vertically (touch-action: pan-y), the timeline taking horizontal drags and pinches', async () => {
    const el = await mount(900);
    expect(getComputedStyle(root(el).querySelector('svg[part~="plot"]')!).touchAction).to.equal('pan-y');
  });

  touchInput('a horizontal one-finger swipe pans the timeline; a vertical one scrolls the page', async () => {
    await executeServerCommand('touch-emulation', { enabled: true });
    const spacer = document.createElement('div');
    try {
      spacer.style.height = '3000px';
      const el = await fixture<SummitTimeline>(html`<summit-timeline style="width: 900px"></summit-timeline>`);
      el.after(spacer);
      let start = '';
      el.addEventListener('summit-rangechange', (e) => void (start = (e as CustomEvent<{ start: string }>).detail.start));
      await waitUntil(() => root(el).querySelectorAll('g.mark').length > 0, 'marks never appeared', { timeout: 8000 });
      el.zoomBy(4);
      await waitUntil(() => start !== '', 'no rangechange after zooming in');
      const plot = root(el).querySelector('svg[part~="plot"]')!.getBoundingClientRect();
      const [x, y] = [plot.left + plot.width / 2, plot.top + plot.height / 2];

      const zoomed = start;
      // A finger moving left drags the timeline left: later days come into view.
      await executeServerCommand('touch-swipe', { x, y, dx: -300, dy: 0 });
      await waitUntil(() => start > zoomed, `a horizontal swipe did not pan (start ${start})`, { timeout: 3000 });
      expect(window.scrollY).to.equal(0);

      const panned = start;
      await executeServerCommand('touch-swipe', { x, y, dx: 0, dy: -300 });
      await waitUntil(() => window.scrollY > 100, `a vertical swipe did not scroll the page (scrollY ${window.scrollY})`, { timeout: 3000 });
      expect(start).to.equal(panned);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
      await executeServerCommand('touch-emulation', { enabled: false });
    }
  });
});
