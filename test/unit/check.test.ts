import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../scripts/history-rules.js';
import { sampleData, summit } from './fixtures.js';

function withSources() {
  const data = sampleData();
  for (const l of data.leaders) l.sources = ['https://example.org/terms'];
  return data;
}

describe('checkHistory', () => {
  it('passes a sourced, ordered, in-term history', () => {
    expect(checkHistory(withSources()).problems).toEqual([]);
  });

  it.each([
    ['meetings out of date order', (d: ReturnType<typeof withSources>) => d.events.splice(0, 2, d.events[1]!, d.events[0]!), 'events[1].date', 'keep meetings in date order'],
    ['a meeting outside a term', (d: ReturnType<typeof withSources>) => (d.events[0]!.date = '2012-01-05'), 'events[0].leaders[0]', 'Shinzo Abe was not in office on 2012-01-05'],
    ['a multi-day meeting ending after a term', (d: ReturnType<typeof withSources>) => (d.events[2]!.end = '2025-10-30'), 'events[2].leaders[0]', 'Shigeru Ishiba was not in office on 2025-10-30'],
    ['a meeting without a source', (d: ReturnType<typeof withSources>) => delete d.events[1]!.sources, 'events[1].sources', 'at least one source'],
    ['an http: source', (d: ReturnType<typeof withSources>) => (d.events[1]!.sources = ['http://example.org']), 'events[1].sources[0]', 'is not an https: URL'],
    ['a leader without a source', (d: ReturnType<typeof withSources>) => delete d.leaders[0]!.sources, 'leaders[0].sources', 'at least one source'],
    ['a double entry', (d: ReturnType<typeof withSources>) => d.events.splice(1, 0, summit({ id: 'twin', date: '2016-05-27', kind: 'memorial', leaders: ['obama', 'abe'] })), 'events[1]', 'same date, leaders and kind as events[0]'],
  ])('reports %s', (_, mutate, path, message) => {
    const data = withSources();
    mutate(data);
    const { problems } = checkHistory(JSON.parse(JSON.stringify(data)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toContain(message);
  });

  it('lets a president-elect meet before taking office', () => {
    const data = withSources();
    data.events.splice(1, 0, summit({ id: 'elect', date: '2016-11-17', kind: 'president-elect', leaders: ['abe', 'trump'] }));
    expect(checkHistory(data).problems).toEqual([]);
    data.events[1]!.kind = 'working-visit';
    expect(checkHistory(data).problems[0]!.message).toBe('Donald Trump was not in office on 2016-11-17');
  });

  it('passes validation problems through', () => {
    expect(checkHistory({ events: 'x' }).problems[0]!.path).toBe('events');
  });
});
