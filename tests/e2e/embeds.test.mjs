// The widgets (#/embed/…) as a news site uses them: an article on another
// origin, built from the snippets the app's Embed dialog gives, with the
// optional script. Each widget loads, its frame takes its content's height,
// the host page is untouched, a same-looking message from elsewhere resizes
// nothing, and without the script the frame keeps its fixed height. Also:
// the dialog itself, widgets at 280 px, and the page without JavaScript.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp } from './support/fixture.mjs';
import { serve } from './support/server.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();

const FIXTURE = readFileSync('tests/e2e/fixtures/news-article.html', 'utf8');
const MARKER = /<!-- embed (\S+) (\d+) -->/g;

let host;
let hostDir;
before(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'news-article-'));
  host = await serve(hostDir);
});
after(async () => { await host?.close(); });

/** The host's address: another origin than the app (another host name and port). */
function hostUrl(file) {
  return host.url.replace('127.0.0.1', 'localhost') + file;
}

/** Opens the Embed dialog of the `index`th button under `hash` and returns its snippet. */
async function snippetFor(app, hash, index) {
  await app.open(hash);
  const button = app.page.locator('.embed-button').nth(index);
  await button.click();
  const dialog = app.page.locator('dialog[open]');
  await dialog.waitFor();
  const text = await dialog.getByLabel('HTML to paste').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

/** Writes the article with every marker replaced by its snippet; `withScript` false drops the script lines. */
async function writeArticle(app, name, { withScript = true } = {}) {
  let html = FIXTURE;
  for (const [marker, hash, index] of [...FIXTURE.matchAll(MARKER)]) {
    let snippet = await snippetFor(app, hash, Number(index));
    if (!withScript) snippet = snippet.split('\n').filter((l) => !l.startsWith('<script')).join('\n');
    html = html.replace(marker, snippet);
  }
  writeFileSync(join(hostDir, name), html);
  return hostUrl(name);
}

/** What a host page holds that a widget must not change. */
function hostState(page) {
  return page.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    sentinel: window.hostSentinel,
    storage: JSON.stringify({ ...localStorage }),
    scrollX: window.scrollX,
    elements: document.querySelectorAll('*').length,
    focused: document.activeElement === document.body,
    // The frames' own style (the script sets their height) aside.
    html: document.documentElement.outerHTML.replace(/ style="[^"]*"/g, ''),
  }));
}

/** The frames of the article, in order, with their widget addresses. */
async function widgets(page) {
  const handles = await page.locator('iframe').elementHandles();
  return Promise.all(handles.map(async (el) => ({ el, src: await el.getAttribute('src') })));
}

/** Scrolls a lazy frame into view and waits for its widget to render. */
async function loaded(el) {
  await el.scrollIntoViewIfNeeded();
  let frame = await el.contentFrame();
  for (let i = 0; i < 100 && !frame; i++) {
    await new Promise((ok) => setTimeout(ok, 50));
    frame = await el.contentFrame();
  }
  await frame.waitForSelector('[data-testid=embed]');
  return frame;
}

