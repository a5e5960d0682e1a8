import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveData } from '../../src/layout/derive.js';
import { facets } from '../../src/layout/facets.js';
import { filterData, parseIds, toggleIds } from '../../src/layout/filter.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { prepareEvents } from '../../src/layout/timing.js';
import { IDENTITY } from '../../src/layout/time-scale.js';
import { validateData } from '../../src/model/validate.js';
import type { TimelineData } from '../../src/model/types.js';
import { sampleData, summit } from './fixtures.js';

/** sampleData plus topics and a meeting without leaders' agreement on anything: six meetings in all. */
function data(): TimelineData {
  const d = sampleData();
  d.events[0]!.topics = ['history'];
  d.events[1]!.topics = ['economy', 'security'];
  d.events[2]!.topics = ['economy'];
  d.events.push(
    summit({ id: '2013-02-22-abe-obama', date: '2013-02-22', kind: 'working-visit', leaders: ['abe', 'obama'], topics: ['security'] }),
    summit({ id: '2017-02-10-abe-trump', date: '2017-02-10', kind: 'working-visit', leaders: ['abe', 'trump'] }),
    summit({ id: '2025-06-16-ishiba-trump', date: '2025-06-16', kind: 'sideline', leaders: ['ishiba', 'trump'], topics: ['economy'] }),
  );
  return d;
}

const ids = (r: { view: { meetings: { id: string }[] } }) => r.view.meetings.map((e) => e.id);

describe('parseIds', () => {
  it.each([
    ['state-visit bilateral', ['state-visit', 'bilateral']],
    ['  abe\ttrump\n abe ', ['abe', 'trump']],
    ['', []],
    [null, []],
    [undefined, []],
    [42, []],
    [['abe'], []],
  ])('parseIds(%j) is %j', (value, expected) => {
    expect(parseIds(value)).toEqual(expected);
  });
});

describe('toggleIds', () => {
  it.each([
    [[], ['a'], ['a']],
    [['a', 'b'], ['a'], ['b']],
    [['b'], ['a', 'c'], ['b', 'a', 'c']],
    [['a', 'b', 'c'], ['a', 'c'], ['b']],
    // Part of a group on: the whole group goes on.
    [['a'], ['a', 'c'], ['a', 'c']],
  ])('toggleIds(%j, %j) is %j', (list, group, expected) => {
    expect(toggleIds(list, group)).toEqual(expected);
  });
});

