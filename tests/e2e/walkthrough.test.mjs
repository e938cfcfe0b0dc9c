// Journeys through the walkthrough: the 100 points at a glance (on the
// overview and the breakdown), all 25
// questions by keyboard with the tally ending at the total, deep links in any
// case, Home and End, reload, and unknown codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();
const indicators = corpus.fiw.categories.flatMap((c) => c.subcategories.flatMap((s) => s.indicators));

test('the breakdown shows every indicator with its score, as a picture and a table', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating');
  const tiles = app.page.locator('.tiles a.tile');
  assert.equal(await tiles.count(), 25);
  // A tile shows its code; its name and tooltip carry the question too.
  const d1 = app.page.getByRole('link', { name: /^D1 Are there free and independent media\? .*0 of 4/ });
  assert.equal(await d1.count(), 1);
  assert.equal(await d1.getAttribute('title'), 'Are there free and independent media?');
  const filled = await app.page.locator('.points-picture .pip-on').count();
  const hollow = await app.page.locator('.points-picture .pip-off').count();
  assert.equal(filled, corpus.fiw.score, 'one filled square per point awarded');
  assert.equal(filled + hollow, corpus.fiw.max);
  const rows = app.page.locator('table tbody tr');
  assert.equal(await rows.count(), 25);
  assert.match(await rows.nth(10).textContent(), /D1.*0 of 4/);
});

test('the overview\'s picture: the 100 points by subcategory, each question\'s points a link to its step', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    const app = await newApp({ viewport });
    await app.open('#/');
    const hero = app.page.getByTestId('points-hero');
    // The picture is on the first screen.
    const box = await hero.boundingBox();
    assert.ok(box.y < viewport.height, `the picture starts at ${box.y} px`);
    assert.ok(box.x + box.width <= viewport.width, `the picture is ${box.width} px wide in ${viewport.width}`);
    assert.equal(await hero.locator('.hero-pts .hero-pt').count(), corpus.fiw.max);
    assert.equal(await hero.locator('.hero-pts .hero-pt-on').count(), corpus.fiw.score);
    assert.equal(await hero.locator('.hero-row').count(), 7);
    const links = hero.locator('a.hero-q');
    assert.equal(await links.count(), indicators.length);
    for (const [i, ind] of indicators.entries()) {
      const link = links.nth(i);
      assert.equal(await link.getAttribute('href'), `#/rating/${ind.code}`);
      assert.equal(await link.locator('.hero-pt').count(), ind.max, ind.code);
      assert.equal(await link.locator('.hero-pt-on').count(), ind.score, ind.code);
      assert.match(await link.textContent(), new RegExp(`^${ind.code}: ${ind.score} of ${ind.max}\\. `));
      const size = await link.boundingBox();
      assert.ok(size.height >= 24 && size.width >= 24, `${ind.code}: a target of ${size.width} x ${size.height}`);
    }
  }
  // A point leads to its question.
  const app = await newApp({ viewport: { width: 360, height: 740 } });
  await app.open('#/');
  await app.page.getByRole('link', { name: /^D1: 0 of 4\. Are there free and independent media\?/ }).click();
  await app.page.waitForFunction(() => location.hash === '#/rating/D1');
  assert.match(await app.heading().textContent(), /^D1 Are there free and independent media\?/);
});

test('stepping through all 25 questions by keyboard ends the tally at the total', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating/A1');
  let running = 0;
  for (const [i, ind] of indicators.entries()) {
    // The view changes first; the address follows once the frame is painted.
    await app.page.waitForFunction(
      ([code, n]) => location.hash === `#/rating/${code}`
        && document.querySelector('.progress-text')?.textContent === `Question ${n} of 25`,
      [ind.code, i + 1],
    );
    running += ind.score;
    assert.match(await app.heading().textContent(), new RegExp(`^${ind.code} `));
    assert.match(await app.page.getByTestId('tally').textContent(), new RegExp(`^So far, ${i === 0 ? '' : `${indicators[0].code} to `}${ind.code}: ${running} of the 22 points\\. All of `));
    await app.page.keyboard.press('ArrowRight');
  }
  assert.equal(running, 22);
  // Past the last question the keys do nothing.
  assert.equal(await app.hash(), '#/rating/G4');
  await app.page.keyboard.press('Home');
  await app.page.waitForFunction(() => location.hash === '#/rating/A1');
  await app.page.keyboard.press('End');
  await app.page.waitForFunction(() => location.hash === '#/rating/G4');
  await app.page.keyboard.press('ArrowLeft');
  await app.page.waitForFunction(() => location.hash === '#/rating/G3');
  // Each key press is a step in the history, as a followed link is.
  await app.page.goBack();
  await app.page.waitForFunction(
    () => location.hash === '#/rating/G4' && document.querySelector('.progress-text')?.textContent === 'Question 25 of 25',
  );
  await app.page.goBack();
  await app.page.waitForFunction(
    () => location.hash === '#/rating/A1' && document.querySelector('.progress-text')?.textContent === 'Question 1 of 25',
  );
});

