// How a kind of event looks: a shape and a fill (solid or hollow), so kind
// reads without colour, and a colour (a theme slot or the data's own). Which kind looks how is in the
// vocabulary (format/vocabulary.ts). Paths are centred on (0, 0) and sized
// for a mark of `size` pixels.

import type { MarkShape } from '../model/types.js';
import { vocabulary, type KindEntry, type Vocabulary } from '../format/vocabulary.js';

export type { MarkShape } from '../model/types.js';
export type { MarkFill, MarkGroup } from '../format/vocabulary.js';

const UNKNOWN: Omit<KindEntry, 'id' | 'label'> = { shape: 'circle', fill: 'solid', group: 'visit', color: null };

/** How a kind looks in a vocabulary; a kind it does not know gets a plain circle. */
export function kindLook(kind: string, vocab: Vocabulary): Omit<KindEntry, 'id' | 'label'> {
  return vocab.kinds.get(kind) ?? UNKNOWN;
}

/** Kinds that look alike share one legend entry; in the vocabulary's order. */
export function legendEntries(kinds: readonly string[], vocab: Vocabulary = vocabulary(null, 'en')): KindEntry[][] {
  const used = new Set(kinds);
  const entries = new Map<string, KindEntry[]>();
  for (const entry of vocab.kinds.values()) {
    if (!used.has(entry.id)) continue;
    const key = `${entry.shape}|${entry.fill}|${entry.group ?? ''}|${entry.color ?? ''}`;
    entries.set(key, [...(entries.get(key) ?? []), entry]);
  }
  return [...entries.values()];
}

export function shapePath(shape: MarkShape, size: number): string {
  const key = `${shape} ${size}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = buildPath(shape, size)));
  return d;
}

/** Every mark of a shape and size has the same path: built once, not per mark drawn. */
const paths = new Map<string, string>();

function buildPath(shape: MarkShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.8}H${-r}Z`;
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.1 : r * 0.5;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}
