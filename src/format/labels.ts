// Accessible names. Not cached here: a mark element keeps its name while it
// stays in view (render/marks.ts names it once), and a cache of every name
// ever shown grew the heap with each pan.

import type { Leader, Summit } from '../model/types.js';
import { describeEvent } from './describe.js';
import type { Vocabulary } from './vocabulary.js';

/** The accessible name of an event in the vocabulary's language. */
export type Labeller = (event: Summit, vocab: Vocabulary) => string;

export function labeller(leaders: ReadonlyMap<string, Leader>): Labeller {
  return (event, vocab) => describeEvent(event, leaders, vocab.lang, vocab);
}
