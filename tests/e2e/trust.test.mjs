// What the page promises on other people's machines: the headline facts
// without JavaScript, a takeover without layout shift, no request to any
// other origin, no Content-Security-Policy violation, and a plain message
// instead of a blank page when the app cannot start or stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus, parseCsv, paragraphs } from './support/corpus.mjs';
import { ROUTES } from './support/routes.mjs';

const newApp = useApp();

/** The status ids of the corpus as the reports write them. */
const STATUS_LABELS = { free: 'Free', 'partly-free': 'Partly Free', 'not-free': 'Not Free' };

/** An indicator's question: a span of a paragraph of the report. */
function question(indicator) {
  const { anchor, start, end } = indicator.question;
  const p = paragraphs(corpus.fiw.doc).find((x) => x.anchor === anchor);
  return Buffer.from(p.text, 'utf8').subarray(start, end).toString('utf8');
}

test('without JavaScript the page carries the headline facts and working downloads', async () => {
  const app = await newApp({ javaScriptEnabled: false });
  await app.page.goto(app.baseUrl);
  const fiw = corpus.fiw;
  const main = app.page.locator('main');
  assert.equal(
    await app.page.locator('h1').textContent(),
    `${corpus.country}: ${fiw.score}/${fiw.max}, ${STATUS_LABELS[fiw.status]}`,
  );
  const text = (await main.textContent()).replace(/\s+/g, ' ');
  for (const c of fiw.categories) assert.ok(text.includes(`${c.name}${c.score}/${c.max}`), c.name);
  const rows = await main.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
  );
  const expected = [
    ...fiw.categories.flatMap((c) => c.subcategories).map((s) => [`${s.letter}. ${s.name}`, `${s.score} of ${s.max}`]),
    ...fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators)
      .map((i) => [`${i.code} ${question(i).replace(/\s+/g, ' ').trim()}`, `${i.score} of ${i.max}`]),
  ];
  assert.equal(expected.length, 7 + 25);
  assert.deepEqual(rows, expected);
  for (const d of corpus.documents) assert.ok(text.includes(d.title), d.title);
  assert.ok(await app.page.locator('noscript').count());

  // Link previews: title and description from the same facts.
  const meta = (sel) => app.page.locator(`meta[${sel}]`).getAttribute('content');
  const title = await app.page.title();
  assert.match(title, new RegExp(`^${fiw.score}/${fiw.max}, explained – ${corpus.country} in `));
  assert.equal(await meta('property="og:title"'), title);
  assert.equal(await meta('name="twitter:title"'), title);
  const description = await meta('name="description"');
  assert.ok(description.startsWith(`Freedom House rated ${corpus.country} ${fiw.score}/${fiw.max}, ${STATUS_LABELS[fiw.status]}`), description);
  for (const c of fiw.categories) assert.ok(description.includes(`${c.name} ${c.score}/${c.max}`), c.name);
  assert.equal(await meta('property="og:description"'), description);
  assert.equal(await meta('name="twitter:card"'), 'summary');

  // Every download link resolves to the file the app would make.
  const links = await main.locator('a[download]').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(links.map((l) => l.split('/').pop()).sort(),
    ['corpus.json', 'coverage.csv', 'indicators.csv', 'nit_ratings.csv', 'recommendations.csv', 'timeline.csv']);
  for (const href of links) {
    const res = await fetch(href);
    assert.equal(res.status, 200, href);
    // Read as bytes: decoding as text would drop a byte-order mark.
    const bytes = Buffer.from(await res.arrayBuffer());
    const body = bytes.toString('utf8');
    if (href.endsWith('.json')) assert.deepEqual(JSON.parse(body), corpus);
    else {
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${href} starts with a byte-order mark`);
      assert.equal(body.split('\uFEFF').length, 2, `${href} has one byte-order mark`);
      assert.ok(parseCsv(body).length > 1, href);
    }
  }
  const indicators = parseCsv(await (await fetch(links.find((l) => l.endsWith('indicators.csv')))).text());
  assert.equal(indicators.filter((r) => r.length > 1).length, 26);
});

test('the app replaces the static content without a layout shift', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 800 } });
  await app.page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await app.open('#/');
  await app.page.waitForTimeout(300);
  assert.equal(await app.page.locator('#static-page').count(), 0);
  assert.equal(await app.page.locator('main').count(), 1);
  assert.deepEqual(await app.page.evaluate(() => window.__shifts), []);
  assert.deepEqual(app.consoleErrors, []);
});

test('walking every view requests nothing from another origin and breaks no policy rule', async () => {
  const app = await newApp();
  const origin = new URL(app.baseUrl).origin;
  const foreign = [];
  app.page.context().on('request', (r) => {
    const url = r.url();
    if (!(url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:'))) foreign.push(url);
  });
  await app.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await app.open('#/');
  const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.equal(await app.page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');
  const walked = [...ROUTES, ...corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators).map((i) => `#/rating/${i.code}`)];
  for (const route of walked) {
    await app.page.evaluate((h) => { location.hash = h; }, route);
    await app.heading().waitFor();
  }
  // Downloads are made in the page (blob:), never fetched.
  await app.page.evaluate(() => { location.hash = '#/data'; });
  await app.page.getByRole('button', { name: 'Download indicators.csv' }).click();
  assert.deepEqual(foreign, []);
  assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
  assert.deepEqual(app.consoleErrors, []);
});

/** The page's own failure message, and that the static content is still there. */
async function assertCouldNotStart(app) {
  const alert = app.page.locator('#app-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start/);
  assert.equal(await alert.getByRole('link', { name: 'Reload the page' }).count(), 1);
  assert.match(await app.page.locator('#static-page h1').textContent(), /\d+\/100/);
  // The message comes first, above the content.
  assert.equal(await app.page.evaluate(() => document.body.firstElementChild.id), 'app-failed');
}

test('a blocked WebAssembly download shows a message above the static content', async () => {
  const app = await newApp();
  await app.page.route('**/*.wasm', (route) => route.abort());
  await app.page.goto(app.baseUrl);
  await assertCouldNotStart(app);
});

test('a corrupt WebAssembly download shows a message above the static content', async () => {
  const app = await newApp();
  await app.page.route('**/*.wasm', (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm garbage, not a module') }));
  await app.page.goto(app.baseUrl);
  await assertCouldNotStart(app);
});

test('a browser without WebAssembly gets the message and the static content', async () => {
  const app = await newApp();
  await app.page.addInitScript(() => { delete globalThis.WebAssembly; });
  await app.page.goto(app.baseUrl);
  await assertCouldNotStart(app);
});

test('a trap after start (a panic or exhausted memory) shows a message and keeps saved data', async () => {
  const app = await newApp();
  await app.open('#/');
  await app.page.evaluate(() => localStorage.setItem('reader-data', '{"kept":true}'));
  // What the module throws when it aborts: an uncaught WebAssembly.RuntimeError.
  await app.page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = app.page.locator('#app-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /stopped working.*kept/);
  assert.equal(await app.page.evaluate(() => localStorage.getItem('reader-data')), '{"kept":true}');
});
