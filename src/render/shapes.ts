// One mark shape per group of kinds, so kind reads without colour too.
// Paths are centred on (0, 0) and sized for a mark of `size` pixels.

import type { SummitKind } from '../model/types.js';

export type MarkShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'star';

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
