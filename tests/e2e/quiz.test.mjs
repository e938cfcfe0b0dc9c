// Journeys through the quiz: a whole game by keyboard with each score
// revealed and the tally checked against the method; a perfect game by
// mouse; the shuffled order; restarting; coming back from a citation; and
// the printed worksheet. axe checks the question, the revealed score and the
// tally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/fixture.mjs';
import { corpus } from './support/corpus.mjs';

const newApp = useApp();
const indicators = corpus.fiw.categories.flatMap((c) =>
  c.subcategories.map((s) => s.indicators.map((i) => ({ ...i, category: c.id }))).flat());
const CHOICES = 'Your guess: how many points of 4?';

// Freedom House's conversion tables (Freedom in the World 2019 Methodology),
// written out here apart from the app's, so that the tally is checked
// against the published rules rather than against itself.
const PR_MIN = [36, 30, 24, 18, 12, 6, 0];
const CL_MIN = [53, 44, 35, 26, 17, 8, 0];
const rating = (mins, total) => mins.findIndex((min) => total >= min) + 1;
const status = (pr, cl) => (pr + cl <= 5 ? 'Free' : pr + cl <= 10 ? 'Partly Free' : 'Not Free');

function assessment(scoreOf) {
  const sum = (id) => indicators.filter((i) => i.category === id).reduce((t, i) => t + scoreOf(i), 0);
  const pr = sum('political-rights');
  const cl = sum('civil-liberties');
  const [prRating, clRating] = [rating(PR_MIN, pr), rating(CL_MIN, cl)];
  return {
    'Political Rights': `${pr} of 40`,
    'Political Rights rating': String(prRating),
    'Civil Liberties': `${cl} of 60`,
    'Civil Liberties rating': String(clRating),
    Total: `${pr + cl} of 100`,
    'Freedom Rating': ((prRating + clRating) / 2).toFixed(1),
    Status: status(prRating, clRating),
  };
}

/** The totals table as { label: [you, Freedom House] }. */
async function totals(app) {
  const rows = await app.page.getByTestId('quiz-totals').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  return Object.fromEntries(rows.map(([label, you, fh]) => [label, [you, fh]]));
}

async function waitForQuestion(app, n) {
  await app.page.getByTestId('quiz-progress').filter({ hasText: `Question ${n} of 25` }).waitFor();
}

async function currentCode(app) {
  return (await app.page.locator('.quiz-question .code').textContent()).trim();
}

async function assertNoAxeViolations(app, where) {
  assert.deepEqual(await app.axeViolations(), [], `axe on ${where}`);
}

