// End-to-end check of the demo as `npm start` serves it, built bundle and all:
// real history, all seven leaders, the 7 February 2025 mark opening its card
// on a real click, summit-select fired, and no console errors.
// puppeteer-core drives Debian's Chromium; it downloads no browser.
import { endToEnd, watchedPage } from './harness.mjs';

await endToEnd('e2e.json', 'the demo', async ({ browser, check, origin }) => {
  const { page, errors } = await watchedPage(browser);

  await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
  const history = await page.waitForFunction(
    () => {
      const el = document.querySelector('#history');
      return el?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0 && el;
    },
    { timeout: 10000 },
  );
  const count = await history.evaluate((el) => el.shadowRoot.querySelectorAll('[part~="event"]').length);
  check('the demo shows at least 20 meetings', count >= 20, `${count}`);

  // The bundle stands in for d3-time-format (rollup.config.mjs): the axis must still read in years, through Intl.
  const ticks = await history.evaluate((el) => [...el.shadowRoot.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent));
  check('the axis is labelled in years', ticks.length >= 5 && ticks.every((t) => /^(19|20)\d\d$/.test(t)), ticks.join(' '));

  const names = await history.evaluate((el) => [...el.shadowRoot.querySelectorAll('[part~="term"]')].map((t) => t.getAttribute('aria-label')));
  const missing = ['Shinzo Abe', 'Yoshihide Suga', 'Fumio Kishida', 'Shigeru Ishiba', 'Barack Obama', 'Donald Trump', 'Joe Biden'].filter((n) => !names.some((l) => l.startsWith(n)));
  check('all seven leaders are named on the bands', missing.length === 0, `missing ${missing.join(', ')}`);

  const selectedAtStart = await history.evaluate((el) => el.shadowRoot.querySelector('[part~="detail"] h2')?.textContent ?? '');
  check('the 7 February 2025 meeting is selected at start', /Ishiba/.test(selectedAtStart), selectedAtStart);

  // Close the card so the click below is what opens it again.
  await history.evaluate((el) => el.shadowRoot.querySelector('.detail .close').click());
  await history.evaluate((el) => {
    window.__selected = null;
    el.addEventListener('summit-select', (e) => (window.__selected = e.detail.id));
  });
  // Closing the panel gives the plot its width back: wait until the mark stops moving before clicking it.
  const markBox = () => history.evaluate((el) => { const r = el.shadowRoot.querySelector('[data-id="2025-02-07-ishiba-trump"]')?.getBoundingClientRect(); return r ? `${r.x},${r.y}` : ''; });
  for (let i = 0, last = null, now = await markBox(); i < 50 && (now === '' || now !== last); i++) {
    await new Promise((r) => setTimeout(r, 50));
    [last, now] = [now, await markBox()];
  }
  const mark = await history.evaluateHandle((el) => el.shadowRoot.querySelector('[data-id="2025-02-07-ishiba-trump"]'));
  const box = await mark.boundingBox();
  check('a mark for 7 February 2025 is on screen', Boolean(box));
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const selected = await page.waitForFunction(() => window.__selected, { timeout: 3000 }).then((h) => h.jsonValue()).catch(() => null);
  check('clicking it fires summit-select', selected === '2025-02-07-ishiba-trump', String(selected));
  const card = await history.evaluate((el) => el.shadowRoot.querySelector('[part~="detail"]')?.textContent ?? '');
  check('and opens its detail card', card.includes('7 February 2025') && card.includes('White House'), card.slice(0, 120));

  // The bundle carries a stand-in for d3-transition (rollup.config.mjs): real wheel and drag gestures must still zoom and pan.
  const range = () => history.evaluate((el) => { const d = el.shadowRoot.querySelector('[part~="axis"]'); return d ? [...d.querySelectorAll('.tick text')].map((t) => t.textContent).join('|') : ''; });
  const plot = await (await history.evaluateHandle((el) => el.shadowRoot.querySelector('svg'))).boundingBox();
  const ticksBefore = await range();
  await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel({ deltaY: -300 });
  await page.waitForFunction((before) => { const el = document.querySelector('#history'); return [...el.shadowRoot.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent).join('|') !== before; }, { timeout: 3000 }, ticksBefore).catch(() => null);
  const ticksZoomed = await range();
  check('the mouse wheel zooms the bundled element', ticksZoomed !== ticksBefore, ticksZoomed);
  await page.mouse.move(plot.x + plot.width / 2, plot.y + 40);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width / 2 + 300, plot.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((before) => { const el = document.querySelector('#history'); return [...el.shadowRoot.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent).join('|') !== before; }, { timeout: 3000 }, ticksZoomed).catch(() => null);
  check('dragging pans it', (await range()) !== ticksZoomed);

  await page.waitForFunction(() => document.querySelector('#custom')?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0, { timeout: 10000 });
  check('the custom-data example draws its own meetings', true);

  // A data set without leaders: every launch drawn, and no term bands taking the height.
  const apollo = await page.waitForFunction(
    () => {
      const el = document.querySelector('#apollo');
      return el?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0 && el;
    },
    { timeout: 10000 },
  );
  const launches = await apollo.evaluate((el) => ({ marks: el.shadowRoot.querySelectorAll('[part~="event"]').length, terms: el.shadowRoot.querySelectorAll('[part~="term"]').length }));
  check('the Apollo example draws all 11 launches and no term bands', launches.marks === 11 && launches.terms === 0, JSON.stringify(launches));

  check('no console errors', errors.length === 0, errors.join(' | '));
});
