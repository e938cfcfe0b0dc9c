// Where start-up time goes (not a test): for each entry point, a few cold
// loads at 4x CPU, printing every long task with what it overlaps (the
// first view's drawing, the corpus being read, the app taking over).
// Run after `make dist`: `node scripts/prof-startup.mjs [address…]`.
import { serve } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const LOADS = Number(process.env.PROF_LOADS ?? 4);
const RATE = Number(process.env.PROF_RATE ?? 4);
const addresses = process.argv.slice(2).length ? process.argv.slice(2) : ['#/', '#/rating/D1', '#/timeline', '#/recommendations'];

const { url, close } = await serve('dist');
const browser = await launch();
try {
  for (const address of addresses) {
    console.log(`\n${address} at ${RATE}x CPU`);
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await page.addInitScript(() => {
        window.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask' });
      });
      await page.goto(`${url}${address}`);
      await page.waitForFunction(() => performance.getEntriesByName('first-view').length > 0);
      await page.waitForTimeout(1500);
      const t = await page.evaluate(() => ({
        tasks: window.__tasks,
        marks: performance.getEntries()
          .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
          .map((e) => [e.name, e.startTime, e.duration]),
      }));
      const marks = t.marks.map(([n, s, d]) => `${n}@${s.toFixed(0)}${d ? `+${d.toFixed(0)}` : ''}`).join(' ');
      const tasks = t.tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ');
      console.log(`  marks: ${marks}\n  tasks: ${tasks}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await close();
}
