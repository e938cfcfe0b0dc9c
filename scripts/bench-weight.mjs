// The benchmark's weights (not a test): what each entry point downloads
// before its first view is on screen, against the budgets of "A light first
// view", and what each part of the build weighs.
//
// Each address is opened in a fresh browser context (empty cache) from
// dist/, served compressed; every file requested until the view is drawn
// (the build's rendering of the view is on screen, `first-view-drawn`, or
// else the app's own view, `first-view`) is counted at its gzip -9 size, as a host
// would serve it. What is fetched later, while the browser is idle, is
// listed apart. A widget is measured inside a host page, as an article
// embeds it. Run by `make bench` after the release build; `node
// scripts/bench-weight.mjs` on its own after `make dist`.
import { readFile, mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/e2e/support/server.mjs';
import { files } from './files.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const kB = (n) => (n / 1000).toFixed(1);
const gzipOf = new Map();

async function gzipSize(file) {
  if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(await readFile(file), { level: 9 }).length);
  return gzipOf.get(file);
}


/** What a file is, for the breakdown. */
function kind(name) {
  if (name.endsWith('embed.html')) return 'widgets\' page';
  if (name.startsWith('first/')) return 'first view, rendered by the build';
  if (name.endsWith('.html')) return 'page (static summary)';
  if (name.endsWith('/widgets.js')) return 'widgets\' glue (wasm-bindgen)';
  if (name.endsWith('widgets_bg.wasm')) return 'widgets\' module: framework, widgets';
  if (name.startsWith('widget-data/')) return 'widget data (a slice of the corpus)';
  if (name.endsWith('.css')) return 'styles';
  if (name.endsWith('/main.js')) return 'glue (wasm-bindgen)';
  if (name.endsWith('__wasm_split.js')) return 'module links (wasm-split)';
  if (name.endsWith('main_bg.wasm')) return 'main module: framework, shell, corpus';
  const area = /split_(\w+)\.wasm$/.exec(name);
  if (area) return `area: ${area[1]}`;
  if (/chunk_\d+\.wasm$/.test(name)) return 'code shared by some areas';
  if (name.endsWith('.js')) return 'script';
  return 'other';
}

const BUDGETS = [
  { label: 'overview', address: 'index.html#/', budget: 300 },
  { label: 'a shared question', address: 'index.html#/rating/D1', budget: 300 },
  { label: 'timeline', address: 'index.html#/timeline', budget: 300 },
  { label: 'tracker', address: 'index.html#/recommendations', budget: 300 },
  { label: 'widget: score breakdown', address: 'host.html?w=rating', budget: 150 },
  { label: 'widget: one question', address: 'host.html?w=rating/D1', budget: 150 },
  { label: 'widget: ratings chart', address: 'host.html?w=ratings-chart', budget: 150 },
  { label: 'widget: timeline', address: 'host.html?w=timeline', budget: 150 },
  { label: 'widget: tracker', address: 'host.html?w=recommendations', budget: 150 },
  { label: 'widget: old snippet', address: 'host.html?w=rating&old', budget: 150 },
];

