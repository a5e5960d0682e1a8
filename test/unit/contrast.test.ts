// The theme's colours meet WCAG 2.2 contrast in light and dark: text 4.5:1
// (1.4.3), marks, bands and the focus ring 3:1 (1.4.11). Values are read
// from the stylesheet source, so a retheme that breaks a pair fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blend, contrast } from './wcag.js';

const tokens = readFileSync(new URL('../../src/styles/tokens.ts', import.meta.url), 'utf8');
const plotSheet = readFileSync(new URL('../../src/styles/plot.ts', import.meta.url), 'utf8');

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--summit-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const lightStart = tokens.indexOf(':host {');
const light = declarations(tokens.slice(lightStart, tokens.indexOf('}', lightStart)));
const darkStart = tokens.indexOf(':host {', tokens.indexOf('prefers-color-scheme: dark'));
// Dark overrides some tokens; the rest (term text, for one) keep their light value.
const dark = { ...light, ...declarations(tokens.slice(darkStart, tokens.indexOf('}', darkStart))) };

// The even terms' bars are drawn translucent over the plot background (styles/plot.ts).
const evenOpacity = Number(/\.term:nth-child\(even\) \.term-bar \{\s*opacity:\s*([\d.]+);/.exec(plotSheet)?.[1]);

const TEXT: [fg: string, bg: string][] = [
  ['--summit-color', '--summit-background'],
  ['--summit-color', '--summit-card-background'],
  ['--summit-muted-color', '--summit-background'],
  ['--summit-muted-color', '--summit-card-background'],
  ['--summit-term-text-color', '--summit-band-1-color'],
  ['--summit-term-text-color', '--summit-band-2-color'],
  ['--summit-accent', '--summit-card-background'],
  ['--summit-accent', '--summit-background'],
  ['--summit-error-color', '--summit-error-background'],
  // The tooltip inverts the theme; a pressed button sets background-coloured text on the accent.
  ['--summit-background', '--summit-color'],
  ['--summit-background', '--summit-accent'],
];

const MARKS = [
  '--summit-visit-color',
  '--summit-sideline-color',
  '--summit-multilateral-color',
  '--summit-memorial-color',
  '--summit-virtual-color',
  '--summit-selected-color',
  '--summit-focus-color',
  '--summit-band-1-color',
  '--summit-band-2-color',
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_, t) => {
  const ratio = (fg: string, bg: string) => contrast(t[fg]!, t[bg]!);

  it('reads its token values as colours', () => {
    expect(Object.keys(t).length).toBeGreaterThan(20);
    expect(evenOpacity).toBeGreaterThan(0);
    expect(evenOpacity).toBeLessThan(1);
  });

  it.each(TEXT)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['--summit-band-1-color', '--summit-band-2-color'])('band names on the translucent even terms of %s are at least 4.5:1', (band) => {
    const bar = blend(t[band]!, t['--summit-background']!, evenOpacity);
    expect(contrast(t['--summit-term-text-color']!, bar)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARKS)('graphic %s is at least 3:1 on --summit-background', (mark) => {
    expect(ratio(mark, '--summit-background')).toBeGreaterThanOrEqual(3);
  });

  it.each(['--summit-band-1-color', '--summit-band-2-color'])('the translucent even terms of %s stay at least 3:1 on the background', (band) => {
    const bar = blend(t[band]!, t['--summit-background']!, evenOpacity);
    expect(contrast(bar, t['--summit-background']!)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#777777', '#ffffff', 4.48],
    ['rgb(255, 255, 255)', '#d9415e', 4.31],
  ])('%s on %s is %d:1', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 2);
  });
});
