// The size check: the CDN bundle, minified and gzipped, against the budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const BUDGET = 45 * 1000; // bytes, min + gzip (issue #2); the smallest peer, timelines-chart, is 44.3 KB
const file = 'dist/summit-timeline.bundled.js';
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const brotli = brotliCompressSync(raw).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`${file}: ${kb(raw.length)} min, ${kb(gzip)} min+gzip, ${kb(brotli)} min+brotli; budget ${kb(BUDGET)} min+gzip`);
console.log(`vs peers (min+gzip): vis-timeline 155.8 KB (${(155_800 / gzip).toFixed(1)}x), TimelineJS 64.7 KB (${(64_700 / gzip).toFixed(1)}x), timelines-chart 44.3 KB (${(44_300 / gzip).toFixed(2)}x)`);
if (gzip > BUDGET) {
  console.error(`Over budget by ${gzip - BUDGET} bytes.`);
  process.exit(1);
}
