// Good and bad documents shared by the validator's tests and the schema
// agreement test: both must call the same documents valid.
import { sampleData } from './fixtures.js';

export interface Fixture {
  name: string;
  doc: unknown;
  /** The path of the first problem, or null for valid data. */
  path: string | null;
  /** Part of the message expected at that path. */
  message?: string;
  /** Whether the whole document is rejected (no data), rather than an item skipped. */
  fatal?: boolean;
}

function withEvent(patch: Record<string, unknown>, index = 1): unknown {
  const doc = sampleData() as unknown as { events: Record<string, unknown>[] };
  doc.events[index] = { ...doc.events[index], ...patch };
  return doc;
}

function withoutEventField(field: string, index = 1): unknown {
  const doc = sampleData() as unknown as { events: Record<string, unknown>[] };
  delete doc.events[index]![field];
  return doc;
}

function withLeader(patch: Record<string, unknown>, index = 0): unknown {
  const doc = sampleData() as unknown as { leaders: Record<string, unknown>[] };
  doc.leaders[index] = { ...doc.leaders[index], ...patch };
  return doc;
}

/** A data set on another subject: no leaders, its own kinds, topics and words. */
export function launches(): Record<string, unknown> & { events: Record<string, unknown>[]; kinds: Record<string, unknown>[] } {
  return {
    title: { en: 'Launches', ja: '打ち上げ' },
    labels: { event: 'launch', events: 'launches', leaders: 'Crew', place: { en: 'Launch site', ja: '発射場' } },
    kinds: [
      { id: 'orbit', label: { en: 'Earth orbit', ja: '地球周回' }, shape: 'square' },
      { id: 'landing', label: 'Landing', shape: 'star', color: '#b8860b' },
    ],
    topics: [{ id: 'science', label: 'Science' }],
    events: [
      { id: 'one', date: '1968-10-11', kind: 'orbit', title: 'First flight', place: 'Pad 34' },
      { id: 'two', date: '1969-07-16', kind: 'landing', title: { en: 'Second flight', 'ja-JP': '二回目' }, topics: ['science'] },
    ],
  };
}

function withLaunch(patch: Record<string, unknown>, index = 1): unknown {
  const doc = launches();
  doc.events[index] = { ...doc.events[index], ...patch };
  return doc;
}

function withKind(patch: Record<string, unknown>, index = 0): unknown {
  const doc = launches();
  doc.kinds[index] = { ...doc.kinds[index], ...patch };
  return doc;
}

