// Journeys through the recommendations tracker: the list with filters in
// the address and counts; one item's evidence trail; the reader's own
// updates (add, edit, delete, reload); export and import; and every way the
// reader's data could be lost or misread: corrupted or newer saved data,
// a malformed import, two tabs at once, storage unavailable or full, markup
// in a note, a `javascript:` link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp } from './support/fixture.mjs';
import { AppPage } from './support/app-page.mjs';
import { corpus, quoteText } from './support/corpus.mjs';

const newApp = useApp();
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const KEY = 'explainer.tracker';
const label = (id) => corpus.statuses.find((s) => s.id === id).label;
// An item with evidence, indicators and timeline events.
const item = corpus.items.find((i) => i.events?.length && i.indicators?.length && i.evidence.length > 1);
const itemHash = `#/recommendations/${item.id}`;

/** Fills the reader's form and submits it. */
async function fill(app, { status, date, note = '', link = '' }, submit = 'Add update') {
  const p = app.page;
  if (status) await p.getByLabel('Status', { exact: true }).selectOption(status);
  await p.getByLabel('Date', { exact: true }).fill(date);
  await p.getByLabel('Note', { exact: true }).fill(note);
  await p.getByLabel('Link (optional)').fill(link);
  await p.getByRole('button', { name: submit }).click();
}

const updates = (app) => app.page.getByTestId('tr-update');
const saved = (app) => app.page.evaluate((k) => localStorage.getItem(k), KEY);

async function downloadText(app, button) {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: button }).first().click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function importFile(app, name, text) {
  const dir = await mkdtemp(join(tmpdir(), 'tracker-'));
  const path = join(dir, name);
  await writeFile(path, text);
  await app.page.getByLabel('Import a JSON file of updates').setInputFiles(path);
}

test('the list shows every item with counts, and filters live in the address', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  assert.equal(await app.page.locator('.tr-card').count(), corpus.items.length);
  const rows = await app.page.locator('.tr-summary tbody tr').evaluateAll(
    (trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent].join(' ')),
  );
  for (const s of corpus.statuses) {
    const n = corpus.items.filter((i) => i.status === s.id).length;
    assert.ok(rows.includes(`${s.label} ${n}`), `${s.label} ${n} in ${rows}`);
  }
  const media = corpus.items.filter((i) => i.themes?.includes('media')).length;
  assert.ok(rows.includes(`Media ${media}`));
  // The vocabulary is explained on the page.
  const vocab = collapse(await app.page.locator('dl.statuses').textContent());
  for (const s of corpus.statuses) assert.ok(vocab.includes(s.meaning));

  // The filters are folded behind one control, which says none is in force.
  const fold = app.page.locator('details.filter-fold');
  assert.equal(await fold.evaluate((d) => d.open), false);
  assert.equal(await app.page.getByTestId('filter-chips').textContent(), 'none in force');
  assert.equal(await app.page.getByLabel('Assessed status').isVisible(), false);
  await fold.locator('summary').click();
  // Choosing a status replaces the address and filters the list.
  await app.page.getByLabel('Assessed status').focus();
  await app.page.getByLabel('Assessed status').selectOption('no-action');
  await app.page.waitForFunction(() => location.hash === '#/recommendations?status=no-action');
  const noAction = corpus.items.filter((i) => i.status === 'no-action');
  assert.equal(await app.page.locator('.tr-card').count(), noAction.length);
  assert.match(await app.page.getByTestId('tr-shown').textContent(), new RegExp(`Showing ${noAction.length} of ${corpus.items.length}`));
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'tr-filter-status');
  // The filter in force shows as a chip on the folded control.
  const noActionLabel = corpus.statuses.find((s) => s.id === 'no-action').label;
  assert.equal(await app.page.getByTestId('filter-chips').textContent(), `Status: ${noActionLabel}`);

  // A shared address with a malformed part: the rest applies, with a notice.
  const other = await newApp();
  await other.open('#/recommendations?status=no-action&theme=nope&group=theme&zzz=1');
  // A shared filtered address opens with its filters unfolded.
  assert.equal(await other.page.locator('details.filter-fold').evaluate((d) => d.open), true);
  const notice = await other.page.getByTestId('filter-notices').textContent();
  assert.match(notice, /theme=nope: no such theme \(ignored\)/);
  assert.match(notice, /zzz=1: not a tracker filter \(ignored\)/);
  assert.ok(await other.page.locator('.tr-card').count() >= noAction.length);
  const headings = await other.page.locator('.tr-group h2').allTextContents();
  assert.ok(headings.some((h) => h.startsWith('Justice')), headings.join());
  assert.deepEqual(app.consoleErrors, []);
});