describe('filterData', () => {
  const d = deriveData(data());

  it('with no axis set is the data set itself, with every id counted', () => {
    const r = filterData(d, {});
    expect(r.active).toBe(false);
    expect(r.view).toBe(d);
    expect(r.filter).toEqual({ kinds: [], leaders: [], topics: [] });
    expect(facets(r).kinds).toEqual([
      { id: 'state-visit', count: 1 },
      { id: 'working-visit', count: 3 },
      { id: 'sideline', count: 1 },
      { id: 'memorial', count: 1 },
    ]);
    // Leaders and topics in the data's order (the default topics' order), only those used.
    expect(facets(r).leaders).toEqual([
      { id: 'abe', count: 4 },
      { id: 'ishiba', count: 2 },
      { id: 'obama', count: 2 },
      { id: 'trump', count: 4 },
    ]);
    expect(facets(r).topics).toEqual([
      { id: 'economy', count: 3 },
      { id: 'security', count: 2 },
      { id: 'history', count: 1 },
    ]);
  });

  it('is or within an axis', () => {
    expect(ids(filterData(d, { kinds: 'state-visit memorial' }))).toEqual(['2016-05-27-abe-obama', '2019-05-26-abe-trump']);
    expect(ids(filterData(d, { leaders: 'obama ishiba' }))).toEqual(['2013-02-22-abe-obama', '2016-05-27-abe-obama', '2025-02-07-ishiba-trump', '2025-06-16-ishiba-trump']);
    expect(ids(filterData(d, { topics: 'history security' }))).toEqual(['2013-02-22-abe-obama', '2016-05-27-abe-obama', '2019-05-26-abe-trump']);
  });

  it('is and across axes', () => {
    expect(ids(filterData(d, { kinds: 'working-visit', leaders: 'trump' }))).toEqual(['2017-02-10-abe-trump', '2025-02-07-ishiba-trump']);
    expect(ids(filterData(d, { kinds: 'working-visit', leaders: 'trump', topics: 'economy' }))).toEqual(['2025-02-07-ishiba-trump']);
  });

  it('takes nothing but a string as a list of ids', () => {
    expect(filterData(d, { leaders: ['obama'], kinds: 7 }).active).toBe(false);
  });

  it('drops ids the data does not know, so a typo filters nothing', () => {
    const r = filterData(d, { kinds: 'state-vist', leaders: 'abe nobody' });
    expect(r.filter).toEqual({ kinds: [], leaders: ['abe'], topics: [] });
    expect(ids(r)).toEqual(['2013-02-22-abe-obama', '2016-05-27-abe-obama', '2017-02-10-abe-trump', '2019-05-26-abe-trump']);
    expect(filterData(d, { topics: 'nothing-at-all' }).active).toBe(false);
  });

  it('keeps an id the data defines but no meeting uses: it matches nothing', () => {
    const r = filterData(d, { kinds: 'virtual' });
    expect(r.active).toBe(true);
    expect(r.filter.kinds).toEqual(['virtual']);
    expect(r.view.meetings).toEqual([]);
    // The legend and the control still offer what there is.
    expect(facets(r).kinds.map((f) => f.id)).toEqual(['state-visit', 'working-visit', 'sideline', 'memorial']);
  });

  it('counts each axis among the meetings the other axes let through', () => {
    const r = filterData(d, { kinds: 'working-visit', leaders: 'trump' });
    // Kinds counted over Trump's meetings, leaders over working visits.
    expect(Object.fromEntries(facets(r).kinds.map((f) => [f.id, f.count]))).toEqual({ 'state-visit': 1, 'working-visit': 2, sideline: 1, memorial: 0 });
    expect(Object.fromEntries(facets(r).leaders.map((f) => [f.id, f.count]))).toEqual({ abe: 2, ishiba: 1, obama: 1, trump: 2 });
    expect(Object.fromEntries(facets(r).topics.map((f) => [f.id, f.count]))).toEqual({ economy: 1, security: 0, history: 0 });
  });

  it('counts as its definition says, for every filter of one or two ids per axis', () => {
    // The count of an id: meetings that have it and pass every other axis's filter.
    const passes = (f: Record<string, string[]>, e: (typeof d.meetings)[number], skip: string) =>
      (['kinds', 'leaders', 'topics'] as const).every((axis) => {
        if (axis === skip || !f[axis]!.length) return true;
        const own = axis === 'kinds' ? [e.kind] : (e[axis] ?? []);
        return own.some((id) => f[axis]!.includes(id));
      });
    const choices = { kinds: ['', 'working-visit', 'state-visit sideline'], leaders: ['', 'trump', 'abe ishiba'], topics: ['', 'economy', 'history security'] };
    for (const kinds of choices.kinds)
      for (const leaders of choices.leaders)
        for (const topics of choices.topics) {
          const r = filterData(d, { kinds, leaders, topics });
          for (const axis of ['kinds', 'leaders', 'topics'] as const)
            for (const { id, count } of facets(r)[axis]) {
              const own = (e: (typeof d.meetings)[number]) => (axis === 'kinds' ? [e.kind] : (e[axis] ?? []));
              const expected = d.meetings.filter((e) => own(e).includes(id) && passes(r.filter, e, axis)).length;
              expect({ kinds, leaders, topics, axis, id, count }).toEqual({ kinds, leaders, topics, axis, id, count: expected });
            }
        }
  });

  it('gives a view with its own order and events, and the full extent', () => {
    const r = filterData(d, { leaders: 'ishiba' });
    expect([...r.view.order]).toEqual([
      ['2025-02-07-ishiba-trump', 0],
      ['2025-06-16-ishiba-trump', 1],
    ]);
    expect(r.view.data.events).toBe(r.view.meetings);
    expect(prepareEvents(r.view.data.events).sorted).toEqual(r.view.meetings);
    expect(r.view.extent).toBe(d.extent);
    expect(r.view.kinds).toBe(d.kinds);
    expect(r.view.data.leaders).toBe(d.data.leaders);
    expect(r.full).toBe(d);
  });

  it('is memoised per data set and filter, whatever the spacing', () => {
    const a = filterData(d, { kinds: 'memorial', topics: null });
    expect(filterData(d, { kinds: ' memorial  ' })).toBe(a);
    expect(filterData(d, { kinds: 'state-visit' })).not.toBe(a);
  });

  it('reads an author\'s own kinds and topics', () => {
    const own = validateData({
      kinds: [{ id: 'launch', label: 'Launch', shape: 'triangle' }, { id: 'landing', label: 'Landing', shape: 'circle' }],
      topics: [{ id: 'moon', label: 'The Moon' }, { id: 'mars', label: 'Mars' }],
      events: [
        { id: 'a', date: '1969-07-16', kind: 'launch', title: 'Apollo 11', topics: ['moon'] },
        { id: 'b', date: '1969-07-20', kind: 'landing', title: 'Eagle', topics: ['moon'] },
        { id: 'c', date: '1976-07-20', kind: 'landing', title: 'Viking 1', topics: ['mars'] },
      ],
    }).data!;
    const r = filterData(deriveData(own), { kinds: 'landing', topics: 'moon' });
    expect(ids(r)).toEqual(['b']);
    expect(facets(r).topics).toEqual([
      { id: 'moon', count: 1 },
      { id: 'mars', count: 1 },
    ]);
    expect(facets(r).leaders).toEqual([]);
  });
});

