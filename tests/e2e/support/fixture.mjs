// Shared set-up for a spec file: one server and one browser, a fresh context
// (a fresh profile) per test.
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { AppPage } from './app-page.mjs';

export function useApp() {
  const state = {};
  before(async () => {
    if (!existsSync('dist/index.html')) {
      throw new Error('dist/ is missing: build it with scripts/build.sh first');
    }
    state.server = await serve('dist');
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  /** A new page in a fresh context; `options` go to newContext. */
  return async function newApp(options = {}) {
    const context = await state.browser.newContext(options);
    const page = await context.newPage();
    return new AppPage(page, state.server.url);
  };
}
