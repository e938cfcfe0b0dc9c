// Journeys through the reform timeline: filtering by theme and year (counts
// and events computed from the corpus), searching and opening a result, a
// shared filtered address, the chart's lines, reaching an event by keyboard
// alone, malformed addresses, the event page and its not-found message, and
// no sideways scrolling on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus, quoteText } from './support/corpus.mjs';

const newApp = useApp();
const events = corpus.events;
const quotesOf = (e) => [...e.evidence, e.stated_aim, e.observed_effect].filter(Boolean);
// The app folds case and diacritics; these search words are plain letters.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const mentions = (e, word) => [e.title, e.summary, ...quotesOf(e).map(quoteText)].some((t) => fold(t).includes(word));

async function shownIds(app) {
  return app.page.locator('.tl-list article').evaluateAll(
    (all) => all.filter((a) => a.offsetParent !== null).map((a) => a.dataset.id),
  );
}

async function count(app) {
  return (await app.page.getByTestId('timeline-count').textContent()).trim();
}

/** Opens the folded filters as a reader would, by their one control. */
async function openFilters(app) {
  const fold = app.page.locator('details.filter-fold');
  if (!(await fold.evaluate((d) => d.open))) await fold.locator('summary').click();
}

const expectCount = (n) => (n === events.length ? `Showing all ${n} events.` : `Showing ${n} of ${events.length} events.`);

test('filtering by theme and years shows exactly the matching events, with their count', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline');
  assert.equal(await count(app), expectCount(events.length));
  assert.deepEqual(await shownIds(app), events.map((e) => e.id));

  // The filters are folded behind one control, which names none in force.
  assert.equal(await app.page.getByTestId('filter-chips').textContent(), 'none in force');
  await openFilters(app);
  await app.page.getByRole('checkbox', { name: /^media \(\d+\)$/ }).check();
  await app.page.waitForFunction(() => location.hash === '#/timeline?theme=media');
  const media = events.filter((e) => e.themes.includes('media'));
  assert.equal(await count(app), expectCount(media.length));
  assert.deepEqual(await shownIds(app), media.map((e) => e.id));

  await app.page.getByLabel('From', { exact: true }).selectOption('2015');
  await app.page.waitForFunction(() => location.hash === '#/timeline?theme=media&from=2015');
  const recent = media.filter((e) => Number(e.date.slice(0, 4)) >= 2015);
  assert.ok(recent.length > 0 && recent.length < media.length);
  assert.equal(await count(app), expectCount(recent.length));
  assert.deepEqual(await shownIds(app), recent.map((e) => e.id));
  assert.equal(await app.page.getByTestId('filter-chips').textContent(), 'Themes: mediaYears: 2015 onward');
  // Years with no shown event lose their heading too.
  const years = await app.page.locator('.tl-year h3').evaluateAll((hs) => hs.filter((h) => h.offsetParent !== null).map((h) => Number(h.textContent)));
  assert.deepEqual(years, [...new Set(recent.map((e) => Number(e.date.slice(0, 4))))]);
  // Filters replace the address instead of filling the history.
  assert.equal(await app.page.evaluate(() => history.length), 2, 'the blank page and the timeline');

  await app.page.getByTestId('timeline-reset').click();
  await app.page.waitForFunction(() => location.hash === '#/timeline');
  assert.equal(await count(app), expectCount(events.length));
  assert.deepEqual(app.consoleErrors, []);
});

test('on a phone the first event is within the first two screens', async () => {
  const viewport = { width: 360, height: 740 };
  const app = await newApp({ viewport, isMobile: true, hasTouch: true });
  await app.open('#/timeline');
  const top = await app.page.locator('.tl-list article').first().evaluate((a) => a.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 2 * viewport.height, `the first event is ${Math.round(top)} px down`);
});

test('a search shows the events that mention the words, highlighted, and opens one', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline');
  const word = 'citizenship';
  const expected = events.filter((e) => mentions(e, word));
  assert.ok(expected.length > 0);
  await openFilters(app);
  await app.page.getByLabel('Search titles, summaries and quotes').fill(word);
  await app.page.waitForFunction(() => location.hash === '#/timeline?q=citizenship');
  assert.equal(await count(app), expectCount(expected.length));
  assert.deepEqual(await shownIds(app), expected.map((e) => e.id));
  // The highlights follow the list within a frame.
  await app.page.waitForFunction((w) => {
    const shown = [...document.querySelectorAll('.tl-list mark')].filter((m) => m.offsetParent !== null);
    return shown.length > 0 && shown.every((m) => m.textContent.toLowerCase() === w);
  }, word);
  const marks = await app.page.locator('.tl-list mark').evaluateAll((ms) => ms.filter((m) => m.offsetParent !== null).map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length > 0 && marks.every((m) => m === word), String(marks));

  const first = expected[0];
  await app.page.getByRole('link', { name: first.title, exact: true }).click();
  await app.page.waitForFunction((id) => location.hash === `#/timeline/${id}`, first.id);
  assert.equal(await app.heading().textContent(), first.title);
});

