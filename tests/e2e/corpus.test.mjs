// Journeys through the corpus views: the overview's figures and their
// sources, a citation opening its highlighted passage, note links, the text
// as received, and every download read back from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from './support/fixture.mjs';
import { corpus, corpusText, paragraphs, quoteText, parseCsv } from './support/corpus.mjs';

const newApp = useApp();
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

test('the overview shows the headline figures, each with its source', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/');
  const main = app.page.locator('main');
  assert.equal(await app.heading().textContent(), 'Kazakhstan: 22/100, Not Free');
  const figures = collapse(await main.locator('.figures').textContent());
  for (const expected of ['22/100', 'Not Free', 'Political Rights', '5/40', 'Civil Liberties', '17/60']) {
    assert.ok(figures.includes(expected), `${expected} in ${figures}`);
  }
  const rows = main.locator('table.scores tbody tr');
  assert.equal(await rows.count(), 7);
  const subs = corpus.fiw.categories.flatMap((c) => c.subcategories);
  for (const [i, s] of subs.entries()) {
    assert.match(await rows.nth(i).textContent(), new RegExp(`${s.score} of ${s.max}`));
  }
  assert.match(collapse(await main.textContent()), /Democracy Score 6\.71/);
  // Every figure has a link to its passage.
  assert.ok(await main.locator('a.cite').count() >= 4 + 7 + 1);
});

test('a figure’s source link opens the passage it comes from', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/');
  await app.page.getByRole('link', { name: /^source \(Freedom in the World 2019/ }).nth(2).click();
  await app.page.waitForFunction(() => location.hash.startsWith('#/sources/fiw2019?at='));
  const target = app.page.locator('.passage-target');
  await target.waitFor();
  assert.match(await target.textContent(), /POLITICAL RIGHTS: 5 \/ 40/);
  assert.equal(await app.page.evaluate(() => document.activeElement.classList.contains('passage-target')), true);
  assert.ok(await target.isVisible());
});

test('a citation of a quote highlights exactly the quoted words', async () => {
  const event = corpus.events.find((e) => e.evidence.some((q) => q[0] === 'hrw2017'));
  const quote = event.evidence.find((q) => q[0] === 'hrw2017');
  const [doc, anchor, start, end] = quote;
  const app = await newApp();
  await app.open(`#/sources/${doc}?at=${anchor}&hl=${start}-${end}`);
  const marked = await app.page.locator('.passage-target mark').allTextContents();
  assert.equal(collapse(marked.join('')), collapse(quoteText(quote)));
  assert.equal(await app.page.locator('mark').count() > 0, true);
});

test('note markers link to their notes, and addresses in notes are links', async () => {
  const app = await newApp();
  await app.open('#/sources/nit2018');
  const marker = app.page.locator('.source-text a.note-ref').first();
  const label = await marker.getAttribute('aria-label');
  const number = label.replace('note ', '');
  await marker.click();
  await app.page.waitForFunction((n) => location.hash === `#/sources/nit2018?at=n${n}`, number);
  const note = app.page.locator('.notes li.passage-target');
  assert.equal(await note.getAttribute('value'), number);
  const external = app.page.locator('.notes a[href^="http"]');
  assert.ok(await external.count() > 50, 'addresses in notes are links');
  assert.equal(await external.first().getAttribute('rel'), 'noopener noreferrer');
});

test('a corrected paragraph or note shows the text as received on request', async () => {
  const app = await newApp();
  for (const kind of ['p', 'n']) {
    const erratum = corpus.errata.find((e) => e.anchor.startsWith(kind));
    await app.open(`#/sources/${erratum.doc}?at=${erratum.anchor}`);
    const target = app.page.locator('.passage-target');
    const shown = await target.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelector('details').remove();
      return copy.textContent;
    });
    assert.ok(shown.includes(erratum.correction), `${kind}: the corrected text is shown`);
    assert.ok(!shown.includes(erratum.raw), `${kind}: the raw text is not shown by default`);
    await target.getByText('show the text as received').click();
    assert.ok((await target.locator('.raw-text').textContent()).includes(erratum.raw), kind);
  }
});

test('an unknown document is not found', async () => {
  const app = await newApp();
  await app.open('#/sources/no-such-document');
  assert.equal(await app.heading().textContent(), 'Page not found');
});

async function downloadText(app, name) {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: `Download ${name}` }).click(),
  ]);
  assert.equal(download.suggestedFilename(), name);
  return readFile(await download.path(), 'utf8');
}