test('a news article on another origin embeds the widgets; each takes its height and touches nothing', async () => {
  const app = await newApp({ viewport: { width: 1024, height: 800 } });
  const url = await writeArticle(app, 'article.html');
  assert.notEqual(new URL(url).origin, new URL(app.baseUrl).origin);

  const page = await (await app.page.context().browser().newContext({ viewport: { width: 360, height: 700 } })).newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).origin));
  await page.goto(url);
  await page.waitForFunction(() => window.hostSentinel === 'host value');
  const before = await hostState(page);

  const frames = await widgets(page);
  assert.equal(frames.length, [...FIXTURE.matchAll(MARKER)].length);
  const fixed = [];
  for (const { el, src } of frames) {
    fixed.push(Number(await el.getAttribute('height')));
    const frame = await loaded(el);
    assert.equal(new URL(frame.url()).origin, new URL(app.baseUrl).origin, src);
    assert.equal(await frame.locator('header.site-header, footer.site-footer, .skip-link').count(), 0, `no chrome in ${src}`);
    const open = frame.getByRole('link', { name: /Open the full view/ });
    assert.equal(await open.getAttribute('target'), '_blank');
    assert.equal(await open.getAttribute('rel'), 'noopener');
    // The frame grows or shrinks to the widget's height: no inner scrollbar.
    await page.waitForFunction(
      ([el]) => el.style.height !== '',
      [el],
    );
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed-main').getBoundingClientRect().height));
    await page.waitForFunction(([el, h]) => Math.abs(el.getBoundingClientRect().height - h) <= 2, [el, content]);
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      view: window.innerHeight,
      wide: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(inner.scroll <= inner.view + 1, `${src}: ${inner.scroll} px of content in a ${inner.view} px frame`);
    assert.ok(inner.wide <= inner.width, `${src}: ${inner.wide} px wide in ${inner.width} px`);
  }
  // The heights are the widgets' own, not the snippets' fixed ones.
  const heights = await page.locator('iframe').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.some((h, i) => Math.abs(h - fixed[i]) > 2), JSON.stringify({ heights, fixed }));

  // Every message the host received is a height message of the documented shape.
  const messages = await page.evaluate(() => window.hostMessages);
  assert.ok(messages.length >= frames.length);
  for (const { data, origin } of messages) {
    assert.equal(origin, new URL(app.baseUrl).origin);
    assert.deepEqual(Object.keys(data).sort(), ['height', 'type', 'version', 'widget']);
    assert.equal(data.type, 'rating-explainer:height');
    assert.equal(data.version, 1);
    assert.ok(Number.isInteger(data.height) && data.height > 0);
    assert.ok(frames.some((f) => f.src.endsWith(data.widget)), data.widget);
  }

  // The host page: same text, title, globals, storage, focus and markup.
  const afterLoad = await hostState(page);
  assert.deepEqual({ ...afterLoad, scrollX: 0 }, { ...before, scrollX: 0 });

  // A same-looking message from the page itself (not one of its frames) resizes nothing.
  const sizes = await page.locator('iframe').evaluateAll((els) => els.map((e) => e.style.height));
  await page.evaluate((widget) => {
    window.postMessage({ type: 'rating-explainer:height', version: 1, height: 77, widget }, '*');
  }, new URL(frames[0].src).hash);
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
  assert.deepEqual(await page.locator('iframe').evaluateAll((els) => els.map((e) => e.style.height)), sizes);

  // Only the two origins were asked for anything.
  const origins = [...new Set(requests)].sort();
  assert.deepEqual(origins, [new URL(app.baseUrl).origin, new URL(url).origin].sort());
  assert.deepEqual(app.consoleErrors, []);
});

test('without the script each frame keeps its fixed height', async () => {
  const app = await newApp({ viewport: { width: 1024, height: 800 } });
  const url = await writeArticle(app, 'no-script.html', { withScript: false });
  const page = await (await app.page.context().browser().newContext({ viewport: { width: 360, height: 700 } })).newPage();
  await page.goto(url);
  assert.equal(await page.locator('script[src$="embed.js"]').count(), 0);
  for (const { el, src } of await widgets(page)) {
    const fixed = Number(await el.getAttribute('height'));
    await loaded(el);
    // The widget has spoken (the host's own listener heard it) and nothing moved.
    await page.waitForFunction((w) => window.hostMessages.some((m) => m.data && w.endsWith(m.data.widget)), src);
    assert.equal(await el.evaluate((e) => e.style.height), '', src);
    assert.equal(Math.round(await el.evaluate((e) => e.getBoundingClientRect().height)), fixed, src);
  }
});

