// npm run bench:profile: where the element's time goes in the 30 zoom and pan
// steps at 10,000 events. Builds an unminified bundle (names kept), samples
// the CPU with CDP's profiler, and prints self and total time per function.
// BENCH_SRC picks the source tree to build (default: this one); BENCH_PHASE=load
// profiles the first render instead; BENCH_TOP sets how many functions are listed (40).
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { startBench } from './harness.mjs';

const SRC = process.env.BENCH_SRC ?? '.';
const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const LOAD = process.env.BENCH_PHASE === 'load';
mkdirSync('bench/.out/dev', { recursive: true });
await build({ entryPoints: [`${SRC}/src/index.ts`], bundle: true, format: 'esm', target: 'es2022', outfile: 'bench/.out/dev/summit-timeline.js', tsconfig: `${SRC}/tsconfig.json`, logLevel: 'error' });

const bench = await startBench();
try {
  const page = await bench.open('ours', 'bench/.out/dev/summit-timeline.js');
  if (!LOAD) await page.evaluate((n) => window.bench.load('ours', n), N);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const wall = performance.now();
  const { times } = LOAD ? { times: [await page.evaluate((n) => window.bench.load('ours', n), N)] } : await page.evaluate(() => window.bench.steps('ours'));
  const elapsed = performance.now() - wall;
  const { profile } = await cdp.send('Profiler.stop');

  // Self time per node from the samples, then totals up the tree.
  const byId = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0, total: 0 }]));
  profile.samples.forEach((id, i) => (byId.get(id).self += (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map();
  for (const n of byId.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  for (const n of byId.values()) {
    const key = name(n);
    self.set(key, (self.get(key) ?? 0) + n.self);
    // A function counts once per sample even when it recurses.
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + n.self);
    }
  }
  const steps = times.length;
  console.log(`\n${N.toLocaleString('en')} events, ${LOAD ? 'first render' : `${steps} zoom/pan steps`}, ${(elapsed / 1000).toFixed(1)} s; ms per ${LOAD ? 'load' : 'step'} (self / total), top by total`);
  const rows = [...total].filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)') && !k.startsWith('(idle)'));
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, t] of rows.slice(0, Number(process.env.BENCH_TOP ?? 40))) console.log(`${(self.get(k) / steps).toFixed(2).padStart(8)} ${(t / steps).toFixed(2).padStart(8)}  ${k}`);
  const gc = [...self].filter(([k]) => k.startsWith('(garbage collector)')).reduce((s, [, v]) => s + v, 0);
  console.log(`garbage collector ${(gc / steps).toFixed(2)} ms per step; idle and other threads not shown`);
} finally {
  await bench.close();
}
