// Source links named by publisher. The publisher table (publishers.ts) is
// 3 KB min+gzip that only an open panel needs, so it loads on first use; until
// it is there, a link shows its host, and the caller is told to draw again.

import type { Locale } from './strings.js';

type Publishers = typeof import('./publishers.js');
let table: Publishers | null = null;
let loading: Promise<unknown> | null = null;

/** "MOFA (English)" once the table has loaded; the host name until then, asking `onReady` to draw again. */
export function sourceLabel(url: string, locale: Locale, onReady: () => void): string {
  if (table) return table.describeSource(url, locale).label;
  (loading ??= import('./publishers.js').then((m) => (table = m))).then(onReady, () => {});
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
