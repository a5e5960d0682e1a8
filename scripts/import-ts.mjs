// Imports a TypeScript module from plain Node 20 (no type stripping there):
// esbuild bundles it in memory and Node imports the result as a data: URL.
import { build } from 'esbuild';

export async function importTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
