// Kinds read without colour (WCAG 1.4.1): every legend entry differs from
// every other in shape or fill, for the default kinds and for an author's.
import { describe, expect, it } from 'vitest';
import { vocabulary, type KindEntry } from '../../src/format/vocabulary.js';
import { DEFAULT_KINDS } from '../../src/model/defaults.js';
import { MARK_SHAPES, type MarkShape, type TimelineData } from '../../src/model/types.js';
import { kindLook, legendEntries } from '../../src/render/shapes.js';

const look = (entry: KindEntry) => `${entry.shape}/${entry.fill}`;
const colourOnly = (entries: KindEntry[][]) => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [first] of entries) {
    const other = seen.get(look(first!));
    if (other) clashes.push(`${other} and ${first!.id} are both ${look(first!)}`);
    else seen.set(look(first!), first!.id);
  }
  return clashes;
};

const authored = (shapes: MarkShape[], colours: (string | undefined)[] = []): TimelineData => ({
  kinds: shapes.map((shape, i) => ({ id: `k${i}`, label: { en: `Kind ${i}` }, shape, ...(colours[i] ? { color: colours[i] } : {}) })),
  leaders: [],
  events: [],
});

describe('the default kinds', () => {
  const v = vocabulary(null, 'en');
  const all = DEFAULT_KINDS.map((k) => k.id);

  it('no two legend entries share both shape and fill', () => {
    expect(colourOnly(legendEntries(all, v))).toEqual([]);
  });

  it('tell a meeting with the president-elect (hollow diamond) from one at a multilateral summit (solid diamond)', () => {
    expect([kindLook('sideline', v), kindLook('president-elect', v)].map((k) => [k.shape, k.fill])).toEqual([
      ['diamond', 'solid'],
      ['diamond', 'hollow'],
    ]);
  });

  it('merge only kinds that also share a colour slot, so each entry is one look', () => {
    for (const entry of legendEntries(all, v)) expect(new Set(entry.map((k) => `${look(k)}/${k.group}`)).size).toBe(1);
  });

  it('draw virtual summits hollow, as before', () => {
    expect(kindLook('virtual', v).fill).toBe('hollow');
  });
});

describe('an author’s kinds', () => {
  it('with a shape each are told apart by shape, whatever colour slot they rotate to', () => {
    const v = vocabulary(authored([...MARK_SHAPES]), 'en');
    expect(colourOnly(legendEntries([...v.kinds.keys()], v))).toEqual([]);
  });

  it('sharing a shape in pairs are told apart by fill: the second of a shape is hollow', () => {
    const v = vocabulary(authored(['circle', 'square', 'circle', 'square'], [undefined, '#112233', '#445566']), 'en');
    expect([...v.kinds.values()].map((k) => k.fill)).toEqual(['solid', 'solid', 'hollow', 'hollow']);
    expect(colourOnly(legendEntries([...v.kinds.keys()], v))).toEqual([]);
  });

  it('WARNING for authors: a third kind of one shape differs from the first by colour only; give it another shape', () => {
    const v = vocabulary(authored(['star', 'star', 'star']), 'en');
    expect(colourOnly(legendEntries([...v.kinds.keys()], v))).toEqual(['k0 and k2 are both star/solid']);
    const fixed = vocabulary(authored(['star', 'star', 'triangle']), 'en');
    expect(colourOnly(legendEntries([...fixed.kinds.keys()], fixed))).toEqual([]);
  });
});