test('every download is made offline and reads back with the documented headers', async () => {
  const app = await newApp({ acceptDownloads: true });
  await app.open('#/data');
  // Nothing may be fetched while making the files. (The app's own areas,
  // fetched while the browser is idle, are code, not data.)
  const requests = [];
  app.page.on('request', (r) => { if (!/\/wasm-[0-9a-f]+\//.test(r.url())) requests.push(r.url()); });

  const expectations = {
    'indicators.csv': ['code,category,subcategory,question,score,max_score,passages', 25],
    'nit_ratings.csv': ['edition,category,rating,source,computed', corpus.nit.ratings.length],
    'timeline.csv': ['id,date,date_precision,title,themes,direction,type,sources,passages', corpus.events.length],
    'recommendations.csv': ['id,kind,text,from,to,date,themes,status,status_as_of,indicators,passages', corpus.items.length],
  };
  // What each row's `passages` should list: the places its record cites,
  // `doc:anchor`, each once, in first-cited order.
  const listed = (places) => [...new Set(places.map(([doc, anchor]) => `${doc}:${anchor}`))].join(';');
  const fiwDoc = corpus.fiw.doc;
  const cited = {
    'indicators.csv': new Map(corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators)
      .map((i) => [i.code, listed([i.question.anchor, ...i.narrative].map((a) => [fiwDoc, a]))])),
    'timeline.csv': new Map(corpus.events.map((e) =>
      [e.id, listed([...e.evidence, ...[e.stated_aim, e.observed_effect].filter(Boolean)])])),
    'recommendations.csv': new Map(corpus.items.map((i) => [i.id, listed([i.text, ...i.evidence])])),
  };
  const exists = (doc, anchor) => anchor.startsWith('n')
    ? corpus.documents.find((d) => d.id === doc)?.notes.some((n) => `n${n.number}` === anchor)
    : paragraphs(doc).some((p) => p.anchor === anchor);
  for (const [name, [header, count]] of Object.entries(expectations)) {
    const text = await downloadText(app, name);
    // A byte-order mark, once, so that spreadsheets read UTF-8; then the header.
    assert.ok(text.startsWith('\uFEFF' + header + '\r\n'), `${name} starts with a byte-order mark and its header`);
    assert.equal(text.split('\uFEFF').length, 2, `${name} has one byte-order mark`);
    const rows = parseCsv(text);
    const width = header.split(',').length;
    assert.equal(rows.length - 1, count, `${name} has one row per record`);
    for (const row of rows) assert.equal(row.length, width, `${name}: ${row}`);
    if (name === 'indicators.csv') {
      const scores = rows.slice(1).map((r) => Number(r[4]));
      assert.equal(scores.reduce((a, b) => a + b, 0), corpus.fiw.score, 'indicator scores add up to the total');
      assert.equal(rows[1][0], 'A1');
    }
    if (cited[name]) {
      const col = rows[0].indexOf('passages');
      assert.equal(col, width - 1, `${name}: passages come last`);
      for (const r of rows.slice(1)) {
        assert.equal(r[col], cited[name].get(r[0]), `${name}: ${r[0]}`);
        for (const p of r[col].split(';')) {
          const [doc, anchor] = p.split(':');
          assert.ok(corpus.documents.some((d) => d.id === doc) && exists(doc, anchor), `${name}: ${r[0]} cites ${p}`);
        }
      }
    }
    if (name === 'nit_ratings.csv') {
      assert.ok(rows.slice(1).every((r) => r[4] === 'true' || r[4] === 'false'));
      assert.ok(rows.some((r) => r[0] === '2018' && r[1] === 'Democracy Score' && r[2] === '6.71' && r[4] === 'false'));
    }
  }
  // The coverage ledger: each sentence found is quoted by the events or
  // items it names, or set aside with a reason, in the paragraph it names.
  const ledger = parseCsv(await downloadText(app, 'coverage.csv'));
  assert.deepEqual(ledger[0], ['document', 'anchor', 'sentence', 'finds', 'events', 'items', 'reason', 'related', 'note', 'passages']);
  assert.ok(ledger.length > 100, `${ledger.length - 1} sentences`);
  const squash = (t) => t.replace(/\s+/g, ' ');
  for (const [doc, anchor, sentence, finds, events, items, reason] of ledger.slice(1)) {
    const where = `${doc}:${anchor}`;
    assert.ok(exists(doc, anchor), where);
    const text = anchor.startsWith('n')
      ? corpus.documents.find((d) => d.id === doc).notes.find((n) => `n${n.number}` === anchor).text
      : paragraphs(doc).find((p) => p.anchor === anchor).text;
    assert.ok(squash(text).includes(sentence), `${where}: ${sentence}`);
    assert.match(finds, /^(dated|asks|dated;asks)$/, where);
    assert.ok(events || items || reason, `${where} is accounted for`);
    for (const id of events.split(';').filter(Boolean)) assert.ok(corpus.events.some((e) => e.id === id), id);
    for (const id of items.split(';').filter(Boolean)) assert.ok(corpus.items.some((i) => i.id === id), id);
  }
  assert.ok((await downloadText(app, 'corpus.json')) === corpusText, 'corpus.json is the embedded corpus, byte for byte');
  assert.deepEqual(requests, []);
});

test('the about page defines every status in the vocabulary and credits every source', async () => {
  const app = await newApp();
  await app.open('#/about');
  const text = (await app.page.locator('main').textContent()).replace(/\s+/g, ' ');
  assert.equal(corpus.statuses.length, 7);
  for (const s of corpus.statuses) {
    assert.ok(text.includes(s.label) && text.includes(s.meaning.replace(/\s+/g, ' ')), s.id);
  }
  for (const d of corpus.documents) assert.ok(text.includes(d.title), d.id);
  assert.match(text, /Freedom in the World 2019 Methodology/);
});
