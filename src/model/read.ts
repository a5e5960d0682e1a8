// Readers for one value each: unknown in, a typed value out, or an Invalid
// thrown with the path and a message that says what is wrong and, where it
// can, what was meant. validate.ts composes them; the JSON Schema mirrors them.

import { isCalendarDate } from './calendar-date.js';
import { didYouMean } from './suggest.js';
import { canonicalTag, LANGUAGE_TAG } from './text.js';
import { isWebUrl } from './url.js';
import type { LocalizedText } from './types.js';

const COUNTRY = /^[A-Z]{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Thrown inside one item's check; caught per item so one bad item never stops the rest. */
export class Invalid extends Error {
  // Not readonly: a reader given '' throws a path that its caller completes.
  constructor(public path: string, message: string) {
    super(message);
  }
}

export function fail(path: string, message: string): never {
  throw new Invalid(path, message);
}

export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with only `keys`; `required` are named in the message when missing. */
export function record(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) fail(path, `must be an object, got ${show(value)}`);
  // Indexed: validation runs cold, once per item, where for...of allocates a result per step.
  const own = Object.keys(value);
  for (let i = 0; i < own.length; i++) {
    const key = own[i]!;
    if (!keys.includes(key)) {
      fail(`${path}.${key}`, `is not a known field${didYouMean(key, keys)} (expected one of ${keys.join(', ')})`);
    }
  }
  return value;
}

/** `key`, when given, is the field of `path` the text is in: its path is built only if it is wrong. */
export function text(value: unknown, path: string, key?: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(key === undefined ? path : `${path}.${key}`, `must be a non-empty string, got ${show(value)}`);
  }
  return value;
}

/** A string (English) or `{ tag: text }` with BCP 47 tags, at least one. */
export function localized(value: unknown, path: string): LocalizedText {
  return readLocalized(value, path, true);
}

/** The same for text that is seldom repeated (a title, a summary): pooling it would only cost a lookup each. */
export function ownText(value: unknown, path: string): LocalizedText {
  return readLocalized(value, path, false);
}

function readLocalized(value: unknown, path: string, share: boolean): LocalizedText {
  if (value === undefined) fail(path, 'is required: text, or text by language such as { "en": "…", "ja": "…" }');
  if (typeof value === 'string') return sharedText('en', text(value, path), share);
  if (!isRecord(value)) fail(path, `must be text or an object of texts by language, got ${show(value)}`);
  const keys = Object.keys(value);
  if (keys.length === 0) fail(path, 'must have text in at least one language, such as { "en": "…" }');
  // One language is the usual case: an object literal is a third smaller than one grown key by key.
  if (keys.length === 1 && (keys[0] === 'en' || keys[0] === 'ja')) {
    return sharedText(keys[0], text(value[keys[0]], path, keys[0]), share);
  }
  const out: LocalizedText = {};
  for (const key of keys) {
    if (!LANGUAGE_TAG.test(key)) fail(`${path}.${key}`, `is not a language tag such as "en", "ja" or "pt-BR"`);
    // "EN" and "en" are one language, as the schema cannot tell: the later wins.
    out[canonicalTag(key)] = text(value[key], path, key);
  }
  return out;
}

// Within one document, equal texts and lists share one frozen copy: places,
// participants and their names repeat across thousands of events, and a copy
// of each was most of the validated data's heap. Only while sharing() runs.
// Looked up by the strings themselves: a joined key would be a new string to
// build and hash for every text.
type Trie = Map<string, Trie> & { value?: readonly string[] };
let pool: { texts: Map<string, Map<string, LocalizedText>>; lists: Trie } | null = null;

/** Runs `read` with equal values shared (validateData wraps a whole document in it). */
export function sharing<T>(read: () => T): T {
  const outer = pool;
  pool = { texts: new Map(), lists: new Map() };
  try {
    return read();
  } finally {
    pool = outer;
  }
}

/** The one frozen `{ [tag]: text }` of the document (a fresh one, unshared, when `share` is false). */
function sharedText(tag: 'en' | 'ja', text: string, share: boolean): LocalizedText {
  // No closures here: this runs for every text of every event, while the code is still cold.
  if (!pool || !share) return tag === 'en' ? { en: text } : { ja: text };
  let byText = pool.texts.get(tag);
  if (!byText) pool.texts.set(tag, (byText = new Map()));
  let value = byText.get(text);
  if (!value) byText.set(text, (value = Object.freeze(tag === 'en' ? { en: text } : { ja: text })));
  return value;
}

/** The one frozen copy of this list of strings (ids) in the document. */
export function sharedList(items: readonly string[]): readonly string[] {
  let node = pool?.lists;
  for (let i = 0; node && i < items.length; i++) {
    let next = node.get(items[i]!);
    if (!next) node.set(items[i]!, (next = new Map()));
    node = next;
  }
  if (!node) return Object.freeze([...items]);
  return (node.value ??= Object.freeze([...items]));
}

/** The date meant, when a value is a date written loosely ("2021-3-4", "2021/03/04"). */
function meantDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? LOOSE_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isCalendarDate(day) ? day : undefined;
}

export function day(value: unknown, path: string): string {
  if (value === undefined) fail(path, 'is required: a calendar date (YYYY-MM-DD)');
  if (isCalendarDate(value)) return value;
  const meant = meantDate(value);
  if (meant) fail(path, `${show(value)} is not a calendar date (YYYY-MM-DD); did you mean "${meant}"?`);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    fail(path, `${show(value)} is not a calendar date (YYYY-MM-DD): write the day at the venue, without a time`);
  }
  fail(path, `${show(value)} is not a calendar date (YYYY-MM-DD)`);
}

export function country(value: unknown, path: string): string {
  if (typeof value !== 'string' || !COUNTRY.test(value)) {
    const upper = typeof value === 'string' && COUNTRY.test(value.toUpperCase()) ? `; did you mean "${value.toUpperCase()}"?` : '';
    fail(path, `${show(value)} is not a two-letter country code such as "JP"${upper}`);
  }
  return value;
}

export function list(value: unknown, path: string, min = 0): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array, got ${show(value)}`);
  if (value.length < min) fail(path, `must have at least ${min} item${min === 1 ? '' : 's'}`);
  return value;
}

export function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    fail(path, `${show(value)} is not an id (letters, digits, . _ : -; at most 128)`);
  }
  return value;
}

export function color(value: unknown, path: string): string {
  if (typeof value !== 'string' || !COLOR.test(value)) fail(path, `${show(value)} is not a colour written #rgb or #rrggbb`);
  return value;
}

export function sources(value: unknown, path: string): string[] {
  const urls = list(value, path);
  // A loop, not map(), to spare a closure per list; holes are skipped as map() skips them.
  const out: string[] = new Array(urls.length);
  for (let i = 0; i < urls.length; i++) {
    if (!(i in urls)) continue;
    const url = urls[i];
    if (typeof url !== 'string' || !isWebUrl(url)) fail(`${path}[${i}]`, `${show(url)} is not an http: or https: URL`);
    out[i] = url;
  }
  return out;
}

/** One of `allowed` (ids of kinds, topics, leaders), or a message naming them and the nearest. */
export function oneOf(value: unknown, path: string, allowed: ReadonlySet<string>, what: string, where: string): string {
  if (typeof value === 'string' && allowed.has(value)) return value;
  const all = [...allowed];
  const names = all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
  const expected = all.length ? ` (${where}: ${names})` : ' (none are defined)';
  fail(path, `${show(value)} is not ${what}${didYouMean(value, all)}${expected}`);
}
