// The demo's URL <-> view module (demo/view-state.js): a shared link opens the
// same view, and a link someone mangled opens what can still be read.
import { describe, expect, it } from 'vitest';
import { isDay, parse, serialize, type View } from '../../demo/view-state.js';

const BASE = 'https://example.org/demo/';

describe('parse(url)', () => {
  it('reads the window, the selection, the locale and the filters', () => {
    const url = `${BASE}?start=2017-03-07&end=2019-06-30&selected=2017-02-10-abe-trump&locale=ja&kinds=state-visit+sideline&leaders=abe%20trump&topics=north-korea`;
    expect(parse(url)).toEqual({
      start: '2017-03-07',
      end: '2019-06-30',
      selected: '2017-02-10-abe-trump',
      locale: 'ja',
      kinds: ['state-visit', 'sideline'],
      leaders: ['abe', 'trump'],
      topics: ['north-korea'],
    });
  });

  it('takes a URL object, URLSearchParams or a bare query as well as a string', () => {
    const want = { start: '2020-01-01', locale: 'en' };
    expect(parse(new URL(`${BASE}?start=2020-01-01&locale=en`))).toEqual(want);
    expect(parse(new URLSearchParams('start=2020-01-01&locale=en'))).toEqual(want);
    expect(parse('?start=2020-01-01&locale=en')).toEqual(want);
  });

  it('gives an empty view for a URL with no query, and for input that is not a URL', () => {
    expect(parse(BASE)).toEqual({});
    for (const bad of [undefined, null, 42, {}, 'http://[::1', '']) expect(parse(bad)).toEqual({});
  });

  it.each([
    ['2019-02-30', 'a day the month does not have'],
    ['2019-13-01', 'a month that does not exist'],
    ['2019-2-3', 'a date not written YYYY-MM-DD'],
    ['2019-02-03T00:00:00Z', 'an instant, not a day'],
    ['yesterday', 'words'],
    ['', 'nothing'],
  ])('drops start=%s (%s) and keeps the rest', (start) => {
    expect(parse(`${BASE}?start=${encodeURIComponent(start)}&end=2020-05-01&locale=ja`)).toEqual({ end: '2020-05-01', locale: 'ja' });
  });

  it('keeps 29 February only in a leap year', () => {
    expect(parse('?start=2024-02-29').start).toBe('2024-02-29');
    expect(parse('?start=2000-02-29').start).toBe('2000-02-29');
    expect(parse('?start=1900-02-29').start).toBeUndefined();
    expect(parse('?start=2023-02-29').start).toBeUndefined();
  });

  it('drops a window that ends before it starts, whole', () => {
    expect(parse('?start=2020-05-02&end=2020-05-01&selected=x')).toEqual({ selected: 'x' });
    expect(parse('?start=2020-05-01&end=2020-05-01')).toEqual({ start: '2020-05-01', end: '2020-05-01' });
  });

  it.each(['fr', 'xx', 'en-', 'ja jp', '<script>', ''])('drops the unknown locale %j', (locale) => {
    expect(parse(`?locale=${encodeURIComponent(locale)}&start=2020-01-01`)).toEqual({ start: '2020-01-01' });
  });

  it('reads a known locale in any case, and takes the list of known ones as an option', () => {
    expect(parse('?locale=JA').locale).toBe('ja');
    expect(parse('?locale=fr', { locales: ['en', 'fr'] }).locale).toBe('fr');
    expect(parse('?locale=ja', { locales: ['en'] }).locale).toBeUndefined();
  });

  it('reads ?selected= as "nothing selected", and drops a selection that is not an id', () => {
    expect(parse('?selected=')).toEqual({ selected: null });
    expect(parse(`?selected=${encodeURIComponent('<img src=x>')}`)).toEqual({});
    expect(parse(`?selected=${'a'.repeat(129)}`)).toEqual({});
    expect(parse(`?selected=${'a'.repeat(128)}`).selected).toHaveLength(128);
  });

  it('keeps the ids of a filter that are ids, once each, and drops an empty filter', () => {
    expect(parse('?kinds=a+b+a+%3Cb%3E+c').kinds).toEqual(['a', 'b', 'c']);
    expect(parse('?kinds=&leaders=+++&topics=%3C%3E')).toEqual({});
  });

  it('takes the first of a repeated field', () => {
    expect(parse('?locale=ja&locale=en').locale).toBe('ja');
  });
});

describe('serialize(view)', () => {
  it('writes the fields in a fixed order, whatever order the view has them in', () => {
    const a = serialize({ locale: 'ja', selected: 'x', end: '2020-02-01', start: '2020-01-01', kinds: ['k'] });
    const b = serialize({ kinds: ['k'], start: '2020-01-01', end: '2020-02-01', selected: 'x', locale: 'ja' });
    expect(a).toBe('?start=2020-01-01&end=2020-02-01&selected=x&locale=ja&kinds=k');
    expect(b).toBe(a);
  });

  it('writes nothing for an empty view, and "selected=" for no selection', () => {
    expect(serialize({})).toBe('');
    expect(serialize(null)).toBe('');
    expect(serialize({ selected: null })).toBe('?selected=');
  });

  it('leaves out what is not valid rather than writing it', () => {
    expect(serialize({ start: '2020-02-30', end: 'soon', selected: 'no spaces please', kinds: [], topics: ['ok', 'not ok'] } as View)).toBe('?topics=ok');
  });

  it('joins a filter with spaces, written +', () => {
    expect(serialize({ leaders: ['abe', 'trump'] })).toBe('?leaders=abe+trump');
  });
});

describe('parse(serialize(view))', () => {
  const views: View[] = [
    {},
    { start: '2006-09-26', end: '2025-02-07' },
    { start: '2017-03-07', end: '2019-06-30', selected: '2017-02-10-abe-trump', locale: 'ja' },
    { selected: null, locale: 'en' },
    { end: '2010-01-01', kinds: ['state-visit', 'sideline'], leaders: ['abe'], topics: ['north-korea', 'trade'] },
  ];
  it.each(views.map((v) => [JSON.stringify(v), v] as const))('gives back %s', (_, view) => {
    expect(parse(`${BASE}${serialize(view)}`)).toEqual(view);
  });

  it('and serialize(parse(url)) is the canonical form of any URL', () => {
    const messy = `${BASE}?locale=JA&kinds=b+a+b&start=2020-01-01&junk=1&start=2021-01-01`;
    const once = serialize(parse(messy));
    expect(once).toBe('?start=2020-01-01&locale=ja&kinds=b+a');
    expect(serialize(parse(once))).toBe(once);
  });
});

describe('isDay', () => {
  it.each([
    ['2025-02-07', true],
    ['0001-01-01', true],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['20250207', false],
    [20250207, false],
  ])('%j → %s', (value, ok) => expect(isDay(value)).toBe(ok));
});