export const FIXTURES: Fixture[] = [
  { name: 'the sample data', doc: sampleData(), path: null },
  { name: 'no events at all', doc: { leaders: [], events: [] }, path: null },
  { name: 'plain-string text fields', doc: withEvent({ title: 'A title', place: 'Tokyo' }), path: null },
  { name: 'a $schema reference', doc: { $schema: './summit-timeline.schema.json', events: [] }, path: null },
  { name: 'an open-ended term', doc: withLeader({ terms: [{ start: '2024-10-01' }] }), path: null },
  { name: 'a multi-day meeting', doc: withEvent({ date: '2019-05-26', end: '2019-05-28' }), path: null },
  { name: 'http: sources', doc: withEvent({ sources: ['http://example.org/a'] }), path: null },
  { name: 'topics from the vocabulary', doc: withEvent({ topics: ['economy', 'north-korea'] }), path: null },
  { name: 'others present', doc: withEvent({ kind: 'multilateral', others: [{ en: 'Yoon Suk Yeol (South Korea)' }] }), path: null },
  { name: 'a title in French', doc: withEvent({ title: { en: 'x', fr: 'y' } }), path: null },
  { name: 'text only in Japanese', doc: withEvent({ title: { ja: '会談' }, place: { 'ja-JP': '東京' } }), path: null },
  { name: 'regional and script tags', doc: withEvent({ title: { 'pt-BR': 'Reunião', 'zh-Hant': '會談', 'es-419': 'Reunión' } }), path: null },
  { name: 'a plain-string note', doc: withEvent({ note: 'Sources differ on the date.' }), path: null },
  { name: 'a localized note', doc: withEvent({ note: { en: 'Sources differ.', ja: '出典により日付が異なる。' } }), path: null },
  { name: 'an event without leaders', doc: withoutEventField('leaders'), path: null },
  { name: 'an event without a place', doc: withoutEventField('place'), path: null },
  { name: 'a meeting outside a term (a warning only)', doc: withEvent({ date: '2012-01-05', leaders: ['abe', 'obama'] }), path: null },
  { name: 'data on another subject: no leaders, own kinds, topics and labels', doc: launches(), path: null },
  { name: 'events only, with default kinds', doc: { events: [{ id: 'x', date: '2020-01-01', kind: 'virtual', title: 'x' }] }, path: null },

  { name: 'an array', doc: [], path: '(root)', message: 'must be an object', fatal: true },
  { name: 'a string', doc: 'hello', path: '(root)', message: 'must be an object', fatal: true },
  { name: 'null', doc: null, path: '(root)', message: 'must be an object', fatal: true },
  { name: 'no events', doc: { leaders: [] }, path: 'events', message: 'must be an array', fatal: true },
  { name: 'events not an array', doc: { events: {} }, path: 'events', message: 'must be an array', fatal: true },
  { name: 'an unknown top-level field', doc: { events: [], meetings: [] }, path: '(root).meetings', message: 'is not a known field', fatal: true },
  { name: 'leaders not an array', doc: { events: [], leaders: 'abe' }, path: 'leaders', message: 'must be an array', fatal: true },

  { name: 'a month 13', doc: withEvent({ date: '2019-13-01' }), path: 'events[1].date', message: '"2019-13-01" is not a calendar date' },
  { name: 'an ISO instant', doc: withEvent({ date: '2025-02-07T15:00:00Z' }), path: 'events[1].date', message: 'is not a calendar date' },
  { name: 'a 30 February', doc: withEvent({ date: '2020-02-30' }), path: 'events[1].date', message: 'is not a calendar date' },
  { name: 'a number date', doc: withEvent({ date: 20250207 }), path: 'events[1].date', message: 'is not a calendar date' },
  { name: 'a missing date', doc: withoutEventField('date'), path: 'events[1].date', message: 'is required: a calendar date' },
  { name: 'an end before the date', doc: withEvent({ date: '2019-05-26', end: '2019-05-20' }), path: 'events[1].end', message: 'is before date' },
  { name: 'an unknown kind', doc: withEvent({ kind: 'party' }), path: 'events[1].kind', message: '"party" is not a kind' },
  { name: 'a missing title', doc: withoutEventField('title'), path: 'events[1].title', message: 'is required' },
  { name: 'an empty title', doc: withEvent({ title: { en: '' } }), path: 'events[1].title.en', message: 'must be a non-empty string' },
  // Any BCP 47 language is welcome now; what is refused is a key that is not a language tag.
  { name: 'a title keyed by something not a language', doc: withEvent({ title: { en: 'x', english: 'y' } }), path: 'events[1].title.english', message: 'is not a language tag' },
  { name: 'an unknown leader', doc: withEvent({ leaders: ['abe', 'lincoln'] }), path: 'events[1].leaders[1]', message: '"lincoln" is not the id of a leader' },
  { name: 'no leaders', doc: withEvent({ leaders: [] }), path: 'events[1].leaders', message: 'at least 1 item' },
  { name: 'a javascript: source', doc: withEvent({ sources: ['javascript:alert(1)'] }), path: 'events[1].sources[0]', message: 'is not an http: or https: URL' },
  { name: 'a data: source', doc: withEvent({ sources: ['data:text/html,<b>x</b>'] }), path: 'events[1].sources[0]', message: 'is not an http: or https: URL' },
  { name: 'a relative source', doc: withEvent({ sources: ['/about'] }), path: 'events[1].sources[0]', message: 'is not an http: or https: URL' },
  { name: 'an unknown topic', doc: withEvent({ topics: ['golf'] }), path: 'events[1].topics[0]', message: '"golf" is not a topic' },
  { name: 'a topic twice', doc: withEvent({ topics: ['economy', 'economy'] }), path: 'events[1].topics[1]', message: 'listed twice' },
  { name: 'a misspelt field', doc: withEvent({ titel: 'x' }), path: 'events[1].titel', message: 'is not a known field' },
  { name: 'a bad country', doc: withEvent({ country: 'Japan' }), path: 'events[1].country', message: 'is not a two-letter country code' },
  { name: 'an id with spaces', doc: withEvent({ id: 'a b' }), path: 'events[1].id', message: 'is not an id' },
  { name: 'an event that is a string', doc: withEvent({}, 1) && { ...sampleData(), events: ['x'] }, path: 'events[0]', message: 'must be an object' },
  { name: 'a duplicate id', doc: withEvent({ id: '2016-05-27-abe-obama' }), path: 'events[1].id', message: 'is already used by events[0]' },
  { name: 'a leader without terms', doc: withLeader({ terms: [] }), path: 'leaders[0].terms', message: 'at least 1 item' },
  { name: 'a term ending before it starts', doc: withLeader({ terms: [{ start: '2020-01-01', end: '2019-01-01' }] }), path: 'leaders[0].terms[0].end', message: 'is before start' },
  { name: 'a leader with a bad country', doc: withLeader({ country: 'jp' }), path: 'leaders[0].country', message: 'is not a two-letter country code' },
  { name: 'a country code in lower case', doc: withLeader({ country: 'jp' }), path: 'leaders[0].country', message: 'did you mean "JP"?' },

  { name: 'a title with no language at all', doc: withEvent({ title: {} }), path: 'events[1].title', message: 'at least one language' },
  { name: 'a date without leading zeros', doc: withEvent({ date: '2021-3-4' }), path: 'events[1].date', message: 'did you mean "2021-03-04"?' },
  { name: 'a date with slashes', doc: withEvent({ date: '2021/03/04' }), path: 'events[1].date', message: 'did you mean "2021-03-04"?' },
  { name: 'a misspelt field, with the fix', doc: withEvent({ titel: 'x' }), path: 'events[1].titel', message: 'did you mean "title"?' },
  { name: 'a misspelt top-level field', doc: { evnets: [] }, path: '(root).evnets', message: 'did you mean "events"?', fatal: true },
  { name: 'a misspelt leader id', doc: withEvent({ leaders: ['abee', 'trump'] }), path: 'events[1].leaders[0]', message: 'did you mean "abe"?' },
  { name: 'a misspelt default kind', doc: withEvent({ kind: 'state_visit' }), path: 'events[1].kind', message: 'did you mean "state-visit"?' },
  { name: 'a kind not defined in kinds', doc: withLaunch({ kind: 'landin' }), path: 'events[1].kind', message: 'defined in "kinds": orbit, landing' },
  { name: 'a default kind when kinds are defined', doc: withLaunch({ kind: 'state-visit' }), path: 'events[1].kind', message: 'is not a kind' },
  { name: 'a topic not defined in topics', doc: withLaunch({ topics: ['economy'] }), path: 'events[1].topics[0]', message: 'defined in "topics": science' },
  { name: 'a kind with an unknown shape', doc: withKind({ shape: 'hexagon' }), path: 'kinds[0].shape', message: 'is not a shape' },
  { name: 'a kind without a label', doc: withKind({ label: undefined }), path: 'kinds[0].label', message: 'is required' },
  { name: 'a kind with a CSS expression for a colour', doc: withKind({ color: 'url(https://example.org/x)' }), path: 'kinds[0].color', message: 'is not a colour' },
  { name: 'a kind id used twice', doc: withKind({ id: 'landing' }), path: 'kinds[1].id', message: 'is already used by kinds[0]' },
  { name: 'an empty kinds list', doc: { kinds: [], events: [] }, path: 'kinds', message: 'at least 1 item', fatal: true },
  { name: 'an unknown label', doc: { labels: { crew: 'Crew' }, events: [] }, path: 'labels.crew', message: 'is not a known field' },
];
