// Journey: a reader moves around the shell by link, by address and by the
// back button, reaches the not-found page, and uses it on a 320 px phone and
// by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './support/server.mjs';
import { useApp } from './support/fixture.mjs';
import { ROUTES } from './support/routes.mjs';

const newApp = useApp();

test('loads the overview at #/', async () => {
  const app = await newApp();
  await app.open('#/');
  assert.match(await app.heading().textContent(), /22\/100, Not Free/);
  assert.match(await app.page.title(), /22\/100, explained/);
  assert.deepEqual(app.consoleErrors, []);
  // Regression: Trunk's integrity attribute on the wasm preload made
  // Chromium warn on every load.
  assert.deepEqual(app.consoleWarnings, []);
  // The icon is a PNG: Chromium reads the icon again on every change of
  // address, and an SVG icon cost it milliseconds of each step.
  const icon = await app.page.evaluate(async () => {
    const link = document.querySelector('link[rel=icon]');
    const body = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    return { type: link.type, head: [...body.slice(0, 8)], width: new DataView(body.buffer).getUint32(16) };
  });
  assert.equal(icon.type, 'image/png');
  assert.deepEqual(icon.head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(icon.width >= 32, `icon ${icon.width} px wide`);
  // Each tool in the list says in a line what it offers.
  const tools = await app.page.getByRole('navigation', { name: 'Tools' }).locator('li').evaluateAll((lis) =>
    lis.map((li) => [li.querySelector('a').textContent, li.querySelector('.tool-blurb').textContent]));
  assert.equal(tools.length, 9);
  for (const [label, blurb] of tools) assert.ok(blurb.length > 20 && blurb.endsWith('.'), `${label}: ${blurb}`);
  assert.ok(tools.some(([label, blurb]) => label === 'What if' && /Change any score/.test(blurb)));
});

test('navigates by link, by address and back', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 800 } });
  await app.open('#/');
  await app.navLink('Method').click();
  await assert.doesNotReject(app.page.waitForFunction(() => location.hash === '#/method'));
  assert.equal(await app.heading().textContent(), 'How the score becomes a status');
  assert.equal(await app.navLink('Method').getAttribute('aria-current'), 'page');

  // Typing an address into the bar of the same page.
  await app.page.evaluate(() => { location.hash = '#/timeline'; });
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Timeline');
  assert.equal(await app.page.title(), 'Timeline – 22/100, explained');

  await app.page.goBack();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'How the score becomes a status');
  assert.equal(await app.hash(), '#/method');
  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash === '#/');
  assert.match(await app.heading().textContent(), /22\/100, Not Free/);

  // A deep link opened cold keeps its view after a reload.
  await app.open('#/data');
  await app.page.reload();
  await app.started();
  await app.heading().waitFor();
  assert.equal(await app.heading().textContent(), 'Data');
});

test('back from a source or an event, the reader is where they left the page; a link opens its page at the top', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 } });
  await app.open('#/rating/D1');
  // Far down the question page: its first related event.
  const event = app.page.locator('main a[href^="#/timeline/"]').first();
  await event.scrollIntoViewIfNeeded();
  const left = await app.page.evaluate(() => scrollY);
  assert.ok(left > 500, `scrolled to ${left}`);
  await event.click();
  await app.page.waitForFunction(() => location.hash.startsWith('#/timeline/'));
  await app.heading().waitFor();
  assert.equal(await app.page.evaluate(() => scrollY), 0, 'a followed link opens at the top');
  await app.page.goBack();
  await app.page.waitForFunction((y) => location.hash === '#/rating/D1' && Math.abs(scrollY - y) < 2, left);
  assert.equal(await app.page.evaluate(() => document.activeElement.tagName), 'H1');
  // The next question by keyboard (no link followed), then back.
  await app.page.evaluate(() => scrollTo(0, 600));
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForFunction(() => location.hash === '#/rating/D2');
  await app.page.waitForFunction(() => scrollY === 0);
  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash === '#/rating/D1' && Math.abs(scrollY - 600) < 2);

  // A change that replaces the address (a what-if score) keeps the
  // entry's remembered place, for a later Back from an address typed by hand.
  await app.open('#/what-if');
  const g4 = app.page.getByLabel('G4 score');
  await g4.scrollIntoViewIfNeeded();
  const there = await app.page.evaluate(() => scrollY);
  assert.ok(there > 500, `scrolled to ${there}`);
  // As a Back to this entry would have left it.
  await app.page.evaluate((y) => { history.replaceState({ explainerScrollY: y }, ''); }, there);
  await g4.selectOption('3');
  await app.page.waitForFunction(() => location.hash.includes('G4.3'));
  assert.deepEqual(await app.page.evaluate(() => history.state), { explainerScrollY: there });
  await app.page.evaluate(() => { location.hash = '#/about'; });
  await app.heading().filter({ hasText: 'About' }).waitFor();
  await app.page.goBack();
  await app.page.waitForFunction((y) => location.hash.includes('G4.3') && Math.abs(scrollY - y) < 2, there);
});

