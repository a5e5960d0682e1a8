// The accessible name of an event: the date in words, who took part (or,
// with no leaders, its title), where, and its kind in the data's own words.
// Pure, so every screen-reader string can be tested in Node.

import type { Leader, Summit } from '../model/types.js';
import { formatSpan } from './dates.js';
import { pick, strings, toLocale } from './strings.js';
import { kindLabel, vocabulary, type Vocabulary } from './vocabulary.js';

/** Names of the leaders taking part, joined for reading: "Shigeru Ishiba and Donald Trump"; "" for none. */
export function leaderNames(event: Summit, leaders: ReadonlyMap<string, Leader>, locale: string): string {
  const names = (event.leaders ?? []).map((id) => pick(leaders.get(id)?.name, locale) || id);
  if (toLocale(locale) === 'ja') return names.join(strings(locale).and);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * "7 February 2025: Shigeru Ishiba and Donald Trump, White House, Washington, D.C., United States. Working visit."
 * "16 July 1969: Apollo 11, Kennedy Space Center, Florida. Lunar landing."
 * `vocab` is the data's (vocabulary(data, locale)); without it, the default kinds.
 */
export function describeEvent(event: Summit, leaders: ReadonlyMap<string, Leader>, locale: string, vocab?: Vocabulary): string {
  const v = vocab ?? vocabulary(null, locale);
  const when = formatSpan(event.date, event.end, v.lang);
  const who = leaderNames(event, leaders, v.lang) || pick(event.title, v.lang);
  const where = pick(event.place, v.lang);
  const kind = kindLabel(v, event.kind);
  if (v.locale === 'ja') return `${when}：${who}${where ? `、${where}` : ''}。${kind}。`;
  return `${when}: ${who}${where ? `, ${where}` : ''}. ${kind}.`;
}
