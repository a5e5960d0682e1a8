// Untrusted JSON in, typed data or path-specific problems out. A bad event or
// leader is skipped and reported so the rest still renders; a document that
// is not timeline data at all yields no data, and the caller keeps what it had.
// Warnings (an event outside a leader's term) never drop anything.
// The rules mirror src/data/summit-timeline.schema.json; a test holds them equal.

import { DEFAULT_KINDS, DEFAULT_TOPICS } from './defaults.js';
import { color, country, day, fail, id, Invalid, list, localized, oneOf, record, show, sources } from './read.js';
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
const LEADER_KEYS = ['id', 'name', 'country', 'terms', 'sources'];
const TERM_KEYS = ['start', 'end'];
const BAND_KEYS = ['country', 'label'];
const KIND_KEYS = ['id', 'label', 'shape', 'color'];
const TOPIC_KEYS = ['id', 'label'];
const SHAPES: ReadonlySet<string> = new Set(MARK_SHAPES);

/** What events are checked against: the ids the rest of the document defines. */
interface Context {
  kinds: ReadonlySet<string>;
  /** Whether the kinds are the defaults, which changes the wording of a kind problem. */
  defaultKinds: boolean;
  topics: ReadonlySet<string>;
  defaultTopics: boolean;
  leaders: ReadonlyMap<string, Leader>;
  leaderIds: ReadonlySet<string>;
  warnings: Problem[];
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

function kind(value: unknown, path: string): KindSpec {
  const r = record(value, path, KIND_KEYS);
  const out: KindSpec = {
    id: id(r.id, `${path}.id`),
    label: localized(r.label, `${path}.label`),
    shape: oneOf(r.shape, `${path}.shape`, SHAPES, 'a shape', 'expected one of') as MarkShape,
  };
  if (r.color !== undefined) out.color = color(r.color, `${path}.color`);
  return out;
}

function topic(value: unknown, path: string): TopicSpec {
  const r = record(value, path, TOPIC_KEYS);
  return { id: id(r.id, `${path}.id`), label: localized(r.label, `${path}.label`) };
}

function labels(value: unknown, path: string): Labels {
  const r = record(value, path, LABEL_KEYS);
  const out: Labels = {};
  for (const key of LABEL_KEYS) if (r[key] !== undefined) out[key] = localized(r[key], `${path}.${key}`);
  return out;
}

function event(value: unknown, path: string, ctx: Context): Summit {
  const r = record(value, path, EVENT_KEYS);
  const date = day(r.date, `${path}.date`);
  const kindWhere = ctx.defaultKinds ? 'expected one of, or define your own in "kinds"' : 'defined in "kinds"';
  const out: Summit = {
    id: id(r.id, `${path}.id`),
    date,
    kind: oneOf(r.kind, `${path}.kind`, ctx.kinds, 'a kind', kindWhere),
    leaders:
      r.leaders === undefined
        ? []
        : list(r.leaders, `${path}.leaders`, 1).map((ref, i) =>
            oneOf(ref, `${path}.leaders[${i}]`, ctx.leaderIds, 'the id of a leader in "leaders"', 'defined'),
          ),
    title: localized(r.title, `${path}.title`),
  };
  if (r.end !== undefined) {
    out.end = day(r.end, `${path}.end`);
    if (out.end < date) fail(`${path}.end`, `"${out.end}" is before date "${date}"`);
  }
  if (r.place !== undefined) out.place = localized(r.place, `${path}.place`);
  if (r.country !== undefined) out.country = country(r.country, `${path}.country`);
  if (r.others !== undefined) out.others = list(r.others, `${path}.others`).map((o, i) => localized(o, `${path}.others[${i}]`));
  if (r.summary !== undefined) out.summary = localized(r.summary, `${path}.summary`);
  if (r.topics !== undefined) {
    const seen = new Set<string>();
    const topicWhere = ctx.defaultTopics ? 'expected one of, or define your own in "topics"' : 'defined in "topics"';
    out.topics = list(r.topics, `${path}.topics`).map((t, i) => {
      const at = `${path}.topics[${i}]`;
      const known = oneOf(t, at, ctx.topics, 'a topic', topicWhere);
      if (seen.has(known)) fail(at, `${show(t)} is listed twice`);
      seen.add(known);
      return known;
    });
  }
  if (r.sources !== undefined) out.sources = sources(r.sources, `${path}.sources`);
  if (r.note !== undefined) out.note = localized(r.note, `${path}.note`);
  // Only a valid event can be out of term; a skipped one has its problem already.
  ctx.warnings.push(...termWarnings(out, path, ctx.leaders, ctx.defaultKinds));
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
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
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
    if (kinds) data.kinds = unique(each(kinds, 'kinds', problems, kind), 'kinds', problems);
    if (topics) data.topics = unique(each(topics, 'topics', problems, topic), 'topics', problems);

    data.leaders = unique(each(leaders, 'leaders', problems, leader), 'leaders', problems);
    if (bands) data.bands = each(bands, 'bands', problems, band).map(([, b]) => b);
    const leaderMap = new Map(data.leaders.map((l) => [l.id, l]));
    const ctx: Context = {
      kinds: new Set((data.kinds ?? DEFAULT_KINDS).map((k) => k.id)),
      defaultKinds: !data.kinds,
      topics: new Set((data.topics ?? DEFAULT_TOPICS).map((t) => t.id)),
      defaultTopics: !data.topics,
      leaders: leaderMap,
      leaderIds: new Set(leaderMap.keys()),
      warnings,
    };
    data.events = unique(each(events, 'events', problems, (v, p) => event(v, p, ctx)), 'events', problems);
    return { data, problems, warnings: keptOnly(warnings, problems) };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { data: null, problems: [{ path: error.path, message: error.message }, ...problems], warnings: [] };
  }
}

/** Warnings about an event later dropped as a duplicate would point at nothing drawn. */
function keptOnly(warnings: Problem[], problems: Problem[]): Problem[] {
  if (warnings.length === 0) return warnings;
  const dropped = new Set(problems.filter((p) => p.path.endsWith('.id')).map((p) => p.path.slice(0, -3)));
  return warnings.filter((w) => !dropped.has(w.path.slice(0, w.path.indexOf(']') + 1)));
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

