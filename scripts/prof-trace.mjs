// Where a start-up's long tasks go (not a test): one cold load of an
// address at 4x CPU under Chromium's tracing, printing each main-thread
// task over 50 ms with its largest kinds of work.
// Run after `make dist`: `node scripts/prof-trace.mjs '#/timeline'`.
import { readFile } from 'node:fs/promises';
import { serve } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const address = process.argv[2] ?? '#/';
const { url, close } = await serve('dist');
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.PROF_RATE ?? 4) });
  const path = '/tmp/prof-trace.json';
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
  await page.goto(`${url}${address}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-view').length > 0);
  await page.waitForTimeout(1500);
  await browser.stopTracing();
  const events = JSON.parse(await readFile(path, 'utf8')).traceEvents;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 50000);
  const main = new Set(tasks.map((t) => t.tid));
  const t0 = Math.min(...events.filter((e) => e.name === 'navigationStart' || e.name === 'NavigationStart').map((e) => e.ts).concat([tasks[0]?.ts ?? 0]));
  for (const task of tasks) {
    const inside = events.filter((e) => e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task);
    const by = new Map();
    for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
    console.log(`${((task.ts - t0) / 1000).toFixed(0)} ms +${(task.dur / 1000).toFixed(0)}: ${top}`);
  }
  void main;
} finally {
  await browser.close();
  await close();
}
