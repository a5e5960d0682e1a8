// End-to-end check of the playground as `npm start` serves it: a broken
// document lists its problem by path, clicking the problem selects that value
// in the text, typing over it fixes the timeline; bad JSON points at the
// break; a local file and a template load. `--screenshot <file>` also saves a
// 1280 px wide picture of the page for the README.
// puppeteer-core drives Debian's Chromium; it downloads no browser.
import { readFileSync } from 'node:fs';
import { endToEnd, watchedPage } from './harness.mjs';

const shotAt = process.argv.indexOf('--screenshot');
const screenshot = shotAt > 0 ? process.argv[shotAt + 1] : null;

const BROKEN = JSON.stringify(
  {
    leaders: [
      { id: 'a', name: 'Leader A', country: 'JP', terms: [{ start: '2020-01-01' }] },
      { id: 'b', name: 'Leader B', country: 'US', terms: [{ start: '2020-01-01' }] },
    ],
    events: [
      { id: 'zero', date: '2020-06-01', kind: 'bilateral', title: 'Zero', place: 'Near', leaders: ['a', 'b'] },
      { id: 'one', date: '2021-03-04', kind: 'working-visit', title: 'One', place: 'Here', leaders: ['a', 'b'] },
      { id: 'two', date: '2022-05-06', kind: 'virtual', title: 'Two', place: 'There', leaders: ['a', 'b'] },
      { id: 'three', date: '2023-13-01', kind: 'sideline', title: 'Three', place: 'Elsewhere', leaders: ['a', 'b'] },
    ],
  },
  null,
  2,
);

await endToEnd('e2e-playground.json', 'the playground', async ({ browser, check, origin }) => {
  const { page, errors } = await watchedPage(browser);
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));

  await page.goto(`${origin}/demo/playground.html`, { waitUntil: 'load' });
  const marks = () => page.evaluate(() => document.querySelector('#preview').shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0);
  const marksAre = (n) => page.waitForFunction((n) => document.querySelector('#preview').shadowRoot?.querySelectorAll('[part~="event"]').length === n, { timeout: 5000 }, n).then(() => true, () => false);
  check('the minimal template is drawn at start: two marks', await marksAre(2), String(await marks()));

  // Paste: the whole text replaced at once, as a paste does, then the debounce.
  await page.focus('#source');
  await page.evaluate((text) => {
    const area = document.querySelector('#source');
    area.select();
    document.execCommand('insertText', false, text);
  }, BROKEN);
  const problem = await page.waitForFunction(() => [...document.querySelectorAll('#problems button')].find((b) => b.querySelector('code')?.textContent === 'events[3].date'), { timeout: 5000 }).catch(() => null);
  check('a broken date is listed with its path, events[3].date', Boolean(problem));
  check('and the three valid events are still drawn', await marksAre(3), String(await marks()));

  if (problem) await problem.click();
  const selected = await page.evaluate(() => {
    const area = document.querySelector('#source');
    return { text: area.value.slice(area.selectionStart, area.selectionEnd), focused: document.activeElement === area };
  });
  check('clicking it selects that value in the text', selected.text === '"2023-13-01"' && selected.focused, JSON.stringify(selected));

  // Typing over the selection fixes it.
  await page.keyboard.type('"2023-12-01"');
  check('typing the right date over it draws the fourth mark', await marksAre(4), String(await marks()));
  const cleared = await page.waitForFunction(() => document.querySelector('#problems-box').hidden, { timeout: 3000 }).then(() => true, () => false);
  check('and the problem list goes away', cleared);

  // Bad JSON: the problem points at the break.
  await page.evaluate(() => {
    const area = document.querySelector('#source');
    area.select();
    document.execCommand('insertText', false, '{\n  "events": [\n    { "id": "x" }\n    { "id": "y" }\n  ]\n}');
  });
  const syntax = await page.waitForFunction(() => [...document.querySelectorAll('#problems button')].find((b) => /not valid JSON/.test(b.textContent)), { timeout: 5000 }).catch(() => null);
  check('text that is not JSON is listed as a problem', Boolean(syntax));
  check('and the last good timeline stays', (await marks()) === 4, String(await marks()));
  if (syntax) await syntax.click();
  const caret = await page.evaluate(() => {
    const area = document.querySelector('#source');
    return area.value.slice(area.selectionStart);
  });
  check('clicking it puts the cursor where the JSON breaks', caret.startsWith('{ "id": "y" }'), caret.slice(0, 20));

  // A local file, read in the page.
  const file = await page.$('#file');
  await file.uploadFile('demo/special-relationship.json');
  const expected = JSON.parse(readFileSync('demo/special-relationship.json', 'utf8')).events.length;
  check(`opening special-relationship.json draws its ${expected} events`, await marksAre(expected), String(await marks()));
  const title = await page.evaluate(() => document.querySelector('#preview').shadowRoot.querySelector('[part~="toolbar"]')?.textContent ?? '');
  check('with its own title', title.includes('UK–US'), title.slice(0, 60));

  // The template menu goes back to the minimal document.
  await page.select('#template', 'minimal');
  check('the minimal template can be chosen again', await marksAre(2));

  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  check('axe finds no accessibility violation on the page', violations.length === 0, violations.join(', '));

  // The history is a lazy chunk beside the bundle (dist/bundled/default-history-*.js), or the JSON in development.
  const history = requests.filter((url) => /\/summits\.json$|\/default-history[-.]/.test(url));
  check('the default history is never fetched: the element starts with the template', history.length === 0, history.join(', '));
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`));
  check('nothing is requested from anywhere but the page', foreign.length === 0, foreign.join(', '));
  check('no console errors', errors.length === 0, errors.join(' | '));

  if (screenshot) {
    // A real data set with one mistake, so the picture shows both panes at work.
    const text = readFileSync('demo/special-relationship.json', 'utf8').replace('"date": "2019-06-04"', '"date": "2019-06-31"');
    await page.evaluate((t) => {
      const area = document.querySelector('#source');
      area.select();
      document.execCommand('insertText', false, t);
      area.setSelectionRange(0, 0);
      area.scrollTop = 0;
    }, text);
    const shown = await page.waitForFunction(() => document.querySelector('#problems button'), { timeout: 5000 });
    await page.setViewport({ width: 1280, height: 800 });
    await shown.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: screenshot });
    console.log(`saved ${screenshot}`);
  }
});
