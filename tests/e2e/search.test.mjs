// Journeys through the site search in the header: `/` focuses it, typing
// shows the results grouped by kind with counts computed here from the
// corpus and the matched words marked; arrows move through the results,
// Enter opens one (address and heading), Escape clears and returns to the
// box; a search with no result says so; a question, an event and a source
// passage each open at their place; the search page shows every result;
// and axe finds nothing with the panel open, light and dark, desktop and
// phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus, paragraphs, quoteText } from './support/corpus.mjs';

const newApp = useApp();

// The app's folding, for the plain-letter words searched here: case,
// accents, apostrophes and punctuation do not matter.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['‘’‛ʼ`´′]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');

const fiwParagraphs = paragraphs(corpus.fiw.doc);
const indicators = corpus.fiw.categories.flatMap((c) => c.subcategories.flatMap((s) => s.indicators));
const questionOf = (i) => Buffer.from(fiwParagraphs.find((p) => p.anchor === i.question.anchor).text)
  .subarray(i.question.start, i.question.end).toString();
const quotesOf = (e) => [...(e.evidence ?? []), e.stated_aim, e.observed_effect].filter(Boolean);

// Every searchable thing's text by kind, in the app's group order.
const KINDS = [
  ['Questions', indicators.map((i) => [i.code, questionOf(i), ...i.narrative.map((a) => fiwParagraphs.find((p) => p.anchor === a).text)].join('\n'))],
  ['Timeline events', corpus.events.map((e) => [e.title, e.summary, ...quotesOf(e).map(quoteText)].join('\n'))],
  ['Recommendations and pledges', corpus.items.map((i) => [i.kind, i.from, i.to, quoteText(i.text)].join('\n'))],
  ['Source passages', corpus.documents.flatMap((d) => [
    ...paragraphs(d.id).filter((p) => p.kind !== 'chrome').map((p) => p.text),
    ...(d.notes ?? []).map((n) => n.text),
  ])],
].map(([label, texts]) => [label, texts.map(fold)]);

/** The groups a search should show: `[heading, total]` of the non-empty ones. */
function expectedGroups(query) {
  const words = fold(query).split(' ').filter(Boolean);
  return KINDS.map(([label, texts]) => [label, texts.filter((t) => words.every((w) => t.includes(w))).length])
    .filter(([, n]) => n > 0);
}

const box = (app) => app.page.getByRole('searchbox', { name: 'Search the explainer' });
const panel = (app) => app.page.locator('#site-search-panel');
const status = (app) => app.page.getByTestId('search-count');
const focused = (app) => app.page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);

async function shownGroups(app) {
  return panel(app).locator('section.search-group').evaluateAll((ss) => ss
    .filter((s) => !s.hidden)
    .map((s) => {
      const [, label, n] = s.querySelector('h2').textContent.match(/^(.*) \((\d+)\)$/);
      return [label, Number(n)];
    }));
}

// A word of the corpus with results of several kinds: the longest word of
// the first event title that has question, event and passage results.
const word = (() => {
  for (const e of corpus.events) {
    const w = e.title.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0];
    const kinds = expectedGroups(w).map(([label]) => label);
    if (w.length >= 6 && kinds.includes('Questions') && kinds.includes('Timeline events') && kinds.includes('Source passages')) return w;
  }
  throw new Error('no word with results of three kinds');
})();

