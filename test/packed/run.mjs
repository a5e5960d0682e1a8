// The package as users get it: `npm pack`, then the tarball installed into small
// projects outside this repository (so nothing resolves from our node_modules).
// - publint and attw on the tarball;
// - a strict TypeScript consumer with skipLibCheck: false (types/);
// - the default history with a bare `import 'summit-timeline'` under Vite dev, Vite
//   build, Rollup, webpack 5 and esbuild (bundlers/), and from a CDN page; each must
//   show every meeting, with the history in a lazy chunk apart from the element's code;
// - the React 19, Vue 3 and CDN examples (demo/frameworks/): type-check, build, and
//   a click on a meeting reaching the framework's summit-select handler.
// Writes .ci/out/packed.json ({ passed, failed, checks }) for .ci/run.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launch, serve, visit } from './lib.mjs';
import { orphans as orphanDeclarations } from '../../scripts/prune-declarations.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'summit-packed-'));
const checks = [];
// `node test/packed/run.mjs react vue` runs only those projects (publint and attw always run).
const only = process.argv.slice(2);

async function check(name, fn) {
  const started = Date.now();
  let ok = false;
  let info = '';
  try {
    const result = await fn();
    ok = result === true || result?.ok === true;
    info = result?.info ?? '';
  } catch (error) {
    info = String(error.stderr ?? '') + String(error.stdout ?? '') || error.message;
  }
  const ms = Date.now() - started;
  checks.push({ name, ok, ms, info: ok ? info : info.slice(0, 4000) });
  console.log(`${ok ? '✓' : '✗'} ${name} (${(ms / 1000).toFixed(1)} s)${info ? `: ${ok ? info : `\n${info.slice(0, 4000)}`}` : ''}`);
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: undefined, NO_COLOR: '1' } });
// Each project's lock pins its tools; the tarball's entry is dropped, as its integrity changes with every build.
function npmInstall(dir) {
  const lockFile = join(dir, 'package-lock.json');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    delete lock.packages['node_modules/summit-timeline'];
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));
  }
  return run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
}

