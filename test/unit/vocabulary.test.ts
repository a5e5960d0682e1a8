import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/format/describe.js';
import { formatSpan, formatSpokenDate } from '../../src/format/dates.js';
import { languageOf, pick, strings, toLang } from '../../src/format/strings.js';
import { kindLabel, topicLabel, vocabulary } from '../../src/format/vocabulary.js';
import { DEFAULT_KINDS, DEFAULT_TOPICS } from '../../src/model/defaults.js';
import { SUMMIT_KINDS, TOPICS, type TimelineData } from '../../src/model/types.js';
import { validateData } from '../../src/model/validate.js';
import { legendEntries } from '../../src/render/shapes.js';
import { launches } from './data-fixtures.js';
import { sampleData } from './fixtures.js';

const apollo = () => validateData(launches()).data!;
// Words that would tell a reader the data is about diplomacy.
const DIPLOMATIC = /meeting|summit|leader|visit|会談|首脳/i;

describe('the default vocabulary (data without kinds)', () => {
  it('keeps the diplomatic kinds and topics, in the order of the closed lists', () => {
    expect(DEFAULT_KINDS.map((k) => k.id)).toEqual([...SUMMIT_KINDS]);
    expect(DEFAULT_TOPICS.map((t) => t.id)).toEqual([...TOPICS]);
    const v = vocabulary(sampleData(), 'en');
    expect([...v.kinds.keys()]).toEqual([...SUMMIT_KINDS]);
    expect(kindLabel(v, 'state-visit')).toBe('State visit');
    expect(kindLabel(vocabulary(sampleData(), 'ja'), 'state-visit')).toBe('国賓訪問');
    expect(topicLabel(v, 'north-korea')).toBe('North Korea');
  });

  it('speaks of meetings and leaders, as the element always has', () => {
    const { words } = vocabulary(sampleData(), 'en');
    expect(words).toMatchObject({ timeline: 'Timeline of meetings', list: 'List of meetings', legend: 'Kinds of meeting', event: 'Meeting', leaders: 'Leaders' });
    expect(words.noEvents).toBe(strings('en').noEvents);
    expect([words.count(1), words.count(3)]).toEqual(['1 meeting', '3 meetings']);
    const ja = vocabulary(sampleData(), 'ja-JP').words;
    expect([ja.timeline, ja.legend, ja.leaders, ja.count(3)]).toEqual([strings('ja').timeline, strings('ja').legend, '首脳', '3件の会談']);
  });

  it('keeps the labels strings() has always given the element', () => {
    expect(strings('en').kinds['memorial']).toBe('Memorial visit');
    expect(strings('ja').topicNames['economy']).toBe('貿易・経済');
  });
});

describe('vocabulary of a data set on another subject', () => {
  it('uses the data’s kinds, shapes, colours, topics and words', () => {
    const v = vocabulary(apollo(), 'en');
    expect([...v.kinds.values()]).toEqual([
      { id: 'orbit', label: 'Earth orbit', shape: 'square', group: 'visit', color: null },
      { id: 'landing', label: 'Landing', shape: 'star', group: null, color: '#b8860b' },
    ]);
    expect(topicLabel(v, 'science')).toBe('Science');
    expect(v.hasLeaders).toBe(false);
    expect(v.words).toMatchObject({ timeline: 'Timeline of launches', legend: 'Kinds of launch', event: 'Launch', leaders: 'Crew', place: 'Launch site' });
    expect([v.words.count(1), v.words.count(11)]).toEqual(['1 launch', '11 launches']);
  });

  it('falls back through the author’s languages: ja-JP → ja → en → the first given', () => {
    const v = vocabulary(apollo(), 'ja-JP');
    expect(kindLabel(v, 'orbit')).toBe('地球周回');
    expect(kindLabel(v, 'landing')).toBe('Landing');
    expect(v.words.place).toBe('発射場');
    expect(v.words.leaders).toBe('Crew');
  });

  it('has no diplomatic word anywhere, even without labels of its own', () => {
    const doc = launches();
    delete (doc as { labels?: unknown }).labels;
    for (const lang of ['en', 'ja']) {
      const v = vocabulary(validateData(doc).data!, lang);
      const { count, ...words } = v.words;
      const all = [...Object.values(words), count(1), count(2), ...[...v.kinds.values()].map((k) => k.label)];
      for (const word of all) expect(word).not.toMatch(DIPLOMATIC);
    }
    expect(vocabulary(validateData(doc).data!, 'en').words).toMatchObject({ legend: 'Kinds of event', timeline: 'Timeline of events', leaders: 'People' });
  });

  it('gives kinds without a colour the theme slots in turn, and re-checks colours', () => {
    const kinds = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: { en: id }, shape: 'circle' as const }));
    const data: TimelineData = { kinds: [...kinds, { id: 'f', label: { en: 'f' }, shape: 'circle', color: 'red;x:url(y)' }], leaders: [], events: [] };
    const v = vocabulary(data, 'en');
    expect([...v.kinds.values()].map((k) => k.group)).toEqual(['visit', 'sideline', 'multilateral', 'memorial', 'visit', 'sideline']);
    expect(v.kinds.get('f')!.color).toBeNull();
  });

  it('is worked out once per data set and language', () => {
    const data = apollo();
    expect(vocabulary(data, 'en')).toBe(vocabulary(data, 'en'));
    expect(vocabulary(data, 'ja')).not.toBe(vocabulary(data, 'en'));
    expect(vocabulary(apollo(), 'en')).not.toBe(vocabulary(data, 'en'));
  });
});

