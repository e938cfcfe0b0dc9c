// Accessibility: axe (WCAG 2 A and AA rules) on every route, in the light
// and the dark colour scheme, at phone and desktop widths. Any violation fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();

const ROUTES = [
  '#/', '#/rating', '#/rating/A1', '#/rating/D1', '#/rating/G4', '#/method', '#/what-if', '#/what-if?s=A1.2,X9.7', '#/quiz', '#/timeline',
  '#/recommendations', '#/sources', '#/data', '#/about', '#/no-such-page',
  ...corpus.documents.map((d) => `#/sources/${d.id}`),
  '#/timeline?theme=media&from=2015', '#/timeline?q=constitution', '#/timeline?theme=nope&from=abc',
  `#/timeline/${corpus.events.find((e) => e.stated_aim && e.observed_effect).id}`, '#/timeline/no-such-event',
  (() => {
    const [doc, anchor, start, end] = corpus.events[0].evidence[0];
    return `#/sources/${doc}?at=${anchor}&hl=${start}-${end}`;
  })(),
];

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