test('a whole quiz by keyboard reveals each score and ends in a tally by the method', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/quiz');
  assert.equal(await app.page.getByRole('radio', { name: "The report's order" }).isChecked(), true);
  await app.page.getByRole('button', { name: 'Start the quiz' }).press('Enter');
  const guesses = new Map();
  for (const [i, ind] of indicators.entries()) {
    await waitForQuestion(app, i + 1);
    assert.equal(await currentCode(app), ind.code);
    const reveal = app.page.getByTestId('quiz-reveal');
    assert.equal(await reveal.getAttribute('aria-live'), 'polite');
    assert.equal((await reveal.textContent()).trim(), '', 'the score is hidden until a guess');
    if (i === 0) {
      await assertNoAxeViolations(app, 'the question screen');
      // No moving on before a guess.
      await app.page.keyboard.press('Enter');
      await app.page.keyboard.press('ArrowRight');
      await waitForQuestion(app, 1);
      assert.equal(await currentCode(app), ind.code);
    }
    const guess = (i * 3 + 1) % 5;
    guesses.set(ind.code, guess);
    await app.page.keyboard.press(String(guess));
    await reveal.filter({ hasText: `Freedom House scored it ${ind.score} of 4.` }).waitFor();
    assert.match(await app.page.locator('.reveal-detail .pip-text').textContent(), new RegExp(`^${ind.score} of 4$`));
    const group = app.page.getByRole('group', { name: CHOICES });
    const unit = guess === 1 ? 'point' : 'points';
    assert.equal(await group.getByRole('button', { name: `Guess ${guess} ${unit}` }).getAttribute('aria-pressed'), 'true');
    assert.ok(await app.page.locator('.reveal-detail a.cite').count() === 1, 'the question is cited');
    // A line says which mark is which (a class sees both on the screen).
    assert.equal(await app.page.locator('.choice-key').textContent(), guess === ind.score
      ? 'Filled and ringed: your guess is Freedom House\'s score.'
      : 'Filled: your guess. Ringed: Freedom House\'s score.');
    if (i === 0) {
      // A guess cannot be changed once the score is shown.
      await app.page.keyboard.press(String((guess + 1) % 5));
      assert.match(await reveal.textContent(), new RegExp(`You guessed ${guess}`));
      await assertNoAxeViolations(app, 'the revealed score');
    }
    await app.page.keyboard.press('Enter');
  }

  const heading = app.page.getByRole('heading', { name: 'Your tally' });
  await heading.waitFor();
  assert.equal(await heading.evaluate((h) => h === document.activeElement), true, 'focus moves to the tally');
  const yours = assessment((i) => guesses.get(i.code));
  const theirs = assessment((i) => i.score);
  assert.equal(theirs.Total, '22 of 100');
  const label = { free: 'Free', 'partly-free': 'Partly Free', 'not-free': 'Not Free' };
  assert.equal(theirs.Status, label[corpus.fiw.status]);
  const sum = [...guesses.values()].reduce((a, b) => a + b, 0);
  assert.equal(yours.Total, `${sum} of 100`);
  const table = await totals(app);
  for (const label of Object.keys(yours)) {
    assert.deepEqual(table[label], [yours[label], theirs[label]], label);
  }
  assert.deepEqual(table.Status, [yours.Status, 'Not Free']);

  const rows = await app.page.getByTestId('quiz-rows').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(rows.length, 25);
  for (const [i, ind] of indicators.entries()) {
    const [code, , guess, score, difference] = rows[i];
    const d = guesses.get(ind.code) - ind.score;
    assert.deepEqual([code, guess, score, difference],
      [ind.code, String(guesses.get(ind.code)), String(ind.score), d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0']);
  }
  // The picture puts each guess and score on the 0–4 scale, a line between them.
  const drawn = await app.page.getByTestId('quiz-tally-chart').locator('svg').evaluate((svg) => {
    const at = (el) => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
    const ticks = [...svg.querySelectorAll('text[text-anchor=middle]')].map((t) => [Number(t.textContent), at(t).x]);
    const codes = [...svg.querySelectorAll('text:not([text-anchor])')].map((t) => [t.textContent, at(t).y]);
    const guesses = [...svg.querySelectorAll('.qt-guess')].map(at);
    const scores = [...svg.querySelectorAll('.qt-fh')].map(at);
    return { ticks, codes, guesses, scores, gaps: svg.querySelectorAll('.qt-gap').length };
  });
  assert.deepEqual(drawn.ticks.map(([n]) => n), [0, 1, 2, 3, 4]);
  assert.deepEqual(drawn.codes.map(([c]) => c), indicators.map((i) => i.code));
  const xOf = (score) => drawn.ticks[score][1];
  for (const [i, ind] of indicators.entries()) {
    assert.ok(Math.abs(drawn.scores[i].x - xOf(ind.score)) < 1.5, `${ind.code}: Freedom House's score`);
    assert.ok(Math.abs(drawn.guesses[i].x - xOf(guesses.get(ind.code))) < 1.5, `${ind.code}: the guess`);
    assert.ok(Math.abs(drawn.guesses[i].y - drawn.codes[i][1]) < 6, `${ind.code}: on its row`);
  }
  assert.equal(drawn.gaps, 25);
  await assertNoAxeViolations(app, 'the tally');
  assert.deepEqual(app.consoleErrors, []);
});

test('answering every question right by mouse matches Freedom House exactly', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/quiz');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const [i, ind] of indicators.entries()) {
    await waitForQuestion(app, i + 1);
    const unit = ind.score === 1 ? 'point' : 'points';
    await app.page.getByRole('group', { name: CHOICES }).getByRole('button', { name: `Guess ${ind.score} ${unit}` }).click();
    await app.page.getByTestId('quiz-reveal').filter({ hasText: 'exactly right' }).waitFor();
    const next = i === indicators.length - 1 ? 'See your tally →' : 'Next question →';
    await app.page.getByRole('button', { name: next }).click();
  }
  await app.page.getByRole('heading', { name: 'Your tally' }).waitFor();
  assert.match(await app.page.getByTestId('quiz-summary').textContent(), /You guessed 25 of 25 exactly/);
  const table = await totals(app);
  for (const [label, [you, fh]] of Object.entries(table)) assert.equal(you, fh, label);
  assert.deepEqual(table.Status, ['Not Free', 'Not Free']);
  assert.deepEqual(table.Total, ['22 of 100', '22 of 100']);
});

