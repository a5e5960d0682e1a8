// Untrusted JSON in, typed data or path-specific problems out. A bad meeting
// or leader is skipped and reported so the rest still renders; a document that
// is not timeline data at all yields no data, and the caller keeps what it had.
// The rules mirror src/data/summit-timeline.schema.json; a test holds them equal.

import { isCalendarDate } from './calendar-date.js';
import { isWebUrl } from './url.js';
import {
  SUMMIT_KINDS,
  TOPICS,
  type BandSpec,
  type Leader,
  type LocalizedText,
  type Problem,
  type Summit,
  type SummitKind,
  type Term,
  type TimelineData,
  type Topic,
} from './types.js';

export interface ValidationResult {
  /** The valid part of the input, or null when it is not timeline data at all. */
  data: TimelineData | null;
  /** Everything wrong, each with the JSON path it was found at. */
  problems: Problem[];
}

const ROOT_KEYS = new Set(['$schema', 'title', 'bands', 'leaders', 'events']);
const LEADER_KEYS = new Set(['id', 'name', 'country', 'terms', 'sources']);
const TERM_KEYS = new Set(['start', 'end']);
const BAND_KEYS = new Set(['country', 'label']);
const EVENT_KEYS = new Set([
  'id', 'date', 'end', 'kind', 'place', 'country', 'leaders', 'others',
  'title', 'summary', 'topics', 'sources', 'note',
]);
const TEXT_KEYS = new Set(['en', 'ja']);
const COUNTRY = /^[A-Z]{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Thrown inside one item's check; caught per item so one bad item never stops the rest. */
class Invalid extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

function fail(path: string, message: string): never {
  throw new Invalid(path, message);
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: string, keys: Set<string>): Record<string, unknown> {
  if (!isRecord(value)) fail(path, `must be an object, got ${show(value)}`);
  for (const key of Object.keys(value)) {
    if (!keys.has(key)) fail(`${path}.${key}`, `is not a known field (expected one of ${[...keys].join(', ')})`);
  }
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, `must be a non-empty string, got ${show(value)}`);
  return value;
}

function localized(value: unknown, path: string): LocalizedText {
  if (value === undefined) fail(path, 'is required: text, or { "en": text, "ja": text }');
  if (typeof value === 'string') return { en: text(value, path) };
  const r = record(value, path, TEXT_KEYS);
  const out: LocalizedText = { en: text(r.en, `${path}.en`) };
  if (r.ja !== undefined) out.ja = text(r.ja, `${path}.ja`);
  return out;
}

function day(value: unknown, path: string): string {
  if (value === undefined) fail(path, 'is required: a calendar date (YYYY-MM-DD)');
  if (!isCalendarDate(value)) fail(path, `${show(value)} is not a calendar date (YYYY-MM-DD)`);
  return value;
}

function country(value: unknown, path: string): string {
  if (typeof value !== 'string' || !COUNTRY.test(value)) {
    fail(path, `${show(value)} is not a two-letter country code such as "JP"`);
  }
  return value;
}

