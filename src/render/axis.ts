// The time axis. D3 owns everything inside the group it is given. `locale`
// is any BCP 47 tag: tick labels are Intl's for it.

import { axisBottom } from 'd3-axis';
import type { Selection } from 'd3-selection';
import type { TimelineLayout } from '../layout/timeline.js';
import { formatTick } from '../format/dates.js';

export function renderAxis(g: Selection<SVGGElement, unknown, null, undefined>, layout: TimelineLayout, locale: string): void {
  const { scale, ticks } = layout;
  g.attr('transform', `translate(0,${layout.axisY})`).call(
    axisBottom(scale)
      .tickValues(ticks.values)
      .tickFormat((d) => formatTick(d as Date, ticks.unit, locale))
      .tickSizeOuter(0),
  );
  // The axis reads as one labelled unit; its tick texts stay for sighted users.
  g.attr('aria-hidden', 'true');
}