// Pack once; every check uses this tarball.
console.log(`packing into ${tmp}`);
const [{ filename }] = JSON.parse(((out) => out.slice(out.search(/^\[\s*\{/m)))(run('npm', ['pack', '--json', '--pack-destination', tmp], repo)));
const tarball = join(tmp, 'summit-timeline.tgz');
renameSync(join(tmp, filename), tarball);
mkdirSync(join(tmp, 'unpacked'));
run('tar', ['xzf', tarball, '-C', join(tmp, 'unpacked')]);
const pkgRoot = join(tmp, 'unpacked', 'package');
const history = JSON.parse(readFileSync(join(pkgRoot, 'dist/data/summits.json'), 'utf8'));
const MEETINGS = history.events.length;

await check('publint --strict', () => ({ ok: true, info: run(bin('publint'), ['run', tarball, '--strict']).trim().split('\n').pop() }));
// An ESM-only package: attw's esm-only profile leaves out node10 and require() resolution.
await check('attw --profile esm-only', () => ({ ok: true, info: (run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']), 'no problems (node10 and require() resolutions ignored)') }));

await check('tarball: no orphan .d.ts; the manifest names files that exist', () => {
  const files = run('tar', ['tzf', tarball]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  // An orphan: a .d.ts with no .js beside it that no declaration imports (a types-only module is imported).
  const orphans = orphanDeclarations(pkgRoot).map((f) => f.slice(pkgRoot.length + 1));
  const manifest = JSON.parse(readFileSync(join(pkgRoot, 'custom-elements.json'), 'utf8'));
  const paths = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) (key === 'path' || key === 'module') && typeof value === 'string' ? paths.add(value) : walk(value);
  };
  walk(manifest.modules);
  const missing = [...paths].filter((p) => !files.includes(p));
  return { ok: orphans.length === 0 && missing.length === 0 && paths.size > 0, info: `${files.length} files; ${manifest.modules.length} manifest modules${orphans.length ? `; orphans: ${orphans}` : ''}${missing.length ? `; missing: ${missing}` : ''}` };
});

// Projects: copies outside the repo, each with the tarball beside it.
for (const [name, from] of [
  ['types', 'test/packed/types'],
  ['bundlers', 'test/packed/bundlers'],
  ['react', 'demo/frameworks/react'],
  ['vue', 'demo/frameworks/vue'],
  ['cdn', 'demo/frameworks/cdn'],
]) {
  if (only.length && !only.includes(name)) continue;
  cpSync(join(repo, from), join(tmp, name), { recursive: true, filter: (src) => !/node_modules|[/\\](dist|out)$/.test(src) });
}
const has = (name) => readdirSync(tmp).includes(name);

if (has('types')) {
  await check('types: strict tsc, skipLibCheck false, tarball only', () => {
    npmInstall(join(tmp, 'types'));
    run(bin('tsc'), ['-p', join(tmp, 'types')]);
    return true;
  });
}

const WRONG = {
  react: [
    'wrong.tsx',
    "import 'summit-timeline/react';\n\nexport const wrong = <summit-timeline onsummit-select={(e) => e.detail.nope} />;\nexport const wrongData = <summit-timeline data={{ evnets: [] }} />;\n",
  ],
  vue: ['wrong.vue', '<script setup lang="ts">\nimport \'summit-timeline/vue\';\n</script>\n\n<template>\n  <summit-timeline @summit-select="(e) => e.detail.nope" />\n</template>\n'],
};

const browser = await launch();
const SHOWN = (r) => r.failure ?? (r.loads?.[0]?.source === 'default' && r.loads[0].count === MEETINGS && r.drawn === MEETINGS && r.errors.length === 0);
const lazy = (r) => {
  const element = r.scripts.filter((s) => s.element);
  const data = r.scripts.filter((s) => s.history);
  return element.length > 0 && data.length > 0 && !element.some((s) => s.history);
};
const describeVisit = (r) =>
  r.failure
    ? `${r.failure}; errors: ${r.errors.join(' | ')}`
    : `${r.drawn} meetings, from ${r.loads?.[0]?.url}; history chunk: ${r.scripts.filter((s) => s.history).map((s) => s.url.split('/').pop()).join(', ')}${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`;
async function defaultData(name, root, path = '/', { requireLazy = true, cdn } = {}) {
  await check(`default data: ${name}`, async () => {
    const server = typeof root === 'string' ? await serve(root) : root;
    try {
      const r = await visit(browser, `${server.origin}${path}`, { cdn });
      const ok = SHOWN(r) === true && (!requireLazy || lazy(r));
      return { ok, info: describeVisit(r) + (requireLazy && !r.failure && !lazy(r) ? '; the history is not in a chunk of its own' : '') };
    } finally {
      if (typeof root === 'string') await server.close();
    }
  });
}

try {
  if (has('bundlers')) {
    const dir = join(tmp, 'bundlers');
    await check('bundlers: install', () => (npmInstall(dir), true));
    // Vite's dev server pre-bundles the package: the case a file URL could not survive.
    const port = await freePort();
    const vite = spawn(join(dir, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 1500));
      await defaultData('Vite dev server', { origin: `http://127.0.0.1:${port}` });
    } finally {
      vite.kill();
    }
    await check('build: vite build', () => (run(join(dir, 'node_modules/.bin/vite'), ['build', '--outDir', 'out/vite', '--logLevel', 'warn'], dir), true));
    await defaultData('Vite build', join(dir, 'out/vite'));
    const page = readFileSync(join(dir, 'index.html'));
    const built = (tool, make) => check(`build: ${tool}`, () => (make(), writeFileSync(join(dir, 'out', tool, 'index.html'), page), true));
    await built('rollup', () => run(join(dir, 'node_modules/.bin/rollup'), ['-c', '--silent'], dir));
    await defaultData('Rollup', join(dir, 'out/rollup'));
    await built('webpack', () => run('node', ['build-webpack.mjs'], dir));
    await defaultData('webpack 5', join(dir, 'out/webpack'));
    await built('esbuild', () => run(join(dir, 'node_modules/.bin/esbuild'), ['main.js', '--bundle', '--format=esm', '--splitting', '--outdir=out/esbuild', '--log-level=warning'], dir));
    await defaultData('esbuild --splitting', join(dir, 'out/esbuild'));
    // Without --splitting esbuild makes one file by design: it must still load, inlined.
    await built('esbuild-single', () => run(join(dir, 'node_modules/.bin/esbuild'), ['main.js', '--bundle', '--format=esm', '--outdir=out/esbuild-single', '--log-level=warning'], dir));
    await defaultData('esbuild, one file', join(dir, 'out/esbuild-single'), '/', { requireLazy: false });
  }

  if (has('cdn')) {
    // The page exactly as documented; its CDN URL is answered from the unpacked tarball.
    const html = readFileSync(join(tmp, 'cdn/index.html'), 'utf8');
    const [, prefix] = html.match(/src="(https:\/\/[^"]*?\/npm\/summit-timeline@[^/]+\/)/);
    const cdn = { prefix, root: pkgRoot };
    await defaultData('CDN bundle', join(tmp, 'cdn'), '/', { cdn });
    await check('example: CDN page, a click reaches the handler', async () => {
      const server = await serve(join(tmp, 'cdn'));
      try {
        const r = await visit(browser, `${server.origin}/`, { cdn, click: '2025-02-07-ishiba-trump' });
        return { ok: !r.failure && r.selected === '2025-02-07-ishiba-trump' && r.errors.length === 0, info: r.failure ?? `selected ${r.selected}${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}` };
      } finally {
        await server.close();
      }
    });
  }

  for (const framework of ['react', 'vue']) {
    if (!has(framework)) continue;
    const dir = join(tmp, framework);
    await check(`example: ${framework}: install`, () => (npmInstall(dir), true));
    await check(`example: ${framework}: strict type-check`, () => (run('npm', ['run', '--silent', 'typecheck'], dir), true));
    // The typings must also reject: a wrong detail field, and (React) a misspelt data field.
    await check(`example: ${framework}: the type-check rejects a wrong detail field${framework === 'react' ? ' and wrong data' : ''}`, () => {
      const [file, body] = WRONG[framework];
      writeFileSync(join(dir, 'src', file), body);
      try {
        run('npm', ['run', '--silent', 'typecheck'], dir);
        return { ok: false, info: 'the type-check passed' };
      } catch (error) {
        const out = String(error.stdout) + String(error.stderr);
        const dataChecked = framework !== 'react' || /evnets/.test(out);
        return { ok: /'nope' does not exist on type 'SelectDetail'/.test(out) && dataChecked, info: out.split('\n').filter((l) => l.includes('error')).join(' / ') };
      } finally {
        rmSync(join(dir, 'src', file));
      }
    });
    await check(`example: ${framework}: build`, () => (run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir), true));
    await check(`example: ${framework}: a click reaches the handler`, async () => {
      const server = await serve(join(dir, 'dist'));
      try {
        const r = await visit(browser, `${server.origin}/`, { click: '2019-05-26-abe-trump' });
        return { ok: !r.failure && r.selected === '2019-05-26-abe-trump' && r.errors.length === 0, info: r.failure ?? `selected ${r.selected}${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}` };
      } finally {
        await server.close();
      }
    });
  }
} finally {
  await browser.close();
}

const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
mkdirSync(join(repo, '.ci/out'), { recursive: true });
writeFileSync(join(repo, '.ci/out/packed.json'), JSON.stringify({ passed, failed, meetings: MEETINGS, checks }, null, 2));
console.log(`packed: ${passed} passed, ${failed} failed (${MEETINGS} meetings in the packed history)`);
if (!process.env.KEEP_PACKED) rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
