// The accessible name of a meeting: the date in words, who met, and where.
// Pure, so every screen-reader string can be tested in Node.

import type { CalendarDate, Leader, Summit } from '../model/types.js';
import { formatDaySpan, formatSpan } from './dates.js';
import { pick, strings, type Locale } from './strings.js';

/** Names of the leaders who met, joined for reading: "Shigeru Ishiba and Donald Trump". */
export function leaderNames(event: Summit, leaders: ReadonlyMap<string, Leader>, locale: Locale): string {
  const names = event.leaders.map((id) => pick(leaders.get(id)?.name, locale) || id);
  if (locale === 'ja') return names.join(strings(locale).and);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "7 February 2025: Shigeru Ishiba and Donald Trump, White House, Washington, D.C., United States. Working visit." */
export function describeEvent(event: Summit, leaders: ReadonlyMap<string, Leader>, locale: Locale): string {
  const s = strings(locale);
  const when = formatSpan(event.date, event.end, locale);
  const who = leaderNames(event, leaders, locale);
  const where = pick(event.place, locale);
  if (locale === 'ja') return `${when}：${who}、${where}。${s.kinds[event.kind]}。`;
  return `${when}: ${who}, ${where}. ${s.kinds[event.kind]}.`;
}

/** What describeCluster reads of a cluster: layout's PlacedCluster has these. */
export interface ClusterSummary {
  count: number;
  start: CalendarDate;
  end: CalendarDate;
}

/** "37 meetings, March – May 2019", "37件の会談、2019年3月〜2019年5月": a cluster's accessible name. */
export function describeCluster(cluster: ClusterSummary, locale: Locale): string {
  const s = strings(locale);
  const when = formatDaySpan(cluster.start, cluster.end, locale);
  return locale === 'ja' ? `${s.meetings(cluster.count)}、${when}` : `${s.meetings(cluster.count)}, ${when}`;
}
