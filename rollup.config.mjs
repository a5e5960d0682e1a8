// Two builds from one source:
// - dist/*.js: unbundled ESM with dependencies left as imports, for bundler users;
// - dist/summit-timeline.bundled.js: one minified, self-contained module for a CDN <script type="module">.
// Both load the default history lazily, from a chunk beside them (src/default-data.ts).

import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

/** Ships the data file and its schema beside the code. */
function dataFiles() {
  return {
    name: 'data-files',
    generateBundle() {
      for (const name of ['summits.json', 'summit-timeline.schema.json']) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(`src/data/${name}`) });
      }
    },
  };
}

/** Turns a JSON import into a module, as every bundler does (JSON.parse of a string parses faster than a literal). */
function json() {
  return {
    name: 'json-module',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, map: { mappings: '' } };
    },
  };
}

/** The CDN bundle's types are those of the entry it is built from. */
function bundleTypes() {
  return {
    name: 'bundle-types',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'summit-timeline.bundled.d.ts', source: "export * from './define.js';\n" });
    },
  };
}

/** Collapses the white space in css`` literals, which terser leaves alone. */
function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/[\\/]styles[\\/][^\\/]+\.ts$/.test(id)) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) =>
        'css`' + body.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim() + '`',
      );
      return { code: out, map: null };
    },
  };
}

/**
 * Stand-ins, in the self-contained bundle only, for two d3 modules that other
 * d3 modules import for work the element never asks of them (the unbundled
 * build keeps the real imports for bundler users):
 * - d3-transition (with d3-timer and d3-ease), which d3-zoom and d3-brush import
 *   only to interrupt transitions; the element never starts one: it zooms in
 *   steps, has double-click zoom off, and moves the brush without a transition
 *   (d3-brush calls interrupt(node) and, in brush.move on a plain selection,
 *   selection.interrupt()). About 4 KB min+gzip.
 * - d3-time-format, which d3-scale's time scales import to build a default
 *   tickFormat; the element formats every date through Intl (format/dates.ts)
 *   and gives d3-axis its own tickFormat. About 3 KB min+gzip.
 * The demo end-to-end check drives wheel and drag gestures and reads the axis
 * labels of the bundle, so a stand-in that fell short would fail it.
 */
function standIns() {
  const modules = {
    'd3-transition':
      "import { selection } from 'd3-selection';\nselection.prototype.interrupt = function () { return this; };\nexport function interrupt() {}\n",
    'd3-time-format':
      "const unused = () => (date) => new Date(date).toISOString();\nexport const timeFormat = unused;\nexport const utcFormat = unused;\n",
  };
  return {
    name: 'stand-ins',
    resolveId: (source) => (source in modules ? `\0stand-in:${source}` : null),
    load: (id) => (id.startsWith('\0stand-in:') ? modules[id.slice('\0stand-in:'.length)] : null),
  };
}

/**
 * V8's explicit compile hint (Chrome 136+) on the entry and the chunks its modules import as they run
 * (controllers/chunk.ts `early`): every function in them runs for the first frame, so V8 compiles them
 * while the file streams in, off the main thread, instead of one by one on first call. In the bench
 * (same build, with and without, 8 loads each) the first render took 75 -> 59 ms at 100 events and
 * 193 -> 159 ms at 10,000; the JS heap grew by 0.13 MB. Other engines read it as a comment. Chunks that
 * load on demand (export, print, publishers, the history data) stay lazily compiled.
 */
const FIRST_FRAME = ['clustering', 'filters', 'overview-strip', 'on-demand', 'd3-zoom', 'd3-brush', 'columns', '_stand-in_d3-transition'];
const HINT = '//# allFunctionsCalledOnLoad';
function compileHints() {
  return {
    name: 'compile-hints',
    // After minifying and hashing: terser drops comments, and the line it adds moves every mapping down one.
    generateBundle(_, bundle) {
      const names = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !(chunk.isEntry || FIRST_FRAME.includes(chunk.name))) continue;
        names.add(chunk.name);
        chunk.code = `${HINT}\n${chunk.code}`;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source));
          map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
        }
      }
      for (const name of FIRST_FRAME) if (!names.has(name)) this.warn(`compile-hints: no chunk named ${name}; update FIRST_FRAME`);
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'summit-timeline': 'src/summit-timeline.ts',
      'layout/index': 'src/layout/index.ts',
      'model/index': 'src/model/index.ts',
      // The checker behind `npx summit-timeline check`; kept out of the element's bundle.
      'model/check': 'src/model/check.ts',
    },
    external: isDependency,
    plugins: [ts(), json(), dataFiles()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    // The CDN file registers the element and exports its class, nothing more: naming the
    // whole model and layout API in its export list cost 0.4 KB gzip of first-load JS.
    // Bundler users get that API from dist/index.js.
    // What the first frame does not need arrives by dynamic import, as a chunk beside it
    // (dist/bundled/, resolved against the bundle's own URL, so a CDN serves it too):
    // the default history, d3-zoom and d3-brush for gestures, clustering, the publisher table, export. The entry may export more
    // than define.ts does, so the chunk shares its d3 code instead of a copy or a facade.
    input: 'src/define.ts',
    preserveEntrySignatures: 'allow-extension',
    plugins: [minifyCss(), standIns(), nodeResolve(), ts(), json(), terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }), compileHints(), bundleTypes()],
    output: {
      dir: 'dist',
      format: 'es',
      // The first load; the default history and the rest are its lazy chunks, beside it on the CDN too.
      entryFileNames: 'summit-timeline.bundled.js',
      chunkFileNames: 'bundled/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
