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

/**
 * A reader: `path` is where `value` is, or '' below a field or item, whose
 * path is put in front only if the reader fails (see `at`): paths are built
 * for problems, not for every field of every valid event.
 */
type Read<T = unknown> = (value: unknown, path: string) => T;

/** Rethrows `error` with `prefix` before its path when it is an Invalid from a reader given ''. */
function at(error: unknown, prefix: string): never {
  if (error instanceof Invalid) error.path = prefix + error.path;
  throw error;
}

/**
 * An object read field by field, in the order of `spec`, which lists every
 * known field; absent fields are left out unless `required`.
 */
const specKeys = new WeakMap<Record<string, Read>, { keys: string[]; readers: Read[]; needed: boolean[] }>();
function fields<T>(value: unknown, path: string, spec: Record<string, Read>, required: readonly string[]): T {
  let known = specKeys.get(spec);
  if (!known) {
    const keys = Object.keys(spec);
    specKeys.set(spec, (known = { keys, readers: keys.map((k) => spec[k]!), needed: keys.map((k) => required.includes(k)) }));
  }
  const { keys, readers, needed } = known;
  const r = record(value, path, keys);
  const out: Record<string, unknown> = {};
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (r[key] !== undefined || needed[k]) {
      try {
        out[key] = readers[k]!(r[key], '');
      } catch (error) {
        at(error, `${path}.${key}`);
      }
    }
  }
  return out as T;
}

/** Each item of `items` read, holes kept as holes (as map() would): a loop spares a closure per list. */
function readAll<T>(items: unknown[], path: string, read: Read<T>): T[] {
  const out: T[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue;
    try {
      out[i] = read(items[i], '');
    } catch (error) {
      at(error, `${path}[${i}]`);
    }
  }
  return out;
}

/** A list read item by item. */
const many =
  <T>(read: Read<T>, min = 0): Read<T[]> =>
  (value, path) =>
    readAll(list(value, path, min), path, read);

function after(path: string, start: string, end: string | undefined, what: string): void {
  if (end !== undefined && end < start) fail(`${path}.end`, `"${end}" is before ${what} "${start}"`);
}

const TERM = { start: day, end: day };
const term: Read<Term> = (value, path) => {
  const out = fields<Term>(value, path, TERM, ['start']);
  after(path, out.start, out.end, 'start');
  return out;
};

// Specs made once, not per item: fields() caches what it derives from each.
const LEADER = { id, name: localized, country, terms: many(term, 1), sources };
const leader: Read<Leader> = (value, path) => fields(value, path, LEADER, ['id', 'name', 'country', 'terms']);

const BAND = { country, label: localized };
const band: Read<BandSpec> = (value, path) => fields(value, path, BAND, ['country', 'label']);

const KIND = { id, label: localized, shape: (v: unknown, p: string) => oneOf(v, p, SHAPES, 'a shape', 'expected one of') as MarkShape, color };
const kind: Read<KindSpec> = (value, path) => fields(value, path, KIND, ['id', 'label', 'shape']);

const TOPIC = { id, label: localized };
const topic: Read<TopicSpec> = (value, path) => fields(value, path, TOPIC, ['id', 'label']);

const LABELS = Object.fromEntries(LABEL_KEYS.map((k) => [k, localized]));
const labels: Read<Labels> = (value, path) => fields(value, path, LABELS, []);

function eventReader(ctx: Context): Read<Summit> {
  const where = (list: string, own: boolean) => (own ? `defined in "${list}"` : `expected one of, or define your own in "${list}"`);
  // Built once per document, not per event.
  const kindsWhere = where('kinds', !ctx.defaultKinds);
  const topicsWhere = where('topics', !ctx.defaultTopics);
  const leaderRef = (v: unknown, p: string) => oneOf(v, p, ctx.leaderIds, 'the id of a leader in "leaders"', 'defined');
  const spec: Record<(typeof EVENT_KEYS)[number], Read> = {
    id,
    date: day,
    end: day,
    kind: (v, p) => oneOf(v, p, ctx.kinds, 'a kind', kindsWhere),
    // Titles, summaries and notes are mostly one of a kind; places and other participants repeat.
    title: ownText,
    place: localized,
    country,
    leaders: (value, path) => sharedList(readAll(list(value, path, 1), path, leaderRef)),
    others: many(localized),
    summary: ownText,
    topics: (value, path) => {
      const refs = list(value, path);
      const out: string[] = new Array(refs.length);
      // indexOf over the few before; a Set only for a long list, where indexOf would be quadratic.
      const seen = refs.length > 8 ? new Set<string>() : undefined;
      for (let i = 0; i < refs.length; i++) {
        if (!(i in refs)) continue;
        let known: string;
        try {
          known = oneOf(refs[i], '', ctx.topics, 'a topic', topicsWhere);
        } catch (error) {
          at(error, `${path}[${i}]`);
        }
        if (seen ? seen.has(known) : out.indexOf(known) !== -1) fail(`${path}[${i}]`, `${show(refs[i])} is listed twice`);
        seen?.add(known);
        out[i] = known;
      }
      return out;
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

/** The items kept, and the index in the input of each (for paths): two arrays, not a tuple per item. */
interface Kept<T> {
  at: number[];
  items: T[];
}

/** Checks each item alone: a bad one becomes a problem and is left out. */
function each<T>(items: unknown[], path: string, problems: Problem[], check: (v: unknown, p: string) => T): Kept<T> {
  const out: Kept<T> = { at: [], items: [] };
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // a hole, which forEach() skipped
    try {
      const item = check(items[i], '');
      out.at.push(i);
      out.items.push(item);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ path: `${path}[${i}]${error.path}`, message: error.message });
    }
  }
  return out;
}

/** Keeps the first item of each id; a later one is dropped with a problem naming both. Compacts `kept` in place. */
function unique<T extends { id: string }>(kept: Kept<T>, path: string, problems: Problem[]): Kept<T> {
  const first = new Map<string, number>();
  const { at, items } = kept;
  let n = 0;
  for (let j = 0; j < items.length; j++) {
    const i = at[j]!;
    const item = items[j]!;
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, i);
      at[n] = i;
      items[n++] = item;
    } else problems.push({ path: `${path}[${i}].id`, message: `"${item.id}" is already used by ${path}[${earlier}]` });
  }
  at.length = items.length = n;
  return kept;
}

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
    if (kinds) data.kinds = unique(each(kinds, 'kinds', problems, kind), 'kinds', problems).items;
    if (topics) data.topics = unique(each(topics, 'topics', problems, topic), 'topics', problems).items;

    data.leaders = unique(each(leaders, 'leaders', problems, leader), 'leaders', problems).items;
    if (bands) data.bands = each(bands, 'bands', problems, band).items;
    const leaderMap = new Map(data.leaders.map((l) => [l.id, l]));
    const ctx: Context = {
      kinds: new Set((data.kinds ?? DEFAULT_KINDS).map((k) => k.id)),
      defaultKinds: !data.kinds,
      topics: new Set((data.topics ?? DEFAULT_TOPICS).map((t) => t.id)),
      defaultTopics: !data.topics,
      leaderIds: new Set(leaderMap.keys()),
    };
    const kept = unique(each(events, 'events', problems, eventReader(ctx)), 'events', problems);
    data.events = kept.items;
    // Warnings only for events kept: a skipped or duplicate one has its problem already.
    const warnings: Problem[] = [];
    for (let j = 0; j < kept.items.length; j++) {
      const e = kept.items[j]!;
      if (e.leaders.length) termWarnings(e, kept.at[j]!, leaderMap, ctx.defaultKinds, warnings);
    }
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

