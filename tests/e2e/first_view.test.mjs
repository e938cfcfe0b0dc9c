// Journey: the first view arrives before the app. The build renders each
// entry point's view to HTML (first/<key>.html); the page draws it at once
// and only then loads the app, which takes its place with nothing on
// screen moving or changing. A reader on a slow line reads the view while
// the app downloads; if the app never arrives, the view stays, with a
// notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';

const newApp = useApp();

/** Holds back every WebAssembly module until the returned function is called. */
async function holdModules(page) {
  let release;
  const gate = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Opens `address` with the app held back; returns the drawn view's text. */
async function drawnWithoutApp(app, address) {
  const release = await holdModules(app.page);
  // How much of the drawing is held back when it is first on screen.
  await app.page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-first-view]')) return;
      observer.disconnect();
      window.heldBack = document.querySelectorAll('.first-later').length;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-first-view'] });
  });
  await app.page.goto(app.baseUrl + address);
  const key = address.replace(/^(embed\.html)?#\/?/, '') || 'index';
  // A view with the ratings chart has one rendering per width it is drawn at.
  // A long drawing is shown over a few frames: all of it, before the app.
  await app.page.waitForFunction((k) => {
    const drawn = document.getElementById('static-page')?.getAttribute('data-first-view');
    return (drawn === k || drawn?.startsWith(`${k}@`)) && !document.querySelector('.first-later');
  }, key);
  const text = await app.page.locator('#static-page main').innerText();
  const layout = await geometry(app.page);
  return { release, text, layout };
}

/** Where each heading, figure and list of the view is, and how tall the
 * page is: what a reader would see move. */
function geometry(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const items = [...main.querySelectorAll('h1, h2, h3, svg, table, ol, ul, p')].slice(0, 200);
    return {
      height: document.documentElement.scrollHeight,
      // (What takes no room shows nothing: Leptos renders an empty text
      // as a space, which keeps an empty notice from matching `:empty`.)
      items: items.map((el) => [el.tagName, el.getBoundingClientRect()])
        .filter(([, r]) => r.height > 0 && r.width > 0)
        .map(([tag, r]) => `${tag} ${Math.round(r.top + scrollY)} ${Math.round(r.height)} ${Math.round(r.width)}`),
    };
  });
}

/** Records the app's first frame: the text and geometry of its view in the
 * frame the rendering gave way to it. */
function watchTakeOver(page) {
  return page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('static-page') || !document.querySelector('main')) return;
      observer.disconnect();
      const main = document.querySelector('main');
      window.takenOverText = main.innerText;
      const items = [...main.querySelectorAll('h1, h2, h3, svg, table, ol, ul, p')].slice(0, 200);
      window.takenOverLayout = {
        height: document.documentElement.scrollHeight,
        // (What takes no room shows nothing: Leptos renders an empty text
        // as a space, which keeps an empty notice from matching `:empty`.)
        items: items.map((el) => [el.tagName, el.getBoundingClientRect()])
          .filter(([, r]) => r.height > 0 && r.width > 0)
          .map(([tag, r]) => `${tag} ${Math.round(r.top + scrollY)} ${Math.round(r.height)} ${Math.round(r.width)}`),
      };
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** The app's view's geometry at the moment it took over. */
function appGeometryAtTakeOver(page) {
  return page.evaluate(() => window.takenOverLayout);
}

const ENTRIES = [
  ['#/', /22\/100/],
  ['#/rating/D1', /D1/],
  ['#/timeline', /Timeline/],
  ['#/recommendations', /recommend/i],
  ['embed.html#/embed/rating', /Score breakdown/],
  ['embed.html#/embed/rating/D1', /D1/],
  ['embed.html#/embed/ratings-chart', /Nations in Transit/i],
  ['embed.html#/embed/timeline', /imeline/],
];

for (const width of [360, 1280]) {
  test(`at ${width} px, each entry point draws its view before the app, and the app takes it over unchanged and unmoved`, async () => {
    for (const [address, heading] of ENTRIES) {
      const app = await newApp({ viewport: { width, height: 800 } });
      const { release, text, layout } = await drawnWithoutApp(app, address);
      assert.match(await app.page.locator('#static-page main h1').innerText(), heading, address);
      // The site's views were laid out a part a frame, and shown whole
      // before the app came.
      const heldBack = await app.page.evaluate(() => window.heldBack);
      if (address.startsWith('#/')) assert.ok(heldBack > 0, `${address}: held back ${heldBack}`);
      // Nothing of the app's WebAssembly has been asked for yet.
      const early = await app.page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm')).length);
      assert.equal(early, 0, `${address}: a module was fetched before the view was drawn`);
      await watchTakeOver(app.page);
      release();
      await app.started();
      await app.settled();
      // (Leptos renders an empty text as a space, which takes no room.)
      const lines = (t) => t.split('\n').filter((l) => l.trim() !== '');
      assert.deepEqual(lines(await app.page.evaluate(() => window.takenOverText)), lines(text), `${address}: the app's view differs from the drawn one`);
      // Only what fills in after the first frame (below it) may differ.
      const after = await appGeometryAtTakeOver(app.page);
      assert.deepEqual(after.items.slice(0, layout.items.length), layout.items, `${address}: the page moved when the app took over`);
      assert.deepEqual(app.consoleErrors, [], address);
      await app.page.context().close();
    }
  });
}

test('a link followed before the app arrives draws the next view; the app then shows that address', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 800 } });
  const { release } = await drawnWithoutApp(app, '#/rating/D1');
  await app.page.locator('#static-page a[href="#/rating/D2"]').first().click();
  await app.page.waitForSelector('#static-page[data-first-view="rating/D2"]');
  assert.match(await app.page.locator('#static-page main h1').innerText(), /D2/);
  release();
  await app.started();
  await app.page.waitForFunction(() => /D2/.test(document.querySelector('main h1')?.textContent ?? ''));
  assert.equal(await app.hash(), '#/rating/D2');
  assert.deepEqual(app.consoleErrors, []);
});

test('if the app cannot be downloaded, the drawn view stays and a notice says the rest cannot start', async () => {
  const app = await newApp();
  await app.page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
  await app.page.goto(app.baseUrl + '#/rating/D1');
  await app.page.waitForSelector('#static-page[data-first-view="rating/D1"]');
  await app.page.getByRole('alert').filter({ hasText: 'could not start' }).waitFor();
  assert.match(await app.page.locator('#static-page main h1').innerText(), /D1/);
  assert.match(await app.page.locator('#static-page main').innerText(), /0 of 4/);
});

test('an address the build did not render (a filter) shows the loading line, then the app', async () => {
  const app = await newApp();
  await app.open('#/timeline?theme=media');
  const requested = await app.page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.includes('/first/')).length);
  assert.equal(requested, 0);
  assert.match(await app.heading().innerText(), /Timeline/);
});
