// The single-file offline edition (dist-single/explainer.html, built by
// scripts/build-offline.sh): opened from disk with the network blocked, every
// main view, deep links and downloads work, and nothing is requested.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './support/browser.mjs';
import { AppPage } from './support/app-page.mjs';
import { corpus, parseCsv } from './support/corpus.mjs';

const FILE = resolve('dist-single/explainer.html');
const url = pathToFileURL(FILE).href;
let browser;
before(async () => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: build it with scripts/build-offline.sh`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** A page from disk in a fresh profile with no network; records requests. */
async function offlineApp() {
  const context = await browser.newContext({ offline: true, acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  const app = new AppPage(await context.newPage(), url);
  return { app, requests };
}

test('the single file is one self-contained page', () => {
  const html = readFileSync(FILE, 'utf8');
  assert.doesNotMatch(html, /<link[^>]+rel="(stylesheet|preload|modulepreload)"/);
  assert.doesNotMatch(html, /\bsrc="/);
  assert.doesNotMatch(html, /(src|href|url)[=(]["']?https?:/, 'nothing loaded from another site');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
});

test('opened from disk with no network, every main view works and nothing is requested', async () => {
  const { app, requests } = await offlineApp();
  await app.open('#/');
  assert.equal(await app.heading().textContent(), `${corpus.country}: ${corpus.fiw.score}/${corpus.fiw.max}, Not Free`);
  const codes = corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators).map((i) => i.code);
  await app.page.evaluate((c) => { location.hash = `#/rating/${c}`; }, codes[0]);
  await app.page.waitForFunction(() => document.querySelector('.progress-text')?.textContent.startsWith('Question 1 of'));
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForFunction((c) => location.hash === `#/rating/${c}`, codes[1]);
  for (const [hash, heading] of [
    ['#/method', 'How the score becomes a status'],
    ['#/sources', null],
    [`#/sources/${corpus.documents[0].id}`, null],
    ['#/timeline', 'Timeline'],
    ['#/recommendations', null],
    ['#/about', null],
    ['#/data', 'Data'],
  ]) {
    await app.page.evaluate((h) => { location.hash = h; }, hash);
    await app.page.waitForFunction((h) => location.hash === h, hash);
    await app.heading().waitFor();
    if (heading) assert.equal(await app.heading().textContent(), heading);
    assert.equal(await app.page.locator('[data-testid="not-found"]').count(), 0, hash);
  }
  // A file cannot be embedded in another site's page: no Embed button,
  // though the same view on the web has one.
  await app.page.evaluate(() => { location.hash = '#/timeline'; });
  await app.page.waitForFunction(() => location.hash === '#/timeline');
  await app.heading().waitFor();
  assert.equal(await app.page.locator('.embed-button').count(), 0);
  await app.page.evaluate(() => { location.hash = '#/data'; });
  await app.page.getByRole('button', { name: 'Download indicators.csv' }).waitFor();
  // A download is made in the page.
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download indicators.csv' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFcode,'), 'a byte-order mark, then the header');
  const rows = parseCsv(text);
  assert.equal(rows[0].join(','), 'code,category,subcategory,question,score,max_score,passages');
  assert.equal(rows.filter((r) => r.length > 1).length, codes.length + 1);
  assert.deepEqual(requests, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('a deep link into the file opens its view cold', async () => {
  const { app, requests } = await offlineApp();
  await app.open('#/what-if?s=A1.4');
  assert.match(await app.page.getByTestId('what-if-results').textContent(), new RegExp(`${corpus.fiw.score + 4 - corpus.fiw.categories[0].subcategories[0].indicators[0].score} of 100`));
  assert.deepEqual(requests, []);
  assert.deepEqual(app.consoleErrors, []);
});
