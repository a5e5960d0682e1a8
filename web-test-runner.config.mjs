// The element in three engines, all from Debian, never a downloaded build:
// Chromium (/usr/bin/chromium), Firefox ESR over WebDriver BiDi (puppeteer-core),
// and WebKitGTK's MiniBrowser over WebDriver (test/engines/webkit.mjs).
// SUMMIT_ENGINES=chromium,firefox picks a subset (default: all three).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { WebKitLauncher } from './test/engines/webkit.mjs';
import { jsonModules } from './test/engines/json-modules.mjs';
import { framePages } from './test/engines/frame-pages.mjs';
import { requireMediaFeatures } from './test/engines/media.mjs';

const find = (paths) => paths.find((p) => existsSync(p)) ?? paths[0];

// A Chrome or Chromium already on the machine; CHROME_PATH wins.
const chromePath =
  process.env.CHROME_PATH ??
  find([
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ]);
const firefoxPath = process.env.FIREFOX_PATH ?? find(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']);
const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LAUNCHERS = {
  chromium: (tz) => Object.assign(chromeLauncher({ launchOptions: { executablePath: chromePath, args: chromeArgs, env: { ...process.env, TZ: tz } } }), { name: 'Chromium' }),
  // Passing puppeteer-core as the launcher's puppeteer is what @web/test-runner-puppeteer
  // does, without that package's dependency on the full `puppeteer` (a Chrome download).
  firefox: (tz) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, protocol: 'webDriverBiDi', env: { ...process.env, TZ: tz } },
      createPage: async ({ context }) => {
        const page = await context.newPage();
        // puppeteer's emulateMediaFeatures needs CDP, which Firefox does not speak.
        page.emulateMediaFeatures = (features) => requireMediaFeatures('Firefox', (q) => page.evaluate((query) => matchMedia(query).matches, q), features);
        return page;
      },
    }),
  webkit: (tz) => new WebKitLauncher({ env: { TZ: tz } }),
};
const engines = (process.env.SUMMIT_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
for (const e of engines) if (!LAUNCHERS[e]) throw new Error(`SUMMIT_ENGINES: unknown engine "${e}" (chromium, firefox, webkit)`);
const browsers = (tz) => engines.map((e) => LAUNCHERS[e](tz));

// Counts for .ci/run's closing line, in total and per engine: Web Test Runner prints none the CI can read.
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const byEngine = {};
      for (const session of sessions) {
        const engine = (byEngine[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        const count = (what) => {
          total[what]++;
          engine[what]++;
        };
        const before = total.failed;
        const walk = (suite) => {
          for (const t of suite.tests ?? []) count(t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed');
          for (const s of suite.suites ?? []) walk(s);
        };
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no failed test but must still fail the run.
        if (!session.passed && total.failed === before) count('failed');
      }
      mkdirSync('.ci/out', { recursive: true });
      writeFileSync(file, JSON.stringify({ ...total, engines: byEngine }));
    },
  };
}

// emulateMedia's forcedColors works only under Playwright; with puppeteer-core
// (our launcher) it is dropped, and puppeteer refuses the feature itself.
// This command sets it over the page's own DevTools session instead.
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const features = [
        { name: 'forced-colors', value: payload?.forcedColors ?? '' },
        { name: 'prefers-color-scheme', value: payload?.colorScheme ?? '' },
      ];
      // The media type goes in the same call: a call without it would reset it (print.test.ts prints in dark mode).
      await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}

// Real touch input for the touch tests, over CDP (Chromium only): touch emulation
// (so d3-zoom listens for touches) and a one-finger swipe through the input
// pipeline, so the browser's own scrolling and touch-action apply.
function touchPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'touch-input',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch-emulation' && command !== 'touch-swipe') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      if (command === 'touch-emulation') {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.enabled), maxTouchPoints: 5 });
        return true;
      }
      const { x, y, dx, dy, steps = 12 } = payload;
      const at = (i) => [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= steps; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
        await new Promise((r) => setTimeout(r, 16));
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    },
  };
}

const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

export default {
  files: ['test/browser/**/*.test.ts', '!test/browser/**/*.tz.test.ts'],
  nodeResolve: true,
  // One page and one engine at a time: sendKeys and setViewport need the page to have
  // focus, and two engines at once on two cores make timing-based tests flaky.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  browsers: browsers('UTC'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [jsonModules(), framePages(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin(), touchPlugin()],
  reporters: [defaultReporter(), countingReporter('.ci/out/wtr.json')],
  groups: ZONES.map((tz) => ({ name: `tz-${tz.replace('/', '-')}`, files: 'test/browser/**/*.tz.test.ts', browsers: browsers(tz) })),
};
