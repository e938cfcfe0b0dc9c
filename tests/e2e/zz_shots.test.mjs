import { test } from 'node:test';
import { useApp } from './support/fixture.mjs';
const newApp = useApp();
test('shots', async () => {
  const shots = [
    ['#/embed/ratings-chart', 320, 960, 'chart320'],
    ['#/timeline', 360, 1500, 'tl360'],
    ['#/embed/rating', 320, 1200, 'rating320'],
    ['#/rating/D1', 360, 740, 'd1'],
    ['#/what-if?s=A1.4,A2.3', 1280, 900, 'whatif'],
    ['#/recommendations/fpc-gov-01', 360, 740, 'item'],
  ];
  for (const [hash, width, height, name] of shots) {
    const app = await newApp({ viewport: { width, height }, isMobile: width < 400, hasTouch: width < 400 });
    await app.open(hash);
    if (name === 'd1') await app.page.evaluate(() => { const s = document.querySelector('section[aria-labelledby=events-heading]'); scrollTo(0, s.getBoundingClientRect().top + scrollY - 100); });
    await app.page.waitForTimeout(300);
    await app.page.screenshot({ path: `/tmp/zz_${name}.png` });
  }
});