test('an unknown address shows the not-found page with the way back', async () => {
  const app = await newApp();
  await app.open('#/no/such-page');
  assert.equal(await app.heading().textContent(), 'Page not found');
  assert.match(await app.page.locator('main').textContent(), /#\/no\/such-page/);
  // No link to copy: the address leads nowhere.
  assert.equal(await app.page.getByRole('button', { name: 'Copy link to this view' }).isVisible(), false);
  // A mistyped question says which there are.
  await app.open('#/rating/Z9');
  assert.equal(await app.heading().textContent(), 'Page not found');
  assert.equal(await app.page.getByTestId('not-found-hint').textContent(), 'The questions run from A1 to G4.');
  assert.equal(await app.page.getByRole('button', { name: 'Copy link to this view' }).isVisible(), false);
  await app.open('#/rating/A1');
  assert.equal(await app.page.getByRole('button', { name: 'Copy link to this view' }).isVisible(), true);
  await app.open('#/no/such-page');
  await app.page.getByRole('link', { name: 'Go to the overview' }).click();
  await app.page.waitForFunction(() => location.hash === '#/');
  assert.match(await app.heading().textContent(), /22\/100, Not Free/);
  assert.deepEqual(app.consoleErrors, []);
});

test('works at 320 px: menu folds, nothing overflows sideways', async () => {
  const app = await newApp({ viewport: { width: 320, height: 640 } });
  await app.open('#/');
  const menu = app.menuButton();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await app.navLink('Timeline').isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  // Tapped (so hovered), the button keeps its label visible.
  const look = await menu.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
  assert.notEqual(look[0], look[1], `${look}`);
  // Escape folds the menu and gives focus back to the button.
  await app.navLink('Timeline').focus();
  await app.page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await app.page.evaluate(() => document.activeElement.className), 'menu-toggle');
  await menu.click();
  await app.navLink('Timeline').click();
  await app.page.waitForFunction(() => location.hash === '#/timeline');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  const overflow = await app.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
});

test('no address scrolls sideways on a 320 or 360 px phone', async () => {
  const wide = [];
  for (const width of [320, 360]) {
    const app = await newApp({ viewport: { width, height: 640 } });
    for (const hash of ROUTES) {
      await app.open(hash);
      const extra = await app.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (extra > 0) wide.push(`${hash} at ${width} px: ${extra} px too wide`);
    }
    await app.page.context().close();
  }
  assert.deepEqual(wide, []);
});

test('served from a folder of a host, not its root, the app starts', async () => {
  const root = mkdtempSync(join(tmpdir(), 'host-'));
  symlinkSync(resolve('dist'), join(root, 'kz'));
  const host = await serve(root);
  try {
    const app = await newApp();
    await app.page.goto(`${host.url}kz/#/rating/D1`);
    await app.started();
    await app.heading().waitFor();
    assert.match(await app.heading().textContent(), /^D1/);
    assert.equal(await app.page.locator('#app-failed').count(), 0);
  } finally {
    await host.close();
  }
});

test('a script that fails to load is reported, with the summary shown', async () => {
  const app = await newApp();
  await app.page.route('**/*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await app.page.goto(`${app.baseUrl}#/rating/D1`);
  await app.page.locator('#app-failed').waitFor();
  assert.match(await app.page.locator('#app-failed').textContent(), /could not start/);
  await app.page.locator('#static-page h1').waitFor({ state: 'visible' });
});

test('keyboard: the skip link moves focus to the content, links move focus to the new view', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 800 } });
  await app.open('#/');
  await app.page.keyboard.press('Tab');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await app.hash(), '#/', 'the skip link leaves the address alone');

  await app.navLink('Quiz').focus();
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Guess the score');
});

test('copy link puts the current address, with its state, on the clipboard', async () => {
  const app = await newApp({ permissions: ['clipboard-read', 'clipboard-write'] });
  await app.open('#/what-if?s=A1.4');
  await app.page.getByRole('button', { name: 'Copy link to this view' }).click();
  await app.page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), `${app.baseUrl}#/what-if?s=A1.4`);
  // Moving on clears the old confirmation.
  await app.page.evaluate(() => { location.hash = '#/method'; });
  await app.page.waitForFunction(() => !document.body.textContent.includes('Link copied.'));
});

test('where copying is refused, the address is offered to copy by hand', async () => {
  const app = await newApp();
  await app.page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await app.open('#/rating/D1');
  await app.page.getByRole('button', { name: 'Copy link to this view' }).click();
  const field = app.page.getByLabel(/copy this address/);
  await field.waitFor();
  assert.equal(await field.inputValue(), `${app.baseUrl}#/rating/D1`);
  assert.deepEqual(app.consoleErrors, []);
});

test('on a touch screen the keyboard hints are not shown; with a mouse and keyboard they are', async () => {
  const hints = async (app) => {
    const shown = {};
    for (const hash of ['#/quiz', '#/rating/A1', '#/timeline']) {
      await app.open(hash);
      await app.page.locator('.key-hint').first().waitFor({ state: 'attached' });
      shown[hash] = await app.page.locator('.key-hint').evaluateAll((all) => all.filter((h) => h.offsetParent !== null).length);
    }
    shown.placeholder = await app.page.locator('#site-search-q').getAttribute('placeholder');
    return shown;
  };
  const touch = await newApp({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  assert.deepEqual(await hints(touch), { '#/quiz': 0, '#/rating/A1': 0, '#/timeline': 0, placeholder: 'Search' });
  const desk = await newApp({ viewport: { width: 1280, height: 800 } });
  const shown = await hints(desk);
  assert.ok(shown['#/quiz'] > 0 && shown['#/rating/A1'] > 0 && shown['#/timeline'] > 0, JSON.stringify(shown));
  assert.equal(shown.placeholder, 'Search  /');
});
