// npm run bench:phases: where a first render's time goes, stage by stage, in
// fresh pages as bench/render.mjs loads them (the code cold, as on a reader's
// first visit). Builds the element with esbuild, each stage below wrapped in a
// timer as it is bundled (the source is left alone), and times the element's
// own update steps and the forced style and layout from the page. Medians over
// BENCH_REPS fresh pages (9 unless set) at each of BENCH_SIZES events.
// BENCH_STAGES times more exported functions, as file:name pairs under src/
// (say layout/filter.ts:filterData), printed after the tree.
// The stages nest as the tree prints them; "outside the element's updates" is
// the wall time less the updates: the browser's frames and the waits for them.
// An esbuild bundle, not the shipped Rollup one (which also carries V8 compile
// hints): read it for where the time goes, and take npm run bench's figures
// for how long a render takes.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { median, startBench } from './harness.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 9);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const OUT = 'bench/.out/phases';

// Exported functions timed where they are defined: file -> names.
const STAGES = {
  'model/validate.ts': ['validateData'],
  'layout/derive.ts': ['deriveData'],
  'layout/frame.ts': ['layoutFrame'],
  'layout/cluster.ts': ['clusterView'],
  'render/plot.ts': ['drawPlot'],
  'render/bands.ts': ['renderBands'],
  'render/axis.ts': ['renderAxis'],
  'render/marks.ts': ['renderMarks'],
  'render/clusters.ts': ['renderClusters'],
};
const EXTRA = (process.env.BENCH_STAGES ?? '').split(',').filter(Boolean).map((pair) => pair.split(':'));
for (const [file, name] of EXTRA) (STAGES[file] ??= []).push(name);
const timed = {
  name: 'timed-stages',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const file = Object.keys(STAGES).find((f) => path.replaceAll('\\', '/').endsWith(`/src/${f}`));
      if (!file) return undefined;
      let source = await readFile(path, 'utf8');
      for (const name of STAGES[file]) {
        const head = `export function ${name}(`;
        if (!source.includes(head)) throw new Error(`bench:phases: ${file} no longer declares ${head}`);
        source = source.replace(
          head,
          `export function ${name}(...args: any[]): any { const t = performance.now(); try { return ${name}__timed(...(args as [any])); } finally { const s = ((globalThis as any).__stages ??= {}); s.${name} = (s.${name} ?? 0) + performance.now() - t; } }\nfunction ${name}__timed(`,
        );
      }
      return { contents: source, loader: 'ts' };
    });
  },
};
await build({ entryPoints: ['src/index.ts'], bundle: true, splitting: true, minify: true, format: 'esm', target: 'es2022', outdir: OUT, logLevel: 'error', plugins: [timed] });

/** In the page: the element's update steps and the plot's forced style and layout, timed into __stages. */
function instrument() {
  const add = (k, t) => {
    const s = (globalThis.__stages ??= {});
    s[k] = (s[k] ?? 0) + performance.now() - t;
  };
  const wrap = (proto, name, key) => {
    const own = proto[name];
    proto[name] = function (...args) {
      const t = performance.now();
      try {
        return own.apply(this, args);
      } finally {
        add(key, t);
      }
    };
  };
  const proto = customElements.get('summit-timeline').prototype;
  for (const name of ['performUpdate', 'willUpdate', 'update', 'render', 'updated']) wrap(proto, name, name);
  wrap(SVGSVGElement.prototype, 'getBoundingClientRect', 'forced');
}

// [key, label, depth]: the tree the stages nest in.
const ROWS = [
  ['wall', 'first render (as npm run bench times it)', 0],
  ['performUpdate', "the element's updates (all of its script)", 1],
  ['willUpdate', 'willUpdate', 2],
  ['validateData', 'validateData', 3],
  ['deriveData', 'deriveData', 3],
  ['layoutFrame', 'layoutFrame', 3],
  ['clusterView', 'clusterView', 4],
  ['update', 'update (Lit: render and commit the shell)', 2],
  ['render', 'render (templates)', 3],
  ['updated', 'updated', 2],
  ['drawPlot', 'drawPlot', 3],
  ['renderBands', 'renderBands', 4],
  ['renderAxis', 'renderAxis', 4],
  ['renderMarks', 'renderMarks', 4],
  ['renderClusters', 'renderClusters', 4],
  ['forced', 'style and layout (svg.getBoundingClientRect)', 4],
  ['outside', "outside the element's updates", 1],
  ...EXTRA.map(([file, name]) => [name, `(also timed) ${name}, ${file}`, 0]),
];

const bench = await startBench();
const runs = Object.fromEntries(SIZES.map((n) => [n, []]));
const bundle = `${OUT}/index.js`;
try {
  const warm = await bench.open('ours', bundle);
  await warm.evaluate(() => window.bench.load('ours', 100));
  await warm.close();
  for (let rep = 0; rep < REPS; rep++) {
    for (const n of SIZES) {
      const page = await bench.open('ours', bundle);
      await page.evaluate(instrument);
      const stages = await page.evaluate(async (n) => {
        globalThis.__stages = {};
        const wall = await window.bench.load('ours', n);
        return { ...globalThis.__stages, wall };
      }, n);
      stages.outside = stages.wall - stages.performUpdate;
      runs[n].push(stages);
      await page.close();
    }
  }
} finally {
  await bench.close();
}

console.log(`\n<summit-timeline> first render by stage: Chromium headless, 1200 px, a fresh page each, medians of ${REPS} (ms; each stage includes those under it)`);
console.log(`${'stage'.padEnd(52)}${SIZES.map((n) => `${n.toLocaleString('en')} events`.padStart(15)).join('')}`);
for (const [key, label, depth] of ROWS) {
  const cells = SIZES.map((n) => {
    const v = median(runs[n].map((s) => s[key] ?? 0));
    return (Number.isFinite(v) ? v.toFixed(1) : 'n/a').padStart(15);
  });
  console.log(`${`${'  '.repeat(depth)}${label}`.padEnd(52)}${cells.join('')}`);
}
