// Writes src/data/summit-timeline.schema.json from the model's own lists and
// patterns (default kinds and topics, shapes, label keys, field names, the
// language-tag pattern), so the schema and the validator never disagree.
// Run: node scripts/schema.mjs (a test checks the committed file is current).
import { writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { SUMMIT_KINDS, TOPICS, MARK_SHAPES, LABEL_KEYS } = await importTs('src/model/types.ts');
const { LANGUAGE_TAG } = await importTs('src/model/text.ts');
const { ROOT_KEYS, EVENT_KEYS } = await importTs('src/model/validate.ts');

const nonEmpty = { type: 'string', minLength: 1, pattern: '\\S' };

const text = {
  description: 'Text: a plain string (English), or text by BCP 47 language tag, such as { "en": "…", "ja": "…", "pt-BR": "…" }. Readers get their language, then its parent (ja-JP → ja), then English, then the first given.',
  oneOf: [
    nonEmpty,
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: LANGUAGE_TAG.source },
      additionalProperties: nonEmpty,
    },
  ],
};

/** Keeps the properties in the validator's order, so a missing one shows up in review. */
function inOrder(keys, properties) {
  const missing = keys.filter((k) => !(k in properties));
  const extra = Object.keys(properties).filter((k) => !keys.includes(k));
  if (missing.length || extra.length) throw new Error(`schema and validator disagree on fields: missing ${missing}, extra ${extra}`);
  return Object.fromEntries(keys.map((k) => [k, properties[k]]));
}

const eventProperties = {
  id: { $ref: '#/$defs/id' },
  date: { $ref: '#/$defs/date', description: 'The (first) day of the event, at the venue.' },
  end: { $ref: '#/$defs/date', description: 'The last day of an event that lasted several days.' },
  kind: { $ref: '#/$defs/id', description: 'An id from "kinds"; without "kinds", one of the default kinds of meeting.' },
  title: { $ref: '#/$defs/text' },
  place: { $ref: '#/$defs/text', description: 'Where: venue, city, country.' },
  country: { $ref: '#/$defs/country', description: 'Country of the venue.' },
  leaders: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Ids of the leaders taking part, from "leaders". Leave it out for an event without leaders.' },
  others: { type: 'array', items: { $ref: '#/$defs/text' }, description: 'Others present, as text (trilateral, Quad).' },
  summary: { $ref: '#/$defs/text' },
  topics: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/id' }, description: 'Ids from "topics"; without "topics", from the default topics.' },
  sources: { type: 'array', items: { $ref: '#/$defs/url' }, description: 'Pages that state the date and what happened.' },
  note: { $ref: '#/$defs/text', description: 'A caveat, such as sources that disagree on the date.' },
};

/** Without a "kinds" (or "topics") list, events must use the defaults: the one cross-reference a schema can state. */
function defaultsUnless(field, property, values) {
  return {
    if: { type: 'object', properties: { [field]: false } },
    then: {
      type: 'object',
      properties: {
        events: {
          type: 'array',
          items: { type: 'object', properties: { [property]: property === 'kind' ? { enum: values } : { type: 'array', items: { enum: values } } } },
        },
      },
    },
  };
}

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/summit-timeline/dist/data/summit-timeline.schema.json',
  title: 'summit-timeline data',
  description:
    'Dated events for <summit-timeline>, with optional kinds, topics and labels of your own, and optional leaders with their terms of office. Dates are calendar dates at the venue (YYYY-MM-DD), never instants. Rules a schema cannot express (ids unique, references to leaders, kinds and topics you define, end not before start) are checked by the element and by `npx summit-timeline check`.',
  type: 'object',
  properties: inOrder(ROOT_KEYS, {
    $schema: { type: 'string', description: 'This schema, for editors.' },
    title: { $ref: '#/$defs/text', description: 'Title shown above the timeline.' },
    labels: {
      type: 'object',
      description: 'Your words for the element\'s own: "event" and "events" are the noun in headings, counts and accessible names ("launch", "launches"); "leaders" heads the people taking part ("Crew").',
      properties: Object.fromEntries(LABEL_KEYS.map((k) => [k, { $ref: '#/$defs/text' }])),
      additionalProperties: false,
    },
    kinds: {
      type: 'array',
      minItems: 1,
      description: 'Kinds of event, each with a label and a mark shape. Without it, the default kinds of meeting.',
      items: {
        type: 'object',
        properties: {
          id: { $ref: '#/$defs/id' },
          label: { $ref: '#/$defs/text' },
          shape: { enum: [...MARK_SHAPES] },
          color: { type: 'string', pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', description: 'A colour, #rgb or #rrggbb; without it the kind takes a theme colour.' },
        },
        required: ['id', 'label', 'shape'],
        additionalProperties: false,
      },
    },
    topics: {
      type: 'array',
      minItems: 1,
      description: 'Topics events can be tagged with. Without it, the default topics.',
      items: {
        type: 'object',
        properties: { id: { $ref: '#/$defs/id' }, label: { $ref: '#/$defs/text' } },
        required: ['id', 'label'],
        additionalProperties: false,
      },
    },
    bands: {
      type: 'array',
      description: 'Band order and labels, one band per country of the leaders. Countries not listed follow in order of first appearance among the leaders.',
      items: {
        type: 'object',
        properties: { country: { $ref: '#/$defs/country' }, label: { $ref: '#/$defs/text' } },
        required: ['country', 'label'],
        additionalProperties: false,
      },
    },
    leaders: { type: 'array', items: { $ref: '#/$defs/leader' }, description: 'People whose terms are drawn as bands. Optional: without leaders, events use the whole height.' },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  }),
  required: ['events'],
  additionalProperties: false,
  allOf: [defaultsUnless('kinds', 'kind', [...SUMMIT_KINDS]), defaultsUnless('topics', 'topics', [...TOPICS])],
  $defs: {
    text,
    date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date, YYYY-MM-DD, at the venue.' },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, such as "JP" or "US".' },
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$', description: 'A stable id: letters, digits, . _ : - (at most 128).' },
    url: { type: 'string', pattern: '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+\\S*$', description: 'An absolute http: or https: URL.' },
    term: {
      type: 'object',
      properties: {
        start: { $ref: '#/$defs/date', description: 'First day in office.' },
        end: { $ref: '#/$defs/date', description: 'Last day in office (the day the successor took office); absent while in office.' },
      },
      required: ['start'],
      additionalProperties: false,
    },
    leader: {
      type: 'object',
      properties: {
        id: { $ref: '#/$defs/id' },
        name: { $ref: '#/$defs/text' },
        country: { $ref: '#/$defs/country' },
        terms: { type: 'array', minItems: 1, items: { $ref: '#/$defs/term' } },
        sources: { type: 'array', items: { $ref: '#/$defs/url' } },
      },
      required: ['id', 'name', 'country', 'terms'],
      additionalProperties: false,
    },
    event: {
      type: 'object',
      properties: inOrder(EVENT_KEYS, eventProperties),
      required: ['id', 'date', 'kind', 'title'],
      additionalProperties: false,
    },
  },
};

const target = process.argv[2] ?? 'src/data/summit-timeline.schema.json';
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
