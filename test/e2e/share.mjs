// End-to-end check of the demo's shared views, downloads and print, on the
// built bundle: a view set by hand (zoom, a selected meeting, Japanese) is in
// the URL, a reload shows the same view, Back and Forward step through the
// views without adding entries, a mangled URL opens what it can, the Download
// buttons save a real SVG and PNG, and printing hides the page's controls and
// lists the meetings in view.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endToEnd, watchedPage } from './harness.mjs';

const SETTLE_MS = 400; // demo.js

await endToEnd('e2e-share.json', 'the shared-view check', async ({ browser, check, origin }) => {
  const { page, errors } = await watchedPage(browser);
  // What the element says it shows, heard as any page would hear it.
  await page.evaluateOnNewDocument(() => {
    window.__ranges = [];
    document.addEventListener('summit-rangechange', (e) => e.target.id === 'history' && window.__ranges.push(e.detail));
  });

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const marks = () => page.waitForFunction(() => document.querySelector('#history')?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0, { timeout: 10000 });
  // Loaded, drawn, and past the demo's settling (two frames) and any debounce.
  const ready = async () => {
    await marks();
    await page.evaluate(() => document.querySelector('#history').updateComplete);
    await sleep(SETTLE_MS + 200);
  };
  const state = () =>
    page.evaluate(() => {
      const el = document.querySelector('#history');
      return {
        range: window.__ranges.at(-1) ?? null,
        selected: el.selected ?? null,
        locale: el.locale ?? null,
        panel: el.shadowRoot.querySelector('[part~="detail"] h2')?.textContent ?? null,
        query: location.search,
        length: history.length,
      };
    });
  const q = (s) => Object.fromEntries(new URLSearchParams(s.query));

  await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
  await ready();
  const start = await state();
  check('a plain URL opens the whole history with the page default selected', start.range && start.selected === '2025-02-07-ishiba-trump' && start.query === '', JSON.stringify(start));

  // A wheel gesture: many rangechanges, one entry.
  const plot = await (await page.evaluateHandle(() => document.querySelector('#history').shadowRoot.querySelector('svg'))).boundingBox();
  await page.mouse.move(plot.x + plot.width * 0.4, plot.y + plot.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel({ deltaY: -240 });
    await sleep(60);
  }
  await page.waitForFunction(() => location.search.includes('start='), { timeout: 4000 }).catch(() => null);
  await sleep(SETTLE_MS + 200);
  const zoomed = await state();
  const rangesSeen = await page.evaluate(() => window.__ranges.length);
  check('a wheel gesture is one history entry', zoomed.length === start.length + 1 && rangesSeen > 2, `length ${start.length} → ${zoomed.length}, ${rangesSeen} rangechanges`);
  check('the URL holds the window shown', q(zoomed).start === zoomed.range.start && q(zoomed).end === zoomed.range.end && zoomed.range.start !== start.range.start, `${zoomed.query} vs ${JSON.stringify(zoomed.range)}`);

  // Select a meeting in view by a real click.
  const target = await page.evaluate(() => {
    const el = document.querySelector('#history');
    const box = el.shadowRoot.querySelector('svg').getBoundingClientRect();
    const inView = [...el.shadowRoot.querySelectorAll('[part~="event"]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return m.dataset.id !== el.selected && r.width > 0 && r.left > box.left + 20 && r.right < box.right - 20;
    });
    const m = inView[Math.floor(inView.length / 2)];
    if (!m) return null;
    const r = m.getBoundingClientRect();
    return { id: m.dataset.id, x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  check('a meeting other than the default is in view', Boolean(target));
  if (target) await page.mouse.click(target.x, target.y);
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('selected') === id, { timeout: 3000 }, target?.id).catch(() => null);
  await sleep(SETTLE_MS + 200);
  const picked = await state();
  check('selecting a meeting is an entry with its id in the URL', picked.length === zoomed.length + 1 && q(picked).selected === target?.id && picked.selected === target?.id, JSON.stringify(picked));

  await page.select('#locale', 'ja');
  await sleep(SETTLE_MS + 200);
  const ja = await state();
  check('choosing 日本語 is an entry with locale=ja', ja.length === picked.length + 1 && q(ja).locale === 'ja' && ja.locale === 'ja', JSON.stringify(ja));

  await page.reload({ waitUntil: 'load' });
  await ready();
  const reloaded = await state();
  check(
    'after a reload: the same window, the same meeting selected, the same language',
    JSON.stringify(reloaded.range) === JSON.stringify(ja.range) && reloaded.selected === ja.selected && reloaded.locale === 'ja' && reloaded.panel === ja.panel,
    `${JSON.stringify(reloaded)} vs ${JSON.stringify(ja)}`,
  );
  check('a reload adds no entry and keeps the URL', reloaded.length === ja.length && reloaded.query === ja.query, `${reloaded.length} ${reloaded.query}`);
  const lang = await page.evaluate(() => [document.documentElement.lang, document.querySelector('#locale').value]);
  check('the page follows the language too', lang.join() === 'ja,ja', lang.join());

  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  await sleep(SETTLE_MS + 300);
  const back1 = await state();
  check(
    'Back restores the view before the language change',
    back1.locale === 'en' && back1.selected === picked.selected && JSON.stringify(back1.range) === JSON.stringify(picked.range) && back1.length === ja.length,
    JSON.stringify(back1),
  );
  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  await sleep(SETTLE_MS + 300);
  const back2 = await state();
  check('Back again restores the selection before that', back2.selected === zoomed.selected && JSON.stringify(back2.range) === JSON.stringify(zoomed.range) && back2.length === ja.length, JSON.stringify(back2));
  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  await sleep(SETTLE_MS + 300);
  const back3 = await state();
  check('and again, the first view: the whole history', JSON.stringify(back3.range) === JSON.stringify(start.range) && back3.selected === start.selected && back3.query === '', JSON.stringify(back3));
  await page.goForward({ waitUntil: 'load' }).catch(() => null);
  await sleep(SETTLE_MS + 300);
  const forward = await state();
  check('Forward shows the zoomed view again, and no step added an entry', JSON.stringify(forward.range) === JSON.stringify(zoomed.range) && forward.length === ja.length, JSON.stringify(forward));

  // Filters: the demo puts them on the element as attributes, whatever the element makes of them.
  await page.goto(`${origin}/demo/?kinds=state-visit+working-visit&leaders=abe&topics=north-korea`, { waitUntil: 'load' });
  await ready();
  const filters = await page.evaluate(() => ['kinds', 'leaders', 'topics'].map((a) => document.querySelector('#history').getAttribute(a)));
  check('filters in the URL are on the element after load', filters.join('|') === 'state-visit working-visit|abe|north-korea', filters.join('|'));
  const filterQuery = await page.evaluate(() => location.search);
  check('and stay in the URL', filterQuery.includes('kinds=state-visit+working-visit'), filterQuery);

  // A mangled link: a day that does not exist, an unknown language, a selection that is not an id.
  await page.goto(`${origin}/demo/?start=2019-02-30&end=2019-06-30&locale=xx&selected=%3Cimg%20src%3Dx%3E&kinds=%3Cb%3E`, { waitUntil: 'load' });
  await ready();
  const mangled = await state();
  const hasKinds = await page.evaluate(() => document.querySelector('#history').hasAttribute('kinds'));
  check(
    'a mangled URL opens what it can: the end it gives, English, the default selection, no filter',
    mangled.range?.end === '2019-06-30' && mangled.locale === 'en' && mangled.selected === '2025-02-07-ishiba-trump' && !hasKinds,
    JSON.stringify(mangled),
  );

  // Downloads, saved by the browser into a folder of our own.
  const dir = mkdtempSync(join(tmpdir(), 'summit-downloads-'));
  try {
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
    const saved = (ext) => page.waitForFunction(() => /^Saved /.test(document.querySelector('#history-status').textContent), { timeout: 10000 }).then(async () => {
      for (let i = 0; i < 100; i++) {
        const file = readdirSync(dir).find((f) => f.endsWith(`.${ext}`));
        if (file) return join(dir, file);
        await sleep(100);
      }
      return null;
    });
    await page.evaluate(() => (document.querySelector('#history-status').textContent = ''));
    await page.click('#download-svg');
    const svgFile = await saved('svg').catch(() => null);
    const svgText = svgFile ? readFileSync(svgFile, 'utf8') : '';
    const svgCheck = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const el = document.querySelector('#history');
      return {
        parsed: !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg',
        marks: doc.querySelectorAll('[part~="event"]').length,
        shown: el.shadowRoot.querySelectorAll('[part~="event"]').length,
      };
    }, svgText);
    check('Download SVG saves a parseable SVG with the marks in view', Boolean(svgFile) && svgCheck.parsed && svgCheck.marks === svgCheck.shown && svgCheck.marks > 0, `${svgFile} ${JSON.stringify(svgCheck)}`);
    check('named after the window shown', /summit-timeline-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.svg$/.test(svgFile ?? ''), svgFile ?? 'none');

    await page.evaluate(() => (document.querySelector('#history-status').textContent = ''));
    await page.click('#download-png');
    const pngFile = await saved('png').catch(() => null);
    const png = pngFile ? readFileSync(pngFile) : Buffer.alloc(0);
    const signature = png.subarray(0, 8).toString('hex') === '89504e470d0a1a0a';
    const [w, h] = png.length > 24 ? [png.readUInt32BE(16), png.readUInt32BE(20)] : [0, 0];
    check('Download PNG saves a PNG (signature and IHDR) of a real size', signature && png.subarray(12, 16).toString() === 'IHDR' && w > 600 && h > 200, `${pngFile} ${w}×${h}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Print: page.pdf() runs the print path, beforeprint and all; media print shows what it would lay out.
  await page.goto(`${origin}/demo/?start=2017-01-01&end=2018-12-31&selected=`, { waitUntil: 'load' });
  await ready();
  await page.evaluate(() => {
    window.__printEvents = [];
    addEventListener('beforeprint', () => window.__printEvents.push('before'));
    addEventListener('afterprint', () => window.__printEvents.push('after'));
  });
  const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
  const events = await page.evaluate(() => window.__printEvents.join(','));
  check('page.pdf() makes a PDF and fires beforeprint and afterprint', pdf.subarray(0, 5).toString() === '%PDF-' && events === 'before,after', `${pdf.subarray(0, 5)} ${events}`);
  await page.emulateMediaType('print');
  // matchMedia's change event comes with the next rendering step, not with the emulation call.
  await page.waitForFunction(() => document.querySelector('#history').shadowRoot.querySelectorAll('.print-table tbody tr').length > 0, { timeout: 3000 }).catch(() => null);
  const print = await page.evaluate(() => {
    const el = document.querySelector('#history');
    const shown = (node) => Boolean(node) && getComputedStyle(node).display !== 'none';
    const rows = [...el.shadowRoot.querySelectorAll('.print-table tbody tr')];
    const inWindow = el.events.filter((e) => (e.end ?? e.date) >= '2017-01-01' && e.date <= '2018-12-31').map((e) => e.id);
    return {
      controls: shown(document.querySelector('.controls')),
      footer: shown(document.querySelector('footer')),
      toolbar: shown(el.shadowRoot.querySelector('[part~="toolbar"]')),
      plot: shown(el.shadowRoot.querySelector('svg[part~="plot"]')),
      rows: rows.map((r) => r.dataset.id).join(' '),
      want: inWindow.join(' '),
      urls: rows.every((r) => r.querySelector('.print-sources')?.textContent.includes('https://')),
    };
  });
  await page.emulateMediaType(null);
  check('printed, the page hides its controls and footer, and the element its toolbar', !print.controls && !print.footer && !print.toolbar && print.plot, JSON.stringify(print));
  check('and the element lists exactly the meetings in view, each with its source URLs', print.rows === print.want && print.rows.length > 0 && print.urls, `${print.rows} vs ${print.want}`);
  await page.waitForFunction(() => !document.querySelector('#history').shadowRoot.querySelector('.print-table'), { timeout: 3000 }).catch(() => null);
  const after = await page.evaluate(() => document.querySelector('#history').shadowRoot.querySelectorAll('.print-table').length);
  check('back on screen, the print table is gone', after === 0, String(after));

  check('no console errors', errors.length === 0, errors.join(' | '));
});
