// Screenshots of every view for review (not a test): each address of
// tests/e2e/support/routes.mjs at a phone's and a desktop's width, in the
// light and the dark scheme, whole pages, into screenshots/ (ignored by git);
// the widgets also at 320 and 640 px, the widths their snippets are made for.
// Run after `make dist`: `node scripts/screenshots.mjs [address…]`.
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { AppPage } from '../tests/e2e/support/app-page.mjs';
import { ROUTES } from '../tests/e2e/support/routes.mjs';

const OUT = 'screenshots';
const addresses = process.argv.slice(2).length ? process.argv.slice(2) : ROUTES;
const isWidget = (a) => a.startsWith('#/embed');
const fileName = (a) => a.replace(/^#\/?/, '').replace(/[^\w.-]+/g, '_') || 'overview';

await mkdir(OUT, { recursive: true });
const { url, close } = await serve('dist');
const browser = await launch();
let count = 0;
try {
  for (const colorScheme of ['light', 'dark']) {
    const sizes = [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 800 }]];
    for (const [label, viewport] of sizes) {
      const context = await browser.newContext({ colorScheme, viewport });
      const app = new AppPage(await context.newPage(), url);
      for (const address of addresses) {
        await app.open(address);
        await app.page.screenshot({ path: `${OUT}/${fileName(address)}.${label}.${colorScheme}.png`, fullPage: true });
        count++;
      }
      await context.close();
    }
    // Widgets at their snippets' narrowest and widest frames.
    for (const width of [320, 640]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 600 } });
      const app = new AppPage(await context.newPage(), url);
      for (const address of addresses.filter(isWidget)) {
        await app.open(address);
        await app.page.screenshot({ path: `${OUT}/${fileName(address)}.frame${width}.${colorScheme}.png`, fullPage: true });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await close();
}
console.log(`${count} screenshots in ${OUT}/`);
