import type { Summit, TimelineData } from '../../src/model/types.js';

/** A small valid data set: two leaders each side, a few meetings. */
export function sampleData(): TimelineData {
  return {
    leaders: [
      { id: 'abe', name: { en: 'Shinzo Abe', ja: '安倍晋三' }, country: 'JP', terms: [{ start: '2012-12-26', end: '2020-09-16' }] },
      { id: 'ishiba', name: { en: 'Shigeru Ishiba', ja: '石破茂' }, country: 'JP', terms: [{ start: '2024-10-01', end: '2025-10-21' }] },
      { id: 'obama', name: { en: 'Barack Obama' }, country: 'US', terms: [{ start: '2009-01-20', end: '2017-01-20' }] },
      { id: 'trump', name: { en: 'Donald Trump', ja: 'ドナルド・トランプ' }, country: 'US', terms: [{ start: '2017-01-20', end: '2021-01-20' }, { start: '2025-01-20' }] },
    ],
    events: [
      summit({ id: '2016-05-27-abe-obama', date: '2016-05-27', kind: 'memorial', leaders: ['abe', 'obama'], place: { en: 'Hiroshima, Japan' }, title: { en: 'Hiroshima' } }),
      summit({ id: '2019-05-26-abe-trump', date: '2019-05-26', end: '2019-05-28', kind: 'state-visit', leaders: ['abe', 'trump'] }),
      summit({ id: '2025-02-07-ishiba-trump', date: '2025-02-07', kind: 'working-visit', leaders: ['ishiba', 'trump'], place: { en: 'White House, Washington, D.C., United States' }, title: { en: "Ishiba's first meeting with Trump" } }),
    ],
  };
}

export function summit(partial: Partial<Summit> & Pick<Summit, 'id' | 'date'>): Summit {
  return {
    kind: 'sideline',
    leaders: ['abe', 'trump'],
    place: { en: 'Somewhere' },
    title: { en: `Meeting ${partial.id}` },
    sources: ['https://example.org/source'],
    ...partial,
  };
}