describe('filters and clustering', () => {
  it('at 3,750 of 6,000 events, every meeting shown is a mark or in exactly one cluster, and no other is', () => {
    const kinds = ['bilateral', 'sideline', 'virtual', 'memorial'];
    let s = 7;
    const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const doc = {
      events: Array.from({ length: 6000 }, (_, i) => ({
        id: `e${i}`,
        date: new Date(Date.UTC(2006, 0, 1) + Math.floor(rand() * 7000) * 86_400_000).toISOString().slice(0, 10),
        kind: kinds[i % 4]!,
        title: `Event ${i}`,
        topics: i % 6 === 0 ? [] : ['economy'],
      })),
    };
    const d = deriveData(validateData(doc).data!);
    const r = filterData(d, { kinds: 'bilateral sideline virtual', topics: 'economy' });
    const shown = new Set(r.view.meetings.map((e) => e.id));
    expect(shown.size).toBe(doc.events.filter((e) => e.kind !== 'memorial' && e.topics.length).length);
    expect(shown.size).toBeGreaterThan(2000);
    for (const k of [1, 4, 32]) {
      const layout = layoutTimeline({ data: r.view.data, extent: r.view.extent, width: 900, height: 360, transform: { ...IDENTITY, k }, today: '2025-12-01', labelOf: (n) => n.en ?? '' });
      const { sorted } = prepareEvents(r.view.data.events);
      const seen = new Map<string, number>();
      const add = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
      for (const m of layout.marks) add(m.event.id);
      for (const c of layout.clusters) for (let i = c.from; i < c.to; i++) add(sorted[i]!.id);
      if (k === 1) expect(layout.clusters.length).toBeGreaterThan(0);
      for (const [id, n] of seen) {
        expect(shown.has(id), `${id} is filtered out`).toBe(true);
        expect(n, `${id} appears once`).toBe(1);
      }
      // At the whole range every meeting shown is in view.
      if (k === 1) expect(seen.size).toBe(shown.size);
      expect(layout.base.domain()).toEqual(d.extent);
    }
  });

  it('leaves the full data set\'s scale alone', () => {
    const d = deriveData(data());
    const r = filterData(d, { leaders: 'ishiba' });
    const at = (data: TimelineData, extent?: [Date, Date]) =>
      layoutTimeline({ data, ...(extent ? { extent } : {}), width: 900, height: 360, transform: IDENTITY, today: '2025-12-01', labelOf: () => '' }).scale.domain();
    expect(at(r.view.data, r.view.extent)).toEqual(at(d.data));
  });
});

it('the bundled history has state visits, Kishida and North Korea to filter by', () => {
  const doc = JSON.parse(readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8'));
  const d = deriveData(validateData(doc).data!);
  const r = filterData(d, { leaders: 'kishida biden' });
  expect(r.view.meetings.length).toBeGreaterThan(0);
  expect(r.view.meetings.every((e) => e.leaders.includes('kishida') || e.leaders.includes('biden'))).toBe(true);
  expect(facets(r).topics.find((f) => f.id === 'north-korea')!.count).toBeGreaterThan(0);
});
