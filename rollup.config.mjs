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

/** The CDN bundle has the package's API: its types are those of the entry it is built from. */
function bundleTypes() {
  return {
    name: 'bundle-types',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'summit-timeline.bundled.d.ts', source: "export * from './index.js';\n" });
    },
  };
}

/** Collapses the white space in css`` literals, which terser leaves alone. */
function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.endsWith('styles.ts')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) =>
        'css`' + body.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim() + '`',
      );
      return { code: out, map: null };
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
    input: 'src/index.ts',
    plugins: [minifyCss(), nodeResolve(), ts(), json(), terser({ ecma: 2022, module: true, format: { comments: false } }), bundleTypes()],
    output: {
      dir: 'dist',
      format: 'es',
      // The first load; the default history is its lazy chunk, beside it on the CDN too.
      entryFileNames: 'summit-timeline.bundled.js',
      chunkFileNames: 'summit-timeline.bundled.[name].js',
      sourcemap: true,
    },
  },
];
