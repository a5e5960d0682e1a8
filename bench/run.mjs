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