test('/ focuses the box; typing shows grouped, counted, marked results; arrows, Enter and Escape work', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating');
  await app.page.keyboard.press('/');
  assert.equal(await focused(app), 'site-search-q');
  await app.page.keyboard.type(word.toLowerCase());
  const expected = expectedGroups(word);
  const total = expected.reduce((n, [, k]) => n + k, 0);
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=search-count]')?.textContent === t, `${total} results`);
  assert.ok(await panel(app).isVisible());
  assert.deepEqual(await shownGroups(app), expected);
  // At most five results per group, with the rest counted.
  for (const [label, n] of expected) {
    const group = panel(app).locator('section.search-group', { has: app.page.getByRole('heading', { name: `${label} (${n})` }) });
    assert.equal(await group.locator('a.search-hit').count(), Math.min(5, n), label);
    if (n > 5) assert.equal((await group.locator('.search-more').textContent()).trim(), `and ${n - 5} more`);
  }
  // Every mark is the word searched for.
  const marks = await panel(app).locator('mark').allTextContents();
  assert.ok(marks.length > 0);
  assert.ok(marks.every((m) => fold(m).includes(fold(word))), String(marks));

  // Arrows move from the box through the results and back.
  const hrefs = await panel(app).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await app.page.keyboard.press('ArrowDown');
  assert.equal(await focused(app), hrefs[0]);
  await app.page.keyboard.press('ArrowDown');
  assert.equal(await focused(app), hrefs[1]);
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('ArrowUp');
  assert.equal(await focused(app), 'site-search-q');
  // Escape clears and closes, focus stays in the box.
  await app.page.keyboard.press('Escape');
  assert.equal(await box(app).inputValue(), '');
  assert.ok(await panel(app).isHidden());
  assert.equal(await focused(app), 'site-search-q');
  // "/" again in the empty box is the shortcut, not words to search.
  await app.page.keyboard.press('/');
  assert.equal(await box(app).inputValue(), '');

  // Enter on a result opens its place and closes the panel.
  await app.page.keyboard.type(word);
  await status(app).filter({ hasText: `${total} results` }).waitFor();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction((h) => location.hash === h, hrefs[1]);
  assert.ok(await panel(app).isHidden());
  await app.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual(app.consoleErrors, []);
});

test('a search with no result says so; one of a single letter asks for more', async () => {
  const app = await newApp();
  await app.open('#/');
  await box(app).fill('zzqxj nothing');
  await status(app).filter({ hasText: 'No results' }).waitFor();
  assert.equal(await panel(app).locator('a.search-hit').count(), 0);
  await box(app).fill('a');
  await status(app).filter({ hasText: 'Type at least 2 letters to search.' }).waitFor();
  assert.equal(await panel(app).locator('a.search-hit').count(), 0);
});

test('a question, an event and a source passage each open at their place', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/');

  // A question, by its own words.
  const indicator = indicators.find((i) => i.code === 'D1') ?? indicators[0];
  await box(app).fill(questionOf(indicator));
  const question = panel(app).locator('section[data-kind=question] a.search-hit').first();
  assert.equal(await question.getAttribute('href'), `#/rating/${indicator.code}`);
  await question.click();
  await app.page.waitForFunction((c) => location.hash === `#/rating/${c}`, indicator.code);
  assert.match(await app.heading().textContent(), new RegExp(`^${indicator.code}`));
  assert.ok(await panel(app).isHidden());

  // An event, by its title.
  const event = corpus.events[Math.floor(corpus.events.length / 2)];
  await box(app).fill(event.title);
  const events = panel(app).locator('section[data-kind=event] a.search-hit');
  await events.first().waitFor();
  const link = events.filter({ has: app.page.locator('.search-title', { hasText: event.title }) }).first();
  assert.equal(await link.getAttribute('href'), `#/timeline/${event.id}`);
  await link.click();
  await app.page.waitForFunction((id) => location.hash === `#/timeline/${id}`, event.id);
  assert.equal(await app.heading().textContent(), event.title);

  // A passage, by a few words from the middle of a long paragraph: it opens
  // with those words highlighted and focused.
  const doc = corpus.documents[1].id;
  const paragraph = paragraphs(doc).find((p) => p.kind === undefined && p.text.length > 300 && !/\[\d+\]/.test(p.text));
  const words = paragraph.text.split(' ');
  const phrase = words.slice(Math.floor(words.length / 2), Math.floor(words.length / 2) + 4).join(' ');
  await box(app).fill(phrase);
  const passage = panel(app).locator(`section[data-kind=passage] a.search-hit[href^="#/sources/${doc}?at=${paragraph.anchor}&hl="]`);
  await passage.waitFor();
  await passage.click();
  await app.page.waitForFunction((a) => location.hash.includes(`at=${a}&hl=`), paragraph.anchor);
  const target = app.page.locator('.passage-target');
  assert.equal(await target.getAttribute('id'), `${doc}-${paragraph.anchor}`);
  const marked = await target.locator('mark').textContent();
  assert.ok(fold(phrase).split(' ').some((w) => w.length > 1 && fold(marked).includes(w)), marked);
  await app.page.waitForFunction(() => document.activeElement?.classList.contains('passage-target'));
  assert.deepEqual(app.consoleErrors, []);
});

