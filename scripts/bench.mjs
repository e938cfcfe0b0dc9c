// The benchmark (not a test): prints the size of every file in dist/ (raw,
// gzip -9, brotli) and the start-up time of the first view in headless
// Chromium, over cold loads, unthrottled and with 4x CPU throttling, beside
// what the browser alone takes here (the first paint of a page with one
// paragraph, and of the built page with its app taken out); then
// the time from an input to its effect (a step of the walkthrough, a what-if
// change, a tracker filter and grouping change, a timeline filter change and
// a keystroke in its search box, and a keystroke in the site search over the
// whole corpus).
//
// Run with `make bench` (which builds the release first). Options through the
// environment: BENCH_LOADS (default 15); BENCH_ONLY=search runs only the
// site search's part, BENCH_ONLY=interactions only the walkthrough's, the
// what-if's and the tracker's.
import { readdir, readFile, stat, mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../tests/e2e/support/server.mjs';
import { files } from './files.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);


async function sizes() {
  console.log('\nTransfer sizes of dist/ (kB = 1000 bytes); the total is the whole site, every area of it,');
  console.log('without the data downloads in data/ (what each first view loads: scripts/bench-weight.mjs)');
  console.log(`${'file'.padEnd(48)}${'raw'.padStart(8)}${'gzip-9'.padStart(8)}${'brotli'.padStart(8)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of await files('dist')) {
    const body = await readFile(file);
    const gzip = gzipSync(body, { level: 9 }).length;
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
    const name = relative('dist', file);
    if (!name.startsWith('data/')) {
      total.raw += body.length;
      total.gzip += gzip;
      total.brotli += brotli;
    }
    console.log(`${name.padEnd(48)}${kb(body.length)}${kb(gzip)}${kb(brotli)}`);
  }
  console.log(`${'the whole site (all but data/)'.padEnd(48)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
  if (existsSync('dist-single/explainer.html')) {
    const single = await readFile('dist-single/explainer.html');
    console.log(`${'single-file edition (dist-single/)'.padEnd(48)}${kb(single.length)}${kb(gzipSync(single, { level: 9 }).length)}`);
  }
  return total;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median = sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { n: sorted.length, median, min: sorted[0], p90: at(0.9), max: sorted[sorted.length - 1] };
}

/** A one-frame budget judged at the median, the p90 and the worst sample. */
function frameVerdict(s) {
  const verdict = (v) => (v <= 16 ? 'met' : 'MISSED');
  return `median ${s.median.toFixed(1)} ms ${verdict(s.median)}, p90 ${s.p90.toFixed(1)} ms ${verdict(s.p90)}, worst ${s.max.toFixed(1)} ms ${verdict(s.max)}`;
}

const fmt = (s) =>
  `median ${s.median.toFixed(1)} ms  (min ${s.min.toFixed(1)}, p90 ${s.p90.toFixed(1)}, max ${s.max.toFixed(1)}; n=${s.n})`;

async function corpusSize() {
  const body = await readFile('corpus/corpus.json');
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`\nEmbedded corpus (corpus/corpus.json, inside the wasm): raw ${kb(body.length).trim()} kB, gzip-9 ${kb(gzip).trim()} kB, brotli ${kb(brotli).trim()} kB`);
}

/**
 * A pause between sections: closing thirty cold contexts leaves the browser
 * busy for a while (collecting, tearing down processes), which on a 2-core
 * machine would be counted against the next section's first samples.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

/** A page in a fresh context, a cold profile (empty cache, no service
 * worker), with the CPU slowed `rate` times. */
async function coldPage(browser, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/** The entry points whose start-up is timed. */
const ENTRY_POINTS = ['#/', '#/rating/D1', '#/timeline', '#/recommendations'];

/**
 * Times the start-up of `address`: when its first view is drawn (the
 * build's rendering, `first-view-drawn`, else the app's own view), when
 * the app has taken it over (`first-view`), the first contentful paint,
 * and the longest task from navigation until a second after the app took
 * over (a `longtask` observer set before the page's own scripts).
 */
async function startup(browser, url, rate, address) {
  const drawn = [];
  const ready = [];
  const firstPaint = [];
  const longest = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await coldPage(browser, rate);
    await page.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(`${url}${address}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-view').length > 0);
    await page.waitForTimeout(1000);
    const t = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        drawn: mark('first-view-drawn') ?? mark('first-view'),
        ready: mark('first-view'),
        fcp: mark('first-contentful-paint'),
        longest: Math.max(0, ...window.__tasks),
      };
    });
    drawn.push(t.drawn);
    ready.push(t.ready);
    if (t.fcp !== null) firstPaint.push(t.fcp);
    longest.push(t.longest);
    await context.close();
  }
  const label = `CPU ${rate}x  ${address.padEnd(18)}`;
  console.log(`  ${label} first view drawn:        ${fmt(summary(drawn))}`);
  console.log(`  ${label} first contentful paint:  ${fmt(summary(firstPaint))}`);
  console.log(`  ${label} app took the view over:  ${fmt(summary(ready))}`);
  console.log(`  ${label} longest start-up task:   ${fmt(summary(longest))}`);
  return { address, rate, drawn: summary(drawn), longest: summary(longest) };
}

/**
 * What the browser alone costs on this machine, for reading the start-up
 * figures: the first paint of a page with one paragraph, and of the built
 * page with its app taken out (the static summary and the stylesheet only).
 */
async function references(browser, rate) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-ref-'));
  await writeFile(join(dir, 'one.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One paragraph</title></head><body><p>One paragraph.</p></body></html>');
  // The app taken out: its module, and the script that draws the build's
  // rendering of the first view (the static summary stays).
  const page = (await readFile('dist/index.html', 'utf8'))
    .replace(/<script type="module">[\s\S]*?<\/script>/g, '')
    .replace(/<script>(?:(?!<\/script>)[\s\S])*window\.firstView =[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
  await writeFile(join(dir, 'index.html'), page);
  for (const name of await readdir('dist')) {
    if (name.endsWith('.css')) await copyFile(join('dist', name), join(dir, name));
  }
  const server = await serve(dir);
  let reference = null;
  try {
    for (const [label, path] of [['a page with one paragraph', 'one.html'], ['the static summary alone (no app)', 'index.html#/']]) {
      const paints = [];
      for (let i = 0; i < LOADS; i++) {
        const { context, page: p } = await coldPage(browser, rate);
        await p.goto(`${server.url}${path}`);
        const fcp = await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
        paints.push(await fcp.jsonValue());
        await context.close();
      }
      console.log(`  CPU ${rate}x  first paint, ${label}: ${fmt(summary(paints))}`);
      if (path === 'index.html#/') reference = summary(paints);
    }
  } finally {
    await server.close();
  }
  return reference;
}

// Times, inside the page, from an input event to the DOM showing its effect:
// `act` is the name of a page function that fires the input; the watched
// element's text must change. Returns milliseconds per sample; with
// `whole`, also collects in `whole` the time until no part of the view is
// still filling in after the first frame (`aria-busy`).
async function interaction(page, samples, act, watch, whole) {
  const result = await page.evaluate(async ({ samples, act, watch, withWhole }) => {
    const times = [];
    const wholeTimes = [];
    const settledAt = () => new Promise((resolve) => {
      const check = () => !document.querySelector('main [aria-busy="true"]');
      if (check()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (check()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true });
    });
    for (let i = 0; i < samples; i++) {
      const target = document.querySelector(watch);
      const before = target.textContent;
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const now = document.querySelector(watch);
          if (now && now.textContent !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      window[act](i);
      times.push((await done) - t0);
      if (withWhole) wholeTimes.push((await settledAt()) - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { times, wholeTimes };
  }, { samples, act, watch, withWhole: Boolean(whole) });
  if (whole) whole.push(...result.wholeTimes);
  return result.times;
}

// Like `interaction`, for the timeline: from the input event to the first
// batch of DOM changes in the page (Leptos applies one update in one
// batch; the highlights follow a frame later), checking each time that the
// shown events agree with the count.
async function timelineInteraction(page, samples, act) {
  return page.evaluate(async ({ samples, act }) => {
    const times = [];
    let mismatches = 0;
    const shown = () => [...document.querySelectorAll('.tl-list article')].filter((a) => a.offsetParent !== null).length;
    const counted = () => Number(document.querySelector('[data-testid=timeline-count]').textContent.match(/(\d+)/)[1]);
    for (let i = 0; i < samples; i++) {
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
        // An input that changes nothing on screen (the same events, no
        // marks) makes no mutation: count it as done at the frame's end.
        requestAnimationFrame(() => setTimeout(() => {
          observer.disconnect();
          resolve(performance.now());
        }, 0));
      });
      const t0 = performance.now();
      window[act](i);
      times.push((await done) - t0);
      if (shown() !== counted()) mismatches++;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { times, mismatches };
  }, { samples, act });
}

async function timeline(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${url}#/timeline`);
  await page.waitForSelector('.tl-list:not([aria-busy]) article');
  await appReady(page);
  await page.evaluate(() => {
    // All events shown, then only one theme's, and back.
    window.__tlFilter = () => {
      const box = document.querySelector('#tl-theme-media');
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    };
    // Typing a word and deleting it, a letter at a time.
    const word = 'reform';
    window.__tlKey = (i) => {
      const n = i % (2 * word.length);
      const len = n < word.length ? n + 1 : 2 * word.length - n - 1;
      const box = document.querySelector('#tl-q');
      box.value = word.slice(0, len);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
  });
  const filter = await timelineInteraction(page, 60, '__tlFilter');
  console.log(`  CPU ${rate}x  timeline filter change to list updated: ${fmt(summary(filter.times))}`);
  await page.goto(`${url}#/timeline`);
  await page.waitForSelector('.tl-list:not([aria-busy]) article');
  await appReady(page);
  const keys = await timelineInteraction(page, 60, '__tlKey');
  console.log(`  CPU ${rate}x  timeline keystroke to list updated:     ${fmt(summary(keys.times))}`);
  const mismatches = filter.mismatches + keys.mismatches;
  if (mismatches) console.log(`  CPU ${rate}x  WARNING: ${mismatches} samples ended with the list and the count disagreeing`);
  await context.close();
  return { filter: summary(filter.times), keys: summary(keys.times) };
}

// The site search: from a keystroke's input event to the results panel
// updated (the last DOM change the keystroke causes within its frame, or
// the input handler's return if nothing on screen changed), over words of
// the corpus typed and deleted a letter at a time; checks each time that
// the panel shows what its group counts say. Also reports how long folding
// the corpus into the search index takes in its idle slices, and the box's
// first focus once it is done.
async function siteSearch(browser, url, rate, samples = 120) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${url}#/rating`);
  await page.waitForSelector('#site-search-q');
  await appReady(page);
  // The index is folded in slices a moment after the box appears; a reader
  // who focuses the box later finds it ready.
  await page.waitForFunction(() => performance.getEntriesByName('search-index-idle').length > 0, null, { timeout: 20000 });
  const idle = await page.evaluate(() => performance.getEntriesByName('search-index-idle')[0].duration);
  const focus = await page.evaluate(() => {
    const t0 = performance.now();
    document.querySelector('#site-search-q').focus();
    return performance.now() - t0;
  });
  const result = await page.evaluate(async ({ samples }) => {
    const words = ['constitution', 'Nazarbayev', 'media freedom', 'election', 'religious'];
    const states = words.flatMap((w) => [
      ...[...w].map((_, i) => w.slice(0, i + 1)),
      ...[...w].map((_, i) => w.slice(0, w.length - i - 1)),
    ]);
    const box = document.querySelector('#site-search-q');
    const panel = document.querySelector('.site-search');
    const times = [];
    let mismatches = 0;
    const consistent = () => {
      const groups = [...panel.querySelectorAll('section.search-group')].filter((g) => !g.hidden);
      const expected = groups.reduce((n, g) => n + Math.min(5, Number(g.querySelector('h2').textContent.match(/\((\d+)\)$/)[1])), 0);
      return panel.querySelectorAll('a.search-hit').length === expected;
    };
    for (let i = 0; i < samples; i++) {
      let last = 0;
      const observer = new MutationObserver(() => { last = performance.now(); });
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      const frameEnd = new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      box.value = states[i % states.length];
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const returned = performance.now();
      await frameEnd;
      observer.disconnect();
      times.push(Math.max(last, returned) - t0);
      if (!consistent()) mismatches++;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { times, mismatches };
  }, { samples });
  console.log(`  CPU ${rate}x  search index folded in slices of at most a few ms, first to last: ${idle.toFixed(1)} ms`);
  console.log(`  CPU ${rate}x  first focus of the search box (index ready): ${focus.toFixed(1)} ms`);
  console.log(`  CPU ${rate}x  site search keystroke to results updated: ${fmt(summary(result.times))}`);
  if (result.mismatches) console.log(`  CPU ${rate}x  WARNING: ${result.mismatches} samples ended with the results and their counts disagreeing`);
  await context.close();
  return summary(result.times);
}

/** Waits until the app has taken the view over and built every part of it:
 * the page's drawing of a first view looks the same, but does nothing. */
async function appReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-view').length > 0
    && !document.getElementById('static-page') && !document.querySelector('[aria-busy="true"]'));
}

async function interactions(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  await page.goto(`${url}#/rating/A1`);
  await page.waitForSelector('.progress-text');
  await appReady(page);
  await page.evaluate(() => {
    window.__stepKey = (i) => window.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
  });
  const whole = [];
  const steps = await interaction(page, 40, '__stepKey', '.progress-text', whole);
  console.log(`  CPU ${rate}x  key press to next question shown: ${fmt(summary(steps))}`);
  // Its related lists follow in the task after the first frame's paint.
  console.log(`  CPU ${rate}x  ... to its related lists too:     ${fmt(summary(whole))}`);

  await page.goto(`${url}#/what-if`);
  await page.waitForSelector('#wi-A1');
  await appReady(page);
  await page.evaluate(() => {
    window.__whatIf = (i) => {
      const select = document.querySelector('#wi-A1');
      select.value = String(i % 2 ? 0 : 4);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
  });
  const changes = await interaction(page, 40, '__whatIf', '.wi-status');
  console.log(`  CPU ${rate}x  what-if change to status shown:   ${fmt(summary(changes))}`);

  // The tracker: the grouping and a status filter, each cycled through its
  // choices; timed to the last DOM change of the frame.
  await page.goto(`${url}#/recommendations`);
  await appReady(page);
  // The filters are folded away until the reader opens them.
  await page.locator('details.filter-fold summary').click();
  await page.waitForSelector('#tr-group');
  const cycle = (selector) => `(() => { const s = document.querySelector('${selector}'); s.selectedIndex = (s.selectedIndex + 1) % s.options.length; s.dispatchEvent(new Event('change', { bubbles: true })); })`;
  // Grouping first, with every item shown.
  const groupTimes = await untilFrameEnd(page, 30, cycle('#tr-group'));
  console.log(`  CPU ${rate}x  tracker grouping to list updated:      ${fmt(summary(groupTimes))}`);
  const filterTimes = await untilFrameEnd(page, 30, cycle('#tr-filter-status'));
  console.log(`  CPU ${rate}x  tracker status filter to list updated: ${fmt(summary(filterTimes))}`);
  await context.close();
  return { steps: summary(steps), changes: summary(changes), trackerFilter: summary(filterTimes), trackerGroup: summary(groupTimes) };
}

// Times an input (`act`, a function's source) to the last change it makes
// to the page within its frame, or to the handler's return if it changes
// nothing. Returns milliseconds per sample.
async function untilFrameEnd(page, samples, act) {
  return page.evaluate(async ({ samples, act }) => {
    const fire = (0, eval)(act);
    const times = [];
    for (let i = 0; i < samples; i++) {
      let last = 0;
      const observer = new MutationObserver(() => { last = performance.now(); });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const frameEnd = new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      fire();
      const returned = performance.now();
      await frameEnd;
      observer.disconnect();
      times.push(Math.max(last, returned) - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return times;
  }, { samples, act });
}

/** Runs one section alone, unthrottled then at 4x CPU, with its verdicts. */
async function only(title, section, verdicts) {
  const server = await serve('dist');
  const browser = await launch();
  try {
    console.log(`\n${title}`);
    const fast = await section(browser, server.url, 1);
    await section(browser, server.url, 4);
    for (const [name, s] of verdicts(fast)) console.log(`  ${name} within one frame (16 ms) unthrottled: ${frameVerdict(s)}`);
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'interactions') {
  await only('Interactions (ms from the input event to the DOM showing the result)', interactions, (f) => [
    ['next question', f.steps],
    ['what-if status', f.changes],
    ['tracker status filter', f.trackerFilter],
    ['tracker grouping', f.trackerGroup],
  ]);
}
if (process.env.BENCH_ONLY === 'search') {
  await only('Site search (ms from the input event to the results panel updated)', siteSearch, (f) => [['site search keystroke', f]]);
}

await sizes();
await corpusSize();
const server = await serve('dist');
const browser = await launch();
try {
  console.log(`\nStart-up on loopback, ${LOADS} cold loads each (ms after navigation start)`);
  const starts = [];
  for (const rate of [1, 4]) {
    for (const address of ENTRY_POINTS) starts.push(await startup(browser, server.url, rate, address));
  }
  console.log('  For reference, what the browser alone takes here:');
  const reference = { 1: await references(browser, 1), 4: await references(browser, 4) };
  await settle();
  console.log('\nInteractions (ms from the input event to the DOM showing the result)');
  const fastUi = await interactions(browser, server.url, 1);
  await interactions(browser, server.url, 4);
  await settle();
  console.log('\nTimeline (ms from the input event to the list updated; all events shown at the start)');
  const fastTl = await timeline(browser, server.url, 1);
  await timeline(browser, server.url, 4);
  await settle();
  console.log('\nSite search (ms from the input event to the results panel updated)');
  const fastSearch = await siteSearch(browser, server.url, 1);
  await siteSearch(browser, server.url, 4);
  console.log('\nBudgets');
  for (const st of starts) {
    const limit = 1.5 * reference[st.rate].median;
    console.log(`  CPU ${st.rate}x ${st.address}: first view drawn <= 1.5 x reference (${limit.toFixed(0)} ms): ${st.drawn.median.toFixed(1)} ms ${st.drawn.median <= limit ? 'met' : 'MISSED'}`);
    if (st.rate === 4) console.log(`  CPU 4x ${st.address}: longest start-up task <= 100 ms: median ${st.longest.median.toFixed(1)} ms, worst ${st.longest.max.toFixed(1)} ms ${st.longest.max <= 100 ? 'met' : 'MISSED'}`);
  }
  for (const [name, s] of [['next question', fastUi.steps], ['what-if status', fastUi.changes], ['tracker status filter', fastUi.trackerFilter], ['tracker grouping', fastUi.trackerGroup], ['timeline filter', fastTl.filter], ['timeline keystroke', fastTl.keys], ['site search keystroke', fastSearch]]) {
    console.log(`  ${name} within one frame (16 ms) unthrottled: ${frameVerdict(s)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