test('regrouping puts every card under its new heading and keeps the cards themselves', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  const p = app.page;
  // Mark every card, then regroup by status as a reader would.
  await p.locator('.tr-card').evaluateAll((cards) => cards.forEach((c) => { c.dataset.before = '1'; }));
  await p.locator('details.filter-fold summary').click();
  await p.getByLabel('Group by').selectOption({ label: 'assessed status' });
  await p.waitForURL(/group=status/);
  // Read the list back: each heading, then the statuses of the cards under it.
  const sections = await p.locator('[data-testid="tr-groups"] > ul > li').evaluateAll((lis) => {
    const out = [];
    for (const li of lis) {
      if (li.classList.contains('tr-group')) out.push({ heading: li.textContent, cards: [] });
      else out.at(-1).cards.push({ badge: li.querySelector('.tr-badge').textContent, kept: li.dataset.before === '1' });
    }
    return out;
  });
  const expected = corpus.statuses
    .map((s) => ({ label: s.label, n: corpus.items.filter((i) => i.status === s.id).length }))
    .filter((s) => s.n > 0);
  assert.deepEqual(sections.map((s) => s.heading), expected.map((s) => `${s.label} (${s.n})`));
  for (const s of sections) {
    const label = s.heading.replace(/ \(\d+\)$/, '');
    assert.ok(s.cards.every((c) => c.badge === label), `${label}: only its own cards`);
  }
  // Every card was moved, none built again.
  const cards = sections.flatMap((s) => s.cards);
  assert.equal(cards.length, corpus.items.length);
  assert.ok(cards.every((c) => c.kept));
  assert.deepEqual(app.consoleErrors, []);
});

test('an item shows its words, the explainer’s dated assessment with evidence, questions and events', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  await app.page.locator(`.tr-card[data-item="${item.id}"] h3 a`).click();
  await app.page.waitForFunction((h) => location.hash === h, itemHash);
  // Headed by its own words, the parties under them.
  const words = collapse(quoteText(item.text));
  const heading = (await app.heading().textContent()).replace(/…$/, '');
  assert.ok(heading.length > 10 && words.toLowerCase().startsWith(heading.toLowerCase()), `${heading} / ${words}`);
  assert.match(await app.page.locator('.tr-parties').textContent(), new RegExp(`^${item.from} to ${item.to}, `));
  assert.equal(collapse(await app.page.locator('.tr-text p').textContent()), collapse(quoteText(item.text)));
  const assessment = app.page.getByTestId('tr-assessment');
  const text = collapse(await assessment.textContent());
  assert.match(text, /This explainer's assessment/);
  assert.ok(text.includes(label(item.status)));
  assert.ok(text.includes(item.status_rationale));
  const quotes = await assessment.locator('q').allTextContents();
  assert.deepEqual(quotes.map(collapse), item.evidence.map((q) => collapse(quoteText(q))));
  for (const code of item.indicators) {
    assert.equal(await app.page.locator(`a[href="#/rating/${code}"]`).count(), 1);
  }
  for (const e of item.events) {
    assert.equal(await app.page.locator(`a[href="#/timeline/${e}"]`).count(), 1);
  }
  // A quote of the evidence opens its passage, highlighted.
  await assessment.locator('a.cite').first().click();
  await app.page.locator('.passage-target mark').first().waitFor();
  assert.equal(collapse((await app.page.locator('.passage-target mark').allTextContents()).join('')), collapse(quoteText(item.evidence[0])));
});