test('previous and next buttons move one question', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating/B2');
  await app.page.getByRole('link', { name: 'Next: B3 →' }).first().click();
  await app.page.waitForFunction(() => location.hash === '#/rating/B3');
  await app.page.getByRole('link', { name: '← Previous: B2' }).first().click();
  await app.page.waitForFunction(() => location.hash === '#/rating/B2');
  // The buttons come twice, at the top and the end: two landmarks, named apart.
  await app.page.waitForFunction(() => document.querySelectorAll('nav.step-nav').length === 2);
  const names = await app.page.locator('nav.step-nav').evaluateAll((navs) => navs.map((n) => n.getAttribute('aria-label')));
  assert.deepEqual(names, ['Question 5 of 25', 'Question 5 of 25, at the end of the page']);
});

test('a deep link in lower case opens its step, which survives a reload', async () => {
  const app = await newApp();
  await app.open('#/rating/d1');
  assert.equal(await app.heading().textContent(), 'D1 Are there free and independent media?');
  assert.match(await app.page.locator('.step-score').textContent(), /0 of 4/);
  assert.ok(await app.page.locator('section[aria-labelledby=reasoning-heading] p').count() >= 1);
  assert.match(await app.page.title(), /^D1: Are there free and independent media\?/);
  await app.page.reload();
  await app.started();
  await app.heading().waitFor();
  await app.settled();
  assert.match(await app.heading().textContent(), /^D1 /);
  // What bears on the question is listed and linked.
  assert.ok(await app.page.locator('#events-heading + ul li a[href^="#/timeline/"]').count() > 0);
  assert.match(await app.page.locator('#nit-series-heading').textContent(), /Independent Media/);
});

test('keys typed with a modifier are left to the browser', async () => {
  const app = await newApp();
  await app.open('#/rating/C1');
  await app.page.keyboard.press('Alt+ArrowRight');
  await app.page.keyboard.press('Shift+ArrowRight');
  assert.equal(await app.hash(), '#/rating/C1');
});

test('an unknown code gets the not-found page', async () => {
  const app = await newApp();
  await app.open('#/rating/Z9');
  assert.equal(await app.heading().textContent(), 'Page not found');
  assert.match(await app.page.locator('main').textContent(), /#\/rating\/Z9/);
});

test('on a phone a question step keeps Previous and Next at hand, lists a few of each related kind and draws its ratings', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await app.open('#/rating/D1');
  await app.page.waitForFunction(() => document.querySelector('.step-nav-end'));
  // Halfway down the step, the end's Previous and Next sit at the foot of the screen.
  await app.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  const bar = await app.page.locator('.step-nav-end').boundingBox();
  assert.ok(bar.y + bar.height <= 740 + 1 && bar.y > 740 - 120, `the bar is at ${bar.y}–${bar.y + bar.height}`);
  const next = app.page.locator('.step-nav-end').getByRole('link', { name: 'Next: D2 →' });
  assert.equal(await next.isVisible(), true);
  // Five events, the rest folded under "Show all".
  const events = app.page.locator('section[aria-labelledby=events-heading]');
  assert.equal(await events.locator(':scope > ul.related > li').count(), 5);
  const all = Number((await events.locator('details summary').textContent()).match(/^Show all (\d+) events$/)[1]);
  assert.ok(all > 5, `${all} events`);
  assert.equal(await events.locator('details li').first().isVisible(), false);
  await events.locator('details summary').click();
  assert.equal(await events.locator('details li').count(), all - 5);
  assert.equal(await events.locator('details li').first().isVisible(), true);
  // The Nations in Transit history is a small chart; its table folds under it.
  const series = app.page.locator('section[aria-labelledby=nit-series-heading]');
  const rated = new Set(corpus.nit.ratings.filter((r) => r.measure === 'independent-media').map((r) => r.edition)).size;
  assert.equal(await series.locator('[data-testid=nit-spark] circle').count(), rated);
  assert.equal(await series.locator('table').isVisible(), false);
  assert.equal(await series.locator('tbody tr').count(), rated);
  assert.match(await series.getByTestId('nit-summary').textContent(), /^From \d\.\d\d in the \d{4} edition to \d\.\d\d in the \d{4} edition\.$/);
  // Folded again, what bears on the question takes under three and a half
  // screens, its chart included.
  await events.locator('details summary').click();
  const related = await app.page.evaluate(() => {
    const first = document.querySelector('section[aria-labelledby=events-heading]').getBoundingClientRect().top;
    const last = document.querySelector('section[aria-labelledby=nit-series-heading]').getBoundingClientRect().bottom;
    return last - first;
  });
  assert.ok(related < 2400, `${related} px`);
  await next.click();
  await app.page.waitForFunction(() => location.hash === '#/rating/D2');
});
