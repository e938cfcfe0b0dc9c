// Page object for the explainer: how a reader reaches things, by role.
import AxeBuilder from '@axe-core/playwright';

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.consoleErrors = [];
    this.consoleWarnings = [];
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
      if (msg.type() === 'warning') this.consoleWarnings.push(msg.text());
    });
  }

  /** Opens an address such as `#/rating` and waits for the app to render.
   * A widget's address (`#/embed/…`) opens on the widgets' page, as a
   * snippet's frame does. */
  async open(hash = '#/') {
    const page = /^#\/embed(\/|$|\?)/.test(hash) ? 'embed.html' : '';
    await this.page.goto(this.baseUrl + page + hash);
    await this.started();
    await this.heading().waitFor();
    await this.settled();
  }

  /** Waits for every list that fills in over several tasks (marked
   * `aria-busy`) to be complete. */
  async settled() {
    await this.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  }

  /** Waits for the app to replace the page's static content. */
  async started() {
    await this.page.waitForFunction(() => !document.getElementById('static-page'));
  }

  /** The current view's main heading. */
  heading() {
    return this.page.locator('main h1');
  }

  /** A link in the main navigation, by its visible name. */
  navLink(name) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  }

  menuButton() {
    return this.page.getByRole('button', { name: 'Menu' });
  }

  hash() {
    return this.page.evaluate(() => location.hash);
  }

  /** Runs axe with the WCAG 2 A and AA rules, but for the rules named in
   * `skip`; returns the violations. */
  async axeViolations({ skip = [] } = {}) {
    const result = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .disableRules(skip)
      .analyze();
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }
}
