// In the page: the same data and the same steps for <summit-timeline> and for
// timelines-chart, each driven only through its public API. A step is timed
// from the call to the first frame that shows its final DOM (see settle()).

const DAY = 86_400_000;
const START = Date.UTC(2006, 0, 1);
const DAYS = 7300;
const KINDS = ['state-visit', 'official-visit', 'working-visit', 'bilateral', 'sideline', 'multilateral', 'memorial', 'virtual', 'president-elect'];
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** Seeded meetings over 2006-2025: every kind, one in ten over several days. */
export function events(n) {
  let s = (n * 2654435761) >>> 0;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => {
    const t0 = START + Math.floor(rand() * DAYS) * DAY;
    const kind = KINDS[Math.floor(rand() * KINDS.length)];
    const days = rand() < 0.1 ? 1 + Math.floor(rand() * 4) : 0;
    const e = { id: `e${i}`, date: iso(t0), kind, place: { en: `Place ${i % 50}` }, leaders: ['a', 'b'], title: { en: `Meeting ${i}` } };
    if (days) e.end = iso(t0 + days * DAY);
    return e;
  });
}

function oursData(list) {
  return {
    leaders: [
      { id: 'a', name: { en: 'Leader A' }, country: 'JP', terms: [{ start: '2006-01-01' }] },
      { id: 'b', name: { en: 'Leader B' }, country: 'US', terms: [{ start: '2006-01-01' }] },
    ],
    events: list,
  };
}

/** One group, a line per kind: the peer has no rows of its own, so kinds are its lines. */
function peerData(list) {
  const lines = new Map(KINDS.map((k) => [k, []]));
  for (const e of list) {
    const t0 = Date.parse(e.date);
    const t1 = Date.parse(e.end ?? e.date) + DAY;
    lines.get(e.kind).push({ timeRange: [new Date(t0), new Date(t1)], val: e.kind });
  }
  return [{ group: 'Meetings', data: [...lines].filter(([, d]) => d.length).map(([label, data]) => ({ label, data })) }];
}

/** The time just after the frame being made now is drawn: called from its requestAnimationFrame phase, a posted task runs after its paint. */
function painted() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  });
}

/** The time just after the next frame is drawn. */
function frame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(painted())));
}

/**
 * Runs `act` and waits for the DOM under `roots` to change and then stay
 * still for a whole frame, and for `done()`; returns ms from the call to the
 * first frame that showed the last change. Library-neutral: Lit renders in a microtask,
 * timelines-chart after a 1 ms debounce and a d3 transition tick.
 * `aligned` runs `act` at the start of a frame, as Chromium hands a page wheel,
 * drag and touch moves (just before requestAnimationFrame), so a step done
 * within the frame counts its own work; otherwise `act` runs just after a paint,
 * as a click or key may, and the step includes the wait for the next frame.
 */
async function settle(roots, act, { timeout = 30_000, done = () => true, aligned = false } = {}) {
  let mutations = 0;
  const mo = new MutationObserver((records) => (mutations += records.length));
  const watch = (node) => mo.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
  roots.forEach(watch);
  if (aligned) await new Promise((resolve) => requestAnimationFrame(resolve));
  const t0 = performance.now();
  // An act may hand back roots that only exist once it ran (a new element's shadow root).
  const more = act();
  if (Array.isArray(more)) more.forEach(watch);
  let seen = 0;
  let shownAt = NaN;
  for (let first = aligned; ; first = false) {
    const t = await (first ? painted() : frame());
    if (mutations !== seen) {
      seen = mutations;
      shownAt = t;
    } else if ((mutations > 0 || t - t0 > 2_000) && done()) break;
    if (t - t0 > timeout) break;
  }
  mo.disconnect();
  return shownAt - t0;
}

const host = () => document.getElementById('host');
let current = null;

