// The pictures a reader can publish: the ratings chart carries its key and
// axis label on the picture, a tap on a touch screen shows a point's value,
// and the chart, the score breakdown, the what-if's status grid and every
// other widget download as PNG and SVG with their title, source line and
// address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from './support/fixture.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();
const measures = [...new Set(corpus.nit.ratings.map((r) => r.measure))];

/** The text of a PNG's uncompressed iTXt chunks, by keyword. */
function pngTexts(bytes) {
  const out = {};
  for (let at = 8; at + 8 <= bytes.length;) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + len);
      const nul = data.indexOf(0);
      const rest = data.subarray(nul + 3);
      const lang = rest.indexOf(0);
      const translated = rest.indexOf(0, lang + 1);
      out[data.toString('latin1', 0, nul)] = rest.subarray(translated + 1).toString('utf8');
    }
    at += 12 + len;
  }
  return out;
}

/** Presses a download button and returns the file's name and bytes. */
async function downloaded(app, name) {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  return { file: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('the ratings chart shows its key and axis label on the picture, at phone and desktop widths', async () => {
  for (const [hash, width] of [['#/embed/ratings-chart', 320], ['#/timeline', 360], ['#/timeline', 1280]]) {
    const app = await newApp({ viewport: { width, height: 800 } });
    await app.open(hash);
    const key = await app.page.locator('.tl-chart svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('[data-testid=chart-key] text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1, height: r.height };
      });
    });
    const names = key.map((k) => k.text);
    for (const m of ['Electoral Process', 'Civil Society', 'Independent Media', 'Corruption', 'Democracy Score']) {
      assert.ok(names.includes(m), `${hash} at ${width}: the key lacks ${m}: ${names}`);
    }
    // A widget shows no events, so no bars counting them.
    const widget = hash.startsWith('#/embed');
    assert.equal(names.length, widget ? 8 + 2 : 8 + 3, `${hash}: ${names}`);
    assert.ok(names.some((n) => /^Ringed/.test(n)) && names.some((n) => /^Hollow/.test(n)));
    assert.equal(names.some((n) => /^Bars/.test(n)), !widget);
    assert.equal(await app.page.locator('.tl-strip rect').count() > 0, !widget);
    for (const k of key) {
      assert.ok(k.inside, `${hash} at ${width}: "${k.text}" runs off the chart`);
      assert.ok(k.height >= 10, `${hash} at ${width}: "${k.text}" is ${k.height} px high`);
    }
    const axis = app.page.locator('.tl-chart svg text', { hasText: 'Rating: 1 most democratic, 7 least' });
    assert.equal(await axis.isVisible(), true, `${hash}: no axis label`);
  }
  assert.ok(measures.length === 8);
});

test('on a touch screen a tap on a point shows its value; a second tap opens its source', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await app.open('#/timeline');
  const point = app.page.locator('.tl-line.tl-m7 a').last();
  const href = await point.getAttribute('href');
  const label = await point.getAttribute('data-label');
  const before = await app.hash();
  await point.tap();
  await app.page.waitForFunction((l) => document.querySelector('[data-testid=chart-readout]').textContent === l, label, { timeout: 5000 })
    .catch(async () => assert.fail(`the readout says ${await app.page.getByTestId('chart-readout').textContent()}; at ${await app.hash()}`));
  assert.equal(await app.hash(), before, 'the first tap stays on the chart');
  await point.tap();
  await app.page.waitForFunction((h) => location.hash === h, href);
});

const pictures = [
  { hash: '#/timeline', what: 'the chart', file: 'nations-in-transit-ratings', title: /^Kazakhstan: Nations in Transit ratings, 2007–2018 editions$/, source: /Nations in Transit 2018/, address: '#/timeline', width: 720 },
  { hash: '#/embed/ratings-chart', what: 'the chart', file: 'nations-in-transit-ratings', title: /^Kazakhstan: Nations in Transit ratings/, source: /Nations in Transit/, address: '#/timeline', width: 720 },
  { hash: '#/rating', what: 'the score breakdown', file: 'score-breakdown', title: /^Kazakhstan: 22 of 100 points, Not Free, by question$/, source: /Freedom in the World 2019/, address: '#/rating', width: 480 },
  { hash: '#/embed/rating', what: 'the score breakdown', file: 'score-breakdown', title: /^Kazakhstan: 22 of 100 points/, source: /Freedom in the World 2019/, address: '#/rating', width: 480 },
  { hash: '#/what-if?s=A1.4,A2.3', what: 'the status grid', file: 'what-if-status-grid', title: /^What if: 29 of 100 points gives Political Rights 5, Civil Liberties 5: Partly Free$/, source: /Freedom in the World 2019 Methodology/, address: '#/what-if?s=A1.4,A2.3', width: 520 },
  { hash: '#/embed/rating/D1', what: "the question's score", file: 'question', title: /^Kazakhstan, D1: 0 of 4 points$/, source: /Freedom in the World 2019/, address: '#/rating/D1', width: 560, minHeight: 120 },
  { hash: '#/embed/timeline?theme=media', what: 'the events', file: 'timeline-events', title: /^Kazakhstan, on the timeline: The latest 5 of the \d+ matching events \(\d+ in all\)\.$/, source: /this explainer's words and judgments/, address: '#/timeline?theme=media', width: 560 },
  { hash: '#/embed/recommendations', what: 'the counts by status', file: 'recommendations-by-status', title: /^All \d+ recommendations and pledges on Kazakhstan, by status$/, source: /this explainer's judgments/, address: '#/recommendations', width: 560 },
  { hash: '#/embed/what-if?s=A1.4', what: 'the status grid', file: 'what-if-status-grid', title: /^What if: 26 of 100 points/, source: /Methodology/, address: '#/what-if?s=A1.4', width: 520 },
];

for (const p of pictures) {
  test(`${p.hash} downloads ${p.what} as SVG and PNG, titled, with its source and address`, async () => {
    const app = await newApp({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    await app.open(p.hash);
    const svg = await downloaded(app, `Download ${p.what} as SVG`);
    assert.equal(svg.file, `${p.file}.svg`);
    const text = svg.bytes.toString('utf8');
    // Opened as the standalone document a reader would open.
    const viewer = await app.page.context().newPage();
    await viewer.setContent('<!doctype html><body style="margin:0"></body>');
    const opened = await viewer.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      document.body.append(document.importNode(doc.documentElement, true));
      const svg = document.querySelector('body > svg');
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      return { error: error && error.textContent, title: svg.querySelector('title').textContent, texts, width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height };
    }, text);
    assert.equal(opened.error, null);
    assert.match(opened.title, p.title);
    assert.ok(opened.texts.includes(opened.title), 'the title is on the picture');
    assert.match(opened.texts, p.source);
    assert.ok(decodeURIComponent(opened.texts).includes(p.address), `the address ${p.address} is on the picture: ${opened.texts.slice(-200)}`);
    assert.equal(opened.width, p.width);
    assert.ok(opened.height > (p.minHeight ?? 200), `${opened.height} px high`);

    const png = await downloaded(app, `Download ${p.what} as PNG`);
    assert.equal(png.file, `${p.file}.png`);
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const [w, h] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    assert.equal(w, 2 * p.width);
    assert.equal(h, 2 * Math.ceil(opened.height));
    assert.match(pngTexts(png.bytes).Title, p.title);
    // Drawn, not blank: a PNG of one colour compresses to almost nothing.
    assert.ok(png.bytes.length > 20000, `${png.bytes.length} bytes`);
    assert.deepEqual(app.consoleErrors, []);
  });
}
