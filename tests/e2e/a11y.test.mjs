// Accessibility: axe (WCAG 2 A and AA rules) on every route, in the light
// and the dark colour scheme, at phone and desktop widths. Any violation fails.
//
// Colour contrast, by far the slowest rule, runs at one width only: no
// stylesheet sets a colour inside a width media query (checked below), so
// the colours axe compares are the same at both. Everything that layout can
// change (target sizes, what is hidden, scrolling regions) runs at both.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { useApp } from './support/fixture.mjs';
import { ROUTES } from './support/routes.mjs';

const newApp = useApp();

/** The declarations inside each `@media` block whose condition names a width. */
function widthMediaBlocks(css) {
  const blocks = [];
  const re = /@media[^{]*width[^{]*\{/g;
  let m;
  while ((m = re.exec(css))) {
    let depth = 1;
    let i = re.lastIndex;
    while (depth && i < css.length) {
      if (css[i] === '{') depth++;
      if (css[i] === '}') depth--;
      i++;
    }
    blocks.push(css.slice(re.lastIndex, i - 1));
  }
  return blocks;
}

test('no stylesheet changes a colour with the width (so contrast is checked at one width)', () => {
  const colour = /(^|[;{\s])(color|background(-color)?|opacity|filter|mix-blend-mode)\s*:/;
  const found = [];
  for (const name of readdirSync('style').filter((n) => n.endsWith('.css'))) {
    for (const block of widthMediaBlocks(readFileSync(`style/${name}`, 'utf8'))) {
      // A pseudo-element's box (a timeline's dot) holds no text to contrast.
      const text = block.replace(/[^{}]*::(before|after)[^{}]*\{[^}]*\}/g, '');
      if (colour.test(text)) found.push(`${name}: ${text.trim().slice(0, 80)}`);
    }
  }
  assert.deepEqual(found, []);
  // The check can fail: a block that sets a colour is found.
  assert.equal(widthMediaBlocks('@media (max-width: 3rem) { a { color: red } }').some((b) => colour.test(b)), true);
});

describe('axe', { concurrency: true }, () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations on any route (${colorScheme})`, async () => {
      const desktop = await newApp({ colorScheme, viewport: { width: 1280, height: 800 } });
      const phone = await newApp({ colorScheme, viewport: { width: 320, height: 640 } });
      const found = {};
      for (const route of ROUTES) {
        for (const [name, a, options] of [['desktop', desktop, {}], ['phone', phone, { skip: ['color-contrast'] }]]) {
          await a.open(route);
          const violations = await a.axeViolations(options);
          if (violations.length) found[`${route} ${name}`] = violations;
        }
      }
      assert.deepEqual(found, {});
    });
  }
});
