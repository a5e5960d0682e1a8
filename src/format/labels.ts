// Accessible names, built once per meeting and locale for a data set: a zoom
// frame redraws marks, and formatting their dates every frame adds up.

import type { Leader, Summit } from '../model/types.js';
import { describeEvent } from './describe.js';
import type { Vocabulary } from './vocabulary.js';

/** The accessible name of an event in the vocabulary's language. */
export type Labeller = (event: Summit, vocab: Vocabulary) => string;

export function labeller(leaders: ReadonlyMap<string, Leader>): Labeller {
  const cache = new Map<string, string>();
  return (event, vocab) => {
    const key = `${vocab.lang}|${event.id}`;
    let label = cache.get(key);
    if (label === undefined) {
      label = describeEvent(event, leaders, vocab.lang, vocab);
      cache.set(key, label);
    }
    return label;
  };
}