describe('pick and toLang', () => {
  it.each([
    [{ en: 'a', ja: 'b' }, 'ja-JP', 'b'],
    [{ en: 'a', 'ja-JP': 'c', ja: 'b' }, 'ja-JP', 'c'],
    [{ de: 'd', en: 'a' }, 'de-AT', 'd'],
    [{ 'pt-BR': 'p', en: 'a' }, 'pt', 'a'],
    [{ ja: 'b', de: 'd' }, 'fr', 'b'],
    [{ en: 'a' }, 'ja', 'a'],
  ])('pick(%j, %s) is %s', (text, lang, expected) => {
    expect(pick(text, lang)).toBe(expected);
  });

  it('languageOf names the language pick falls back to', () => {
    expect(languageOf({ en: 'a', ja: 'b' }, 'ja-JP')).toBe('ja');
    expect(languageOf({ en: 'a' }, 'ja')).toBe('en');
    expect(languageOf({ ja: 'b', de: 'd' }, 'fr')).toBe('ja');
    expect(languageOf(undefined, 'en')).toBeUndefined();
  });

  it.each([
    ['ja-jp', 'ja-JP'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN', 'en'],
    [null, 'en'],
    ['', 'en'],
    ['not a language', 'en'],
  ])('toLang(%j) is %s', (value, expected) => {
    expect(toLang(value)).toBe(expected);
  });

  it('formats dates for the requested locale by Intl, British English for bare en', () => {
    expect(formatSpokenDate('2025-02-07', 'en')).toBe('7 February 2025');
    expect(formatSpokenDate('2025-02-07', 'en-US')).toBe('February 7, 2025');
    expect(formatSpokenDate('2025-02-07', 'de')).toBe('7. Februar 2025');
    expect(formatSpan('2019-05-26', '2019-05-28', 'ja-JP')).toBe('2019年5月26日〜2019年5月28日');
  });
});

describe('describeEvent with a vocabulary', () => {
  it('names the event by its title when no leaders took part, and its kind in the data’s words', () => {
    const data = apollo();
    const v = vocabulary(data, 'en');
    const [one, two] = data.events;
    expect(describeEvent(one!, new Map(), 'en', v)).toBe('11 October 1968: First flight, Pad 34. Earth orbit.');
    expect(describeEvent(two!, new Map(), 'en', v)).toBe('16 July 1969: Second flight. Landing.');
    expect(describeEvent(two!, new Map(), 'ja', vocabulary(data, 'ja-JP'))).toBe('1969年7月16日：二回目。Landing。');
  });

  it('reads as before for meetings between leaders', () => {
    const data = sampleData();
    const leaders = new Map(data.leaders.map((l) => [l.id, l]));
    const event = data.events[2]!;
    expect(describeEvent(event, leaders, 'en', vocabulary(data, 'en'))).toBe(describeEvent(event, leaders, 'en'));
  });
});

describe('legendEntries', () => {
  it('merges kinds that look alike, in the vocabulary’s order', () => {
    const v = vocabulary(sampleData(), 'en');
    const entries = legendEntries(['memorial', 'working-visit', 'official-visit'], v);
    expect(entries.map((group) => group.map((k) => k.id))).toEqual([['official-visit', 'working-visit'], ['memorial']]);
  });

  it('keeps kinds of different colours apart even when they share a shape', () => {
    const data: TimelineData = {
      kinds: [
        { id: 'a', label: { en: 'A' }, shape: 'star', color: '#111' },
        { id: 'b', label: { en: 'B' }, shape: 'star', color: '#222' },
      ],
      leaders: [],
      events: [],
    };
    expect(legendEntries(['a', 'b'], vocabulary(data, 'en'))).toHaveLength(2);
  });
});
