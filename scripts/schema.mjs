// Writes src/data/summit-timeline.schema.json from the model's closed lists, so
// the schema and the validator never disagree on a kind or a topic.
// Run: node scripts/schema.mjs (a test checks the committed file is current).
import { writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { SUMMIT_KINDS, TOPICS } = await importTs('src/model/types.ts');

const text = {
  description: 'Text: a plain string (English), or English with an optional Japanese version.',
  oneOf: [
    { type: 'string', minLength: 1, pattern: '\\S' },
    {
      type: 'object',
      properties: {
        en: { type: 'string', minLength: 1, pattern: '\\S', description: 'English text.' },
        ja: { type: 'string', minLength: 1, pattern: '\\S', description: 'Japanese text.' },
      },
      required: ['en'],
      additionalProperties: false,
    },
  ],
};

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/summit-timeline/dist/data/summit-timeline.schema.json',
  title: 'summit-timeline data',
  description:
    'Events for <summit-timeline>: leaders with their terms of office, and the meetings between them. Dates are calendar dates at the venue (YYYY-MM-DD), never instants. Rules a schema cannot express (ids unique, leader references, end not before start) are checked by the element and by `npm run check:data`.',
  type: 'object',
  properties: {
    $schema: { type: 'string', description: 'This schema, for editors.' },
    title: { $ref: '#/$defs/text', description: 'Title shown above the timeline.' },
    bands: {
      type: 'array',
      description: 'Band order and labels, one band per country. Countries not listed follow in order of first appearance among the leaders.',
      items: {
        type: 'object',
        properties: { country: { $ref: '#/$defs/country' }, label: { $ref: '#/$defs/text' } },
        required: ['country', 'label'],
        additionalProperties: false,
      },
    },
    leaders: { type: 'array', items: { $ref: '#/$defs/leader' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  required: ['events'],
  additionalProperties: false,
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
      properties: {
        id: { $ref: '#/$defs/id' },
        date: { $ref: '#/$defs/date', description: 'The (first) day of the meeting, at the venue.' },
        end: { $ref: '#/$defs/date', description: 'The last day of a multi-day meeting.' },
        kind: { enum: [...SUMMIT_KINDS], description: 'What kind of meeting; each kind has its own mark.' },
        place: { $ref: '#/$defs/text', description: 'Where: venue, city, country.' },
        country: { $ref: '#/$defs/country', description: 'Country of the venue.' },
        leaders: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Ids of the leaders who met, from "leaders".' },
        others: { type: 'array', items: { $ref: '#/$defs/text' }, description: 'Other leaders present (trilateral, Quad).' },
        title: { $ref: '#/$defs/text' },
        summary: { $ref: '#/$defs/text' },
        topics: { type: 'array', uniqueItems: true, items: { enum: [...TOPICS] } },
        sources: { type: 'array', items: { $ref: '#/$defs/url' }, description: 'Pages that state the date and what happened.' },
        note: { $ref: '#/$defs/text', description: 'A caveat, such as sources that disagree on the date.' },
      },
      required: ['id', 'date', 'kind', 'place', 'leaders', 'title'],
      additionalProperties: false,
    },
  },
};

const target = process.argv[2] ?? 'src/data/summit-timeline.schema.json';
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
