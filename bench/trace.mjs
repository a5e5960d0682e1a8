// npm run bench:trace: where a zoom or pan step's frame goes, phase by phase,
// from a Chrome trace of the bench's 30 steps at 10,000 events, each step
// started at the beginning of a frame (as a wheel or drag move arrives). The
// element's own JavaScript is one phase; the rest is the browser's work on
// the DOM it changed. Ours only: the peer's steps are hundreds of ms of its
// own script, which bench/render.mjs already times.
// BENCH_EVENTS sets the number of events, BENCH_BUNDLE the build of ours (dist's bundle by default).
import { existsSync } from 'node:fs';
import { startBench } from './harness.mjs';

const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const BUNDLE = process.env.BENCH_BUNDLE ?? 'dist/summit-timeline.bundled.js';
if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run npm run build first.`);
  process.exit(1);
}
// Top-level main-thread events, in the order a frame runs them.
const PHASES = [
  ['script', ['FireAnimationFrame', 'RunMicrotasks', 'FunctionCall']],
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['prepaint', ['PrePaint']],
  ['paint', ['Paint']],
  ['composite', ['Layerize', 'Commit']],
];

const bench = await startBench();
let steps;
let events;
try {
  const page = await bench.open('ours', BUNDLE);
  await page.evaluate((n) => window.bench.load('ours', n), N);
  await page.tracing.start({ categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
  steps = await page.evaluate(async () => {
    const el = document.querySelector('summit-timeline');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const out = [];
    for (const [i, [start, end]] of window.bench.windows().entries()) {
      await frame();
      // Marked, then changed, inside the frame's animation callbacks: the frame that follows draws the step.
      await frame();
      performance.mark(`step ${i}`);
      el.setAttribute('start', start);
      el.setAttribute('end', end);
      await el.updateComplete;
      const root = el.shadowRoot;
      out.push({ clusters: root.querySelectorAll('g.cluster').length, marks: root.querySelectorAll('g.mark').length });
      await frame();
    }
    performance.mark('steps done');
    return out;
  });
  const raw = await page.tracing.stop();
  events = JSON.parse(Buffer.from(raw).toString('utf8')).traceEvents;
} finally {
  await bench.close();
}

const KINDS = new Set(PHASES.flatMap(([, kinds]) => kinds));
const marks = events.filter((e) => /^step \d+$|^steps done$/.test(e.name)).sort((a, b) => a.ts - b.ts);
const { pid, tid } = marks[0];
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const rows = steps.map((s, i) => {
  const [from, to] = [marks[i].ts, marks[i + 1].ts];
  const mine = main.filter((e) => e.ts >= from && e.ts < to);
  // Each phase's events, less those inside another counted one (microtasks run inside an animation frame callback).
  const counted = mine.filter((e) => KINDS.has(e.name));
  const outer = counted.filter((e) => !counted.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur));
  const ms = Object.fromEntries(PHASES.map(([name, kinds]) => [name, outer.filter((e) => kinds.includes(e.name)).reduce((t, e) => t + e.dur / 1000, 0)]));
  // The step is drawn when the first commit after it ends.
  const commit = mine.find((e) => e.name === 'Commit');
  return { ...s, ...ms, frame: commit ? (commit.ts + commit.dur - from) / 1000 : NaN };
});

const cols = ['clusters', 'marks', ...PHASES.map(([n]) => n), 'frame'];
const cell = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1)).padStart(10);
console.log(`<summit-timeline> at ${N.toLocaleString('en')} events: the bench's 30 steps, each from a frame's start (ms; frame = to the end of its commit)`);
console.log(`${'step'.padStart(4)}${cols.map((c) => c.padStart(10)).join('')}`);
rows.forEach((r, i) => console.log(`${String(i).padStart(4)}${cols.map((c) => cell(r[c])).join('')}`));
const mean = (list, c) => list.reduce((t, r) => t + r[c], 0) / list.length;
const heavy = [...rows].sort((a, b) => b.clusters + b.marks - (a.clusters + a.marks)).slice(0, 3);
for (const [name, list] of [['all steps, mean', rows], ['three most items, mean', heavy]]) {
  console.log(`${name.padEnd(24)}${cols.slice(2).map((c) => `${c} ${mean(list, c).toFixed(1)}`).join('  ')}`);
}
