// The overview strip, wired the way the element will wire it: a ZoomController
// holds the view; willUpdate derives the strip's layout from the view's domain
// and hands it to the BrushController; render composes renderOverview; updated
// draws the ticks. The brush's callback only asks the zoom for a window.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, type PropertyValues } from 'lit';
import { BrushController } from '../../src/controllers/brush-controller.js';
import { ZoomController } from '../../src/controllers/zoom-controller.js';
import { OVERVIEW_HEIGHT, overviewLayout, type OverviewLayout } from '../../src/layout/overview.js';
import { baseScale, maxZoom, rescale } from '../../src/layout/time-scale.js';
import { toUtcDate } from '../../src/model/calendar-date.js';
import { drawOverview, renderOverview } from '../../src/render/overview.js';
import { overview } from '../../src/styles/overview.js';
import { tokens } from '../../src/styles/tokens.js';

const EXTENT: [Date, Date] = [toUtcDate('2010-01-01'), toUtcDate('2020-01-01')];
const SPAN = EXTENT[1].getTime() - EXTENT[0].getTime();
const WIDTH = 600;
const MONTH = 30 * 86_400_000;
/** A meeting every month: 120 of them over the ten years. */
const STARTS = Float64Array.from({ length: 120 }, (_, i) => EXTENT[0].getTime() + i * (SPAN / 120));
const at = (fraction: number) => new Date(EXTENT[0].getTime() + fraction * SPAN);
const fractionOf = (d: Date) => (d.getTime() - EXTENT[0].getTime()) / SPAN;

class OverviewHost extends LitElement {
  static override styles = [tokens, overview];
  static override properties = { lang: {} };
  declare lang: string;
  /** Windows the brush asked for: person-made only, never an echo. */
  asked: Array<[Date, Date]> = [];
  layout!: OverviewLayout;
  /** Hands the brush a selection of NaN, as a broken layout would. */
  breakSelection = false;

  readonly zoom = new ZoomController(this, () => this.renderRoot.querySelector<SVGSVGElement>('svg.plot'));
  readonly brush = new BrushController(
    this,
    () => this.renderRoot.querySelector<SVGGElement>('g.overview-brush'),
    (window) => {
      this.asked.push(window);
      this.zoom.setWindow(EXTENT, window);
    },
  );

  constructor() {
    super();
    this.lang = 'en';
  }

  /** The days in view, from the zoom's transform. */
  get window(): [Date, Date] {
    return rescale(baseScale(EXTENT, WIDTH), this.zoom.transform).domain() as [Date, Date];
  }

  override willUpdate(_: PropertyValues) {
    this.zoom.setLimits({ width: WIDTH, height: 100, maxK: maxZoom(EXTENT) });
    this.layout = overviewLayout({ starts: STARTS, extent: EXTENT, width: WIDTH, height: OVERVIEW_HEIGHT, window: this.window });
    if (this.breakSelection) this.layout = { ...this.layout, selection: [NaN, NaN] };
    this.brush.setLayout(this.layout);
  }

  override render() {
    return html`<svg class="plot" width=${WIDTH} height="100" aria-hidden="true"></svg>${renderOverview(this.layout, this.lang, this.brush)}`;
  }

  override updated() {
    drawOverview(this.renderRoot.querySelector<SVGSVGElement>('svg.overview')!, this.layout);
  }
}
customElements.define('overview-host', OverviewHost);

const part = <T extends Element>(el: OverviewHost, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const selectionBox = (el: OverviewHost) => part<SVGRectElement>(el, '.overview-brush .selection').getBoundingClientRect();

async function host(window: [Date, Date] | null = [at(0.4), at(0.6)]) {
  const el = await fixture<OverviewHost>(html`<overview-host style="display: block; width: ${WIDTH}px"></overview-host>`);
  // d3-brush arrives by dynamic import; the strip and its keys work before it does.
  await el.brush.ready;
  if (window) el.zoom.setWindow(EXTENT, window);
  await el.updateComplete;
  return el;
}

async function drag(from: [number, number], to: [number, number]) {
  await sendMouse({ type: 'move', position: from.map(Math.round) as [number, number] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), Math.round(to[1])] });
  await sendMouse({ type: 'move', position: to.map(Math.round) as [number, number] });
  await sendMouse({ type: 'up' });
}

