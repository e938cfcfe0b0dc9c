// Part of the benchmark (not a test): Lighthouse's mobile preset against
// dist/ served compressed on loopback, for the overview, a walkthrough step,
// the timeline and the tracker. Prints the four category scores with LCP,
// TBT and CLS. Run by `make bench`, after the build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../tests/e2e/support/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser.mjs';

const run = promisify(execFile);
const PAGES = [['overview', '#/'], ['walkthrough step', '#/rating/A1'], ['timeline', '#/timeline'], ['tracker', '#/recommendations']];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serve('dist', { compress: true });
try {
  console.log('\nLighthouse (mobile preset, simulated throttling, served compressed on loopback)');
  console.log(`${'page'.padEnd(18)}${['perf', 'a11y', 'best', 'seo'].map((h) => h.padStart(6)).join('')}${'LCP ms'.padStart(9)}${'TBT ms'.padStart(9)}${'CLS'.padStart(7)}`);
  for (const [name, hash] of PAGES) {
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
    const { stdout } = await run('node', [
      'node_modules/lighthouse/cli/index.js', server.url + hash,
      '--output=json', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags}`,
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 256 * 1024 * 1024 });
    const lhr = JSON.parse(stdout);
    const scores = CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)).padStart(6)).join('');
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    console.log(`${name.padEnd(18)}${scores}${audit('largest-contentful-paint').toFixed(0).padStart(9)}${audit('total-blocking-time').toFixed(0).padStart(9)}${audit('cumulative-layout-shift').toFixed(3).padStart(7)}`);
    const short = CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c}: ${lhr.audits[r.id].title} (${lhr.audits[r.id].displayValue ?? ""}, score ${lhr.audits[r.id].score})`));
    for (const s of short) console.log(`    short of 100: ${s}`);
  }
} finally {
  await server.close();
}
