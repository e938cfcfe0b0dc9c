// Draws public/favicon.png (64 x 64) from public/favicon.svg with Debian's
// Chromium. The page links the PNG: Chromium reads the icon again on every
// change of address, and an SVG icon costs its main thread milliseconds
// each time. Run after changing the SVG: `node scripts/favicon.mjs`.
import { readFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/support/browser.mjs';

const svg = await readFile('public/favicon.svg', 'utf8');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 64, height: 64 } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', '<svg width="64" height="64" ')}</body>`);
  await page.screenshot({ path: 'public/favicon.png', omitBackground: true, clip: { x: 0, y: 0, width: 64, height: 64 } });
} finally {
  await browser.close();
}
