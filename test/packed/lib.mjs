// Helpers for run.mjs: a static file server, Debian's Chromium, a page check.
import { createServer } from 'node:http';
import { createServer as netServer } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = netServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Reads a file under `root` for a URL path, or null; `index.html` for a folder. */
export function fileFor(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath.split('?')[0])));
  if (!path.startsWith(normalize(root))) return null;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) ? { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' } : null;
}

/** Serves a folder on 127.0.0.1; resolves with its origin and a close(). */
export async function serve(root) {
  const port = await freePort();
  const server = createServer((req, res) => {
    const file = fileFor(root, new URL(req.url, 'http://x').pathname);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  // closeAllConnections: the browser keeps idle keep-alive sockets that would hold close() open.
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => (server.close(resolve), server.closeAllConnections())) };
}

export function launch() {
  const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  return puppeteer.launch({
    executablePath,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Opens a page and checks what a user would see. Resolves with facts:
 * the summit-load details, the meetings drawn, the JS responses (url, whether it
 * holds the element's code or the history), page errors, and the id a click selected.
 * `cdn` maps a URL prefix to a local folder (the unpacked tarball) for CDN pages.
 */
export async function visit(browser, url, { cdn, click, dataId = '2025-02-07-ishiba-trump' } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  const scripts = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A favicon the fixture pages do not have is not the package's failure.
  const favicon = (url = '') => url.endsWith('/favicon.ico');
  page.on('console', (m) => m.type() === 'error' && !favicon(m.location()?.url) && errors.push(m.text()));
  page.on('response', async (res) => {
    if (res.status() >= 400 && !favicon(res.url())) errors.push(`${res.status()} ${res.url()}`);
    if (!/javascript/.test(res.headers()['content-type'] ?? '')) return;
    const text = await res.text().catch(() => '');
    scripts.push({ url: res.url(), element: text.includes('summit-rangechange'), history: text.includes(dataId) });
  });
  if (cdn) {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (!req.url().startsWith(cdn.prefix)) return req.continue();
      const file = fileFor(cdn.root, req.url().slice(cdn.prefix.length - 1));
      if (!file) return req.respond({ status: 404, body: '' });
      req.respond({ status: 200, contentType: file.type, headers: { 'access-control-allow-origin': '*' }, body: file.body });
    });
  }
  await page.evaluateOnNewDocument(() => {
    window.__loads = [];
    document.addEventListener('summit-load', (e) => window.__loads.push(e.detail), true);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__loads.length > 0 && document.querySelector('summit-timeline')?.shadowRoot?.querySelector('[part~="event"]'), { timeout: 15000 });
    const facts = await page.evaluate(() => ({
      loads: window.__loads.map(({ source, url, count, problems }) => ({ source, url, count, problems: problems.length })),
      drawn: document.querySelector('summit-timeline').events.length,
    }));
    if (click) {
      const mark = await page.waitForSelector(`summit-timeline >>> [part~="event"][data-id="${click}"]`, { timeout: 5000 });
      await mark.click();
      await page.waitForFunction((id) => document.querySelector('#selected')?.textContent === id, { timeout: 5000 }, click);
      facts.selected = await page.$eval('#selected', (o) => o.textContent);
    }
    await new Promise((r) => setTimeout(r, 200));
    return { ...facts, scripts, errors };
  } catch (error) {
    return { failure: error.message, scripts, errors };
  } finally {
    await page.close();
  }
}