test('the reader adds, edits and deletes an update, and it survives a reload', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021-08-15', note: 'First look', link: 'https://example.org/a' });
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-message');
  assert.equal(await app.page.locator('#tr-message').textContent(), 'Your update was added.');
  assert.equal(await updates(app).count(), 1);
  assert.match(await updates(app).first().textContent(), /Stalled, 15 August 2021/);
  assert.equal(await updates(app).locator('a[href="https://example.org/a"]').count(), 1);

  await app.page.reload();

  await app.started();
  await app.heading().waitFor();
  assert.equal(await updates(app).count(), 1);
  // The list summarises the latest update, apart from the app's status.
  await app.open('#/recommendations');
  assert.match(await app.page.locator(`.tr-card[data-item="${item.id}"] [data-testid="tr-mine"]`).textContent(), /Your latest update: Stalled, 15 August 2021/);
  assert.match(await app.page.getByTestId('tr-data').textContent(), /You have 1 update on 1 item, kept only in this browser/);

  await app.open(itemHash);
  await app.page.getByRole('button', { name: 'Edit your update of 15 August 2021' }).click();
  // Focus moves to the form once it is filled in.
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-status');
  await fill(app, { status: 'in-progress', date: '2021-09', note: 'Second look' }, 'Save changes');
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-message');
  assert.match(await updates(app).first().textContent(), /In progress, September 2021/);
  assert.equal(await updates(app).count(), 1);

  await app.page.getByRole('button', { name: 'Delete your update of September 2021' }).click();
  await app.page.waitForFunction(() => document.activeElement?.textContent === 'Yes, delete it');
  await app.page.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await updates(app).count(), 1);
  await app.page.getByRole('button', { name: 'Delete your update of September 2021' }).click();
  await app.page.getByRole('button', { name: 'Yes, delete it' }).click();
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-message');
  assert.equal(await app.page.locator('#tr-message').textContent(), 'Your update was deleted.');
  assert.equal(await updates(app).count(), 0);
  await app.page.reload();
  await app.started();
  await app.heading().waitFor();
  assert.equal(await updates(app).count(), 0);
  assert.deepEqual(app.consoleErrors, []);
});