test('a shared filtered address opens with its filters set', async () => {
  const app = await newApp({ viewport: { width: 390, height: 800 } });
  await app.open('#/timeline?direction=widens&type=law,election&q=law');
  const expected = events.filter((e) => e.direction === 'widens' && ['law', 'election'].includes(e.type) && mentions(e, 'law'));
  assert.equal(await count(app), expectCount(expected.length));
  assert.deepEqual(await shownIds(app), expected.map((e) => e.id));
  // A filtered address opens with its filters unfolded.
  assert.equal(await app.page.locator('details.filter-fold').evaluate((d) => d.open), true);
  assert.ok(await app.page.getByRole('checkbox', { name: /^widens rights/ }).isChecked());
  assert.ok(await app.page.getByRole('checkbox', { name: /^election \(/ }).isChecked());
  assert.equal(await app.page.getByLabel('Search titles, summaries and quotes').inputValue(), 'law');
  assert.equal(await app.page.getByTestId('timeline-notices').count(), 0);
});

test('malformed filters are reported and ignored, never a crash', async () => {
  const app = await newApp();
  await app.open('#/timeline?theme=nope&from=abc&zzz=1');
  const notice = await app.page.getByTestId('timeline-notices').textContent();
  assert.match(notice, /theme=nope/);
  assert.match(notice, /from=abc/);
  assert.match(notice, /zzz=1/);
  assert.equal(await count(app), expectCount(events.length));
  assert.deepEqual(app.consoleErrors, []);
});

test('chart lines can be hidden and shown; a point shows its value and source', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline');
  const lines = app.page.locator('.tl-chart g.tl-line');
  assert.equal(await lines.count(), 8);
  const visible = () => lines.evaluateAll((gs) => gs.filter((g) => getComputedStyle(g).display !== 'none').length);
  assert.equal(await visible(), 8);
  // The line toggles sit in the chart's folded guide.
  await app.page.locator('details.tl-guide summary').click();
  const box = app.page.getByRole('checkbox', { name: 'Civil Society', exact: true });
  await box.uncheck();
  assert.equal(await visible(), 7);
  await box.check();
  assert.equal(await visible(), 8);
  const editions = new Set(corpus.nit.ratings.map((r) => r.edition)).size;
  assert.equal(await app.page.locator('.tl-chart g.tl-line a').count(), 8 * editions);
  await app.page.locator('.tl-chart g.tl-line a').first().focus();
  assert.match(await app.page.getByTestId('chart-readout').textContent(), /Electoral Process, \d{4} edition: \d\.\d\d \(source: Nations in Transit/);
  // The table alternative holds every edition.
  assert.equal(await app.page.getByTestId('nit-table').locator('tbody tr').count(), editions);
});

test('an event can be reached and opened by keyboard alone', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/timeline?theme=religion');
  const religion = events.filter((e) => e.themes.includes('religion'));
  let name = '';
  for (let i = 0; i < 40 && name !== 'Skip to the events'; i++) {
    await app.page.keyboard.press('Tab');
    name = await app.page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  assert.equal(name, 'Skip to the events');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.id), religion[0].id);
  await app.page.keyboard.press('ArrowDown');
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.id), religion[1].id);
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction((id) => location.hash === `#/timeline/${id}`, religion[1].id);
  assert.equal(await app.heading().textContent(), religion[1].title);
});

test('an event page has its quotes, links, stated aim against observed effect, and neighbours', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  const at = events.findIndex((e) => e.stated_aim && e.observed_effect);
  const e = events[at];
  await app.open(`#/timeline/${e.id}`);
  assert.equal(await app.heading().textContent(), e.title);
  const main = await app.page.locator('main').textContent();
  for (const q of [...e.evidence, e.stated_aim, e.observed_effect]) assert.ok(main.includes(quoteText(q)), quoteText(q));
  assert.match(main, /Stated aim/);
  assert.match(main, /Observed effect/);
  for (const code of e.indicators ?? []) {
    assert.equal(await app.page.locator(`a[href="#/rating/${code}"]`).count(), 1);
  }
  const items = corpus.items.filter((i) => (i.events ?? []).includes(e.id));
  for (const i of items) assert.equal(await app.page.locator(`a[href="#/recommendations/${i.id}"]`).count(), 1);
  assert.equal(await app.page.locator('a[rel=prev]').getAttribute('href'), `#/timeline/${events[at - 1].id}`);
  assert.equal(await app.page.locator('a[rel=next]').getAttribute('href'), `#/timeline/${events[at + 1].id}`);
  // A citation opens the source passage, highlighted.
  await app.page.locator('blockquote .cite').first().click();
  await app.page.waitForFunction(() => location.hash.startsWith('#/sources/'));
  await app.page.locator('mark').first().waitFor();
  // → goes to the next event.
  await app.open(`#/timeline/${e.id}`);
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForFunction((id) => location.hash === `#/timeline/${id}`, events[at + 1].id);
});

