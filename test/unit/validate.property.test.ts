// Property-based tests of the validator. The seed is fixed and printed, so a
// failure here fails the same way on every machine and can be replayed.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromUtcDate } from '../../src/model/calendar-date.js';
import { SUMMIT_KINDS, TOPICS, type TimelineData } from '../../src/model/types.js';
import { validateData } from '../../src/model/validate.js';

const SEED = 20_250_207;
const RUNS = 300;

beforeAll(() => {
  console.log(`fast-check seed ${SEED}, ${RUNS} runs per property`);
  fc.configureGlobal({ seed: SEED, numRuns: RUNS });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,20}$/);
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const localized = fc.record({ en: text, ja: text }, { requiredKeys: ['en'] });
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map(fromUtcDate);
const country = fc.constantFrom('JP', 'US', 'GB', 'KR');
const url = fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => !/\s/.test(u));

const term = fc.tuple(day, fc.option(day, { nil: undefined })).map(([a, b]) => (b === undefined ? { start: a } : a <= b ? { start: a, end: b } : { start: b, end: a }));

const validData: fc.Arbitrary<TimelineData> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 5 })
  .chain((leaderIds) =>
    fc.record({
      leaders: fc.tuple(...leaderIds.map((lid) => fc.record({ id: fc.constant(lid), name: localized, country, terms: fc.array(term, { minLength: 1, maxLength: 3 }) }))),
      events: fc.uniqueArray(
        fc.record(
          {
            id,
            date: day,
            kind: fc.constantFrom(...SUMMIT_KINDS),
            place: localized,
            country,
            leaders: fc.subarray(leaderIds, { minLength: 1 }),
            others: fc.array(localized, { maxLength: 2 }),
            title: localized,
            summary: localized,
            topics: fc.subarray([...TOPICS]),
            sources: fc.array(url, { maxLength: 3 }),
            note: localized,
          },
          { requiredKeys: ['id', 'date', 'kind', 'place', 'leaders', 'title'] },
        ),
        { selector: (e) => e.id, maxLength: 12 },
      ),
    }),
  ) as fc.Arbitrary<TimelineData>;

describe('validateData (properties)', () => {
  it('never throws, whatever JSON it is given', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void validateData(value)));
  });

  it('never throws on values JSON cannot even express', () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }), (value) => void validateData(value)));
  });

  it('accepts generated valid data and round-trips it unchanged through JSON', () => {
    fc.assert(
      fc.property(validData, (data) => {
        const first = validateData(JSON.parse(JSON.stringify(data)));
        expect(first.problems).toEqual([]);
        expect(first.data).toEqual(data);
        expect(validateData(JSON.parse(JSON.stringify(first.data))).data).toEqual(data);
      }),
    );
  });

  it('gives every rejected input at least one problem with a path', () => {
    // Valid data with one field of one meeting replaced by arbitrary JSON: the
    // problem, if any, must point into that meeting.
    const mutated = validData
      .filter((d) => d.events.length > 0)
      .chain((data) =>
        fc.tuple(fc.constant(data), fc.nat(data.events.length - 1), fc.constantFrom('id', 'date', 'end', 'kind', 'place', 'leaders', 'title', 'topics', 'sources', 'bogus'), fc.jsonValue()),
      );
    fc.assert(
      fc.property(mutated, ([data, index, field, value]) => {
        const doc = JSON.parse(JSON.stringify(data));
        doc.events[index][field] = value;
        const { data: out, problems } = validateData(doc);
        const kept = out?.events.length ?? 0;
        if (problems.length === 0) {
          expect(kept).toBe(data.events.length);
          return;
        }
        for (const p of problems) {
          expect(p.path).toMatch(/^(\(root\)|events|leaders|bands|title)/);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(problems.some((p) => p.path.startsWith('events['))).toBe(true);
      }),
    );
  });

  it('rejects anything that is not an object with an events array as a whole', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v) || !Array.isArray((v as Record<string, unknown>).events)), (value) => {
        const { data, problems } = validateData(value);
        expect(data).toBeNull();
        expect(problems[0]!.path).toMatch(/^(\(root\)|events|leaders|bands|title|\$schema)/);
      }),
    );
  });
});
