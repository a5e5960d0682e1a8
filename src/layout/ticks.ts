// Tick values and their granularity. The label text is format's job; here we
// only decide which days get a tick and whether they stand for a year, a
// month or a day, so the axis reads "2019", "Feb 2025" or "7 Feb" as it zooms.

import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './time-scale.js';

export type TickUnit = 'year' | 'month' | 'day';

export interface AxisTicks {
  values: Date[];
  unit: TickUnit;
}

/** Minimum room for one label, in pixels; wider labels need fewer ticks. */
const MIN_SPACING: Record<TickUnit, number> = { year: 48, month: 72, day: 56 };

/**
 * Picks the coarsest unit whose ticks still come at least every so many pixels,
 * leaving out a tick too near either end for its centred label to be whole ("20" for 2026).
 */
export function axisTicks(scale: TimeScale): AxisTicks {
  const ticks = unitTicks(scale);
  const [r0, r1] = scale.range() as [number, number];
  const edge = MIN_SPACING[ticks.unit] / 2;
  return { unit: ticks.unit, values: ticks.values.filter((v) => scale(v) >= Math.min(r0, r1) + edge && scale(v) <= Math.max(r0, r1) - edge) };
}

function unitTicks(scale: TimeScale): AxisTicks {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const width = Math.abs(r1 - r0);
  const perYear = width / ((d1.getTime() - d0.getTime()) / (365.25 * 86_400_000));

  if (perYear < 12 * MIN_SPACING.month) {
    const step = stepFor(perYear, MIN_SPACING.year, [1, 2, 5, 10, 20, 50, 100]);
    return { unit: 'year', values: utcYear.every(step)!.range(d0, d1) };
  }
  const perMonth = perYear / 12;
  if (perMonth < 28 * MIN_SPACING.day) {
    const step = stepFor(perMonth, MIN_SPACING.month, [1, 2, 3, 6]);
    return { unit: 'month', values: utcMonth.every(step)!.range(d0, d1) };
  }
  const perDay = perMonth / 30.4;
  const step = stepFor(perDay, MIN_SPACING.day, [1, 2, 7, 14]);
  // utcDay.every counts from the 1st of each month, so weekly ticks restart monthly.
  return { unit: 'day', values: utcDay.every(step)!.range(d0, d1) };
}

function stepFor(pixelsPerUnit: number, spacing: number, steps: number[]): number {
  return steps.find((s) => s * pixelsPerUnit >= spacing) ?? steps[steps.length - 1]!;
}
