// The demo's only script: it listens to the element's events, as a page would.
// The main timeline's view lives in the URL's query (view-state.js says why the
// query): the URL opens the view it names, each settled view is a history
// entry, and back and forward show the views again without adding entries.
import { FILTERS, idList, parse, serialize } from './view-state.js';

const timeline = document.getElementById('history');
const status = document.getElementById('history-status');
const localeSelect = document.getElementById('locale');

/** A wheel or drag gesture fires many rangechanges; the view it ends on is one entry. */
const SETTLE_MS = 400;
/** What the page shows when the URL says nothing: the markup's own choice (not the select's value, which a reload may restore). */
const DEFAULTS = { selected: timeline.getAttribute('selected'), locale: document.documentElement.lang || 'en' };

let range = null; // the window shown, from the last summit-rangechange
let current = null; // the view the current history entry stands for, as shown
let restoring = true; // applying a view from the URL: what the element does then is no new entry
let loaded = false;
let timer = 0;

function setLocale(locale) {
  localeSelect.value = locale;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('summit-timeline')) el.locale = locale;
}

function setAttr(name, value) {
  if (value == null) timeline.removeAttribute(name);
  else timeline.setAttribute(name, value);
}

/** Shows `view` (the URL's fields over the defaults) on the main timeline. */
function apply(view) {
  const v = { ...DEFAULTS, ...view };
  setLocale(v.locale);
  setAttr('selected', v.selected ?? null);
  for (const name of FILTERS) setAttr(name, v[name]?.join(' ') ?? null);
  setAttr('start', v.start ?? null);
  setAttr('end', v.end ?? null);
  // start/end equal to what they were would change nothing, though the user has zoomed since: ask again.
  if (loaded) {
    if (v.start || v.end) timeline.setWindow(v.start ?? null, v.end ?? null);
    else timeline.resetZoom();
  }
}

/** The view on screen, as view-state.js writes it. */
function shown() {
  const view = { ...(range ?? {}), selected: timeline.selected ?? null, locale: localeSelect.value };
  for (const name of FILTERS) {
    const list = idList(timeline.getAttribute(name));
    if (list) view[name] = list;
  }
  return view;
}

/** Makes the view on screen a history entry, unless it is the one the current entry has. */
function commit() {
  clearTimeout(timer);
  timer = 0;
  if (restoring) return;
  const view = shown();
  const query = serialize(view);
  if (current && query === serialize(current)) return;
  current = view;
  history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
}

/** Waits for the element to draw what apply() asked for, then takes it as the current entry's view. */
async function settle() {
  await timeline.updateComplete;
  // Opening or closing the panel resizes the plot; the redraw that follows is part of the same view.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await timeline.updateComplete;
  clearTimeout(timer);
  current = shown();
  restoring = false;
}

apply(parse(location.href));

function onLoaded() {
  if (loaded) return;
  loaded = true;
  void settle();
}
timeline.addEventListener('summit-load', (e) => {
  status.textContent = `${e.detail.count} meetings loaded.`;
  onLoaded();
});
// The data may have come before this script did (it waits for view-state.js): then summit-load has been and gone.
if (timeline.events?.length) {
  status.textContent = `${timeline.events.length} meetings loaded.`;
  onLoaded();
}
timeline.addEventListener('summit-select', (e) => {
  status.textContent = e.detail.event ? `Selected: ${e.detail.event.title.en} (${e.detail.event.date}).` : '';
  commit();
});
timeline.addEventListener('summit-error', (e) => {
  status.textContent = e.detail.message;
  onLoaded();
});
timeline.addEventListener('summit-rangechange', (e) => {
  range = { start: e.detail.start, end: e.detail.end };
  if (restoring) return;
  clearTimeout(timer);
  timer = setTimeout(commit, SETTLE_MS);
});
// Fired by the element's own filter controls (legend toggles, the filter list).
timeline.addEventListener('summit-filterchange', () => commit());

localeSelect.addEventListener('change', () => {
  setLocale(localeSelect.value);
  commit();
});

window.addEventListener('popstate', () => {
  clearTimeout(timer);
  restoring = true;
  apply(parse(location.href));
  void settle();
});

// Pictures of the current view: the element makes the Blob, the page saves it.
async function download(format) {
  const name = `summit-timeline${range ? `-${range.start}-to-${range.end}` : ''}.${format}`;
  try {
    const blob = await timeline.exportImage({ format });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later, not at once: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Saved ${name}.`;
  } catch (error) {
    status.textContent = `Could not make the ${format.toUpperCase()}: ${error?.message ?? error}`;
  }
}
document.getElementById('download-svg').addEventListener('click', () => download('svg'));
document.getElementById('download-png').addEventListener('click', () => download('png'));
