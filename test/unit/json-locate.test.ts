import { describe, expect, it } from 'vitest';
import { lineColumn, locate, parseLocated } from '../../demo/json-locate.js';

/** The source text a path's value covers. */
const valueAt = (text: string, path: string) => {
  const p = locate(text, path);
  return text.slice(p.start, p.end);
};
const keyAt = (text: string, path: string) => {
  const p = locate(text, path);
  return p.keyStart === undefined ? undefined : text.slice(p.keyStart, p.keyEnd);
};

const DOC = `{
  "leaders": [
    { "id": "a", "terms": [ { "start": "2020-01-01" }, { "start": "2021-01-01", "end": "2022-02-02" } ] }
  ],
  "events": [
    { "id": "one", "date": "2021-03-04" },
    { "id": "two", "date": "2021-13-01", "title": { "en": "A \\"quoted\\" title" } },
    { "id": "three", "date" : "2022-05-06",
      "nested": [[1, 2], [3, [4, 5]]] }
  ]
}`;

describe('locate(text, path)', () => {
  it.each([
    ['events[1].date', '"2021-13-01"'],
    ['events[0]', '{ "id": "one", "date": "2021-03-04" }'],
    ['leaders[0].terms[1].end', '"2022-02-02"'],
    ['leaders[0].terms[0]', '{ "start": "2020-01-01" }'],
    ['events[2].nested[1][1][0]', '4'],
    ['events[2].nested[1]', '[3, [4, 5]]'],
    ['events[1].title.en', '"A \\"quoted\\" title"'],
    ['events[2].date', '"2022-05-06"'],
  ])('finds the value at %s', (path, expected) => {
    expect(valueAt(DOC, path)).toBe(expected);
    expect(locate(DOC, path).found).toBe(true);
  });

  it('gives the key of an object member, for problems about the key itself', () => {
    expect(keyAt(DOC, 'events[2].nested')).toBe('"nested"');
    expect(keyAt(DOC, 'events[0]')).toBeUndefined();
  });

  it('reads (root) as the whole document and (root).key as a top-level member', () => {
    const text = '  {"meetings": [1], "events": []}  ';
    expect(valueAt(text, '(root)')).toBe('{"meetings": [1], "events": []}');
    expect(valueAt(text, '(root).meetings')).toBe('[1]');
    expect(keyAt(text, '(root).meetings')).toBe('"meetings"');
    expect(valueAt(text, 'events')).toBe('[]');
  });

  it('counts in UTF-16 code units, as a textarea selection does, past non-ASCII text and escapes', () => {
    const text = '{"title": "日米首脳会談 🇯🇵🇺🇸 \\u00e9", "events": [{"place": "東京", "date": "2025-02-07"}]}';
    const p = locate(text, 'events[0].date');
    expect(text.slice(p.start, p.end)).toBe('"2025-02-07"');
    expect(p.start).toBe(text.indexOf('"2025-02-07"'));
    expect(valueAt(text, 'events[0].place')).toBe('"東京"');
  });

  it('matches escaped keys by their decoded name', () => {
    expect(valueAt('{"a\\"b": 1, "c\\u0064": 2}', 'a"b')).toBe('1');
    expect(valueAt('{"a\\"b": 1, "c\\u0064": 2}', 'cd')).toBe('2');
  });

  it.each([
    ['compact', '{"events":[{"date":"x"}]}'],
    ['tabs and CRLF', '{\r\n\t"events"\t:\r\n\t[\r\n\t\t{\t"date"\t:\t"x"\t}\r\n\t]\r\n}'],
    ['spaces everywhere', '  {  "events"  :  [  {  "date"  :  "x"  }  ]  }  '],
  ])('is not thrown by white space: %s', (_, text) => {
    expect(valueAt(text, 'events[0].date')).toBe('"x"');
  });

  it('finds a key containing a dot or a bracket, and takes the last of duplicate keys, as JSON.parse does', () => {
    expect(valueAt('{"a.b": {"c[0]": true}, "a": 0}', 'a.b.c[0]')).toBe('true');
    expect(valueAt('{"id": 1, "id": 2}', 'id')).toBe('2');
  });

  it('falls back to the nearest existing parent of a path that does not exist', () => {
    const missing = locate(DOC, 'events[1].place');
    expect(missing.found).toBe(false);
    expect(missing.at).toBe('events[1]');
    expect(DOC.slice(missing.start, missing.end)).toMatch(/^\{ "id": "two".*\}$/);
    expect(valueAt(DOC, 'events[9].date')).toBe(valueAt(DOC, 'events'));
    expect(locate(DOC, 'events[9].date').at).toBe('events');
    expect(valueAt(DOC, 'events[0].date.en')).toBe('"2021-03-04"');
    expect(locate(DOC, 'nothing').at).toBe('');
    expect(valueAt(DOC, 'nothing')).toBe(DOC);
  });

  it('still finds what comes before a syntax error', () => {
    const text = '{"events": [{"date": "2021-01-01"}, {"date": "2021-02-02" "kind": 1}]}';
    expect(valueAt(text, 'events[1].date')).toBe('"2021-02-02"');
    expect(valueAt(text, 'events[0]')).toBe('{"date": "2021-01-01"}');
  });
});

describe('parseLocated(text).error', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2, ]', 7],
    ['{"a" 1}', 5],
    ['{"a": 1} x', 9],
    ['{"a": "unterminated}', 6],
    ['{"a": tru}', 6],
    ['', 0],
  ])('%j breaks at %i', (text, at) => {
    expect(parseLocated(text).error).toBe(at);
  });

  it('agrees with JSON.parse on which texts are JSON', () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "x\\n"]}', '{"a": 01}', '{"a": 1,}', '"\\x"', '[1 2]', '{"a": "\t"}']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(parseLocated(text).error === -1, text).toBe(valid);
    }
  });
});

describe('lineColumn(text, offset)', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
