// Journey: a fact-checker looks for where the sources disagree. One page
// lists every disagreement with both sides quoted and cited, linked from
// the sources and the about page; each event and recommendation concerned
// says so itself; the about page gives the coverage ledger's counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus, quoteText } from './support/corpus.mjs';

const newApp = useApp();
const squash = (t) => t.replace(/\s+/g, ' ').trim();

test('one page lists every disagreement with both sides, reached from the sources', async () => {
  const app = await newApp();
  await app.open('#/sources');
  await app.page.getByTestId('disagreements-link').click();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Where the sources disagree');
  assert.equal(await app.hash(), '#/sources/disagreements');
  const shown = app.page.getByTestId('disagreement');
  assert.equal(await shown.count(), corpus.contradictions.length);
  for (const [i, c] of corpus.contradictions.entries()) {
    const item = shown.nth(i);
    assert.equal(await item.locator('h2').textContent(), c.topic);
    const quotes = await item.locator('.disagreement-claims q').allTextContents();
    assert.deepEqual(quotes.map(squash), c.claims.map((q) => squash(quoteText(q))), c.id);
    // Each claim opens its passage in the source.
    assert.equal(await item.locator('.disagreement-claims a[href^="#/sources/"]').count(), c.claims.length, c.id);
    // And what it bears on is linked.
    for (const id of c.events ?? []) assert.equal(await item.locator(`a[href="#/timeline/${id}"]`).count(), 1, `${c.id} → ${id}`);
    for (const id of c.items ?? []) assert.equal(await item.locator(`a[href="#/recommendations/${id}"]`).count(), 1, `${c.id} → ${id}`);
  }
  assert.deepEqual(await app.axeViolations(), []);
});

test('an event and a recommendation the sources disagree about say so, with both sides', async () => {
  const app = await newApp();
  const aboutEvent = corpus.contradictions.find((c) => c.events?.length);
  const event = aboutEvent.events[0];
  await app.open(`#/timeline/${event}`);
  const notice = app.page.getByTestId('disagreement-notice');
  assert.equal(await notice.getByRole('heading', { name: 'The sources disagree' }).count(), 1);
  const topics = corpus.contradictions.filter((c) => c.events?.includes(event)).map((c) => c.topic);
  assert.deepEqual(await notice.locator('h3').allTextContents(), topics);
  const quotes = (await notice.locator('q').allTextContents()).map(squash);
  for (const q of aboutEvent.claims) assert.ok(quotes.includes(squash(quoteText(q))), quoteText(q));
  await notice.getByRole('link', { name: 'Every place where the sources disagree' }).click();
  await app.page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Where the sources disagree');

  const aboutItem = corpus.contradictions.find((c) => c.items?.length);
  await app.open(`#/recommendations/${aboutItem.items[0]}`);
  const itemNotice = app.page.getByTestId('disagreement-notice');
  assert.ok((await itemNotice.locator('h3').allTextContents()).includes(aboutItem.topic));

  // An event no disagreement names shows no notice.
  const calm = corpus.events.find((e) => !corpus.contradictions.some((c) => c.events?.includes(e.id)));
  await app.open(`#/timeline/${calm.id}`);
  assert.equal(await app.page.getByTestId('disagreement-notice').count(), 0);
});

test('the about page gives the coverage ledger\'s counts, which add up, and links to the disagreements', async () => {
  const app = await newApp();
  await app.open('#/about');
  const text = squash(await app.page.getByTestId('coverage-counts').textContent());
  const [, found, dated, asks, quoted, setAside] = text
    .match(/There are (\d+) such sentences \((\d+) dated, (\d+) asking\)\. (\d+) are quoted .*?; (\d+) are set aside/)
    .map(Number);
  assert.ok(found > 100, text);
  assert.ok(dated <= found && asks <= found && dated + asks >= found, text);
  const rows = await app.page.getByTestId('coverage-reasons').locator('tbody tr').evaluateAll(
    (trs) => trs.map((tr) => Number(tr.querySelector('td').textContent)));
  assert.equal(rows.length, 8);
  assert.equal(rows.reduce((a, b) => a + b, 0), setAside);
  // Every sentence is quoted or set aside: none is missing.
  assert.equal(quoted + setAside, found, text);
  const link = app.page.getByRole('link', { name: 'Where the sources disagree' });
  assert.equal(await link.getAttribute('href'), '#/sources/disagreements');
});
