// Term bands: D3 joins one group per country band and one rect + label per term.

import { select, type Selection } from 'd3-selection';
import type { BandLayout, TermSegment } from '../layout/bands.js';
import { formatSpan } from '../format/dates.js';
import { pick, strings } from '../format/strings.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The bar sits under a caption line naming the office. */
export const CAPTION = 13;

/** `locale`: any BCP 47 tag; names and dates follow it, the default headings are English or Japanese. */
export function renderBands(g: G, bands: BandLayout[], width: number, locale: string): void {
  const s = strings(locale);
  const barHeight = (bands[0]?.height ?? CAPTION) - CAPTION;
  const bandSel = g
    .selectAll<SVGGElement, BandLayout>('g.band')
    .data(bands, (b) => b.country)
    .join((enter) => {
      const band = enter.append('g').attr('class', 'band');
      band.append('text').attr('class', 'band-caption').attr('aria-hidden', 'true');
      band.append('g').attr('class', 'terms').attr('role', 'list');
      return band;
    })
    // Document order follows the data, so the first band is :first-child for its colour.
    .order()
    .attr('data-country', (b) => b.country)
    .attr('transform', (b) => `translate(0,${b.y})`);

  const caption = (b: BandLayout) => (b.label ? pick(b.label, locale) : s.bands[b.country] ?? b.country);
  bandSel.select('g.terms').attr('aria-label', caption);
  bandSel.select('text.band-caption').attr('x', 4).attr('y', 10).text(caption);

  bandSel
    .select<SVGGElement>('g.terms')
    .selectAll<SVGGElement, TermSegment>('g.term')
    .data((b) => b.segments, (t) => t.key)
    .join((enter) => {
      const term = enter.append('g').attr('class', 'term').attr('part', 'term').attr('role', 'listitem');
      term.append('rect').attr('class', 'term-bar').attr('rx', 3);
      term.append('text').attr('class', 'term-label').attr('aria-hidden', 'true');
      // The full name and dates on hover, whatever form of the name the bar has room for.
      term.append('title');
      return term;
    })
    .attr('data-leader', (t) => t.leaderId)
    .attr('aria-label', (t) => `${pick(t.name, locale)}, ${formatSpan(t.start, t.end, locale)}`)
    .each(function (t) {
      const named = this.getAttribute('aria-label')!;
      const title = this.querySelector('title')!;
      if (title.textContent !== named) title.textContent = named;
      // Clamp to the view so a long term's label starts where the term comes into sight.
      const x0 = Math.max(t.x0, -2);
      const x1 = Math.min(t.x1, width + 2);
      const term = select(this);
      term
        .select('rect')
        .attr('x', x0 + 0.5)
        .attr('y', CAPTION)
        .attr('width', Math.max(0, x1 - x0 - 1))
        .attr('height', barHeight);
      term
        .select('text')
        .attr('x', Math.max(x0, 0) + 6)
        .attr('y', CAPTION + barHeight / 2)
        .text(t.label);
    });
}