/** Puts a fresh chart in the host and hands it n meetings; ms to the first frame with all of it drawn. */
export async function load(lib, n) {
  const list = events(n);
  host().replaceChildren();
  if (lib === 'ours') {
    await customElements.whenDefined('summit-timeline');
    const data = oursData(list);
    // Every event drawn: as a mark, or counted in a cluster. A still frame before that (the
    // clustering chunk still on its way) is not a first render.
    const drawn = () => {
      const r = current?.shadowRoot;
      if (!r) return false;
      let count = r.querySelectorAll('[part~="event"]').length;
      for (const c of r.querySelectorAll('[part~="cluster"] .cluster-count')) count += Number(c.textContent.slice(1));
      return count === n;
    };
    const ms = await settle(
      [host()],
      () => {
        const el = document.createElement('summit-timeline');
        el.style.cssText = 'width:1200px;--summit-height:600px';
        el.data = data;
        host().append(el);
        current = el;
        return [el.shadowRoot];
      },
      { done: drawn },
    );
    return drawn() ? ms : NaN;
  }
  const data = peerData(list);
  const ms = await settle([host()], () => {
    // Animations off: a 700 ms transition per step would measure the tween, not the work.
    current = window.TimelinesChart()(host()).width(1200).maxHeight(600).maxLineHeight(56).useUtc(true).zQualitative(true).enableAnimations(false).data(data);
  });
  // timelines-chart 2.14.3 now and then throws in its first update ("reading 'domain'"); such a run is not a render.
  return host().querySelectorAll('rect.series-segment').length === n ? ms : NaN;
}

/** 30 windows: zoom in around the middle, pan both ways, zoom out, zoom in off-centre, pan. */
export function windows() {
  const out = [];
  let [a, b] = [START, START + DAYS * DAY];
  const zoom = (f, c) => {
    const mid = a + (b - a) * c;
    [a, b] = [mid - (mid - a) / f, mid + (b - mid) / f];
  };
  const pan = (f) => {
    const d = (b - a) * f;
    [a, b] = [a + d, b + d];
  };
  for (let i = 0; i < 5; i++) out.push((zoom(2, 0.5), [a, b]));
  for (let i = 0; i < 5; i++) out.push((pan(-0.25), [a, b]));
  for (let i = 0; i < 5; i++) out.push((pan(0.25), [a, b]));
  for (let i = 0; i < 5; i++) out.push((zoom(0.5, 0.5), [a, b]));
  for (let i = 0; i < 5; i++) out.push((zoom(2, 0.3), [a, b]));
  for (let i = 0; i < 5; i++) out.push((pan(0.2), [a, b]));
  // Whole days, the same for both: ours takes calendar days, the peer instants.
  return out.map(([s, e]) => [iso(Math.floor(s / DAY) * DAY), iso(Math.floor(e / DAY) * DAY)]);
}

export function domCount(lib) {
  if (lib === 'ours') return 1 + current.shadowRoot.querySelectorAll('*').length + current.querySelectorAll('*').length;
  return host().querySelectorAll('*').length;
}

/** Each window in turn; ms per step and the most elements seen. `aligned`: see settle(). */
export async function steps(lib, aligned = false) {
  const times = [];
  let maxDom = domCount(lib);
  for (const [s, e] of windows()) {
    const roots = lib === 'ours' ? [current, current.shadowRoot] : [host()];
    times.push(
      await settle(roots, () => {
        if (lib === 'ours') {
          current.setAttribute('start', s);
          current.setAttribute('end', e);
        } else {
          current.zoomX([new Date(`${s}T00:00:00Z`), new Date(Date.parse(`${e}T00:00:00Z`) + DAY)]);
        }
      }, { aligned }),
    );
    maxDom = Math.max(maxDom, domCount(lib));
  }
  return { times, maxDom };
}

/** Ours only: zoomBy steps, then select a mark by click and close it with Escape, through the DOM. */
export async function interact() {
  const el = current;
  const roots = [el, el.shadowRoot];
  const zoom = [];
  for (const f of [2, 2, 2, 0.5, 2, 2]) zoom.push(await settle(roots, () => el.zoomBy(f)));
  const reset = await settle(roots, () => el.resetZoom());
  const mark = () => el.shadowRoot.querySelector('[part~="event"]');
  // Clusters may stand for every meeting in the whole view: zoom in until one stands alone.
  for (let i = 0; i < 12 && !mark(); i++) await settle(roots, () => el.zoomBy(2));
  const target = mark();
  let select = NaN;
  let escape = NaN;
  let selected = null;
  if (target) {
    el.addEventListener('summit-select', (e) => (selected = e.detail.id));
    select = await settle(roots, () => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const id = selected;
    escape = await settle(roots, () => (mark() ?? target).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    if (!id || selected !== null) throw new Error(`select/Escape did not work: selected ${id}, then ${selected}`);
  }
  return { zoom, reset, select, escape, marks: el.shadowRoot.querySelectorAll('[part~="event"]').length };
}
