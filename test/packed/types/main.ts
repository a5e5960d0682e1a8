// A strict consumer (the meeting and its source are from src/data/summits.json) that installs nothing but the tarball, checked with skipLibCheck: false.
import 'summit-timeline';
import type { SelectDetail, TimelineData, TimelineInput } from 'summit-timeline';

// The input type users annotate their data with.
type Input = TimelineInput;

const data: Input = {
  leaders: [
    { id: 'abe', name: { en: 'Shinzo Abe' }, country: 'JP', terms: [{ start: '2012-12-26', end: '2020-09-16' }] },
    { id: 'obama', name: { en: 'Barack Obama' }, country: 'US', terms: [{ start: '2009-01-20', end: '2017-01-20' }] },
  ],
  events: [
    {
      id: '2016-05-27-abe-obama',
      date: '2016-05-27',
      kind: 'memorial',
      place: { en: 'Hiroshima, Japan' },
      leaders: ['abe', 'obama'],
      title: { en: 'Obama visits Hiroshima' },
      sources: ['https://www.pcf.city.hiroshima.jp/hpcf/heiwabunka/pce076/English/01E.html'],
    },
  ],
};

const el = document.createElement('summit-timeline');
el.data = data;
el.selected = '2016-05-27-abe-obama';
el.addEventListener('summit-select', (e) => {
  const detail: SelectDetail = e.detail;
  const id: string | null = e.detail.id;
  console.log(detail, id);
});
document.body.append(el);

// The normalized data the validator returns fits back in (this file is only type-checked).
declare const normalized: TimelineData;
el.data = normalized;

// @ts-expect-error: a misspelt field is caught at compile time (`events` is required; `evnets` is not a field).
el.data = { leaders: [], evnets: [] };