/** A news article with a widget's snippet in it, beside the site. */
const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body><article><h1>An article</h1><p>Text of the article.</p>
<iframe id="w" title="widget" width="640" height="640" style="border:0;max-width:100%"></iframe>
<script>
// As the Embed dialog's snippet has it (embed.html), or as older snippets did (index.html).
var q = new URLSearchParams(location.search);
document.getElementById('w').src = (q.has('old') ? 'index.html' : 'embed.html') + '#/embed/' + q.get('w');
</script>
</article></body></html>`;

async function measure(browser, url, address, root) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(url + address);
  const framed = address.startsWith('host.html');
  const frame = framed ? await (await page.waitForSelector('iframe')).contentFrame() : page.mainFrame();
  // Drawn: the build's rendering of the view is on screen (the page's
  // `first-view-drawn` mark), or else the app's own view (`first-view`).
  // Ready: the app has taken the view over and answers the reader.
  await frame.waitForFunction(() =>
    performance.getEntriesByName('first-view').length > 0
    && !document.getElementById('static-page')
    && document.querySelector('main h1')
    && !document.querySelector('main [aria-busy="true"]'));
  // What the idle prefetch brings, for the record.
  await page.waitForTimeout(4000);
  // The frame's own resources, split at the moment its view was drawn; the
  // page itself (the frame's document) is always before.
  const entries = await frame.evaluate(() => {
    const ready = performance.getEntriesByName('first-view')[0].startTime;
    const drawn = (performance.getEntriesByName('first-view-drawn')[0] ?? { startTime: ready }).startTime;
    return [
      { name: location.href, late: false, ready: true },
      ...performance.getEntriesByType('resource').map((e) => ({
        name: e.name, late: e.startTime > drawn, ready: e.startTime <= ready,
      })),
    ];
  });
  // What the frame asked for before its final page (an old snippet's
  // index.html, and what it began to fetch before it sent the frame on)
  // came before the view too.
  const listed = new Set(entries.map((e) => new URL(e.name).pathname));
  for (const url of requested) {
    const path = new URL(url).pathname;
    if (!listed.has(path) && !path.endsWith('/host.html')) {
      entries.push({ name: url, late: false, ready: true });
      listed.add(path);
    }
  }
  await context.close();
  const before = new Map();
  const after = new Map();
  const ready = new Map();
  for (const r of entries) {
    const path = decodeURIComponent(new URL(r.name).pathname).replace(/^\//, '') || 'index.html';
    const size = await gzipSize(join(root, path)).catch(() => 0);
    (r.late ? after : before).set(path, size);
    if (r.ready) ready.set(path, size);
  }
  for (const name of before.keys()) after.delete(name);
  return { before, after, ready };
}

const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'bench-weight-'));
  await cp(process.env.BENCH_DIST ?? 'dist', root, { recursive: true });
  await writeFile(join(root, 'host.html'), HOST);
  const server = await serve(root, { compress: true });
  const browser = await launch();
  const rows = [];
  try {
    for (const b of BUDGETS) {
      process.stderr.write(`measuring ${b.label}\n`);
      rows.push({ ...b, ...(await measure(browser, server.url, b.address, root)) });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('\nWhat each entry point loads before its first view is drawn (gzip -9, kB = 1000 bytes)');
  console.log('("app ready": everything loaded by the time the app has taken the view over)');
  console.log(`${'entry'.padEnd(28)}${'files'.padStart(6)}${'loaded'.padStart(9)}${'budget'.padStart(8)}  verdict ${'app ready'.padStart(10)}  later, when idle`);
  for (const r of rows) {
    const total = sum(r.before);
    const verdict = total <= r.budget * 1000 ? 'met' : 'MISSED';
    console.log(`${r.label.padEnd(28)}${String(r.before.size).padStart(6)}${kB(total).padStart(9)}${String(r.budget).padStart(8)}  ${verdict.padEnd(8)}${kB(sum(r.ready)).padStart(9)}  ${kB(sum(r.after))} kB in ${r.after.size} files`);
  }

  console.log('\nWhat each entry point loads, by part (gzip -9 kB)');
  const kinds = [...new Set((await files(process.env.BENCH_DIST ?? 'dist')).map((f) => kind(relative(process.env.BENCH_DIST ?? 'dist', f))))];
  for (const r of rows) {
    const parts = new Map();
    for (const [name, size] of r.before) parts.set(kind(name), (parts.get(kind(name)) ?? 0) + size);
    console.log(`  ${r.label}: ${[...parts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kB(v)}`).join('; ')}`);
  }

  console.log('\nThe build, by part (every file in dist/ but data/, gzip -9 kB)');
  const whole = new Map();
  const counts = new Map();
  for (const f of await files('dist')) {
    const name = relative(process.env.BENCH_DIST ?? 'dist', f);
    if (name.startsWith('data/')) continue;
    const k = kind(name);
    whole.set(k, (whole.get(k) ?? 0) + (await gzipSize(f)));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const k of kinds.filter((k) => whole.has(k)).sort((a, b) => whole.get(b) - whole.get(a))) {
    console.log(`  ${k.padEnd(44)}${kB(whole.get(k)).padStart(8)}  (${counts.get(k)} file${counts.get(k) === 1 ? '' : 's'})`);
  }
  const corpus = gzipSync(await readFile('corpus/corpus.json'), { level: 9 }).length;
  console.log(`  of the main module, the corpus JSON alone   ${kB(corpus).padStart(8)}`);
}

await main();
