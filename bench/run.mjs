// npm run bench: layout cost per frame (what a zoom or pan recomputes) at
// 100 to 100,000 meetings, as medians over repeated runs. Pure layout,
// in Node; the DOM work grows with what is visible, which layout already culls.
import { importTs } from '../scripts/import-ts.mjs';

const { layoutTimeline } = await importTs('src/layout/timeline.ts');

function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function data(n) {
  const rand = lcg(n);
  const start = Date.UTC(2006, 0, 1);
  const leaders = [
    { id: 'a', name: { en: 'Leader A' }, country: 'JP', terms: [{ start: '2006-01-01' }] },
    { id: 'b', name: { en: 'Leader B' }, country: 'US', terms: [{ start: '2006-01-01' }] },
  ];
  const events = Array.from({ length: n }, (_, i) => {
    const date = new Date(start + Math.floor(rand() * 7300) * 86_400_000).toISOString().slice(0, 10);
    return { id: `e${i}`, date, kind: 'sideline', place: { en: 'x' }, leaders: ['a', 'b'], title: { en: `Meeting ${i}` } };
  });
  return { leaders, events };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

console.log('layoutTimeline, 1200 x 360 px, median of 41 runs');
console.log('events    whole view    zoomed x20    marks + clusters (whole)    (zoomed)');
for (const n of [100, 1_000, 10_000, 100_000]) {
  const d = data(n);
  const row = [];
  const drawn = [];
  for (const k of [1, 20]) {
    const times = [];
    for (let i = 0; i < 41; i++) {
      const t0 = performance.now();
      const layout = layoutTimeline({ data: d, width: 1200, height: 360, transform: { k, x: -600 * (k - 1) }, today: '2026-01-01', labelOf: (t) => t.en });
      times.push(performance.now() - t0);
      if (i === 0) drawn.push(`${layout.marks.length} + ${layout.clusters.length}`);
    }
    row.push(median(times));
  }
  console.log(`${String(n).padStart(6)}    ${row[0].toFixed(2).padStart(7)} ms    ${row[1].toFixed(2).padStart(7)} ms    ${drawn[0].padStart(16)}    ${drawn[1].padStart(16)}`);
}

// The render bench's 30 windows (bench/compare.js), laid out at the element's
// plot size there: what a renderer has to draw per step, and the layout's share
// of the step. DOM is estimated at 2 nodes per mark (as drawn today), 3 per
// cluster (a group, a shape, a count), plus the 122 of the element's shell.
const { windows, events: benchEvents } = await import('./compare.js');
const { baseScale, clampTransform, dataExtent, maxZoom, prepareEvents, windowTransform } = await importTs('src/layout/index.ts');
const [W, H] = [1200, 528];
console.log(`\nlayoutTimeline over the render bench's 30 zoom/pan steps, ${W} x ${H} px (the element's plot there)`);
console.log('events    step median    step p95    most marks    most clusters    most DOM (est.)');
for (const n of [10_000, 100_000]) {
  const d = { leaders: data(1).leaders, events: benchEvents(n) };
  const extent = dataExtent(prepareEvents(d.events));
  const base = baseScale(extent, W);
  const times = [];
  let [marks, clusters, dom] = [0, 0, 0];
  for (let rep = 0; rep < 5; rep++) {
    for (const [s, e] of windows()) {
      const t = clampTransform(windowTransform(base, new Date(`${s}T00:00:00Z`), new Date(Date.parse(`${e}T00:00:00Z`) + 86_400_000)), W, maxZoom(extent));
      const t0 = performance.now();
      const layout = layoutTimeline({ data: d, width: W, height: H, transform: t, today: '2026-01-01', labelOf: (x) => x.en });
      times.push(performance.now() - t0);
      marks = Math.max(marks, layout.marks.length);
      clusters = Math.max(clusters, layout.clusters.length);
      dom = Math.max(dom, 122 + 2 * layout.marks.length + 3 * layout.clusters.length);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1];
  console.log(`${String(n).padStart(6)}    ${median(times).toFixed(2).padStart(8)} ms    ${p95.toFixed(2).padStart(6)} ms    ${String(marks).padStart(10)}    ${String(clusters).padStart(13)}    ${String(dom).padStart(15)}`);
}
