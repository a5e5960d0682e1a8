// The render helpers with a data set's own vocabulary: the legend, the list
// view and the marks speak of launches and crews, never of meetings.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { select } from 'd3-selection';
import { describeEvent } from '../../src/format/describe.js';
import { vocabulary } from '../../src/format/vocabulary.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { pick } from '../../src/format/strings.js';
import { validateData } from '../../src/model/validate.js';
import { renderLegend } from '../../src/render/legend.js';
import { renderMarks } from '../../src/render/marks.js';
import { renderTable } from '../../src/render/table.js';
import { shapePath } from '../../src/render/shapes.js';

const APOLLO = new URL('../../demo/apollo.json', import.meta.url).href;
const DIPLOMATIC = /meeting|summit|leader|visit|会談|首脳/i;

async function apollo() {
  return validateData(await (await fetch(APOLLO)).json()).data!;
}

describe('render helpers with the data’s vocabulary', () => {
  it('the legend names the data’s kinds under the data’s heading, with their colours', async () => {
    const data = await apollo();
    const v = vocabulary(data, 'en');
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderLegend([...new Set(data.events.map((e) => e.kind))], 'en', v), el);
    const list = el.querySelector('[part~="legend"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Kinds of mission');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Earth orbit', 'Lunar orbit', 'Lunar landing', 'Landing called off']);
    const landing = list.querySelector<SVGGElement>('g[data-kind="lunar-landing"]')!;
    expect(landing.style.getPropertyValue('--kind-color')).to.equal('#9a6700');
    expect(landing.hasAttribute('data-group')).to.equal(false);
    expect(list.querySelector('g[data-kind="earth-orbit"]')!.getAttribute('data-group')).to.equal('visit');
    expect(el.textContent).not.to.match(DIPLOMATIC);
    await expect(el).to.be.accessible();
  });

  it('the list view has the data’s columns: no leaders column without leaders', async () => {
    const data = await apollo();
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderTable(data.events, new Map(), 'en', null, () => {}, vocabulary(data, 'en')), el);
    const heads = [...el.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Date', 'Launch', 'Launch site', 'Mission']);
    expect(el.querySelector('[part~="table"]')!.getAttribute('aria-label')).to.equal('List of launches');
    const first = el.querySelector('tbody tr')!;
    expect([...first.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal([
      '11 October 1968',
      'Apollo 7',
      'Launch Complex 34, Cape Kennedy Air Force Station, Florida',
      'Earth orbit',
    ]);
    expect(el.textContent).not.to.match(DIPLOMATIC);
    await expect(el).to.be.accessible();
  });

  it('the list view in Japanese takes the Japanese labels and dates', async () => {
    const data = await apollo();
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderTable(data.events, new Map(), 'ja', null, () => {}, vocabulary(data, 'ja')), el);
    expect([...el.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['日付', '打ち上げ', '発射場', '飛行の種類']);
    expect(el.querySelector('tbody tr td')!.textContent!.trim()).to.equal('1968年10月11日');
  });

  it('marks take each kind’s shape and colour, and a name without diplomacy', async () => {
    const data = await apollo();
    const v = vocabulary(data, 'en');
    const layout = layoutTimeline({ data, width: 900, height: 260, transform: { k: 1, x: 0 }, today: '2026-01-01', labelOf: (n) => pick(n, 'en') });
    const el = await fixture<HTMLDivElement>(html`<div><svg width="900" height="260"><g class="marks"></g></svg></div>`);
    const g = select(el.querySelector<SVGGElement>('g.marks')!);
    renderMarks(g, layout.marks, { size: 14, activeId: 'apollo-7', selectedId: null, label: (m) => describeEvent(m.event, new Map(), 'en', v), vocabulary: v });
    const apollo11 = el.querySelector<SVGGElement>('g.mark[data-id="apollo-11"]')!;
    expect(apollo11.getAttribute('data-kind')).to.equal('lunar-landing');
    expect(apollo11.style.getPropertyValue('--kind-color')).to.equal('#9a6700');
    expect(apollo11.querySelector('path')!.getAttribute('d')).to.equal(shapePath('star', 14));
    expect(el.querySelector('g.mark[data-id="apollo-8"] path')!.getAttribute('d')).to.equal(shapePath('diamond', 14));
    expect(apollo11.getAttribute('aria-label')).to.equal('16 July 1969: Apollo 11, Kennedy Space Center, Florida. Lunar landing.');
    for (const m of el.querySelectorAll('g.mark')) expect(m.getAttribute('aria-label')).not.to.match(DIPLOMATIC);
  });
});
