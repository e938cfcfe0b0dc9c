// Print: the walkthrough on one page prints all 25 questions with scores and
// reasoning, without the site's navigation, with citations named and web
// addresses shown, each category from a new page; the timeline prints the
// events as filtered, with the filter in words; the tracker prints every
// item, the list from a new page. Every printout names its address.
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

  // One question printed: the question and its reasoning, without the
  // buttons to the next one, and with what it is about.
  await app.page.emulateMedia({ media: 'screen' });
  await app.open(`#/rating/${indicators[10].code}`);
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.locator('.step-nav').first().isVisible(), false);
  assert.equal(await app.page.locator('.print-subject').isVisible(), true);
  assert.deepEqual(app.consoleErrors, []);
});

/** Checks what every printout shares: no site frame, no controls, nothing
 * cut off sideways on A4, and the address it came from. */
async function checkPrintFrame(app) {
  for (const selector of ['.site-header', '.site-footer', '.skip-link', '.copy-link', 'nav']) {
    assert.equal(await app.page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  assert.equal(await app.page.locator('button:visible, input:visible, select:visible').count(), 0, 'no controls in print');
  // With the header gone, a line says what the printout is about.
  const subject = app.page.locator('.print-subject');
  assert.equal(await subject.isVisible(), true);
  assert.match(await subject.innerText(), new RegExp(`^${corpus.fiw.score}/${corpus.fiw.max}, explained: ${corpus.country} in `));
  const address = app.page.locator('.print-address');
  assert.equal(await address.isVisible(), true);
  assert.equal((await address.innerText()).trim(), `Printed from ${await app.page.evaluate(() => location.href)}`);
  await app.page.setViewportSize({ width: 794, height: 1123 });
  assert.equal(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
}

test('the timeline prints the events as filtered, with the filter in words', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline?theme=media&from=2015');
  const expected = corpus.events.filter((e) => e.themes.includes('media') && Number(e.date.slice(0, 4)) >= 2015);
  assert.ok(expected.length > 0 && expected.length < corpus.events.length);
  await app.page.emulateMedia({ media: 'print' });

  const filter = app.page.locator('.tl-print-filter');
  assert.equal(await filter.isVisible(), true);
  const words = await filter.innerText();
  assert.match(words, new RegExp(`Showing ${expected.length} of ${corpus.events.length} events`));
  assert.match(words, /Themes: media/);
  assert.match(words, /Years: 2015 onward/);
  assert.equal(await app.page.locator('.tl-filters').isVisible(), false, 'the form is not printed');
  // The line switches print as the chart's key, naming only the lines shown.
  await app.page.emulateMedia({ media: 'screen' });
  await app.page.locator('details.tl-guide summary').click();
  const lines = app.page.locator('.tl-lines .tl-check');
  const hiddenLine = (await lines.first().innerText()).trim();
  await lines.first().locator('input').uncheck();
  // Folded again on screen, the guide still prints open.
  await app.page.locator('details.tl-guide summary').click();
  assert.equal(await lines.first().isVisible(), false);
  await app.page.emulateMedia({ media: 'print' });
  const key = (await lines.evaluateAll((all) => all.filter((l) => l.offsetParent !== null).map((l) => l.innerText.trim())));
  assert.equal(key.length, (await lines.count()) - 1);
  assert.ok(!key.includes(hiddenLine), `${hiddenLine} is not in the printed key`);

  const printed = await app.page.locator('.tl-list article').evaluateAll((all) =>
    all.filter((a) => a.offsetParent !== null).map((a) => a.dataset.id));
  assert.deepEqual(printed, expected.map((e) => e.id));
  assert.equal(await app.page.locator('.tl-list-section').evaluate((el) => getComputedStyle(el).breakBefore), 'page');
  assert.equal(await app.page.locator('.tl-event').first().evaluate((el) => getComputedStyle(el).breakInside), 'avoid');
  await checkPrintFrame(app);
  assert.match(await app.page.locator('.print-address').innerText(), /#\/timeline\?theme=media&from=2015$/);

  const pages = pageCount(await app.page.pdf({ format: 'A4' }));
  assert.ok(pages >= 2, `the chart, then the events from a new page (${pages} pages)`);
  assert.deepEqual(app.consoleErrors, []);
});

test('the tracker prints every item, the list from a new page, each group heading with its first item', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  await app.page.emulateMedia({ media: 'print' });
  const cards = app.page.locator('.tr-card');
  assert.equal(await cards.count(), corpus.items.length);
  assert.equal(await cards.evaluateAll((all) => all.filter((c) => c.offsetParent !== null).length), corpus.items.length);
  assert.equal(await cards.first().evaluate((el) => getComputedStyle(el).breakInside), 'avoid');
  const groups = app.page.locator('.tr-group');
  const groupCount = await groups.count();
  assert.ok(groupCount > 1);
  for (let i = 0; i < groupCount; i++) {
    const style = await groups.nth(i).evaluate((el) => ({ before: getComputedStyle(el).breakBefore, after: getComputedStyle(el).breakAfter }));
    assert.deepEqual(style, { before: i === 0 ? 'page' : 'auto', after: 'avoid' }, `group ${i}`);
  }
  for (const selector of ['.tr-filters', '.tr-data']) {
    assert.equal(await app.page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  await checkPrintFrame(app);

  const pages = pageCount(await app.page.pdf({ format: 'A4' }));
  // The counts, then the list, filling its pages: not a page per group.
  assert.ok(pages >= 2 && pages < groupCount, `${pages} pages for ${groupCount} groups`);
  assert.deepEqual(app.consoleErrors, []);
});
