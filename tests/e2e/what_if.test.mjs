// Journeys through the method and the what-if sandbox: the bands with the
// country's place marked; changing scores and watching the status follow;
// applying the smallest change; sharing and reloading a scenario; malformed
// scenarios reported and ignored; reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';

const newApp = useApp();
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

async function result(app) {
  return collapse(await app.page.getByTestId('what-if-results').textContent());
}

test('the method marks the country in both band tables and the status table', async () => {
  const app = await newApp();
  await app.open('#/method');
  const marked = await app.page.locator('tr.here').evaluateAll(
    (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent).join(' ')),
  );
  assert.deepEqual(marked, ['7 5 or less total 5', '5 17 to 25 total 17', 'Not Free 5.5 to 7.0 Kazakhstan: 6.0']);
  assert.match(collapse(await app.page.locator('main').textContent()), /\(7 \+ 5\) \/ 2 = 6\.0/);
  assert.match(collapse(await app.page.locator('main').textContent()), /Freedom in the World 2019 Methodology/);
});

test('changing scores updates totals, ratings and status at once', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/what-if');
  assert.match(await result(app), /22 of 100, Freedom Rating 6\.0: Not Free/);
  // Raise Political Rights from 5 to 12: rating 7 -> 5, Freedom Rating 5.0.
  await app.page.getByLabel('A1 score').selectOption('4');
  await app.page.waitForFunction(() => location.hash.includes('A1.4'));
  assert.match(await result(app), /Political Rights: 9 of 40, rating 6/);
  await app.page.getByLabel('A2 score').selectOption('3');
  await app.page.waitForFunction(() => location.hash.includes('A2.3'));
  assert.match(await result(app), /Political Rights: 12 of 40, rating 5/);
  assert.match(await result(app), /29 of 100, Freedom Rating 5\.0: Partly Free/);
  // A Civil Liberties point down crosses its band edge too.
  await app.page.getByLabel('G1 score').selectOption('0');
  await app.page.waitForFunction(() => location.hash.includes('G1.0'));
  assert.match(await result(app), /Civil Liberties: \d+ of 60, rating 6/);
  assert.match(await result(app), /Not Free/);
  // Focus stays on the control that changed (regression: it used to jump
  // to the heading on every change).
  const g2 = app.page.getByLabel('G2 score');
  await g2.focus();
  await g2.selectOption('4');
  await app.page.waitForFunction(() => location.hash.includes('G2.4'));
  await app.page.waitForTimeout(50);
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'wi-G2');
  // Score changes replace the address rather than filling the history.
  assert.equal(await app.page.evaluate(() => history.length), 2);
});

test('the status grid marks the scenario\'s cell and follows a change; Freedom House\'s cell stays marked', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 } });
  await app.open('#/what-if');
  const grid = app.page.getByTestId('status-grid');
  /** The cell of a Political Rights and a Civil Liberties rating. */
  const cell = (pr, cl) => grid.locator('tbody tr').nth(pr - 1).locator('td').nth(cl - 1);
  const marked = async (cls) => grid.locator(`td.${cls}`).evaluateAll((tds) => tds.map((td) => {
    const tr = td.parentElement;
    return [[...tr.parentElement.children].indexOf(tr) + 1, [...tr.querySelectorAll('td')].indexOf(td) + 1];
  }));
  // Every cell is the status of the two ratings' average, by the methodology.
  const status = (pr, cl) => ((pr + cl) / 2 <= 2.5 ? 'Free' : (pr + cl) / 2 <= 5 ? 'Partly Free' : 'Not Free');
  for (const [pr, cl] of [[1, 1], [2, 3], [3, 3], [5, 5], [5, 6], [7, 7]]) {
    assert.match(await cell(pr, cl).textContent(), new RegExp(status(pr, cl)), `${pr} x ${cl}`);
  }
  // Freedom House's ratings, 7 and 5: the scenario starts there.
  assert.deepEqual(await marked('sg-here'), [[7, 5]]);
  assert.deepEqual(await marked('sg-stated'), [[7, 5]]);
  assert.match(await cell(7, 5).textContent(), /Not Free.*this scenario.*Freedom House's scores/);
  // Political Rights 5 -> 12 moves the scenario to rating 5: Partly Free.
  await app.page.getByLabel('A1 score').selectOption('4');
  await app.page.getByLabel('A2 score').selectOption('3');
  await app.page.waitForFunction(() => location.hash.includes('A2.3'));
  assert.deepEqual(await marked('sg-here'), [[5, 5]]);
  assert.deepEqual(await marked('sg-stated'), [[7, 5]]);
  assert.match(await cell(5, 5).textContent(), /Partly Free.*this scenario/);
  // It fits a phone's width.
  const box = await grid.locator('table').boundingBox();
  assert.ok(box.x + box.width <= 360, `${box.width} px wide`);
});

