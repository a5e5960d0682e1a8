// Untrusted JSON in, typed data or path-specific problems out. A bad event or
// leader is skipped and reported so the rest still renders; a document that
// is not timeline data at all yields no data, and the caller keeps what it had.
// Warnings (an event outside a leader's term) never drop anything.
// The rules mirror src/data/summit-timeline.schema.json; a test holds them equal.

import { DEFAULT_KINDS, DEFAULT_TOPICS } from './defaults.js';
import { color, country, day, fail, id, Invalid, list, localized, oneOf, ownText, record, sharedList, sharing, show, sources } from './read.js';
import { termWarnings } from './terms.js';
import {
  LABEL_KEYS,
  MARK_SHAPES,
  type BandSpec,
  type KindSpec,
  type Labels,
  type Leader,
  type MarkShape,
  type Problem,
  type Summit,
  type Term,
  type TimelineData,
  type TopicSpec,
} from './types.js';

export interface ValidationResult {
  /** The valid part of the input, or null when it is not timeline data at all. */
  data: TimelineData | null;
  /** Everything wrong, each with the JSON path it was found at; those items are left out. */
  problems: Problem[];
  /** Things that look wrong but are kept, such as an event outside a leader's term. */
  warnings: Problem[];
}

export const ROOT_KEYS = ['$schema', 'title', 'labels', 'kinds', 'topics', 'bands', 'leaders', 'events'] as const;
export const EVENT_KEYS = [
  'id', 'date', 'end', 'kind', 'title', 'place', 'country', 'leaders', 'others', 'summary', 'topics', 'sources', 'note',
] as const;
const SHAPES: ReadonlySet<string> = new Set(MARK_SHAPES);

/** What events are checked against: the ids the rest of the document defines. */
interface Context {
  kinds: ReadonlySet<string>;
  /** Whether the kinds are the defaults, which changes the wording of a kind problem. */
  defaultKinds: boolean;
  topics: ReadonlySet<string>;
  defaultTopics: boolean;
  leaderIds: ReadonlySet<string>;
}

type Read<T = unknown> = (value: unknown, path: string) => T;

/**
 * An object read field by field, in the order of `spec`, which lists every
 * known field; absent fields are left out unless `required`.
 */
const specKeys = new WeakMap<Record<string, Read>, string[]>();
function fields<T>(value: unknown, path: string, spec: Record<string, Read>, required: readonly string[]): T {
  let keys = specKeys.get(spec);
  if (!keys) specKeys.set(spec, (keys = Object.keys(spec)));
  const r = record(value, path, keys);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (r[key] !== undefined || required.includes(key)) out[key] = spec[key]!(r[key], `${path}.${key}`);
  }
  return out as T;
}

/** A list read item by item. */
const many =
  <T>(read: Read<T>, min = 0): Read<T[]> =>
  (value, path) =>
    list(value, path, min).map((item, i) => read(item, `${path}[${i}]`));

function after(path: string, start: string, end: string | undefined, what: string): void {
  if (end !== undefined && end < start) fail(`${path}.end`, `"${end}" is before ${what} "${start}"`);
}

const TERM = { start: day, end: day };
const term: Read<Term> = (value, path) => {
  const out = fields<Term>(value, path, TERM, ['start']);
  after(path, out.start, out.end, 'start');
  return out;
};

const leader: Read<Leader> = (value, path) =>
  fields(value, path, { id, name: localized, country, terms: many(term, 1), sources }, ['id', 'name', 'country', 'terms']);

const band: Read<BandSpec> = (value, path) => fields(value, path, { country, label: localized }, ['country', 'label']);

const kind: Read<KindSpec> = (value, path) =>
  fields(value, path, { id, label: localized, shape: (v, p) => oneOf(v, p, SHAPES, 'a shape', 'expected one of') as MarkShape, color }, [
    'id',
    'label',
    'shape',
  ]);

const topic: Read<TopicSpec> = (value, path) => fields(value, path, { id, label: localized }, ['id', 'label']);

const labels: Read<Labels> = (value, path) => fields(value, path, Object.fromEntries(LABEL_KEYS.map((k) => [k, localized])), []);

