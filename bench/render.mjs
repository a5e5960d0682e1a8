// npm run bench (second half): the element in Chromium, from the built bundle.
// Load = data set to first drawn frame; zoom = median of 12 zoom steps, each to
// a drawn frame (so at least one frame, ~16 ms, is in every figure).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
if (!existsSync('dist/summit-timeline.bundled.js')) {
  console.error('Run npm run build first.');
  process.exit(1);
}
const server = await startDevServer({ config: { rootDir: '.', port, nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  console.log('\n<summit-timeline> in Chromium, 1200 px wide, built bundle');
  console.log('events    load to frame    zoom step (median)    marks in DOM after zooming');
  for (const n of [100, 1_000, 10_000]) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/bench/render.html`, { waitUntil: 'load' });
    const r = await page.evaluate((count) => window.runBench(count), n);
    console.log(`${String(n).padStart(6)}    ${r.load.toFixed(1).padStart(9)} ms    ${r.zoom.toFixed(1).padStart(12)} ms    ${String(r.marks).padStart(10)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