test('the smallest change to Partly Free is applied, shared and survives a reload', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/what-if');
  const answer = collapse(await app.page.locator('.wi-smallest').textContent());
  assert.match(answer, /7 more points: 7 in Political Rights would make the Political Rights rating 5, Freedom Rating 5\.0, Partly Free/);
  await app.page.getByRole('button', { name: 'Apply the smallest change to Partly Free' }).click();
  await app.page.waitForFunction(() => location.hash.startsWith('#/what-if?s='));
  assert.match(await result(app), /29 of 100, Freedom Rating 5\.0: Partly Free/);
  const shared = await app.hash();

  const other = await newApp();
  await other.open(shared);
  assert.match(await result(other), /Partly Free/);
  await other.page.reload();
  await other.started();
  await other.heading().waitFor();
  assert.match(await result(other), /29 of 100/);

  await other.page.getByRole('button', { name: "Reset to Freedom House's scores" }).click();
  await other.page.waitForFunction(() => location.hash === '#/what-if');
  assert.match(await result(other), /22 of 100, Freedom Rating 6\.0: Not Free/);
});

test('a malformed or out-of-range scenario is reported and not obeyed', async () => {
  const app = await newApp();
  await app.open('#/what-if?s=X9.7,A1.9,B2.x,d1.2');
  const notice = collapse(await app.page.getByTestId('scenario-problems').textContent());
  assert.match(notice, /X9\.7 \(no such indicator\)/);
  assert.match(notice, /A1\.9/);
  assert.match(notice, /B2\.x/);
  // Only the valid piece (D1 to 2) applies: 22 + 2 = 24.
  assert.match(await result(app), /24 of 100/);
  assert.equal(await app.page.getByLabel('A1 score').inputValue(), '0');
  assert.equal(await app.page.getByLabel('D1 score').inputValue(), '2');
  assert.deepEqual(app.consoleErrors, []);
});

test('on a phone the result stays in sight at the foot of the screen while the scores are changed', async () => {
  const app = await newApp({ viewport: { width: 360, height: 740 } });
  await app.open('#/what-if');
  const sticky = app.page.getByTestId('what-if-sticky');
  const d1 = app.page.getByLabel('D1 score');
  await d1.scrollIntoViewIfNeeded();
  // The result block is far above, out of sight; the line is on screen.
  const results = await app.page.getByTestId('what-if-results').boundingBox();
  assert.ok(results.y + results.height < 0, `result block at ${results.y}`);
  const line = await sticky.boundingBox();
  assert.ok(line.y >= 0 && line.y + line.height <= 740 + 1, `line at ${line.y}`);
  await d1.focus();
  await d1.selectOption('4');
  await app.page.waitForFunction(() => location.hash.includes('D1.4'));
  const [, shown] = (await result(app)).match(/^Result ?(\d+ of 100, Freedom Rating [\d.]+): /);
  assert.equal(collapse(await sticky.textContent()).startsWith(`Result: ${shown},`), true, await sticky.textContent());
  assert.match(await sticky.textContent(), /\(1 score changed\)$/);
  // The focused control is never hidden under the line.
  await app.page.keyboard.press('Tab');
  const focused = await app.page.evaluate(() => document.activeElement.getBoundingClientRect().bottom);
  assert.ok(focused <= (await sticky.boundingBox()).y + 1, `focus ends at ${focused}, line starts at ${(await sticky.boundingBox()).y}`);
});
