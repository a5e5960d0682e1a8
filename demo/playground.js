// The playground: text in, timeline and problems out. The element does all the
// checking (its `data` property takes JSON text); this page only debounces the
// typing, lists what the element reports and maps each path back to the text.
// Nothing is uploaded: files are read with FileReader, URLs fetched from here.
import { locate, parseLocated } from './json-locate.js';

const DEBOUNCE_MS = 300;

// The smallest document that validates: events with an id, a date, a kind and a title. Leaders, places,
// kinds and labels are all optional; without kinds, the diplomatic defaults apply.
const MINIMAL = {
  events: [
    { id: 'first', date: '2021-03-04', kind: 'working-visit', title: 'A first event', place: 'Somewhere' },
    { id: 'second', date: '2022-05-06', kind: 'virtual', title: 'A second event' },
  ],
};

const $ = (id) => document.getElementById(id);
const source = $('source');
const preview = $('preview');
const status = $('status');
const problemsBox = $('problems-box');
const problemsList = $('problems');

let timer = 0;
let shown = '';

/** Hands the text to the element, unless it is what it already has. */
function apply() {
  clearTimeout(timer);
  if (source.value === shown) return;
  shown = source.value;
  preview.data = shown;
}

function setText(text) {
  source.value = text;
  apply();
}

source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(apply, DEBOUNCE_MS);
});

preview.addEventListener('summit-load', (e) => {
  const { count, problems } = e.detail;
  status.textContent = `${count} event${count === 1 ? '' : 's'} drawn${problems.length ? `; ${problems.length} left out` : ''}.`;
  showProblems(problems);
});

preview.addEventListener('summit-error', (e) => {
  status.textContent = `${e.detail.message}. The last good timeline stays.`;
  showProblems(e.detail.problems);
});

function showProblems(problems) {
  problemsBox.hidden = problems.length === 0;
  problemsList.replaceChildren(
    ...problems.map((problem) => {
      const button = document.createElement('button');
      button.type = 'button';
      const path = document.createElement('code');
      path.textContent = problem.path;
      button.append(path, ` ${problem.message}`);
      button.addEventListener('click', () => goTo(problem));
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
}

/** Selects the text a problem is about: the value at its path, the key for an unknown field, the break for bad JSON. */
function goTo(problem) {
  const text = source.value;
  let [start, end] = [0, 0];
  const broken = parseLocated(text).error;
  if (/is not valid JSON/.test(problem.message) && broken >= 0) {
    [start, end] = [broken, Math.min(broken + 1, text.length)];
  } else {
    const place = locate(text, problem.path);
    const key = /is not a known field/.test(problem.message) && place.found && place.keyStart !== undefined;
    [start, end] = key ? [place.keyStart, place.keyEnd] : [place.start, place.end];
  }
  source.focus();
  source.setSelectionRange(start, end);
  scrollToOffset(start);
}

/** Textareas do not reliably scroll to a selection set from script: bring its line into view. */
function scrollToOffset(offset) {
  const line = source.value.slice(0, offset).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 18;
  const top = line * lineHeight;
  if (top < source.scrollTop || top > source.scrollTop + source.clientHeight - 2 * lineHeight) {
    source.scrollTop = Math.max(0, top - source.clientHeight / 3);
  }
}

async function fetchText(url) {
  status.textContent = `Loading ${url}…`;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    setText(await response.text());
  } catch (error) {
    status.textContent = `Could not load ${url}: ${error.message}`;
  }
}

$('template').addEventListener('change', (e) => {
  const choice = e.target.value;
  e.target.value = '';
  if (choice === 'minimal') setText(JSON.stringify(MINIMAL, null, 2));
  else if (choice) void fetchText(new URL(choice, location.href).href);
});

$('file').addEventListener('change', (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => setText(String(reader.result));
  reader.onerror = () => (status.textContent = `Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}`);
  reader.readAsText(file);
  e.target.value = '';
});

$('url-form').addEventListener('submit', (e) => {
  e.preventDefault();
  let url;
  try {
    url = new URL($('url').value, location.href);
  } catch {
    status.textContent = `"${$('url').value}" is not a URL.`;
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') status.textContent = 'Only http: and https: URLs can be loaded.';
  else void fetchText(url.href);
});

$('format').addEventListener('click', () => {
  try {
    setText(JSON.stringify(JSON.parse(source.value), null, 2));
  } catch {
    status.textContent = 'The text is not valid JSON yet, so it cannot be formatted: see the problem below.';
  }
});

// Pictures of the view, where the element offers them.
const exportBox = $('export');
exportBox.addEventListener('click', async (e) => {
  const format = e.target.closest?.('button')?.dataset.format;
  if (!format) return;
  try {
    const blob = await preview.exportImage({ format });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `timeline.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  } catch (error) {
    status.textContent = `Could not save the picture: ${error.message}`;
  }
});

// The data goes in before the element is defined (Lit keeps a property set before the upgrade):
// defined first, it would start fetching its default history only to abort it.
setText(JSON.stringify(MINIMAL, null, 2));
await import('../dist/summit-timeline.bundled.js');
exportBox.hidden = typeof preview.exportImage !== 'function';