function eventReader(ctx: Context): Read<Summit> {
  const where = (list: string, own: boolean) => (own ? `defined in "${list}"` : `expected one of, or define your own in "${list}"`);
  const spec: Record<(typeof EVENT_KEYS)[number], Read> = {
    id,
    date: day,
    end: day,
    kind: (v, p) => oneOf(v, p, ctx.kinds, 'a kind', where('kinds', !ctx.defaultKinds)),
    // Titles, summaries and notes are mostly one of a kind; places and other participants repeat.
    title: ownText,
    place: localized,
    country,
    leaders: (value, path) => {
      const ids = many((v, p) => oneOf(v, p, ctx.leaderIds, 'the id of a leader in "leaders"', 'defined'), 1)(value, path);
      return sharedList(ids);
    },
    others: many(localized),
    summary: ownText,
    topics: (value, path) => {
      const seen = new Set<string>();
      return many((v, p) => {
        const known = oneOf(v, p, ctx.topics, 'a topic', where('topics', !ctx.defaultTopics));
        if (seen.has(known)) fail(p, `${show(v)} is listed twice`);
        seen.add(known);
        return known;
      })(value, path);
    },
    sources,
    note: ownText,
  };
  return (value, path) => {
    const out = fields<Summit>(value, path, spec, ['id', 'date', 'kind', 'title']);
    after(path, out.date, out.end, 'date');
    out.leaders ??= [];
    return out;
  };
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
function unique<T extends { id: string }>(items: Array<[number, T]>, path: string, problems: Problem[]): Array<[number, T]> {
  const first = new Map<string, number>();
  return items.filter(([i, item]) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else problems.push({ path: `${path}[${i}].id`, message: `"${item.id}" is already used by ${path}[${earlier}]` });
    return earlier === undefined;
  });
}

const items = <T>(pairs: Array<[number, T]>): T[] => pairs.map(([, item]) => item);

/** A part that can be wrong without sinking the document: reported, then left out. */
function optional<T>(value: unknown, problems: Problem[], read: () => T): T | undefined {
  if (value === undefined) return undefined;
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    problems.push({ path: error.path, message: error.message });
    return undefined;
  }
}

/** Reads unknown input (parsed JSON) as timeline data. Never throws. */
export function validateData(input: unknown): ValidationResult {
  return sharing(() => validate(input));
}

function validate(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  try {
    const root = record(input, '(root)', ROOT_KEYS);
    const events = list(root.events, 'events');
    const leaders = root.leaders === undefined ? [] : list(root.leaders, 'leaders');
    const bands = root.bands === undefined ? undefined : list(root.bands, 'bands');
    const kinds = root.kinds === undefined ? undefined : list(root.kinds, 'kinds', 1);
    const topics = root.topics === undefined ? undefined : list(root.topics, 'topics', 1);
    if (root.$schema !== undefined && typeof root.$schema !== 'string') fail('$schema', `must be a string, got ${show(root.$schema)}`);
    const data: TimelineData = { leaders: [], events: [] };
    if (root.title !== undefined) data.title = localized(root.title, 'title');
    const words = optional(root.labels, problems, () => labels(root.labels, 'labels'));
    if (words) data.labels = words;
    if (kinds) data.kinds = items(unique(each(kinds, 'kinds', problems, kind), 'kinds', problems));
    if (topics) data.topics = items(unique(each(topics, 'topics', problems, topic), 'topics', problems));

    data.leaders = items(unique(each(leaders, 'leaders', problems, leader), 'leaders', problems));
    if (bands) data.bands = each(bands, 'bands', problems, band).map(([, b]) => b);
    const leaderMap = new Map(data.leaders.map((l) => [l.id, l]));
    const ctx: Context = {
      kinds: new Set((data.kinds ?? DEFAULT_KINDS).map((k) => k.id)),
      defaultKinds: !data.kinds,
      topics: new Set((data.topics ?? DEFAULT_TOPICS).map((t) => t.id)),
      defaultTopics: !data.topics,
      leaderIds: new Set(leaderMap.keys()),
    };
    const kept = unique(each(events, 'events', problems, eventReader(ctx)), 'events', problems);
    data.events = items(kept);
    // Warnings only for events kept: a skipped or duplicate one has its problem already.
    const warnings = kept.flatMap(([i, e]) => termWarnings(e, `events[${i}]`, leaderMap, ctx.defaultKinds));
    return { data, problems, warnings };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { data: null, problems: [{ path: error.path, message: error.message }, ...problems], warnings: [] };
  }
}

/** Parses JSON text, reporting a syntax error as a problem instead of throwing. */
export function parseData(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { data: null, problems: [{ path: '(root)', message: `is not valid JSON: ${(error as Error).message}` }], warnings: [] };
  }
  return validateData(value);
}