describe('the overview strip', () => {
  afterEach(() => resetMouse());

  it('draws one tick per pixel column with a meeting, and the brush over the view', async () => {
    const el = await host();
    // One path per shade; each tick is one M…V segment in them.
    const segments = [...el.shadowRoot!.querySelectorAll('.overview-tick')].map((p) => (p.getAttribute('d')!.match(/M/g) ?? []).length);
    expect(segments.reduce((a, b) => a + b, 0)).to.equal(120);
    expect(segments.length).to.be.at.most(4);
    const strip = part<SVGSVGElement>(el, 'svg.overview').getBoundingClientRect();
    const box = selectionBox(el);
    expect(strip.height).to.equal(OVERVIEW_HEIGHT);
    expect(box.left - strip.left).to.be.closeTo(0.4 * WIDTH, 1);
    expect(box.width).to.be.closeTo(0.2 * WIDTH, 1);
  });

  it('follows the view when something else moves it, without calling back (echoes are ignored)', async () => {
    const el = await host();
    el.zoom.zoomBy(2);
    await el.updateComplete;
    expect(selectionBox(el).width).to.be.closeTo(0.1 * WIDTH, 1);
    expect(el.asked).to.have.length(0);
  });

  it('dragging the window pans the view', async () => {
    const el = await host();
    const box = selectionBox(el);
    const y = box.top + box.height / 2;
    await drag([box.left + box.width / 2, y], [box.left + box.width / 2 + 60, y]);
    await el.updateComplete;
    expect(el.asked.length).to.be.greaterThan(0);
    const [w0, w1] = el.window;
    // 60 of 600 pixels is a tenth of the ten years.
    expect(fractionOf(w0)).to.be.closeTo(0.5, 0.003);
    expect(fractionOf(w1)).to.be.closeTo(0.7, 0.003);
    expect(selectionBox(el).left - box.left).to.be.closeTo(60, 1);
  });

  it('dragging a handle resizes the window, and so zooms the view', async () => {
    const el = await host();
    const handle = part<SVGRectElement>(el, '.overview-brush .handle--e').getBoundingClientRect();
    const y = handle.top + handle.height / 2;
    const x = handle.left + handle.width / 2;
    await drag([x, y], [x + 60, y]);
    await el.updateComplete;
    const [w0, w1] = el.window;
    expect(fractionOf(w0)).to.be.closeTo(0.4, 0.003);
    expect(fractionOf(w1)).to.be.closeTo(0.7, 0.003);
    expect(el.zoom.transform.k).to.be.closeTo(1 / 0.3, 0.05);
  });

  it('a click beside the window centres the view on the day clicked', async () => {
    const el = await host();
    const strip = part<SVGSVGElement>(el, 'svg.overview').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(strip.left + 0.15 * WIDTH), Math.round(strip.top + strip.height / 2)] });
    await el.updateComplete;
    const [w0, w1] = el.window;
    expect((fractionOf(w0) + fractionOf(w1)) / 2).to.be.closeTo(0.15, 0.003);
    expect(fractionOf(w1) - fractionOf(w0)).to.be.closeTo(0.2, 0.003);
    // The brush is back over the view, not cleared as a d3 brush would be.
    expect(selectionBox(el).width).to.be.closeTo(0.2 * WIDTH, 1);
  });

  it('arrow keys move the window by a tenth of it; Shift+arrows resize it; Home and End go to the ends', async () => {
    const el = await host();
    part<SVGGElement>(el, '.overview-slider').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(fractionOf(el.window[0])).to.be.closeTo(0.42, 1e-6);
    expect(fractionOf(el.window[1])).to.be.closeTo(0.62, 1e-6);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(fractionOf(el.window[0])).to.be.closeTo(0.39, 1e-6);
    expect(fractionOf(el.window[1])).to.be.closeTo(0.61, 1e-6);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(fractionOf(el.window[1])).to.be.closeTo(1, 1e-6);
    expect(part(el, '.overview-slider').getAttribute('aria-valuenow')).to.equal('100');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(fractionOf(el.window[0])).to.be.closeTo(0, 1e-6);
    expect(selectionBox(el).left - part(el, 'svg.overview').getBoundingClientRect().left).to.be.closeTo(0, 1);
  });

  it('names the slider and says what is in view, in English and Japanese', async () => {
    const el = await host([toUtcDate('2017-03-01'), toUtcDate('2019-07-01')]);
    const slider = part(el, '.overview-slider');
    expect(slider.getAttribute('role')).to.equal('slider');
    expect(slider.getAttribute('aria-label')).to.match(/^Overview: /);
    expect(slider.getAttribute('aria-valuetext')).to.equal('showing March 2017 to June 2019');
    el.lang = 'ja';
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('2017年3月〜2019年6月を表示中');
  });

  it('is accessible (axe)', async () => {
    const el = await host();
    await expect(el).to.be.accessible();
  });

  it('never shows a window narrower than the deepest zoom, and ignores a broken one', async () => {
    const el = await host();
    // A selection that is not finite never reaches d3-brush, whose events would then carry NaN.
    const before = selectionBox(el);
    el.breakSelection = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(selectionBox(el).left).to.equal(before.left);
    expect(el.asked).to.have.length(0);
    el.breakSelection = false;
    part<SVGGElement>(el, '.overview-slider').focus();
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 80; i++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.window[1].getTime() - el.window[0].getTime()).to.be.closeTo(SPAN / maxZoom(EXTENT), MONTH / 30);
  });
});

