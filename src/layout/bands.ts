// Term bands: one horizontal band per country, one segment per term in office.

import { toUtcDate, toUtcDayEnd } from '../model/calendar-date.js';
import type { BandSpec, Leader, LocalizedText } from '../model/types.js';
import type { TimeScale } from './time-scale.js';
import { nameForms } from './names.js';

export interface TermSegment {
  /** Unique within the band: leader id and term index. */
  key: string;
  leaderId: string;
  name: LocalizedText;
  start: string;
  end?: string;
  x0: number;
  x1: number;
  /** Whether the name, as estimated, fits inside the segment. */
  labelFits: boolean;
  /** What the bar shows: the longest form of the name that fits (name, surname, initials), or '' when none does. */
  label: string;
}

export interface BandLayout {
  country: string;
  label?: LocalizedText;
  y: number;
  height: number;
  segments: TermSegment[];
}

/** Width of a label at the band font size, without measuring the DOM; generous for CJK. */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6;
  return units * fontSize;
}

/** Room a label needs beyond its text: its inset from the term's start and a margin before its end. */
export const LABEL_PADDING = 8;

/** The longest of `forms` whose estimated width fits in `room` px, or '' when none does. */
export function fitLabel(forms: readonly string[], room: number, measure: (text: string) => number = estimateTextWidth): string {
  return forms.find((f) => measure(f) + LABEL_PADDING <= room) ?? '';
}

/** Countries in band order: the data's own bands first, then by first appearance among leaders. */
export function bandCountries(leaders: readonly Leader[], bands: readonly BandSpec[] = []): string[] {
  const order = bands.map((b) => b.country);
  for (const l of leaders) if (!order.includes(l.country)) order.push(l.country);
  return order;
}

/** Places every term of every leader of `country` on the scale; `today` closes open terms. */
export function layoutBand(
  country: string,
  leaders: readonly Leader[],
  scale: TimeScale,
  today: string,
  labelOf: (name: LocalizedText) => string,
): TermSegment[] {
  const [r0, r1] = scale.range();
  const segments: TermSegment[] = [];
  for (const leader of leaders) {
    if (leader.country !== country) continue;
    leader.terms.forEach((term, i) => {
      const x0 = scale(toUtcDate(term.start));
      const x1 = scale(toUtcDayEnd(term.end ?? today));
      if (x1 < r0 || x0 > r1) return;
      const visible = Math.min(x1, r1) - Math.max(x0, r0);
      const name = labelOf(leader.name);
      const segment: TermSegment = {
        key: `${leader.id}#${i}`,
        leaderId: leader.id,
        name: leader.name,
        start: term.start,
        x0,
        x1,
        labelFits: visible >= estimateTextWidth(name) + LABEL_PADDING,
        label: fitLabel(nameForms(name), visible),
      };
      if (term.end) segment.end = term.end;
      segments.push(segment);
    });
  }
  return segments.sort((a, b) => a.x0 - b.x0);
}
