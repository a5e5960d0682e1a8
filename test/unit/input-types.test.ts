// TimelineInput is what authors type their data as. These checks run twice:
// tsc (npm run typecheck) fails if a @ts-expect-error stops being an error,
// and Vitest runs the same objects through the validator.
import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../../src/model/input.js';
import type { TimelineData } from '../../src/model/types.js';
import { validateData } from '../../src/model/validate.js';
import { sampleData } from './fixtures.js';

const roadmap = {
  title: 'Roadmap',
  labels: { event: 'release', events: 'releases', leaders: 'Teams' },
  kinds: [
    { id: 'major', label: { en: 'Major release', ja: 'メジャーリリース' }, shape: 'star', color: '#0b62d6' },
    { id: 'minor', label: 'Minor release', shape: 'circle' },
  ],
  events: [
    { id: 'v1', date: '2024-03-01', kind: 'major', title: 'Version 1.0', note: { en: 'Late by a week.', 'pt-BR': 'Atrasou uma semana.' } },
    { id: 'v1.1', date: '2024-06-01', kind: 'minor', title: 'Version 1.1', topics: ['x'] },
  ],
} as const satisfies TimelineInput;

describe('TimelineInput', () => {
  it('takes plain strings, text by language, readonly `as const` data, and no leaders', () => {
    const { problems } = validateData(roadmap);
    // The one problem is the undefined topic, which only the validator can know about.
    expect(problems.map((p) => p.path)).toEqual(['events[1].topics[0]']);
  });

  it('takes the normalized data back, so validated data can be handed on', () => {
    const data: TimelineData = validateData(sampleData()).data!;
    const again: TimelineInput = data;
    expect(validateData(again).data).toEqual(data);
  });

  it('makes a misspelt or missing field a type error', () => {
    const wrong: TimelineInput[] = [
      // @ts-expect-error: "titel" is not a field of an event
      { events: [{ id: 'a', date: '2024-01-01', kind: 'x', titel: 'A' }] },
      // @ts-expect-error: an event needs a title
      { events: [{ id: 'a', date: '2024-01-01', kind: 'x' }] },
      // @ts-expect-error: "hexagon" is not a shape
      { kinds: [{ id: 'k', label: 'K', shape: 'hexagon' }], events: [] },
      // @ts-expect-error: "crew" is not a label key
      { labels: { crew: 'Crew' }, events: [] },
      // @ts-expect-error: the list of events is required
      { evnets: [] },
    ];
    // And the validator agrees on every one of them.
    for (const doc of wrong) expect(validateData(doc).problems.length).toBeGreaterThan(0);
  });
});
