// The element in a real Chromium: Debian's, never a downloaded one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';

import { existsSync } from 'node:fs';

// A Chrome or Chromium already on the machine; CHROME_PATH wins.
const executablePath =
  process.env.CHROME_PATH ??
  [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';
const args = [
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
const chrome = (tz) => chromeLauncher({ launchOptions: { executablePath, args, env: { ...process.env, TZ: tz } } });

// Counts for .ci/run's closing line: Web Test Runner prints none the CI can read.
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no failed test but must still fail the run.
        if (!session.passed && failed === before) failed++;
      }
      mkdirSync('.ci/out', { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
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
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

export default {
  files: ['test/browser/**/*.test.ts', '!test/browser/**/*.tz.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [chrome('UTC')],
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  reporters: [defaultReporter(), countingReporter('.ci/out/wtr.json')],
  groups: [
    ...ZONES.map((tz) => ({ name: `tz-${tz.replace('/', '-')}`, files: 'test/browser/**/*.tz.test.ts', browsers: [chrome(tz)] })),
  ],
};
