// Serves `import x from './file.json'` as a JavaScript module, as every bundler
// does, while a plain fetch() of the same file still gets the JSON itself.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

export function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (source.endsWith('.json')) return `${source}?json-module`;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !('json-module' in context.query)) return;
      const text = await readFile(path.join(root, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default JSON.parse(${JSON.stringify(text)});`, type: 'js' };
    },
  };
}