test('an event page pairs each Nations in Transit category with the edition of its year and the next, which reports on it', async () => {
  const app = await newApp();
  const rating = (r) => (r / 100).toFixed(2);
  // A change a source explains, and an event of the year it reports on.
  const [change, e] = corpus.nit.changes.flatMap((c) => events
    .filter((e) => Number(e.date.slice(0, 4)) === c.edition - 1 && (e.nit_categories ?? []).includes(c.measure))
    .map((e) => [c, e]))[0];
  await app.open(`#/timeline/${e.id}`);
  const row = app.page.locator('#ev-nit + ul li').filter({ hasText: new RegExp(`${change.edition} edition`) });
  assert.match(await row.textContent(),
    new RegExp(`: ${rating(change.from)} in the ${change.edition - 1} edition[^→]* → ${rating(change.to)} in the ${change.edition} edition`));
  const links = await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 2);
  assert.ok(links.every((h) => h.startsWith('#/sources/')), `${links}`);
  assert.match(await app.page.locator('main').textContent(), /An edition reports on the year before it: Nations in Transit \d{4} covers events of \d{4}/);
});

test('an unknown event says so and offers the way back', async () => {
  const app = await newApp();
  await app.open('#/timeline/no-such-event');
  assert.equal(await app.heading().textContent(), 'Event not found');
  await app.page.getByRole('link', { name: 'Back to the timeline' }).click();
  await app.page.waitForFunction(() => location.hash === '#/timeline');
  assert.deepEqual(app.consoleErrors, []);
});

test('on a 320-pixel phone nothing scrolls sideways', async () => {
  const app = await newApp({ viewport: { width: 320, height: 640 } });
  for (const hash of ['#/timeline', '#/timeline?q=constitution', `#/timeline/${events.find((e) => e.stated_aim).id}`]) {
    await app.open(hash);
    const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${hash}: ${width}`);
  }
});

test('the chart spans the editions rated unless the reader sets years, on a phone as on a desktop', async () => {
  const editions = corpus.nit.ratings.map((r) => r.edition);
  const eventYears = events.map((e) => Number(String(e.date).slice(0, 4)));
  const [firstEdition, lastEdition] = [Math.min(...editions), Math.max(...editions)];
  const [firstEvent, lastEvent] = [Math.min(...eventYears), Math.max(...eventYears)];
  const ticks = (app) => app.page.locator('.tl-chart svg .tl-tick[text-anchor=middle]').evaluateAll(
    (ts) => ts.map((t) => Number(t.textContent)));
  const note = (app) => app.page.locator('.tl-chart-section').getByText(/^Ratings run from/).textContent();

  for (const width of [360, 1280]) {
    const app = await newApp({ viewport: { width, height: 800 } });
    await app.open('#/timeline');
    const years = await ticks(app);
    assert.ok(years[0] >= firstEdition && years[0] - firstEdition < 2 && years.at(-1) <= lastEdition, `${width}: ${years}`);
    assert.match(await note(app), new RegExp(`The years run ${firstEdition}–${lastEdition}, the editions rated: set the years above to draw it on more of the events' ${firstEvent}–${lastEvent}`));
    // Years the reader sets win.
    await app.open('#/timeline?from=1995');
    const set = await ticks(app);
    assert.ok(set[0] < firstEdition - 5, `${width}: ${set}`);
    assert.match(await note(app), /The years run 1995–\d+, as the events' do/);
  }
});

test('the changes between editions follow the years the chart shows', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  const changes = async () => {
    const section = app.page.locator('.tl-changes');
    const explained = await section.locator('li:not([hidden]) .tl-change-head').allTextContents();
    const plain = await section.getByText(/^The sources in this explainer give no reason/).count()
      ? (await section.getByText(/^The sources in this explainer give no reason/).textContent()).replace(/^[^:]+: /, '').replace(/\.$/, '').split('; ')
      : [];
    const outside = await section.getByTestId('changes-outside').count()
      ? Number((await section.getByTestId('changes-outside').textContent()).match(/^\d+/)[0]) : 0;
    const editions = [...explained, ...plain].map((h) => Number(h.match(/, (\d{4}) edition:/)[1]));
    return { editions, outside };
  };
  await app.open('#/timeline');
  const all = await changes();
  assert.equal(all.outside, 0);
  assert.ok(all.editions.length > 5, `${all.editions.length} changes`);
  await app.open('#/timeline?from=2015');
  const later = await changes();
  assert.ok(later.editions.length > 0 && later.editions.every((e) => e >= 2015), `${later.editions}`);
  assert.equal(later.editions.length, all.editions.filter((e) => e >= 2015).length);
  assert.equal(later.outside, all.editions.length - later.editions.length);
  assert.match(await app.page.getByTestId('changes-outside').textContent(), /^\d+ changes are in editions outside the years shown \(2015–\d{4}\)\.$/);
});