test('the shuffled order asks every question exactly once', async () => {
  const app = await newApp();
  await app.open('#/quiz');
  await app.page.getByRole('radio', { name: 'Shuffled' }).check();
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  const asked = [];
  for (let n = 1; n <= 25; n++) {
    await waitForQuestion(app, n);
    asked.push(await currentCode(app));
    await app.page.keyboard.press('0');
    await app.page.getByTestId('quiz-reveal').filter({ hasText: 'Freedom House scored it' }).waitFor();
    await app.page.keyboard.press('ArrowRight');
  }
  await app.page.getByRole('heading', { name: 'Your tally' }).waitFor();
  assert.deepEqual([...asked].sort(), indicators.map((i) => i.code).sort());
  assert.notDeepEqual(asked, indicators.map((i) => i.code), 'shuffled, not the report order');
  // The tally lists the questions in the report's order whatever the order asked.
  const codes = await app.page.getByTestId('quiz-rows').locator('tbody th').allTextContents();
  assert.deepEqual(codes, indicators.map((i) => i.code));
});

test('restart mid-quiz returns to the start screen and a fresh quiz', async () => {
  const app = await newApp();
  await app.open('#/quiz');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= 3; n++) {
    await waitForQuestion(app, n);
    await app.page.keyboard.press('4');
    await app.page.getByTestId('quiz-reveal').filter({ hasText: 'Freedom House scored it' }).waitFor();
    await app.page.keyboard.press('Enter');
  }
  await waitForQuestion(app, 4);
  await app.page.getByRole('button', { name: 'Restart' }).click();
  await app.page.getByRole('button', { name: 'Start the quiz' }).waitFor();
  assert.equal(await app.page.getByTestId('quiz-progress').count(), 0);
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  await waitForQuestion(app, 1);
  assert.equal(await currentCode(app), indicators[0].code);
  assert.equal((await app.page.getByTestId('quiz-reveal').textContent()).trim(), '');
});

test('following the cited passage and coming back keeps the quiz', async () => {
  const app = await newApp();
  await app.open('#/quiz');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  await waitForQuestion(app, 1);
  await app.page.keyboard.press('1');
  await app.page.locator('.reveal-detail a.cite').click();
  await app.page.waitForFunction(() => location.hash.startsWith('#/sources/'));
  await app.page.goBack();
  await waitForQuestion(app, 1);
  assert.match(await app.page.getByTestId('quiz-reveal').textContent(), /You guessed 1/);
  await app.page.getByRole('button', { name: 'Next question →' }).click();
  await waitForQuestion(app, 2);
});

