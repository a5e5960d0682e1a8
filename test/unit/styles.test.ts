// The theming API in one place: every --summit-* property the sheets use is
// declared with a light default, documented with @cssprop, and nothing is
// declared or documented that no rule reads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/styles/', import.meta.url);
const sheets = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const text = (f: string) => readFileSync(new URL(f, dir), 'utf8');
const tokens = text('tokens.ts');
const set = (re: RegExp, source: string) => new Set([...source.matchAll(re)].map((m) => m[1]!));

const documented = set(/@cssprop \[(--summit-[\w-]+)=/g, tokens);
const lightBlock = tokens.slice(tokens.indexOf(':host {'), tokens.indexOf('}', tokens.indexOf(':host {')));
const declaredLight = set(/(--summit-[\w-]+):/g, lightBlock);
const declaredAll = set(/(--summit-[\w-]+):/g, tokens);
const used = new Set(sheets.flatMap((f) => [...set(/var\((--summit-[\w-]+)/g, text(f))]));

describe('theme tokens', () => {
  it('every property a sheet uses is declared with a default on :host', () => {
    expect([...used].filter((p) => !declaredLight.has(p))).toEqual([]);
  });

  it('every declared property is used by some rule', () => {
    expect([...declaredAll].filter((p) => !used.has(p))).toEqual([]);
  });

  it('the @cssprop list documents exactly the declared properties, with the same light defaults', () => {
    expect([...documented].sort()).toEqual([...declaredLight].sort());
    for (const [, name, value] of tokens.matchAll(/@cssprop \[(--summit-[\w-]+)=([^\]]*)\]/g)) {
      const declared = new RegExp(`${name}:\\s*([^;]+);`).exec(lightBlock)![1]!;
      // The doc may shorten a long font stack; it must start the same way.
      expect(declared.startsWith(value!.split(',')[0]!), name).toBe(true);
    }
  });

  it('every property with a dark value documents it', () => {
    const darkBlock = tokens.slice(tokens.indexOf('prefers-color-scheme: dark'));
    for (const [, name, value] of darkBlock.matchAll(/(--summit-[\w-]+):\s*([^;]+);/g)) {
      const doc = new RegExp(`@cssprop \\[${name}=[^\\]]*\\] - .*`).exec(tokens)?.[0] ?? '';
      if (!name!.includes('shadow')) expect(doc, name).toContain(`dark: ${value}`);
    }
  });
});