function list(value: unknown, path: string, min = 0): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array, got ${show(value)}`);
  if (value.length < min) fail(path, `must have at least ${min} item${min === 1 ? '' : 's'}`);
  return value;
}

function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    fail(path, `${show(value)} is not an id (letters, digits, . _ : -; at most 128)`);
  }
  return value;
}

function sources(value: unknown, path: string): string[] {
  return list(value, path).map((url, i) => {
    if (typeof url !== 'string' || !isWebUrl(url)) fail(`${path}[${i}]`, `${show(url)} is not an http: or https: URL`);
    return url;
  });
}

function term(value: unknown, path: string): Term {
  const r = record(value, path, TERM_KEYS);
  const out: Term = { start: day(r.start, `${path}.start`) };
  if (r.end !== undefined) {
    out.end = day(r.end, `${path}.end`);
    if (out.end < out.start) fail(`${path}.end`, `"${out.end}" is before start "${out.start}"`);
  }
  return out;
}

function leader(value: unknown, path: string): Leader {
  const r = record(value, path, LEADER_KEYS);
  const out: Leader = {
    id: id(r.id, `${path}.id`),
    name: localized(r.name, `${path}.name`),
    country: country(r.country, `${path}.country`),
    terms: list(r.terms, `${path}.terms`, 1).map((t, i) => term(t, `${path}.terms[${i}]`)),
  };
  if (r.sources !== undefined) out.sources = sources(r.sources, `${path}.sources`);
  return out;
}

function band(value: unknown, path: string): BandSpec {
  const r = record(value, path, BAND_KEYS);
  return { country: country(r.country, `${path}.country`), label: localized(r.label, `${path}.label`) };
}

function summit(value: unknown, path: string, leaderIds: ReadonlySet<string>): Summit {
  const r = record(value, path, EVENT_KEYS);
  const date = day(r.date, `${path}.date`);
  if (!SUMMIT_KINDS.includes(r.kind as SummitKind)) {
    fail(`${path}.kind`, `${show(r.kind)} is not a kind (expected one of ${SUMMIT_KINDS.join(', ')})`);
  }
  const out: Summit = {
    id: id(r.id, `${path}.id`),
    date,
    kind: r.kind as SummitKind,
    place: localized(r.place, `${path}.place`),
    leaders: list(r.leaders, `${path}.leaders`, 1).map((ref, i) => {
      const at = `${path}.leaders[${i}]`;
      if (typeof ref !== 'string' || !leaderIds.has(ref)) fail(at, `${show(ref)} is not the id of a leader in "leaders"`);
      return ref;
    }),
    title: localized(r.title, `${path}.title`),
  };
  if (r.end !== undefined) {
    out.end = day(r.end, `${path}.end`);
    if (out.end < date) fail(`${path}.end`, `"${out.end}" is before date "${date}"`);
  }
  if (r.country !== undefined) out.country = country(r.country, `${path}.country`);
  if (r.others !== undefined) out.others = list(r.others, `${path}.others`).map((o, i) => localized(o, `${path}.others[${i}]`));
  if (r.summary !== undefined) out.summary = localized(r.summary, `${path}.summary`);
  if (r.topics !== undefined) {
    const seen = new Set<string>();
    out.topics = list(r.topics, `${path}.topics`).map((t, i) => {
      if (!TOPICS.includes(t as Topic)) fail(`${path}.topics[${i}]`, `${show(t)} is not a topic (expected one of ${TOPICS.join(', ')})`);
      if (seen.has(t as string)) fail(`${path}.topics[${i}]`, `${show(t)} is listed twice`);
      seen.add(t as string);
      return t as Topic;
    });
  }
  if (r.sources !== undefined) out.sources = sources(r.sources, `${path}.sources`);
  if (r.note !== undefined) out.note = localized(r.note, `${path}.note`);
  return out;
}

/** Checks each item alone: a bad one becomes a problem and is left out. */
function each<T>(items: unknown[], path: string, problems: Problem[], check: (v: unknown, p: string) => T): Array<[number, T]> {
  const out: Array<[number, T]> = [];
  items.forEach((item, i) => {
    try {
      out.push([i, check(item, `${path}[${i}]`)]);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ path: error.path, message: error.message });
    }
  });
  return out;
}

/** Keeps the first item of each id; a later one is dropped with a problem naming both. */
function unique<T extends { id: string }>(items: Array<[number, T]>, path: string, problems: Problem[]): T[] {
  const first = new Map<string, number>();
  const out: T[] = [];
  for (const [i, item] of items) {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, i);
      out.push(item);
    } else {
      problems.push({ path: `${path}[${i}].id`, message: `"${item.id}" is already used by ${path}[${earlier}]` });
    }
  }
  return out;
}

/** Reads unknown input (parsed JSON) as timeline data. Never throws. */
export function validateData(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  try {
    const root = record(input, '(root)', ROOT_KEYS);
    const events = list(root.events, 'events');
    const leaders = root.leaders === undefined ? [] : list(root.leaders, 'leaders');
    const bands = root.bands === undefined ? undefined : list(root.bands, 'bands');
    const data: TimelineData = { leaders: [], events: [] };
    if (root.title !== undefined) data.title = localized(root.title, 'title');
    if (root.$schema !== undefined && typeof root.$schema !== 'string') fail('$schema', `must be a string, got ${show(root.$schema)}`);

    data.leaders = unique(each(leaders, 'leaders', problems, leader), 'leaders', problems);
    const ids = new Set(data.leaders.map((l) => l.id));
    if (bands) data.bands = each(bands, 'bands', problems, band).map(([, b]) => b);
    data.events = unique(each(events, 'events', problems, (v, p) => summit(v, p, ids)), 'events', problems);
    return { data, problems };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { data: null, problems: [{ path: error.path, message: error.message }, ...problems] };
  }
}

/** Parses JSON text, reporting a syntax error as a problem instead of throwing. */
export function parseData(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { data: null, problems: [{ path: '(root)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return validateData(value);
}
