import { describe, expect, it } from 'vitest';
import { nameForms } from '../../src/layout/names.js';
import { estimateTextWidth, fitLabel, LABEL_PADDING, layoutBand } from '../../src/layout/bands.js';
import { baseScale } from '../../src/layout/time-scale.js';
import { toUtcDate } from '../../src/model/calendar-date.js';
import type { Leader } from '../../src/model/types.js';

describe('nameForms(name): the name, the surname, the initials', () => {
  it.each([
    ['Shinzo Abe', ['Shinzo Abe', 'Abe', 'SA']],
    ['George W. Bush', ['George W. Bush', 'Bush', 'GWB']],
    ['Yukio Hatoyama', ['Yukio Hatoyama', 'Hatoyama', 'YH']],
    ['Naoto Kan', ['Naoto Kan', 'Kan', 'NK']],
    // Initials no shorter than the surname are no shorter form.
    ['Xi Jinping', ['Xi Jinping', 'Jinping', 'XJ']],
    ['Ho Ng', ['Ho Ng', 'Ng']],
    ['  Joe   Biden ', ['Joe Biden', 'Biden', 'JB']],
    // Katakana words split at the middle dot; no initials without letter case.
    ['ジョージ・W・ブッシュ', ['ジョージ・W・ブッシュ', 'ブッシュ']],
    ['バラク・オバマ', ['バラク・オバマ', 'オバマ']],
    // Written without separators: one form.
    ['安倍晋三', ['安倍晋三']],
    ['Madonna', ['Madonna']],
    // A lower-case particle: no initials ("de" has none to give), the surname still.
    ['Charles de Gaulle', ['Charles de Gaulle', 'Gaulle']],
    ['', []],
  ])('%j → %j', (name, forms) => {
    expect(nameForms(name)).toEqual(forms);
  });

  it('gives each form shorter than the one before', () => {
    for (const name of ['Ab Cd', 'A B', 'Xi Jinping', 'Jean-Claude Juncker', 'Ursula von der Leyen']) {
      const forms = nameForms(name);
      for (let i = 1; i < forms.length; i++) expect([...forms[i]!].length).toBeLessThan([...forms[i - 1]!].length);
    }
  });
});

describe('fitLabel(forms, room): the longest form that fits', () => {
  const forms = nameForms('Shigeru Ishiba');
  const need = (text: string) => estimateTextWidth(text) + LABEL_PADDING;
  it.each([
    [1000, 'Shigeru Ishiba'],
    [need('Shigeru Ishiba'), 'Shigeru Ishiba'],
    [need('Shigeru Ishiba') - 0.1, 'Ishiba'],
    [need('Ishiba'), 'Ishiba'],
    [need('Ishiba') - 0.1, 'SI'],
    [need('SI'), 'SI'],
    [need('SI') - 0.1, ''],
    [0, ''],
    [-50, ''],
  ])('in %d px shows %j', (room, label) => {
    expect(fitLabel(forms, room)).toBe(label);
  });

  it('measures with the function given', () => {
    expect(fitLabel(['long', 'l'], 10, (t) => t.length)).toBe('l');
  });
});

describe('layoutBand labels', () => {
  const leader = (id: string, en: string, start: string, end: string): Leader => ({ id, name: { en }, country: 'JP', terms: [{ start, end }] });
  const leaders = [leader('abe', 'Shinzo Abe', '2012-12-26', '2020-09-16'), leader('suga', 'Yoshihide Suga', '2020-09-16', '2021-10-04'), leader('ishiba', 'Shigeru Ishiba', '2024-10-01', '2025-10-21')];
  const labels = (width: number) => layoutBand('JP', leaders, baseScale([toUtcDate('2012-01-01'), toUtcDate('2026-01-01')], width), '2026-01-01', (n) => n.en ?? '').map((s) => s.label);

  it.each([
    [2000, ['Shinzo Abe', 'Yoshihide Suga', 'Shigeru Ishiba']],
    [1000, ['Shinzo Abe', 'Suga', 'Ishiba']],
    [500, ['Shinzo Abe', 'Suga', 'SI']],
    [390, ['Shinzo Abe', 'YS', 'SI']],
    [200, ['Shinzo Abe', '', '']],
  ])('at %d px: %j', (width, expected) => {
    expect(labels(width)).toEqual(expected);
  });

  it('never chooses a label wider than its segment', () => {
    for (let width = 100; width <= 2000; width += 37) {
      const scale = baseScale([toUtcDate('2012-01-01'), toUtcDate('2026-01-01')], width);
      for (const s of layoutBand('JP', leaders, scale, '2026-01-01', (n) => n.en ?? '')) {
        if (s.label) expect(estimateTextWidth(s.label) + LABEL_PADDING).toBeLessThanOrEqual(Math.min(s.x1, width) - Math.max(s.x0, 0));
      }
    }
  });
});
