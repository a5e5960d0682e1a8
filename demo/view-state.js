// The demo's view as a URL query and back: the window (start, end), the
// selected meeting, the language and the filters. Pure: no DOM, no history,
// so it runs in Node under Vitest. What cannot be read is dropped, field by
// field, never thrown: a shared link with one bad date still opens the rest.
//
// The query, not the hash: the view is the page's state, as a search is, and
// the fragment stays free for in-page links (one would otherwise wipe it).

/** The languages the demo offers; anything else in a URL is dropped. */
export const LOCALES = ['en', 'ja'];
/** The element's filter attributes, each a space-separated list of ids. */
export const FILTERS = ['kinds', 'leaders', 'topics'];

// The same rule as the element's ids (src/model/read.ts).
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** More ids than any filter list needs; a longer list is someone's mistake, not a view. */
const MAX_IDS = 200;

/** True for a real day written `YYYY-MM-DD` (no 2019-02-30). */
export function isDay(value) {
  const m = typeof value === 'string' ? DAY.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

function params(url) {
  if (url instanceof URLSearchParams) return url;
  if (url instanceof URL) return url.searchParams;
  if (typeof url !== 'string') return new URLSearchParams();
  try {
    return new URL(url, 'http://localhost/').searchParams;
  } catch {
    return new URLSearchParams();
  }
}

function ids(text) {
  if (typeof text !== 'string') return undefined;
  const list = [...new Set(text.split(/[\s,]+/).filter((t) => ID.test(t)))].slice(0, MAX_IDS);
  return list.length ? list : undefined;
}

/**
 * The view a URL (or its query) asks for. Absent fields are absent: the page
 * keeps its own default for them. `selected` is `null` for "nothing selected"
 * (`?selected=`), so a link can close the panel the page opens by default.
 */
export function parse(url, { locales = LOCALES } = {}) {
  const q = params(url);
  const view = {};
  let [start, end] = [q.get('start'), q.get('end')];
  start = isDay(start) ? start : undefined;
  end = isDay(end) ? end : undefined;
  // A window that ends before it starts is no window: keep neither rather than guess.
  if (start && end && start > end) start = end = undefined;
  if (start) view.start = start;
  if (end) view.end = end;
  if (q.has('selected')) {
    const id = q.get('selected');
    if (id === '') view.selected = null;
    else if (ID.test(id)) view.selected = id;
  }
  const locale = q.get('locale')?.toLowerCase();
  const known = locales.find((l) => l.toLowerCase() === locale);
  if (known) view.locale = known;
  for (const name of FILTERS) {
    const list = ids(q.get(name));
    if (list) view[name] = list;
  }
  return view;
}

/** The query for a view, fields in a fixed order (so equal views give equal strings): `''` or `?start=…`. */
export function serialize(view) {
  const q = new URLSearchParams();
  if (isDay(view?.start)) q.set('start', view.start);
  if (isDay(view?.end)) q.set('end', view.end);
  if (view?.selected === null) q.set('selected', '');
  else if (typeof view?.selected === 'string' && ID.test(view.selected)) q.set('selected', view.selected);
  if (typeof view?.locale === 'string' && view.locale) q.set('locale', view.locale);
  for (const name of FILTERS) {
    const list = Array.isArray(view?.[name]) ? [...new Set(view[name].filter((t) => typeof t === 'string' && ID.test(t)))] : [];
    if (list.length) q.set(name, list.slice(0, MAX_IDS).join(' '));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** An attribute's space-separated ids as a list, or undefined when there are none. */
export function idList(text) {
  return ids(text);
}
