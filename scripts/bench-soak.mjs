// Part of the benchmark (not a test): a soak run. Walks every view, every
// indicator and a thousand timeline filter changes, twice, and prints the
// JavaScript heap (after a forced garbage collection) and the WebAssembly
// memory after the first full pass and at the end; the end should stay
// within 10 % of the start. Run by `make bench`, after the build.
import { serve } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { corpus } from '../tests/e2e/support/corpus.mjs';
import { ROUTES } from '../tests/e2e/support/routes.mjs';

const FILTER_CHANGES = Number(process.env.SOAK_FILTER_CHANGES ?? 1000);
const themes = [...new Set(corpus.events.flatMap((e) => e.themes))];
const years = corpus.events.map((e) => Number(String(e.date).slice(0, 4)));
const [first, last] = [Math.min(...years), Math.max(...years)];
const indicators = corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators).map((i) => `#/rating/${i.code}`);
const events = corpus.events.slice(0, 20).map((e) => `#/timeline/${e.id}`);
const items = corpus.items.slice(0, 20).map((i) => `#/recommendations/${i.id}`);

/** The n-th filter address: themes, years and words in turn. */
function filter(n) {
  const theme = themes[n % themes.length];
  const from = first + (n % (last - first + 1));
  const words = ['law', 'press', 'election', 'court', ''][n % 5];
  return `#/timeline?theme=${theme}&from=${from}${words ? `&q=${words}` : ''}`;
}

const server = await serve('dist');
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  await page.goto(server.url + '#/');
  await page.waitForFunction(() => window.__wasm && !document.getElementById('static-page'));

  const go = (hash) => page.evaluate((h) => new Promise((ok) => {
    location.hash = h;
    requestAnimationFrame(() => requestAnimationFrame(ok));
  }), hash);
  async function pass() {
    for (const hash of [...ROUTES, ...indicators, ...events, ...items]) await go(hash);
    for (let n = 0; n < FILTER_CHANGES; n++) await go(filter(n));
    await go('#/');
  }
  async function memory() {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    return { heap, wasm };
  }

  const steps = ROUTES.length + indicators.length + events.length + items.length + FILTER_CHANGES + 1;
  console.log(`\nSoak: ${steps} address changes per pass (every view, every indicator, ${FILTER_CHANGES} filter changes)`);
  const before = await memory();
  await pass();
  const start = await memory();
  const t0 = performance.now();
  await pass();
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const end = await memory();
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(`  at load:              JS heap ${mb(before.heap)}, WebAssembly memory ${mb(before.wasm)}`);
  console.log(`  after the first pass: JS heap ${mb(start.heap)}, WebAssembly memory ${mb(start.wasm)}`);
  console.log(`  after the second:     JS heap ${mb(end.heap)} (${pct(start.heap, end.heap)}), WebAssembly memory ${mb(end.wasm)} (${pct(start.wasm, end.wasm)}); pass took ${seconds} s`);
  const flat = end.heap <= start.heap * 1.1 && end.wasm <= start.wasm * 1.1;
  console.log(`  memory flat within 10 % after the first pass: ${flat ? 'met' : 'MISSED'}`);
} finally {
  await browser.close();
  await server.close();
}
