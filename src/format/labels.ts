// Accessible names, built once per meeting and locale for a data set: a zoom
// frame redraws marks, and formatting their dates every frame adds up.

import type { Leader, Summit } from '../model/types.js';
import { describeEvent } from './describe.js';
import type { Locale } from './strings.js';

export type Labeller = (event: Summit, locale: Locale) => string;

export function labeller(leaders: ReadonlyMap<string, Leader>): Labeller {
  const cache = new Map<string, string>();
  return (event, locale) => {
    const key = `${locale}|${event.id}`;
    let label = cache.get(key);
    if (label === undefined) {
      label = describeEvent(event, leaders, locale);
      cache.set(key, label);
    }
    return label;
  };
}
