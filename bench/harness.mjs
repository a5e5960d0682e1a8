// What every bench script starts with: this repository served on a free
// port, Debian's Chromium headless, and a page of bench/compare.html with
// the chosen library loaded; close() stops both. Also the median the scripts report.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

export async function startBench() {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const server = await startDevServer({ config: { rootDir: '.', port, nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  const browser = await puppeteer.launch({
    executablePath,
    protocolTimeout: 900_000,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
  return {
    /** A new page with `lib` (ours, peer or none) ready; `bundle` is the build of ours, a path under the repository. */
    async open(lib, bundle = 'dist/summit-timeline.bundled.js') {
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error(`[${lib}] ${e.message}`));
      await page.setViewport({ width: 1280, height: 1000 });
      await page.goto(`http://localhost:${port}/bench/compare.html?lib=${lib}&bundle=/${encodeURIComponent(bundle)}`, { waitUntil: 'load' });
      await page.waitForFunction('window.benchReady === true');
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** The median of the finite values in `xs` (NaN when there are none). */
export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
