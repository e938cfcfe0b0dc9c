// A small W3C WebDriver client (the HTTP protocol, with fetch) and the
// drivers for Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver under
// Xvfb), started here so that nothing tries to download a driver or browser.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** W3C key codes for the keys the journeys press. */
export const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', Tab: '\uE004', Enter: '\uE007' };

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** The engines: how to start each one's driver and what to ask it for. */
export const ENGINES = {
  firefox: {
    command: (port) => ['geckodriver', ['--port', String(port), '--host', '127.0.0.1']],
    // Firefox must run headless; an unset DISPLAY keeps it from looking for one.
    env: () => { const env = { ...process.env }; delete env.DISPLAY; return env; },
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { args: ['-headless'] } },
  },
  webkit: {
    // MiniBrowser has no headless mode (asking for one hangs the session),
    // so the driver runs under a virtual X server.
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`]],
    env: () => process.env,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

/** Starts an engine's driver; resolves to { url, stop } once it answers. */
export async function startDriver(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [cmd, args] = engine.command(port);
  const child = spawn(cmd, args, { env: engine.env(), stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`${name}: driver did not start`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return {
    url,
    capabilities: engine.capabilities,
    stop: () => { try { process.kill(-child.pid); } catch { /* gone */ } },
  };
}

/** One browser session. */
export class Session {
  static async start(driver) {
    const res = await call(driver.url, 'POST', '/session', { capabilities: { alwaysMatch: driver.capabilities } });
    return new Session(driver.url, res.sessionId);
  }

  constructor(url, id) {
    this.base = `${url}/session/${id}`;
  }

  cmd(method, path, body) {
    return call(this.base, method, path, body);
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  quit() { return this.cmd('DELETE', '', undefined).catch(() => {}); }

  /** Runs `body` (a function body with `arguments`) in the page. */
  run(body, ...args) { return this.cmd('POST', '/execute/sync', { script: body, args }); }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  click(css) { return this.find(css).then((id) => this.cmd('POST', `/element/${id}/click`, {})); }

  /** Replaces a field's value by typing, as a reader would. */
  async type(css, text) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/clear`, {});
    return this.cmd('POST', `/element/${id}/value`, { text });
  }

  press(key) {
    return this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
  }

  /** Polls `body` in the page until it returns something truthy. */
  async until(body, what, timeout = 15_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(body).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error} ${json.value?.message}`);
  return json.value;
}
