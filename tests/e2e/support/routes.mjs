// Every kind of address the app has, for the suites that walk them all
// (accessibility, security policy, foreign requests).
import { corpus } from './corpus.mjs';

export const ROUTES = [
  '#/', '#/rating', '#/rating/all', '#/rating/A1', '#/rating/D1', '#/rating/G4', '#/method', '#/what-if', '#/what-if?s=A1.2,X9.7', '#/quiz', '#/timeline',
  '#/recommendations', '#/sources', '#/data', '#/about', '#/no-such-page',
  ...corpus.documents.map((d) => `#/sources/${d.id}`),
  '#/timeline?theme=media&from=2015', '#/timeline?q=constitution', '#/timeline?theme=nope&from=abc',
  `#/timeline/${corpus.events.find((e) => e.stated_aim && e.observed_effect).id}`, '#/timeline/no-such-event',
  (() => {
    const [doc, anchor, start, end] = corpus.events[0].evidence[0];
    return `#/sources/${doc}?at=${anchor}&hl=${start}-${end}`;
  })(),
  '#/recommendations?status=no-action&group=theme&zzz=1',
  `#/recommendations/${corpus.items.find((i) => i.events?.length).id}`,
  // Where the sources disagree, and an event and an item that say so.
  '#/sources/disagreements',
  `#/timeline/${corpus.contradictions.find((c) => c.events?.length).events[0]}`,
  `#/recommendations/${corpus.contradictions.find((c) => c.items?.length).items[0]}`,
  // The widgets for other sites' pages (tests/e2e/embeds.test.mjs).
  '#/embed/rating', '#/embed/rating/D1', '#/embed/rating/Z9', '#/embed/ratings-chart',
  '#/embed/timeline', '#/embed/timeline?theme=media&from=2015', '#/embed/recommendations?status=no-action',
  '#/embed/what-if?s=A1.4,B1.3', '#/embed/no-such-widget',
  '#/search?q=constitution', '#/search', '#/search?q=zzqxj',
];
