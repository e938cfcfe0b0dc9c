// The smoke journey in the other two engine families, Gecko (Firefox ESR)
// and WebKit (WebKitGTK), through WebDriver: the overview, the walkthrough
// by keyboard, a what-if change, a timeline filter, a tracker update that
// survives a reload, and a widget for other sites' pages. Chromium runs the
// full suite (tests/e2e).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../e2e/support/server.mjs';
import { corpus } from '../e2e/support/corpus.mjs';
import { KEYS, Session, startDriver } from './webdriver.mjs';

const codes = corpus.fiw.categories.flatMap((c) => c.subcategories).flatMap((s) => s.indicators).map((i) => i.code);

let server;
before(async () => { server = await serve('dist'); });
after(async () => { await server?.close(); });

for (const engine of ['firefox', 'webkit']) {
  test(`smoke journey in ${engine}`, async (t) => {
    const driver = await startDriver(engine);
    t.after(() => driver.stop());
    const s = await Session.start(driver);
    t.after(() => s.quit());

    // The overview, after the app has replaced the static content.
    await s.goto(server.url + '#/');
    const h1 = await s.until(
      "return !document.getElementById('static-page') && document.querySelector('main h1')?.textContent",
      'the app to start',
    );
    assert.equal(h1, `${corpus.country}: ${corpus.fiw.score}/${corpus.fiw.max}, Not Free`);

    // The walkthrough from the first question to the last by arrow key.
    await s.goto(server.url + `#/rating/${codes[0]}`);
    await s.until(`return document.querySelector('.progress-text')?.textContent === 'Question 1 of ${codes.length}'`, 'question 1');
    for (let i = 1; i < codes.length; i++) {
      await s.press(KEYS.ArrowRight);
      await s.until(`return location.hash === '#/rating/${codes[i]}'`, `question ${i + 1}`);
    }
    assert.equal(await s.run("return document.querySelector('.progress-text').textContent"), `Question ${codes.length} of ${codes.length}`);

    // A what-if change moves the total and goes into the address.
    await s.goto(server.url + '#/what-if');
    await s.until("return document.getElementById('wi-A1')", 'the what-if controls');
    const a1 = corpus.fiw.categories[0].subcategories[0].indicators[0];
    const to = a1.score === 4 ? 0 : 4;
    await s.click(`#wi-A1 option[value="${to}"]`);
    await s.until(`return location.hash.includes('A1.${to}')`, 'the scenario in the address');
    const results = await s.run("return document.querySelector('[data-testid=what-if-results]').textContent");
    assert.match(results, new RegExp(`${corpus.fiw.score + to - a1.score} of 100`));

    // A timeline filter by theme: only that theme's events remain.
    await s.goto(server.url + '#/timeline');
    await s.until("return document.getElementById('tl-theme-media')", 'the timeline filters');
    // The filters are folded behind one control, opened as a reader would.
    await s.click('details.filter-fold > summary');
    await s.until("return document.querySelector('details.filter-fold').open", 'the filters unfolded');
    await s.click('#tl-theme-media');
    await s.until("return location.hash.includes('theme=media')", 'the filter in the address');
    const media = corpus.events.filter((e) => e.themes.includes('media')).length;
    await s.until(`return [...document.querySelectorAll('.tl-list article')].filter((a) => a.offsetParent !== null).length === ${media}`, `${media} media events`);

    // A reader's tracker update survives a reload.
    const item = corpus.items[0];
    await s.goto(server.url + `#/recommendations/${item.id}`);
    await s.until("return document.getElementById('tr-date')", 'the tracker form');
    await s.click('#tr-status option[value="stalled"]');
    await s.type('#tr-date', '2021-03');
    await s.type('#tr-note', `checked in ${engine}`);
    await s.click('.tr-form button[type=submit]');
    await s.until("return document.querySelectorAll('[data-testid=tr-update]').length === 1", 'the update listed');
    await s.refresh();
    const note = await s.until(
      "return !document.getElementById('static-page') && document.querySelector('[data-testid=tr-update]')?.textContent",
      'the update after a reload',
    );
    assert.match(note, new RegExp(`checked in ${engine}`));

    // A widget for another site's page: no site chrome, the scenario's result.
    await s.goto(server.url + `#/embed/what-if?s=A1.${to}`);
    const widget = await s.until(
      "return !document.getElementById('static-page') && document.querySelector('[data-testid=embed-result]')?.textContent",
      'the what-if widget',
    );
    assert.match(widget, new RegExp(`^${corpus.fiw.score + to - a1.score} of 100`));
    assert.equal(await s.run("return document.querySelectorAll('.site-header, .site-footer, .skip-link').length"), 0);
    assert.equal(await s.run("return document.querySelector('.embed-open').getAttribute('target')"), '_blank');

    const errors = await s.run('return document.getElementById("app-failed")?.textContent ?? null');
    assert.equal(errors, null);
  });
}