test('markup in a note is shown as text and a javascript: link is refused', async () => {
  const app = await newApp();
  let dialogs = 0;
  app.page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await app.open(itemHash);
  await fill(app, { date: '2021', note: 'x', link: 'javascript:alert(1)' });
  const link = app.page.getByLabel('Link (optional)');
  assert.equal(await link.getAttribute('aria-invalid'), 'true');
  assert.match(await app.page.locator('#tr-link-error').textContent(), /http:\/\/ or https:\/\//);
  assert.match(await link.getAttribute('aria-describedby'), /tr-link-error/);
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-link');
  assert.equal(await updates(app).count(), 0);
  assert.equal(await saved(app), null);
  assert.deepEqual(await app.axeViolations(), [], 'the form with an error');

  // A date still to come is refused: an update records what happened.
  const nextYear = new Date().getFullYear() + 1;
  await fill(app, { date: `${nextYear}-01`, note: 'x', link: '' });
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-date');
  assert.match(await app.page.locator('#tr-date-error').textContent(), /still to come/);
  assert.equal(await updates(app).count(), 0);

  const note = '<img src=x onerror=alert(1)> and <b>bold</b>';
  await fill(app, { date: '2021', note, link: '' });
  await app.page.waitForFunction(() => document.activeElement?.id === 'tr-message');
  const shown = app.page.locator('.tr-note');
  assert.equal(await shown.textContent(), note);
  assert.equal(await shown.locator('img, b').count(), 0);
  await app.page.reload();
  await app.started();
  await app.heading().waitFor();
  assert.equal(await app.page.locator('.tr-note').textContent(), note);
  assert.equal(dialogs, 0);
});

test('updates exported as JSON and CSV import into a fresh browser profile', async () => {
  const app = await newApp();
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021-08-15', note: 'Exported, with "quotes", commas' });
  await app.open('#/recommendations');
  const json = await downloadText(app, 'Download your updates (JSON)');
  assert.equal(json.name, 'tracker-updates.json');
  assert.equal(json.text, await saved(app));
  const csv = await downloadText(app, 'Download as CSV');
  assert.equal(csv.name, 'tracker-updates.csv');
  assert.match(csv.text, /^\uFEFFid,item,status,date,note,link,created,modified\r\n/);
  assert.equal(csv.text.split('\uFEFF').length, 2, 'one byte-order mark');
  assert.ok(csv.text.includes('"Exported, with ""quotes"", commas"'));

  const fresh = await newApp();
  await fresh.open('#/recommendations');
  await importFile(fresh, 'updates.json', json.text);
  const preview = collapse(await fresh.page.getByTestId('tr-preview').textContent());
  assert.match(preview, /Merge with your updates: 1 added, 0 changed, 0 removed, 0 unchanged/);
  assert.ok(preview.includes(`Added: Stalled, 15 August 2021 for ${item.from} to ${item.to}`));
  await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
  await fresh.page.waitForFunction(() => document.activeElement?.id === 'tr-import-message');
  assert.match(await fresh.page.locator('#tr-import-message').textContent(), /Imported: 1 added/);
  await fresh.open(itemHash);
  assert.match(await updates(fresh).first().textContent(), /Exported, with "quotes", commas/);
  assert.equal(await saved(fresh), json.text);
});

test('a malformed import is explained and changes nothing', async () => {
  const app = await newApp();
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021', note: 'keep me' });
  const before = await saved(app);
  await app.open('#/recommendations');
  const cases = [
    ['not json', /not valid JSON/],
    ['{"version":3,"updates":[]}', /newer version of this app \(format version 3\)/],
    ['{"version":2,"updates":[{"id":"a","item":"no-such-item","status":"stalled","date":"2021","created":1,"modified":1}]}', /items this app does not have: no-such-item/],
    [`{"version":2,"updates":[{"id":"a","item":"${item.id}","status":"stalled","date":"2021","link":"javascript:alert(1)","created":1,"modified":1}]}`, /not a web address starting with http/],
    ['{"hello":1}', /not a file of tracker updates/],
    ['x'.repeat(1024 * 1024 + 1), /too large/],
  ];
  for (const [text, message] of cases) {
    await importFile(app, 'bad.json', text);
    const error = app.page.locator('#tr-import-error');
    await app.page.waitForFunction(
      (re) => new RegExp(re).test(document.querySelector('#tr-import-error').textContent),
      message.source,
    );
    assert.match(await error.textContent(), /Nothing was changed\./);
    assert.equal(await app.page.getByTestId('tr-preview').count(), 0);
    assert.equal(await saved(app), before);
  }
  await app.open(itemHash);
  assert.match(await updates(app).first().textContent(), /keep me/);
});

test('corrupted saved data: the app loads, says so, keeps it aside and offers it as a download', async () => {
  const corrupted = '{"version":2,"updates":[{"id":"a","item":';
  const app = await newApp();
  await app.page.addInitScript(([key, raw]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, corrupted]);
  await app.open(itemHash);
  const notice = app.page.getByTestId('tr-aside-notice');
  assert.match(await notice.textContent(), /could not be read: The file is not valid JSON/);
  assert.match(await notice.textContent(), /kept aside in this browser, unchanged/);
  const kept = await app.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('explainer.tracker.aside.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, [corrupted]);
  const download = await downloadText(app, 'Download the unreadable data');
  assert.equal(download.text, corrupted);

  // A new update saves over the main key, never over the copy.
  await fill(app, { status: 'stalled', date: '2021', note: 'after' });
  assert.match(await saved(app), /"note":"after"/);
  await app.page.reload();
  await app.started();
  await app.heading().waitFor();
  assert.equal(await updates(app).count(), 1);
  assert.equal(await notice.count(), 1, 'still told until the reader deletes the copy');
  await app.page.getByRole('button', { name: 'Delete the kept copy' }).click();
  await app.page.getByRole('button', { name: 'Yes, delete the kept copy' }).click();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(app.consoleErrors, []);
});

test('data from a newer version is kept aside, not read as this version', async () => {
  const newer = '{"version":3,"updates":[],"tags":["x"]}';
  const app = await newApp();
  await app.page.addInitScript(([key, raw]) => localStorage.getItem(key) ?? localStorage.setItem(key, raw), [KEY, newer]);
  await app.open('#/recommendations');
  assert.match(await app.page.getByTestId('tr-aside-notice').textContent(), /newer version of this app \(format version 3\)/);
});

test('two tabs editing at once keep both updates', async () => {
  const a = await newApp();
  await a.open(itemHash);
  const b = new AppPage(await a.page.context().newPage(), a.baseUrl);
  await b.open(itemHash);
  await fill(a, { status: 'stalled', date: '2021-01', note: 'from tab A' });
  await fill(b, { status: 'partial', date: '2021-02', note: 'from tab B' });
  // Each tab sees the other's update without a reload.
  await a.page.waitForFunction(() => document.querySelectorAll('[data-testid="tr-update"]').length === 2);
  assert.equal(await updates(b).count(), 2);
  // B edits A's update while A deletes B's.
  await b.page.getByRole('button', { name: 'Edit your update of January 2021' }).click();
  await fill(b, { status: 'stalled', date: '2021-01', note: 'from tab A, edited in B' }, 'Save changes');
  await a.page.getByRole('button', { name: 'Delete your update of February 2021' }).click();
  await a.page.getByRole('button', { name: 'Yes, delete it' }).click();
  for (const tab of [a, b]) {
    await tab.page.reload();
    await tab.started();
    await tab.heading().waitFor();
    assert.equal(await updates(tab).count(), 1);
    assert.match(await updates(tab).first().textContent(), /from tab A, edited in B/);
  }
});

test('storage unavailable: reported, updates kept in the tab and exportable', async () => {
  const app = await newApp();
  await app.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021', note: 'only here' });
  assert.match(await app.page.getByTestId('tr-storage-notice').textContent(), /does not let the page keep data/);
  await app.open('#/recommendations');
  const json = await downloadText(app, 'Download your updates (JSON)');
  assert.match(json.text, /"note":"only here"/);
  await app.open(itemHash);
  assert.equal(await updates(app).count(), 1, 'kept when moving between views');
});

test('a full storage: the failed save is reported, nothing is lost from the tab', async () => {
  const app = await newApp();
  await app.page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021', note: 'unsaved' });
  assert.match(await app.page.getByTestId('tr-storage-notice').textContent(), /could not be saved in this browser.*storage may be full/s);
  assert.equal(await updates(app).count(), 1);
  const json = await downloadText(app, 'Download your updates (JSON)');
  assert.match(json.text, /"note":"unsaved"/);
});

test('on a 320 px phone nothing overflows sideways, and the item page with updates passes axe', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const app = await newApp({ colorScheme, viewport: { width: 320, height: 640 } });
    await app.open(itemHash);
    await fill(app, { status: 'stalled', date: '2021', note: 'n'.repeat(120), link: `https://example.org/${'a'.repeat(150)}` });
    await app.page.getByRole('button', { name: 'Delete your update of 2021' }).click();
    for (const hash of [itemHash, '#/recommendations?group=status']) {
      if (hash !== itemHash) await app.open(hash);
      const wide = await app.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 320, `${hash} is ${wide} px wide`);
      assert.deepEqual(await app.axeViolations(), [], `${hash} ${colorScheme}`);
    }
  }
});

