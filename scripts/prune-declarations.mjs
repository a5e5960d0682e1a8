// After `tsc -p tsconfig.build.json`: deletes each .d.ts in dist/ that has no .js
// beside it and that no other declaration imports. tsc declares every module it
// compiles, but Rollup drops a module that only re-exports (render/index.ts), so
// its .d.ts would ship describing a file that is not there. A types-only module
// (model/input.ts) has no .js either, and stays: other declarations import it.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function declarationGraph(root) {
  const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.d.ts')).map((f) => join(root, f));
  const imported = new Set();
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      imported.add(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
    }
  }
  return { files, imported };
}

/** Declarations with no .js beside them that nothing imports. */
export function orphans(root) {
  const { files, imported } = declarationGraph(root);
  return files.filter((f) => !existsSync(f.replace(/\.d\.ts$/, '.js')) && !imported.has(resolve(f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  for (let found = orphans(root); found.length; found = orphans(root)) for (const f of found) rmSync(f);
}
