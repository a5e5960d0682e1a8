// Pictures of the demo for the README, as `npm start` serves it: at 390 px (a
// phone) and 1280 px (a laptop), each in light, dark and forced colours. The
// colour scheme and forced colours are emulated over the page's DevTools
// session (puppeteer's emulateMediaFeatures refuses forced-colors). Each
// picture is checked before it is saved: the media query holds, the element
// drew its marks and opened the panel the demo selects at load.
// puppeteer-core drives Debian's Chromium; it downloads no browser.
import { endToEnd, watchedPage } from './harness.mjs';

const out = process.argv[2] ?? 'docs';
const WIDTHS = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 900 } };
const MODES = {
  light: [{ name: 'prefers-color-scheme', value: 'light' }],
  dark: [{ name: 'prefers-color-scheme', value: 'dark' }],
  'forced-colors': [
    { name: 'forced-colors', value: 'active' },
    { name: 'prefers-color-scheme', value: 'dark' },
  ],
};

await endToEnd('screenshots.json', 'the demo screenshots', async ({ browser, check, origin }) => {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    for (const [mode, features] of Object.entries(MODES)) {
      const { page, errors } = await watchedPage(browser);
      await page.setViewport(viewport);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features });
      await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0' });
      const query = features.map((f) => `(${f.name}: ${f.value})`).join(' and ');
      const drawn = () => {
        const root = document.querySelector('summit-timeline')?.shadowRoot;
        return Boolean(root?.querySelector('svg[part~="plot"] :is(g.mark, g.cluster)') && root.querySelector('[part~="detail"] .sources a'));
      };
      await page.waitForFunction(drawn, { timeout: 15000, polling: 100 });
      const { media, marks } = await page.evaluate((q) => {
        const root = document.querySelector('summit-timeline').shadowRoot;
        return { media: matchMedia(q).matches, marks: root.querySelectorAll('svg[part~="plot"] :is(g.mark, g.cluster)').length };
      }, query);
      // Let the overview, the publisher names and any settling frame arrive.
      await new Promise((r) => setTimeout(r, 500));
      const file = `${out}/demo-${viewport.width}-${mode}.png`;
      // The page's heading, the history element and its panel: the rest of the demo is other data sets.
      const clip = await page.evaluate(() => {
        const el = document.querySelector('#history').getBoundingClientRect();
        return { x: 0, y: 0, width: document.documentElement.clientWidth, height: Math.ceil(el.bottom + window.scrollY + 16) };
      });
      await page.screenshot({ path: file, clip, captureBeyondViewport: true });
      check(`${file}: ${query} holds, ${marks} marks and the panel drawn`, media && marks > 0, `media ${media}, ${marks} marks`);
      check(`${file}: no console errors`, errors.length === 0, errors.join(' | '));
      await page.close();
    }
  }
});