test('updates saved by the first version are migrated, with the old text kept as a backup', async () => {
  const v1 = JSON.stringify({ version: 1, items: { [item.id]: { status: 'stalled', date: '2020', note: 'from version 1' } } });
  const app = await newApp();
  await app.page.addInitScript(([key, raw]) => localStorage.getItem(key) ?? localStorage.setItem(key, raw), [KEY, v1]);
  await app.open(itemHash);
  assert.match(await updates(app).first().textContent(), /Stalled, 2020.*from version 1/s);
  assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}.backup-v1`), KEY), v1);
  await fill(app, { status: 'partial', date: '2021', note: 'new' });
  const now = JSON.parse(await saved(app));
  assert.equal(now.version, 2);
  assert.deepEqual(now.updates.map((u) => u.note).sort(), ['from version 1', 'new']);
  assert.equal(await app.page.getByTestId('tr-aside-notice').count(), 0);
});

test('importing with replace makes the file’s updates the only ones, after a preview', async () => {
  const app = await newApp();
  await app.open(itemHash);
  await fill(app, { status: 'stalled', date: '2021-01', note: 'one' });
  await app.open('#/recommendations');
  const file = await downloadText(app, 'Download your updates (JSON)');
  await app.open(itemHash);
  await fill(app, { status: 'partial', date: '2021-02', note: 'two' });
  await app.open('#/recommendations');
  await importFile(app, 'one.json', file.text);
  const preview = collapse(await app.page.getByTestId('tr-preview').textContent());
  assert.match(preview, /Merge with your updates: 0 added, 0 changed, 0 removed, 2 unchanged/);
  assert.match(preview, /Replace your updates with the file's: 0 added, 0 changed, 1 removed, 1 unchanged/);
  await app.page.getByLabel(/^Replace your updates/).check();
  assert.match(await app.page.locator('.tr-diff').textContent(), /Removed: Partly done, February 2021/);
  await app.page.getByRole('button', { name: 'Import', exact: true }).click();
  await app.open(itemHash);
  assert.equal(await updates(app).count(), 1);
  assert.match(await updates(app).first().textContent(), /one/);
});

test('a save from another tab that lacks this tab’s update (a race) is answered with the union', async () => {
  const a = await newApp();
  await a.open(itemHash);
  const b = new AppPage(await a.page.context().newPage(), a.baseUrl);
  await b.open(itemHash);
  await fill(b, { status: 'stalled', date: '2021', note: 'from B' });
  // Tab A writes a save made before B's, as if the two saves interleaved.
  await a.page.evaluate((k) => localStorage.setItem(k, '{"version":2,"updates":[]}'), KEY);
  await a.page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('from B'), KEY);
  await b.page.reload();
  await b.started();
  await b.heading().waitFor();
  assert.equal(await updates(b).count(), 1);
});

test("each card is named by the item's words, so no two links read alike, and an item's tab title starts with them", async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  const names = await app.page.locator('.tr-card h3 a').allTextContents();
  assert.equal(names.length, corpus.items.length);
  assert.equal(new Set(names).size, names.length, 'every card link is named apart');
  for (const item of corpus.items) {
    const name = await app.page.locator(`.tr-card[data-item="${item.id}"] h3 a`).textContent();
    assert.ok(collapse(name).startsWith(`“${collapse(quoteText(item.text))}”`), name);
    const meta = await app.page.locator(`.tr-card[data-item="${item.id}"] .tr-meta`).textContent();
    const kind = item.kind === 'pledge' ? 'Pledge' : 'Recommendation';
    assert.ok(meta.startsWith(item.from.startsWith('not stated') ? kind : `${kind} by ${item.from}`), meta);
  }
  const shared = corpus.items.find((i) => i.part);
  assert.match(await app.page.locator(`.tr-card[data-item="${shared.id}"] h3 a`).textContent(), new RegExp(`” \\(${shared.part} part\\)$`));
  await app.open(`#/recommendations/${shared.id}`);
  // The page's title is its heading, the item's own words, then the parties.
  const heading = await app.heading().textContent();
  assert.ok(heading.endsWith(` (${shared.part} part)`), heading);
  assert.ok((await app.page.title()).startsWith(`${heading} – ${shared.from} to ${shared.to} – Recommendations`), await app.page.title());
});

test('an item not yet assessed claims no status as of a date; an assessed one gives its date', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/recommendations');
  const open = corpus.items.find((i) => i.status === 'not-assessed');
  const judged = corpus.items.find((i) => i.status !== 'not-assessed');
  const note = (id) => app.page.locator(`.tr-card[data-item="${id}"] .tr-assessed`).textContent();
  assert.doesNotMatch(await note(open.id), /as of/);
  assert.match(await note(judged.id), /this explainer's status, as of \d/);
  const lede = await app.page.locator('.tracker .lede').textContent();
  const unassessed = corpus.items.filter((i) => i.status === 'not-assessed').length;
  assert.match(lede, new RegExp(`the other ${unassessed} are not yet assessed`));
  assert.doesNotMatch(lede, /made to/);
  await app.page.locator(`.tr-card[data-item="${open.id}"] h3 a`).click();
  await app.page.getByTestId('tr-assessment').waitFor();
  assert.doesNotMatch(await app.page.locator('[data-testid="tr-assessment"] .tr-assessed').textContent(), /as of/);
  assert.deepEqual(app.consoleErrors, []);
});