/** Listeners added minus removed, per target, while installed. */
function countListeners() {
  const counts = new Map<EventTarget, number>();
  const saved = { add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener };
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    counts.set(this, (counts.get(this) ?? 0) + 1);
    return saved.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
    counts.set(this, (counts.get(this) ?? 0) - 1);
    return saved.remove.apply(this, args);
  };
  return {
    on: (targets: EventTarget[]) => targets.reduce((n, t) => n + Math.max(0, counts.get(t) ?? 0), 0),
    restore: () => Object.assign(EventTarget.prototype, saved),
  };
}

describe('the brush controller across connections', () => {
  it('100 connect/disconnect cycles leave no listener on the brush group, window or document', async () => {
    const probe = countListeners();
    try {
      const parent = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
      const el = document.createElement('overview-host') as OverviewHost;
      parent.append(el);
      await el.brush.ready;
      await el.updateComplete;
      const g = part<SVGGElement>(el, 'g.overview-brush');
      const targets = [g, window, document];
      const connected = probe.on(targets);
      expect(connected, 'd3-brush listens on its group while connected').to.be.greaterThan(0);
      el.remove();
      expect(probe.on([g]), 'listeners on the group once disconnected').to.equal(0);
      const detached = probe.on(targets);
      for (let i = 0; i < 100; i++) {
        parent.append(el);
        if (i % 3 === 0) await el.updateComplete;
        el.remove();
      }
      expect(probe.on(targets)).to.equal(detached);
      expect(probe.on([g])).to.equal(0);

      // Back in the page, the brush works again.
      parent.append(el);
      await el.updateComplete;
      expect(probe.on(targets)).to.equal(connected);
      el.zoom.setWindow(EXTENT, [at(0.4), at(0.6)]);
      await el.updateComplete;
      const box = selectionBox(el);
      const y = box.top + box.height / 2;
      await drag([box.left + box.width / 2, y], [box.left + box.width / 2 - 60, y]);
      await el.updateComplete;
      expect(fractionOf(el.window[0])).to.be.closeTo(0.3, 0.003);
    } finally {
      probe.restore();
      await resetMouse();
    }
  });
});