test('a reload keeps the quiz, and a question can be seen again with its guess', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/quiz');
  await app.page.getByRole('radio', { name: 'Shuffled' }).check();
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  const asked = [];
  for (const [n, guess] of [[1, '3'], [2, '0']]) {
    await waitForQuestion(app, n);
    asked.push(await currentCode(app));
    await app.page.keyboard.press(guess);
    await app.page.getByTestId('quiz-reveal').filter({ hasText: `You guessed ${guess}` }).waitFor();
    await app.page.keyboard.press('Enter');
  }
  await waitForQuestion(app, 3);
  const third = await currentCode(app);
  await app.page.reload();
  await waitForQuestion(app, 3);
  assert.equal(await currentCode(app), third, 'the shuffled order survives');
  // Back by the button: the question with its guess and score, unchangeable.
  await app.page.getByRole('button', { name: '← Previous question' }).click();
  await waitForQuestion(app, 2);
  assert.equal(await currentCode(app), asked[1]);
  assert.match(await app.page.getByTestId('quiz-reveal').textContent(), /You guessed 0/);
  assert.equal(await app.page.getByRole('button', { name: 'Guess 4 points' }).isDisabled(), true);
  assert.equal(await app.page.evaluate(() => document.activeElement.classList.contains('quiz-question')), true);
  // Back by the key, then forward again to the unanswered question.
  await app.page.keyboard.press('ArrowLeft');
  await waitForQuestion(app, 1);
  assert.equal(await currentCode(app), asked[0]);
  assert.match(await app.page.getByTestId('quiz-reveal').textContent(), /You guessed 3/);
  assert.equal(await app.page.getByRole('button', { name: '← Previous question' }).count(), 0);
  await app.page.keyboard.press('ArrowRight');
  await waitForQuestion(app, 2);
  await app.page.keyboard.press('ArrowRight');
  await waitForQuestion(app, 3);
  assert.equal((await app.page.getByTestId('quiz-reveal').textContent()).trim(), '');
  // The address holds no answers: the link offered is to the quiz.
  assert.equal(await app.page.getByRole('button', { name: 'Copy link to the quiz' }).count(), 1);
  assert.equal(await app.page.getByRole('button', { name: 'Copy link to this view' }).count(), 0);
  // Restart forgets it: a reload then starts afresh.
  await app.page.getByRole('button', { name: 'Restart' }).click();
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Start the quiz' }).waitFor();
  assert.equal(await app.page.getByTestId('quiz-progress').count(), 0);
  assert.deepEqual(app.consoleErrors, []);
});

test('a damaged saved quiz is reported, kept until a new one starts, and never breaks the page', async () => {
  const app = await newApp();
  await app.open('#/');
  await app.page.evaluate(() => sessionStorage.setItem('explainer.quiz', 'quiz1 0,1,1 0 ---'));
  await app.open('#/quiz');
  const notice = app.page.getByTestId('quiz-unreadable');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read \(the order does not ask each question once\)/);
  assert.equal(await app.page.evaluate(() => sessionStorage.getItem('explainer.quiz')), 'quiz1 0,1,1 0 ---');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  await waitForQuestion(app, 1);
  assert.equal(await notice.count(), 0);
  await app.page.keyboard.press('2');
  await app.page.getByTestId('quiz-reveal').filter({ hasText: 'You guessed 2' }).waitFor();
  assert.match(await app.page.evaluate(() => sessionStorage.getItem('explainer.quiz')), /^quiz1 0,1,2,\S+ 0 2-+$/);
  // Back at the start screen, the notice is not said again: the line is gone.
  await app.page.getByRole('button', { name: 'Restart' }).click();
  await app.page.getByRole('button', { name: 'Start the quiz' }).waitFor();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(app.consoleErrors, []);
});