test('Enter in the box and "Show all" open the search page with every result', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/about');
  const expected = expectedGroups(word);
  const total = expected.reduce((n, [, k]) => n + k, 0);
  assert.ok(expected.some(([, n]) => n > 5), 'some group is capped');
  await box(app).fill(word);
  const all = panel(app).getByRole('link', { name: `Show all ${total} results` });
  await all.waitFor();
  await box(app).press('Enter');
  await app.page.waitForFunction((w) => location.hash === `#/search?q=${w}`, word);
  await app.heading().filter({ hasText: 'Search' }).waitFor();
  const page = app.page.getByTestId('search-page');
  assert.equal(await page.locator('a.search-hit').count(), total);
  assert.match(await app.page.getByTestId('search-page-count').textContent(), new RegExp(`^${total} results`));
  // Its own box searches again, replacing the address.
  await page.getByLabel('Search for').fill(`${word} zzqxj`);
  await app.page.getByTestId('search-page-count').filter({ hasText: 'No results' }).waitFor();
  // The address bar follows after the frame is painted (router.rs).
  await app.page.waitForFunction((h) => location.hash === h, `#/search?q=${word}%20zzqxj`);
  assert.equal(await app.hash(), `#/search?q=${word}%20zzqxj`);
  // The header's box holds the same words, without a second panel.
  assert.equal(await box(app).inputValue(), `${word} zzqxj`);
  assert.ok(await panel(app).isHidden());
  // Also when the page is opened from its address.
  const cold = await newApp({ viewport: { width: 1280, height: 900 } });
  await cold.open(`#/search?q=${word}`);
  await cold.page.getByTestId('search-page-count').waitFor();
  assert.equal(await box(cold).inputValue(), word);
  assert.ok(await panel(cold).isHidden());
});

test('/ typed in another field stays there; a click outside closes the panel', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline');
  await app.page.locator('details.filter-fold summary').click();
  const other = app.page.getByLabel('Search titles, summaries and quotes');
  await other.focus();
  await app.page.keyboard.type('a/b');
  assert.equal(await other.inputValue(), 'a/b');
  await box(app).fill(word);
  await panel(app).locator('a.search-hit').first().waitFor();
  await app.heading().click();
  assert.ok(await panel(app).isHidden());
  // Focusing the box again shows the same search.
  await box(app).focus();
  assert.ok(await panel(app).isVisible());
});

test('the search works at 320 px and axe finds nothing with the panel open', async () => {
  const found = {};
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
      const app = await newApp({ colorScheme, viewport });
      await app.open('#/rating');
      await app.page.keyboard.press('/');
      await app.page.keyboard.type(word);
      await panel(app).locator('mark').first().waitFor();
      // The panel fits the screen: no sideways scrolling.
      assert.ok(await app.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
      const box = await panel(app).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, JSON.stringify(box));
      await app.page.keyboard.press('ArrowDown');
      const violations = await app.axeViolations();
      if (violations.length) found[`${colorScheme} ${viewport.width}`] = violations;
    }
  }
  assert.deepEqual(found, {});
});

test('the index is folded in idle moments after start, so the first focus folds nothing', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/rating');
  // Nobody touches the box: the folding happens on its own, in slices.
  await app.page.waitForFunction(() => performance.getEntriesByName('search-index-idle').length === 1, null, { timeout: 20000 });
  const folds = () => app.page.evaluate(() => performance.getEntriesByName('search-index').length);
  assert.equal(await folds(), 1);
  await app.page.locator('#site-search-q').fill('Nazarbayev');
  await app.page.locator('a.search-hit').first().waitFor();
  assert.equal(await folds(), 1, 'the box found the index ready');
});
