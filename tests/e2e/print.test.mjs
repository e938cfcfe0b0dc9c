// Print: the walkthrough on one page prints all 25 questions with scores and
// reasoning, without the site's navigation, with citations named and web
// addresses shown, each category from a new page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();
const indicators = corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators);

/** The number of pages in a PDF made by Chromium. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('all 25 questions with scores and reasoning print cleanly', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating');
  await app.page.getByRole('link', { name: /All 25 with the reasoning/ }).click();
  await app.page.waitForFunction(() => location.hash === '#/rating/all');
  await app.heading().filter({ hasText: 'All 25 questions' }).waitFor();

  await app.page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await app.page.getByRole('button', { name: 'Print' }).click();
  assert.equal(await app.page.evaluate(() => window.printed), 1);

  await app.page.emulateMedia({ media: 'print' });
  const questions = app.page.locator('.aq-question');
  assert.equal(await questions.count(), indicators.length);
  for (const [i, ind] of indicators.entries()) {
    const q = questions.nth(i);
    assert.match(await q.locator('h4').textContent(), new RegExp(`^${ind.code} `));
    assert.match(await q.locator('.aq-score').textContent(), new RegExp(`${ind.score} of ${ind.max}`));
    assert.equal(await q.locator('p:not(.aq-score)').count(), ind.narrative.length, `${ind.code} reasoning`);
    assert.equal(await q.evaluate((el) => getComputedStyle(el).breakInside), 'avoid');
  }
  for (const selector of ['.site-header', '.site-footer', '.skip-link', '.copy-link', 'nav']) {
    assert.equal(await app.page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  assert.equal(await app.page.locator('button:visible').count(), 0, 'no buttons in print');
  // A citation shows which passage it opens.
  assert.match(await questions.first().locator('.cite').first().innerText(), /source \(.+, ¶ \d+\)/);
  // Nothing is cut off sideways on A4.
  await app.page.setViewportSize({ width: 794, height: 1123 });
  assert.equal(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  assert.equal(await app.page.locator('.aq-category').nth(1).evaluate((el) => getComputedStyle(el).breakBefore), 'page');

  const pages = pageCount(await app.page.pdf({ format: 'A4' }));
  assert.ok(pages >= corpus.fiw.categories.length + 1, `several pages (${pages})`);
  assert.deepEqual(app.consoleErrors, []);
});