test('large type for a projector scales the quiz and is kept through a reload', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 720 } });
  await app.open('#/quiz');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  await waitForQuestion(app, 1);
  // The height of the first word of the evidence, as drawn on screen.
  const size = () => app.page.locator('.evidence p').first().evaluate((p) => {
    const range = document.createRange();
    range.setStart(p.firstChild, 0);
    range.setEnd(p.firstChild, 4);
    return range.getBoundingClientRect().height;
  });
  const lineBefore = await size();
  const toggle = app.page.getByRole('button', { name: 'Large type' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const lineAfter = await size();
  assert.ok(lineAfter >= lineBefore * 1.4, `a word of evidence ${lineBefore} → ${lineAfter} px high`);
  // Still no sideways scrolling.
  assert.ok(await app.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await app.page.reload();
  await waitForQuestion(app, 1);
  assert.equal(await app.page.getByRole('button', { name: 'Large type' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await app.axeViolations(), [], 'axe with large type');
});

test('the quiz prints as a worksheet with empty score boxes and an answer key on its own page', async () => {
  const app = await newApp({ viewport: { width: 1280, height: 900 } });
  await app.open('#/quiz');
  const worksheet = app.page.getByTestId('worksheet');
  assert.equal(await worksheet.isVisible(), false, 'on screen the worksheet is hidden');

  // The button prints (window.print is stubbed: headless has no dialog).
  await app.page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await app.page.getByRole('button', { name: 'Print worksheet' }).click();
  assert.equal(await app.page.evaluate(() => window.printed), 1);

  // Without the key, for handing out before the answers: the key is not
  // printed, and the next print with it has it again.
  const answers = worksheet.getByTestId('answer-key');
  await app.page.evaluate(() => {
    window.keyShown = [];
    window.print = () => { window.keyShown.push(document.querySelector('.worksheet').dataset.key); };
  });
  await app.page.getByRole('button', { name: 'Print without the answer key' }).click();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await answers.isVisible(), false);
  await app.page.emulateMedia({ media: 'screen' });
  await app.page.getByRole('button', { name: 'Print worksheet' }).click();
  assert.deepEqual(await app.page.evaluate(() => window.keyShown), ['hidden', 'shown']);
  // After a printout without the key, the next (Ctrl+P) has it again.
  await app.page.getByRole('button', { name: 'Print without the answer key' }).click();
  await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await app.page.evaluate(() => document.querySelector('.worksheet').dataset.key), undefined);

  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await answers.isVisible(), true);
  assert.equal(await worksheet.isVisible(), true);
  const questions = worksheet.locator('.ws-question');
  assert.equal(await questions.count(), 25);
  for (const [i, ind] of indicators.entries()) {
    const q = questions.nth(i);
    assert.match(await q.locator('h3').textContent(), new RegExp(`^${ind.code} `));
    assert.deepEqual(await q.locator('.score-box').allTextContents(), ['□ 0', '□ 1', '□ 2', '□ 3', '□ 4']);
    assert.doesNotMatch(await q.textContent(), /\b[0-4]\s*\/\s*4\b|\bof 4\b/, `${ind.code} hides its score`);
  }
  for (const selector of ['.site-header', '.site-footer', '.skip-link', 'main h1']) {
    assert.equal(await app.page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  const buttons = app.page.locator('button');
  for (let i = 0; i < await buttons.count(); i++) {
    assert.equal(await buttons.nth(i).isVisible(), false, 'no buttons in print');
  }
  const key = app.page.getByTestId('answer-key');
  assert.equal(await key.evaluate((el) => getComputedStyle(el).breakBefore), 'page');
  const keyRows = await key.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(keyRows, indicators.map((i) => [i.code, `${i.score} of 4`]));

  const pdf = (await app.page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  assert.ok(pages.length > 1, `the worksheet fills more than one page (${pages.length})`);

  // Other views print their own content, not the worksheet.
  await app.page.emulateMedia({ media: 'screen' });
  await app.open('#/rating');
  await app.heading().filter({ hasText: 'The 25 questions' }).waitFor();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.heading().isVisible(), true);
  assert.equal(await app.page.getByTestId('worksheet').count(), 0);
});

test('axe finds nothing on the quiz screens in the dark scheme on a phone', async () => {
  const app = await newApp({ colorScheme: 'dark', viewport: { width: 320, height: 640 } });
  await app.open('#/quiz');
  await app.page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= 25; n++) {
    await waitForQuestion(app, n);
    if (n === 1) await assertNoAxeViolations(app, 'the question screen');
    await app.page.keyboard.press('2');
    await app.page.getByTestId('quiz-reveal').filter({ hasText: 'Freedom House scored it' }).waitFor();
    if (n === 1) await assertNoAxeViolations(app, 'the revealed score');
    await app.page.keyboard.press('Enter');
  }
  await app.page.getByRole('heading', { name: 'Your tally' }).waitFor();
  await assertNoAxeViolations(app, 'the tally');
});
