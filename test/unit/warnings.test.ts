import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/model/suggest.js';
import { validateData } from '../../src/model/validate.js';
import { ROOT_KEYS } from '../../src/model/validate.js';
import { sampleData, summit } from './fixtures.js';

describe('term warnings', () => {
  it('keep an event dated outside a listed leader’s term, and say what to check', () => {
    const data = sampleData();
    data.events[0]!.date = '2012-01-05';
    const { data: out, problems, warnings } = validateData(data);
    expect(problems).toEqual([]);
    expect(out!.events).toHaveLength(3);
    expect(warnings).toEqual([
      {
        path: 'events[0].leaders[0]',
        message: 'Shinzo Abe ("abe") was not in office on 2012-01-05 (in office 2012-12-26 – 2020-09-16); check the date, or the leader id',
      },
    ]);
  });

  it('check the last day of a multi-day event too, and name an open term', () => {
    const data = sampleData();
    data.events[2]!.end = '2025-10-30';
    data.events[2]!.leaders = ['ishiba', 'trump'];
    const { warnings } = validateData(data);
    expect(warnings.map((w) => w.path)).toEqual(['events[2].leaders[0]']);
    expect(warnings[0]!.message).toContain('not in office on 2025-10-30');
    data.events[2]!.date = '2016-01-01';
    data.events[2]!.end = undefined;
    expect(validateData(data).warnings[1]!.message).toContain('(in office 2017-01-20 – 2021-01-20, from 2025-01-20)');
  });

  it('leave a US president-elect alone under the default kinds, but not under kinds of one’s own', () => {
    const data = sampleData();
    data.events.splice(1, 0, summit({ id: 'elect', date: '2016-11-17', kind: 'president-elect', leaders: ['abe', 'trump'] }));
    expect(validateData(data).warnings).toEqual([]);
    const own = { ...data, kinds: [{ id: 'president-elect', label: { en: 'Elect' }, shape: 'circle' }, { id: 'memorial', label: { en: 'M' }, shape: 'star' }, { id: 'state-visit', label: { en: 'S' }, shape: 'star' }, { id: 'working-visit', label: { en: 'W' }, shape: 'star' }] };
    expect(validateData(own).warnings.map((w) => w.path)).toEqual(['events[1].leaders[1]']);
  });

  it('say nothing about an event dropped for a duplicate id', () => {
    const data = sampleData();
    data.events.push(summit({ id: data.events[0]!.id, date: '2001-01-01', leaders: ['abe', 'obama'] }));
    const { problems, warnings } = validateData(data);
    expect(problems.map((p) => p.path)).toEqual(['events[3].id']);
    expect(warnings).toEqual([]);
  });

  it('are not needed for events without leaders', () => {
    const { warnings } = validateData({ events: [{ id: 'x', date: '1800-01-01', kind: 'virtual', title: 'x' }] });
    expect(warnings).toEqual([]);
  });
});

describe('did you mean', () => {
  it.each([
    ['titel', 'title', 1],
    ['title', 'title', 0],
    ['evnets', 'events', 1],
    ['leader', 'leaders', 1],
    ['abc', 'xyz', 3],
  ])('editDistance(%s, %s) is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('suggests the nearest known name within about one slip per three letters', () => {
    expect(nearest('evnets', ROOT_KEYS)).toBe('events');
    expect(nearest('Title', ['title', 'date'])).toBe('title');
    expect(nearest('labls', ROOT_KEYS)).toBe('labels');
    expect(nearest('meetings', ROOT_KEYS)).toBeUndefined();
    expect(nearest('x', ['y'])).toBe('y');
    expect(nearest('xy', ['title'])).toBeUndefined();
  });
});
