// How a kind of meeting looks: a shape, so kind reads without colour, and a
// colour group. Paths are centred on (0, 0) and sized for a mark of `size` pixels.

import { SUMMIT_KINDS, type SummitKind } from '../model/types.js';

export type MarkShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'star';
export type MarkGroup = 'visit' | 'sideline' | 'multilateral' | 'memorial' | 'virtual';

export const KIND_SHAPE: Record<SummitKind, MarkShape> = {
  'state-visit': 'star',
  'official-visit': 'circle',
  'working-visit': 'circle',
  bilateral: 'circle',
  sideline: 'diamond',
  multilateral: 'square',
  memorial: 'triangle',
  virtual: 'circle',
  'president-elect': 'diamond',
};

/** The colour a mark takes, through `--summit-<group>-color`. */
export const KIND_GROUP: Record<SummitKind, MarkGroup> = {
  'state-visit': 'visit',
  'official-visit': 'visit',
  'working-visit': 'visit',
  bilateral: 'visit',
  sideline: 'sideline',
  multilateral: 'multilateral',
  memorial: 'memorial',
  virtual: 'virtual',
  'president-elect': 'visit',
};

/** Kinds that look alike share one legend entry; in SUMMIT_KINDS order. */
export function legendEntries(kinds: readonly SummitKind[]): SummitKind[][] {
  const entries = new Map<string, SummitKind[]>();
  for (const kind of SUMMIT_KINDS) {
    if (!kinds.includes(kind)) continue;
    const key = `${KIND_SHAPE[kind]}|${KIND_GROUP[kind]}`;
    entries.set(key, [...(entries.get(key) ?? []), kind]);
  }
  return [...entries.values()];
}

export function shapePath(shape: MarkShape, size: number): string {
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
