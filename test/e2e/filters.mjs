// End-to-end check of the filters in the built bundle, as the demo serves it:
// the legend's toggles at first load, the filter control arriving as a chunk
// from dist/bundled/ (resolved against the bundle's URL), a real click on a
// checkbox. `--screenshot <file>` also saves a picture of a filtered view.
// puppeteer-core drives Debian's Chromium; it downloads no browser.
import { endToEnd, watchedPage } from './harness.mjs';

const shotAt = process.argv.indexOf('--screenshot');
const screenshot = shotAt > 0 ? process.argv[shotAt + 1] : null;

await endToEnd('e2e-filters.json', 'the filters', async ({ browser, check, origin }) => {
  const { page, errors } = await watchedPage(browser);
  const chunks = [];
  page.on('request', (req) => /\/dist\/bundled\/filters-[\w-]+\.js$/.test(req.url()) && chunks.push(req.url()));
  await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
  const history = await page.waitForFunction(() => {
    const el = document.querySelector('#history');
    return el?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0 && el;
  }, { timeout: 10000 });
  const count = () => history.evaluate((el) => el.events.length);
  const total = await count();

  // Close the card the demo opens, so the picture shows the plot's whole width.
  await history.evaluate((el) => el.shadowRoot.querySelector('.detail .close')?.click());
  await history.evaluate((el) => {
    window.__filters = [];
    el.addEventListener('summit-filterchange', (e) => window.__filters.push(e.detail));
  });
  const star = await history.evaluateHandle((el) => [...el.shadowRoot.querySelectorAll('[part~="legend"] button')].find((b) => /State visit/.test(b.textContent)));
  await star.click();
  await page.waitForFunction(() => window.__filters.length === 1, { timeout: 3000 }).catch(() => null);
  const afterStar = await history.evaluate((el) => ({ kinds: el.getAttribute('kinds'), marks: el.shadowRoot.querySelectorAll('[part~="event"]').length, events: el.events.length }));
  check('a click on the legend’s state visit filters the bundled element', afterStar.kinds === 'state-visit' && afterStar.marks === afterStar.events && afterStar.events > 0 && afterStar.events < total, JSON.stringify(afterStar));
  await star.click();
  await page.waitForFunction((n) => document.querySelector('#history').events.length === n, { timeout: 3000 }, total).catch(() => null);
  check('and a second click shows every meeting again', (await count()) === total);

  const details = await page.waitForFunction(() => document.querySelector('#history').shadowRoot.querySelector('[part~="filters"]'), { timeout: 5000 }).catch(() => null);
  check('the filter control arrives as a chunk beside the bundle', Boolean(details) && chunks.length === 1, chunks.join(' '));
  if (details) {
    await (await details.$('summary')).click();
    const box = await page.waitForFunction(() => document.querySelector('#history').shadowRoot.querySelector('[part~="filters"] input[data-id="kishida"]'), { timeout: 3000 });
    const styled = await box.evaluate((input) => getComputedStyle(input.closest('.filters-panel')).position);
    check('with its styles adopted', styled === 'absolute', styled);
    await box.click();
    await page.waitForFunction(() => window.__filters.length === 3, { timeout: 3000 }).catch(() => null);
    const detail = await page.evaluate(() => window.__filters.at(-1));
    check('ticking Kishida fires summit-filterchange', detail?.leaders?.join() === 'kishida' && detail.count > 0 && detail.count < total, JSON.stringify(detail));
    const biden = await history.evaluateHandle((el) => el.shadowRoot.querySelector('[part~="filters"] input[data-id="biden"]'));
    await biden.click();
    await page.waitForFunction(() => window.__filters.length === 4, { timeout: 3000 }).catch(() => null);
    const shown = await history.evaluate((el) => ({ leaders: el.getAttribute('leaders'), ok: el.events.every((e) => e.leaders.includes('kishida') || e.leaders.includes('biden')) }));
    check('and Biden too: their meetings only', shown.leaders === 'kishida biden' && shown.ok, JSON.stringify(shown));
  }

  if (screenshot) {
    // Kishida's and Biden's meetings at a multilateral summit, the list closed: the view itself.
    await history.evaluate((el) => {
      el.shadowRoot.querySelector('[part~="filters"]').open = false;
      [...el.shadowRoot.querySelectorAll('[part~="legend"] button')].find((b) => /multilateral summit/.test(b.textContent)).click();
    });
    await page.setViewport({ width: 1280, height: 800 });
    await new Promise((r) => setTimeout(r, 300));
    const frame = await history.boundingBox();
    await page.screenshot({ path: screenshot, clip: { x: frame.x, y: frame.y, width: frame.width, height: Math.min(frame.height + 8, 700) } });
  }
  check('no console errors', errors.length === 0, errors.join(' | '));
});