test('without the script every widget is whole at its snippet\'s height, in a 320 and a 640 px column', async () => {
  const app = await newApp({ viewport: { width: 1024, height: 800 } });
  const url = await writeArticle(app, 'no-script-fit.html', { withScript: false });
  const page = await (await app.page.context().browser().newContext({ viewport: { width: 1024, height: 700 } })).newPage();
  await page.goto(url);
  // Each kind of widget's fixed height, as its snippet gives it.
  const heights = {};
  for (const { el, src } of await widgets(page)) {
    const kind = new URL(src).hash.replace(/\?.*$/, '').replace(/^(#\/embed\/rating)\/\w+$/, '$1/code');
    heights[kind] = Number(await el.getAttribute('height'));
  }
  assert.deepEqual(Object.keys(heights).sort(), ['#/embed/rating', '#/embed/rating/code', '#/embed/ratings-chart', '#/embed/recommendations', '#/embed/timeline', '#/embed/what-if']);
  // Every variant a snippet can hold, the longest included: each question,
  // a scenario with every score changed, the timeline's filters.
  const codes = corpus.fiw.categories.flatMap((c) => c.subcategories.flatMap((s) => s.indicators.map((i) => i.code)));
  const allChanged = codes.map((c) => `${c}.${c === 'A1' ? 4 : 0}`).join(',');
  const variants = [
    '#/embed/rating', ...codes.map((c) => `#/embed/rating/${c}`), '#/embed/ratings-chart',
    '#/embed/timeline', '#/embed/timeline?theme=media', '#/embed/timeline?q=constitution', '#/embed/timeline?theme=media&from=2015',
    '#/embed/recommendations', '#/embed/recommendations?status=no-action',
    '#/embed/what-if', '#/embed/what-if?s=A1.4,B1.3', `#/embed/what-if?s=${allChanged}`,
  ];
  const cut = [];
  for (const width of [320, 640]) {
    const frame = await newApp({ viewport: { width, height: 200 } });
    for (const variant of variants) {
      const kind = variant.replace(/\?.*$/, '').replace(/^(#\/embed\/rating)\/\w+$/, '$1/code');
      await frame.page.setViewportSize({ width, height: heights[kind] });
      await frame.open(variant);
      const content = await frame.page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      if (content > heights[kind]) cut.push(`${variant} at ${width} px: ${content} px in ${heights[kind]}`);
    }
    await frame.page.context().close();
  }
  assert.deepEqual(cut, []);
});

test('with JavaScript off, the article says what each widget is and links to the full view', async () => {
  const app = await newApp({ viewport: { width: 1024, height: 800 } });
  const url = await writeArticle(app, 'no-js.html');
  const page = await (await app.page.context().browser().newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(url);
  const notes = await page.locator('noscript').evaluateAll((ns) => ns.map((n) => n.textContent));
  assert.equal(notes.length, [...FIXTURE.matchAll(MARKER)].length);
  for (const note of notes) {
    assert.match(note, /^.+: open it in .+\.$/);
  }
  // The noscript content is shown, as links to the full app.
  const links = await page.locator('main figure noscript a').evaluateAll((as) => as.map((a) => a.href));
  assert.equal(links.length, notes.length);
  for (const href of links) assert.equal(new URL(href).origin, new URL(app.baseUrl).origin);
  assert.ok(links.some((h) => h.endsWith('#/rating/D1')), links.join(' '));
  assert.ok(links.some((h) => h.endsWith('#/what-if?s=A1.4%2CB1.3')), links.join(' '));
  // Inside each frame, the widgets' page says what it is and links to
  // the explainer, in a new tab.
  const first = await page.locator('iframe').first().elementHandle();
  await first.scrollIntoViewIfNeeded();
  // The frame's document once it is the widgets' page (not the first, blank one).
  let frame = await first.contentFrame();
  for (let i = 0; i < 100 && !/\/embed\.html/.test(frame?.url() ?? ''); i++) {
    await new Promise((ok) => setTimeout(ok, 50));
    frame = await first.contentFrame();
  }
  const open = frame.getByRole('link', { name: 'open the explainer in its own tab' });
  await open.waitFor();
  assert.equal(await open.getAttribute('href'), 'index.html');
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await frame.locator('.loading-line').isVisible(), false);
});

test('the Embed dialog: opens by keyboard, copies the snippet, Escape closes it and focus returns', async () => {
  const app = await newApp({ viewport: { width: 1024, height: 800 } });
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
  await app.open('#/what-if?s=A1.4');
  const button = app.page.getByRole('button', { name: 'Embed: What-if scenario' });
  await button.focus();
  await app.page.keyboard.press('Enter');
  const dialog = app.page.getByRole('dialog', { name: 'Embed “What-if scenario” in your page' });
  await dialog.waitFor();
  const snippet = await dialog.getByLabel('HTML to paste').inputValue();
  const lines = snippet.split('\n');
  assert.equal(lines.length, 3);
  // Light by default, for a light news page.
  assert.match(lines[0], /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?scheme=light#\/embed\/what-if\?s=A1\.4" title="What-if scenario – [^"]+" width="100%" height="\d+" loading="lazy"/);
  assert.match(lines[1], /^<noscript><p>What-if scenario: <a href="http:\/\/127\.0\.0\.1:\d+\/#\/what-if\?s=A1\.4">/);
  assert.match(lines[2], /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  // The script the snippet names is served.
  const script = await app.page.evaluate(async (src) => (await fetch(src)).text(), lines[2].match(/src="([^"]+)"/)[1]);
  assert.equal(script, readFileSync('public/embed.js', 'utf8'));

  await dialog.getByRole('button', { name: 'Copy the HTML' }).click();
  await dialog.getByText('Copied.').waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), snippet);

  // The colours can follow a dark page or the reader's setting instead.
  const colours = dialog.getByLabel('Colours');
  await colours.selectOption('dark');
  assert.match(await dialog.getByLabel('HTML to paste').inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?scheme=dark#\/embed\/what-if\?s=A1\.4"/);
  assert.match(await dialog.getByRole('link', { name: /Preview the widget/ }).getAttribute('href'), /^\/embed\.html\?scheme=dark#\/embed\/what-if\?s=A1\.4$/);
  assert.deepEqual(await app.axeViolations(), [], 'axe with the dialog open');
  await colours.selectOption('reader');
  assert.match(await dialog.getByLabel('HTML to paste').inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#\/embed\/what-if\?s=A1\.4"/);

  await app.page.keyboard.press('Escape');
  await app.page.waitForFunction(() => !document.querySelector('dialog[open]'));
  assert.equal(await app.page.evaluate(() => document.activeElement?.textContent), 'Embed: What-if scenario');

  // Views without a widget have no Embed button; the timeline has two.
  for (const hash of ['#/quiz', '#/rating/Z9', '#/no-such-page']) {
    await app.open(hash);
    assert.equal(await app.page.locator('.embed-button').count(), 0, hash);
  }
  await app.open('#/timeline');
  assert.equal(await app.page.locator('.embed-button').count(), 2);
});

test('every widget fits 280 px without sideways scrolling, and an unknown one says so', async () => {
  const app = await newApp({ viewport: { width: 280, height: 600 } });
  const code = corpus.fiw.categories[0].subcategories[0].indicators[0].code;
  for (const hash of ['#/embed/rating', `#/embed/rating/${code}`, '#/embed/ratings-chart', '#/embed/timeline?q=law',
    '#/embed/recommendations', '#/embed/what-if?s=A1.4', '#/embed/nothing', '#/embed/rating/Z9']) {
    await app.open(hash);
    await app.page.locator('[data-testid=embed]').waitFor();
    const { wide, width } = await app.page.evaluate(() => ({
      wide: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(wide <= width, `${hash}: ${wide} px wide in ${width}`);
    assert.equal(await app.page.locator('.site-header, .site-footer, .skip-link').count(), 0, hash);
  }
  // In a 280 px column the widgets stay compact: the score breakdown two
  // questions to a row, the chart before its guide, a question's reasoning
  // with its first paragraph shown and the rest a click away.
  const tall = {};
  for (const hash of ['#/embed/timeline?theme=media', '#/embed/rating', '#/embed/ratings-chart', `#/embed/rating/${code}`]) {
    await app.open(hash);
    tall[hash] = await app.page.locator('main').evaluate((m) => m.getBoundingClientRect().height);
  }
  assert.ok(tall['#/embed/rating'] < 1700, `score breakdown ${tall['#/embed/rating']} px tall`);
  assert.ok(tall['#/embed/ratings-chart'] < 1000, `chart ${tall['#/embed/ratings-chart']} px tall`);
  // Ten events with their summaries folded (4100 px unfolded).
  assert.ok(tall['#/embed/timeline?theme=media'] < 2800, `timeline ${tall['#/embed/timeline?theme=media']} px tall`);
  const narrative = corpus.fiw.categories[0].subcategories[0].indicators[0].narrative;
  const folded = app.page.locator('.embed-reasoning details');
  assert.equal(await app.page.locator('.embed-reasoning > p').count(), 1);
  assert.equal(await folded.locator('p').count(), narrative.length - 1);
  assert.equal(await folded.locator('p').first().isVisible(), false);
  await folded.locator('summary').click();
  assert.equal(await folded.locator('p').first().isVisible(), true);
  await app.open('#/embed/ratings-chart');
  const box = async (sel) => (await app.page.locator(sel).boundingBox()).y;
  assert.ok(await box('.tl-chart') < await box('.tl-guide'), 'the chart comes before its guide');

  // The ratings chart spans the editions rated, drawn at the column's own
  // width so that its labels stay legible instead of shrinking with it.
  await app.open('#/embed/ratings-chart');
  const editions = corpus.nit.ratings.map((r) => r.edition);
  const [firstEdition, lastEdition] = [Math.min(...editions), Math.max(...editions)];
  const chart = await app.page.locator('.tl-chart svg').evaluate((svg) => ({
    drawn: svg.viewBox.baseVal.width,
    shown: svg.getBoundingClientRect().width,
    years: [...svg.querySelectorAll('.tl-tick[text-anchor=middle]')].map((t) => Number(t.textContent)),
    label: svg.querySelector('.tl-tick').getBoundingClientRect().height,
  }));
  assert.ok(chart.years.length >= 3, `${chart.years}`);
  assert.ok(chart.years[0] >= firstEdition && chart.years[0] - firstEdition < 2, `${chart.years}`);
  assert.ok(chart.years.at(-1) <= lastEdition && lastEdition - chart.years.at(-1) < 2, `${chart.years}`);
  assert.ok(chart.drawn / chart.shown < 1.15, `drawn ${chart.drawn} wide, shown ${chart.shown}`);
  assert.ok(chart.label >= 11, `a label ${chart.label} px high`);
  // A wider column (a phone turned sideways) redraws it wider.
  await app.page.setViewportSize({ width: 600, height: 600 });
  await app.page.waitForFunction(() => {
    const svg = document.querySelector('.tl-chart svg');
    return svg.viewBox.baseVal.width / svg.getBoundingClientRect().width > 0.9 && svg.viewBox.baseVal.width > 500;
  });
  await app.page.setViewportSize({ width: 280, height: 600 });

  await app.open('#/embed/nothing');
  assert.equal(await app.heading().textContent(), 'Widget not found');
  assert.equal(await app.page.getByTestId('embed-missing').count(), 1);
  // A widget's figures come from the corpus.
  await app.open('#/embed/what-if?s=A1.4');
  const a1 = corpus.fiw.categories[0].subcategories[0].indicators[0];
  assert.match(await app.page.getByTestId('embed-result').textContent(), new RegExp(`^${corpus.fiw.score + 4 - a1.score} of ${corpus.fiw.max}`));
  // Worked-out ratings credit the rules they follow.
  assert.match(await app.page.locator('.embed-credit').textContent(), /sources: Freedom in the World 2019[^.]*\. Scoring rules: Freedom House, Freedom in the World 2019 Methodology\./);
  await app.open('#/embed/timeline?theme=media');
  // The events' titles and summaries are the explainer's, and say so on screen.
  const own = app.page.getByText("Titles, summaries and directions are this explainer's words and judgments");
  assert.equal(await own.isVisible(), true);
  assert.doesNotMatch(await app.page.locator('.embed-credit').textContent(), /quoting|Scoring rules/);
  const media = corpus.events.filter((e) => e.themes.includes('media')).length;
  assert.equal(await app.page.locator('.embed-event').count(), Math.min(media, 5));
  assert.match(await app.page.getByTestId('embed-count').textContent(), new RegExp(`\\b${media}\\b`));
  // Each summary is folded under its event, and opens in place.
  const first = app.page.locator('.embed-event').first();
  const summary = first.locator('details p');
  assert.equal(await summary.isVisible(), false);
  const title = await first.locator('h2').textContent();
  const toggle = first.locator('summary');
  assert.equal(await toggle.textContent(), `Summary: ${title}`);
  await toggle.focus();
  await app.page.keyboard.press('Enter');
  assert.equal(await summary.isVisible(), true);
  const shown = corpus.events.find((e) => e.title === title);
  assert.equal(await summary.textContent(), shown.summary);
});

test('until the app starts, a widget or a page the build did not render (a filter) shows a loading line, not the summary', async () => {
  // The WebAssembly is held back until the checks are done.
  const held = async (app) => {
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await app.page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
    return release;
  };
  const app = await newApp({ viewport: { width: 320, height: 560 } });
  const release = await held(app);
  await app.page.goto(`${app.baseUrl}#/embed/timeline?theme=media`);
  const placeholder = app.page.locator('#static-page .loading-line.for-widget');
  await placeholder.waitFor({ state: 'visible' });
  assert.match(await placeholder.textContent(), /Loading the widget/);
  assert.equal(await placeholder.getByRole('link').getAttribute('target'), '_blank');
  assert.equal(await app.page.locator('#static-page h1').isVisible(), false);
  assert.equal(await app.page.locator('#static-page .site-header').isVisible(), false);
  // The note for readers without JavaScript gives way to the loading line.
  assert.equal(await app.page.locator('.widget-static-note').isVisible(), false);
  release();
  await app.page.locator('.embed-main').waitFor();
  assert.equal(await app.page.locator('#static-page').count(), 0);

  // The site's other pages keep the header and show their own loading
  // line.
  const site = await newApp();
  const releaseSite = await held(site);
  await site.page.goto(`${site.baseUrl}#/timeline?theme=media`);
  await site.page.locator('#static-page .loading-line.for-page').waitFor({ state: 'visible' });
  assert.equal(await site.page.locator('#static-page .site-header').isVisible(), true);
  assert.equal(await site.page.locator('#static-page h1').isVisible(), false);
  assert.equal(await site.page.locator('#static-page .loading-line.for-widget').isVisible(), false);
  releaseSite();
  await site.page.locator('[data-testid=timeline-count]').waitFor();
  // A question's address shows that question's score from the summary.
  const question = await newApp({ viewport: { width: 320, height: 560 } });
  const releaseQuestion = await held(question);
  const d1 = corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators).find((i) => i.code === 'D1');
  await question.page.goto(`${question.baseUrl}#/rating/d1`);
  await question.page.locator('#static-page .loading-line.for-page').waitFor({ state: 'visible' });
  const rows = question.page.locator('#static-page .static-questions tbody tr');
  await rows.first().waitFor({ state: 'attached' });
  const shown = await rows.evaluateAll((all) => all.filter((r) => r.offsetParent !== null).map((r) => r.textContent));
  assert.equal(shown.length, 1, JSON.stringify(shown));
  assert.match(shown[0], new RegExp(`^D1 .+${d1.score} of ${d1.max}$`));
  releaseQuestion();
  await question.page.locator('[data-testid=indicator]').waitFor();
  assert.equal(await question.page.locator('#static-page').count(), 0);
  // The overview shows its drawing; if the drawing does not come, its
  // summary.
  const overview = await newApp();
  const releaseOverview = await held(overview);
  await overview.page.goto(`${overview.baseUrl}#/`);
  await overview.page.locator('#static-page[data-first-view="index"] h1').waitFor({ state: 'visible' });
  assert.equal(await overview.page.locator('#static-page .loading-line.for-page').isVisible(), false);
  releaseOverview();
  const undrawn = await newApp();
  const releaseUndrawn = await held(undrawn);
  await undrawn.page.route('**/first/index.html', (route) => route.abort());
  await undrawn.page.goto(`${undrawn.baseUrl}#/`);
  await undrawn.page.locator('#static-page .static-questions').waitFor({ state: 'visible' });
  assert.equal(await undrawn.page.locator('#static-page .loading-line.for-page').isVisible(), false);
  assert.equal(await undrawn.page.locator('#static-page[data-first-view]').count(), 0);
  releaseUndrawn();

  // A widget that cannot start says so, with a link to its full view in
  // the explainer, in place of the loading line.
  const broken = await newApp();
  await broken.page.route('**/*.wasm', (route) => route.abort());
  await broken.page.goto(`${broken.baseUrl}#/embed/rating/D1`);
  await broken.page.locator('#app-failed').waitFor();
  const fallback = broken.page.locator('#app-failed a');
  assert.equal(await fallback.getAttribute('href'), 'index.html#/rating/D1');
  assert.equal(await fallback.getAttribute('target'), '_blank');
  assert.equal(await broken.page.locator('#static-page .loading-line.for-widget').isVisible(), false);
  // The widget the build rendered stays, under the notice.
  await broken.page.locator('#static-page[data-first-view="embed/rating/D1"] .embed').waitFor();
  // The chart's full view is the timeline.
  const brokenChart = await newApp();
  await brokenChart.page.route('**/*.wasm', (route) => route.abort());
  await brokenChart.page.goto(`${brokenChart.baseUrl}embed.html#/embed/ratings-chart`);
  await brokenChart.page.locator('#app-failed').waitFor();
  assert.equal(await brokenChart.page.locator('#app-failed a').getAttribute('href'), 'index.html#/timeline');
  // A question the build did not render (here, by its address in lower
  // case) that cannot start shows the whole summary, every question. (One
  // it rendered keeps its view: first_view.test.mjs.)
  const brokenQuestion = await newApp();
  await brokenQuestion.page.route('**/*.wasm', (route) => route.abort());
  await brokenQuestion.page.goto(`${brokenQuestion.baseUrl}#/rating/d1`);
  await brokenQuestion.page.locator('#app-failed').waitFor();
  await brokenQuestion.page.locator('#static-page h1').waitFor({ state: 'visible' });
  const visible = await brokenQuestion.page.locator('#static-page .static-questions tbody tr').evaluateAll(
    (all) => all.filter((r) => r.offsetParent !== null).length);
  assert.equal(visible, 25);
});

test("a widget takes the colours its address asks for, whatever the reader's setting; without one, the reader's", async () => {
  const background = (app) => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkReader = await newApp({ viewport: { width: 360, height: 700 }, colorScheme: 'dark' });
  await darkReader.page.goto(`${darkReader.baseUrl}?scheme=light#/embed/rating`);
  await darkReader.page.locator('[data-testid=embed]').waitFor();
  assert.equal(await background(darkReader), 'rgb(255, 255, 255)');
  assert.deepEqual(await darkReader.axeViolations(), [], 'axe, light in a dark system');
  await darkReader.page.goto(`${darkReader.baseUrl}#/embed/rating`);
  await darkReader.page.reload();
  await darkReader.page.locator('[data-testid=embed]').waitFor();
  assert.equal(await background(darkReader), 'rgb(18, 20, 23)');

  const lightReader = await newApp({ viewport: { width: 360, height: 700 }, colorScheme: 'light' });
  await lightReader.page.goto(`${lightReader.baseUrl}?scheme=dark#/embed/timeline?theme=media`);
  await lightReader.page.locator('[data-testid=embed]').waitFor();
  assert.equal(await background(lightReader), 'rgb(18, 20, 23)');
  assert.deepEqual(await lightReader.axeViolations(), [], 'axe, dark in a light system');
  // The full site is the reader's, even with a widget's query kept by its
  // "open the full view" link.
  await lightReader.page.goto(`${lightReader.baseUrl}?scheme=dark#/rating`);
  await lightReader.page.reload();
  await lightReader.heading().waitFor();
  assert.equal(await background(lightReader), 'rgb(255, 255, 255)');
  // Without a scheme in the address, the page follows the system as it changes.
  await lightReader.page.goto(`${lightReader.baseUrl}#/`);
  await lightReader.page.reload();
  await lightReader.heading().waitFor();
  assert.equal(await background(lightReader), 'rgb(255, 255, 255)');
  await lightReader.page.emulateMedia({ colorScheme: 'dark' });
  await lightReader.page.waitForFunction(() => document.documentElement.dataset.scheme === 'dark');
  assert.equal(await background(lightReader), 'rgb(18, 20, 23)');
});
