// Accessibility: axe (WCAG 2 A and AA rules) on every route, in the light
// and the dark colour scheme, at phone and desktop widths. Any violation fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { ROUTES } from './support/routes.mjs';

const newApp = useApp();

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations on any route (${colorScheme})`, async () => {
    const app = await newApp({ colorScheme, viewport: { width: 1280, height: 800 } });
    const phone = await newApp({ colorScheme, viewport: { width: 320, height: 640 } });
    const found = {};
    for (const route of ROUTES) {
      for (const [name, a] of [['desktop', app], ['phone', phone]]) {
        await a.open(route);
        const violations = await a.axeViolations();
        if (violations.length) found[`${route} ${name}`] = violations;
      }
    }
    assert.deepEqual(found, {});
  });
}
