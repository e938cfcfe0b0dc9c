// Journey: the site arrives in parts. A reader's first view downloads only
// its own part of the app (one WebAssembly module per area, beside the main
// module); moving to another area fetches that area's part, which the
// browser has usually fetched already while idle; a part that cannot be
// downloaded says so with a retry, and nothing the reader saved is touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';

const newApp = useApp();

/** The areas' modules this page has requested so far, by area name. */
function areasFetched(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => /\/split_(\w+)\.wasm$/.exec(new URL(e.name).pathname)?.[1])
    .filter(Boolean)
    .sort());
}

/** Fails every download of the named area's module until `release` is called. */
async function blockArea(page, area) {
  const pattern = `**/split_${area}.wasm`;
  const handler = (route) => route.abort('internetdisconnected');
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

test('the first view fetches its own part only; another area arrives when the reader moves there', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 800 } });
  // Held back: the idle prefetch would otherwise fetch every area at once.
  await app.page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  await app.open('#/');
  assert.deepEqual(await areasFetched(app.page), ['overview']);

  await app.navLink('Timeline').click();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Timeline');
  await app.settled();
  assert.deepEqual(await areasFetched(app.page), ['overview', 'timeline']);
  // A view that arrived late still gets the focus a new view gets.
  assert.equal(await app.page.evaluate(() => document.activeElement?.tagName), 'H1');
  // Back to an area at hand: no download, and the view is there at once.
  await app.page.goBack();
  await app.page.waitForFunction(() => /22\/100/.test(document.querySelector('main h1')?.textContent ?? ''));
  assert.deepEqual(await areasFetched(app.page), ['overview', 'timeline']);
  assert.deepEqual(app.consoleErrors, []);
});

test('while the browser is idle, the other areas are fetched, so the next view needs no download', async () => {
  const app = await newApp();
  await app.open('#/');
  await app.page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((e) => e.name.endsWith('/split_library.wasm')), null, { timeout: 15000 });
  const fetched = await areasFetched(app.page);
  for (const area of ['overview', 'walkthrough', 'timeline', 'tracker', 'library']) {
    assert.ok(fetched.includes(area), `${area} fetched while idle: ${fetched}`);
  }
  // A widget's part is not the site's: it is not fetched for a reader of the site.
  assert.ok(!fetched.includes('embed'), `${fetched}`);
  // With the network gone, every area of the site still opens, and none of
  // its code is asked for again. (The browser still asks for the page's
  // icon when the address changes; that may fail.)
  const failed = [];
  app.page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
  await app.page.context().setOffline(true);
  for (const [hash, heading] of [['#/recommendations', 'Recommendations and pledges'], ['#/rating/D1', /^D1/], ['#/sources', 'Sources']]) {
    await app.page.evaluate((h) => { location.hash = h; }, hash);
    await app.page.waitForFunction((h) => location.hash === h, hash);
    await app.heading().waitFor();
    const text = await app.heading().textContent();
    if (heading instanceof RegExp) assert.match(text, heading);
    else assert.equal(text, heading);
  }
  assert.deepEqual(failed.filter((path) => !path.endsWith('/favicon.png')), []);
  assert.deepEqual(app.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
});

test('a part that cannot be downloaded says so, offers a retry, and keeps what the reader saved', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 } });
  await app.page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  await app.open('#/');
  await app.page.evaluate(() => localStorage.setItem('explainer-test-saved', 'kept'));
  const release = await blockArea(app.page, 'tracker');
  await app.page.evaluate(() => { location.hash = '#/recommendations'; });
  const alert = app.page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.getByRole('heading').textContent(), 'This part of the explainer could not be loaded');
  assert.match(await alert.textContent(), /Anything you saved in this browser is kept/);
  // Never a blank page: the site's header stays, and the page says what failed.
  assert.equal(await app.page.getByRole('navigation', { name: 'Main' }).count(), 1);
  // Trying again while still offline fails again, cleanly.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await alert.getByRole('button', { name: 'Try again' }).waitFor();
  await release();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Recommendations and pledges');
  await app.settled();
  assert.equal(await app.page.evaluate(() => localStorage.getItem('explainer-test-saved')), 'kept');
  assert.equal(await app.page.getByRole('alert').count(), 0);
});

test('a shared link whose part cannot be downloaded shows the failure, not a blank, and recovers', async () => {
  const app = await newApp();
  const release = await blockArea(app.page, 'timeline');
  await app.page.goto(`${app.baseUrl}#/timeline`);
  await app.started();
  const alert = app.page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.getByRole('heading').textContent(), 'This part of the explainer could not be loaded');
  await release();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Timeline');
});

test('a shared link goes from the page summary straight to its view, never through a loading line', async () => {
  const app = await newApp();
  await app.page.addInitScript(() => {
    window.__sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="part-loading"]')) window.__sawLoading = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await app.open('#/rating/D1');
  assert.match(await app.heading().textContent(), /^D1/);
  assert.equal(await app.page.evaluate(() => window.__sawLoading), false);
});

test('an old embed snippet, with its index.html address, goes to the widgets\' page, which loads the widget alone', async () => {
  const app = await newApp();
  await app.page.goto(`${app.baseUrl}index.html?scheme=dark#/embed/rating`);
  await app.page.waitForURL(/\/embed\.html\?scheme=dark#\/embed\/rating$/);
  await app.heading().waitFor();
  assert.equal(await app.heading().textContent(), 'Score breakdown');
  assert.equal(await app.page.evaluate(() => document.documentElement.dataset.scheme), 'dark');
  // Nothing of the site's app: the widgets' module and its data slice.
  await app.page.waitForTimeout(1500);
  const fetched = await app.page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.split('/').pop()));
  assert.deepEqual(await areasFetched(app.page), []);
  assert.ok(fetched.includes('widgets_bg.wasm') && fetched.includes('scores.json'), `${fetched}`);
  assert.ok(!fetched.includes('main_bg.wasm'), `${fetched}`);
  // The slice is preloaded with the module, and fetched once.
  assert.equal(fetched.filter((f) => f === 'scores.json').length, 1, `${fetched}`);
  assert.equal(await app.page.locator('link[rel=preload][href="widget-data/scores.json"]').count(), 1);
  // The same strict policy as the site's page.
  const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^;]+; style-src 'self'; .*base-uri 'none'/);
  // A link out of a widget (followed in its own tab) reaches the explainer.
  await app.page.goto(`${app.baseUrl}embed.html#/rating/D1`);
  await app.page.waitForURL(/\/index\.html#\/rating\/D1$/);
  await app.page.waitForFunction(() => /^D1/.test(document.querySelector('main h1')?.textContent ?? ''));
  assert.deepEqual(app.consoleErrors, []);
});

test('a widget whose data cannot be fetched says so, and a retry draws it', async () => {
  const app = await newApp();
  let fail = true;
  await app.page.route('**/widget-data/*.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await app.page.goto(`${app.baseUrl}embed.html#/embed/timeline?theme=media`);
  const notice = app.page.getByTestId('part-failed');
  await notice.waitFor();
  assert.equal(await app.heading().textContent(), 'This widget could not be loaded');
  fail = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await app.page.getByTestId('embed').waitFor();
  assert.match(await app.page.getByTestId('embed-count').textContent(), /events/);
});
