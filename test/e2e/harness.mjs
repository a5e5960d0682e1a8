// What the end-to-end checks share: the repository served on a free loopback
// port as `npm start` serves it, Debian's Chromium driven by puppeteer-core
// (it downloads no browser), and a list of checks written out for .ci/run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

// @web/dev-server does not take port 0: ask the system for a free one first.
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A 1280 × 900 page whose console errors, page errors, failed requests and 4xx/5xx responses are collected. */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
  page.on('response', (res) => res.status() >= 400 && errors.push(`${res.status()} ${res.url()}`));
  return { page, errors };
}

/** Starts the server and the browser; `run(check, origin)` does the checks; the counts go to `.ci/out/<report>`. */
export async function endToEnd(report, title, run) {
  const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  const port = await freePort();
  const server = await startDevServer({ config: { rootDir: '.', port, nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({
    executablePath,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const results = [];
  const check = (name, ok, info = '') => {
    results.push({ name, ok });
    console.log(`${ok ? '✓' : '✗'} ${name}${ok || !info ? '' : `: ${info}`}`);
  };
  try {
    await run({ browser, check, origin: `http://localhost:${port}` });
  } catch (error) {
    check(`${title} ran`, false, error.message);
  } finally {
    await browser.close();
    await server.stop();
  }
  const failed = results.filter((r) => !r.ok).length;
  mkdirSync('.ci/out', { recursive: true });
  writeFileSync(`.ci/out/${report}`, JSON.stringify({ passed: results.length - failed, failed }));
  process.exit(failed ? 1 : 0);
}
