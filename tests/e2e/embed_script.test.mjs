// public/embed.js, the optional script for pages that embed a widget, run
// in a sandbox (node:vm) with a fake page, against generated messages: it
// never throws, resizes exactly the iframe that sent a well-formed height
// message, and leaves everything else alone. The rule it must follow is
// written again here, independently, as the oracle. FUZZ_CASES scales the
// run (CI runs the default bounded pass).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync('public/embed.js', 'utf8');
const CASES = Number(process.env.FUZZ_CASES) || 20000;

/** A small seeded generator (xorshift), so a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
  return {
    next,
    below: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (n) => Math.floor(next() * n) === 0,
  };
}

/** Loads the script into a fresh fake page with `frames` iframes. */
function page(frameCount = 3) {
  const listeners = [];
  const frames = Array.from({ length: frameCount }, (_, i) => ({
    contentWindow: { name: `frame ${i}` },
    style: { height: '' },
  }));
  const sandbox = {
    addEventListener: (type, fn) => listeners.push({ type, fn }),
    document: { getElementsByTagName: (tag) => (tag === 'iframe' ? frames : []) },
  };
  const context = vm.createContext(sandbox);
  const before = new Set(Object.keys(context));
  vm.runInContext(SOURCE, context);
  const globals = Object.keys(context).filter((k) => !before.has(k));
  return { listeners, frames, globals };
}

/** The documented rule: the height to set, or null to ignore. */
function expected(data, source, frames) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  if (Object.prototype.toString.call(data) !== '[object Object]') return null;
  const keys = Object.keys(data);
  const want = ['height', 'type', 'version', 'widget'];
  if (keys.length !== want.length || !want.every((k) => keys.includes(k))) return null;
  const { type, version, height, widget } = data;
  if (type !== 'rating-explainer:height' || version !== 1) return null;
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 1 || height > 50000) return null;
  if (typeof widget !== 'string' || widget.length > 2000 || !widget.startsWith('#/embed')) return null;
  const index = frames.findIndex((f) => f.contentWindow === source);
  return index < 0 ? null : { index, height: `${height}px` };
}

const WIDGETS = ['#/embed/rating', '#/embed/rating/D1', '#/embed/timeline?theme=media', '#/embed/what-if?s=A1.2',
  '#/embed', '#/rating', '', 'x#/embed', '#/embed/' + 'x'.repeat(1995), '#/embed/' + 'y'.repeat(2000)];
const HEIGHTS = [1, 2, 412, 640, 50000, 49999.5, 50001, 0, -1, -0, 0.5, 1e9, NaN, Infinity, -Infinity,
  '640', null, undefined, true, [640], { valueOf: () => 640 }, 2 ** 53, Number.MIN_VALUE];
const TYPES = ['rating-explainer:height', 'rating-explainer:Height', 'height', '', null, 1, undefined];
const VERSIONS = [1, 1, 1, 2, 0, '1', 1.5, null, undefined, true];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'extra', 'height,type'];

function randomJson(r, depth = 0) {
  switch (r.below(depth > 2 ? 4 : 6)) {
    case 0: return r.pick([null, true, false]);
    case 1: return r.pick([0, -1, 1.5, 1e308, 640, NaN]);
    case 2: return r.pick(['', 'rating-explainer:height', '#/embed/rating', '__proto__', 'x'.repeat(r.below(50))]);
    case 3: return undefined;
    case 4: return Array.from({ length: r.below(4) }, () => randomJson(r, depth + 1));
    default: {
      const o = {};
      for (let i = r.below(5); i > 0; i--) o[r.pick([...KEYS, 'type', 'version', 'height', 'widget'])] = randomJson(r, depth + 1);
      return o;
    }
  }
}

/** A message: mostly near-valid, with one or more parts changed. */
function message(r) {
  if (r.chance(6)) return randomJson(r);
  if (r.chance(20)) {
    // Keys that look like prototype pollution, as JSON.parse makes them.
    return JSON.parse(`{"type":"rating-explainer:height","version":1,"height":${1 + r.below(900)},"widget":"#/embed/rating","${r.pick(KEYS)}":{"polluted":true}}`);
  }
  const m = {
    type: 'rating-explainer:height',
    version: 1,
    height: 1 + r.below(3000),
    widget: r.pick(WIDGETS.slice(0, 4)),
  };
  for (let n = r.below(3); n > 0; n--) {
    switch (r.below(7)) {
      case 0: m.type = r.pick(TYPES); break;
      case 1: m.version = r.pick(VERSIONS); break;
      case 2: m.height = r.pick(HEIGHTS); break;
      case 3: m.widget = r.pick([...WIDGETS, 42, null, ['#/embed']]); break;
      case 4: delete m[r.pick(['type', 'version', 'height', 'widget'])]; break;
      case 5: m[r.pick(KEYS)] = r.pick([1, 'x', null]); break;
      default: break;
    }
  }
  if (r.chance(30)) return Object.assign(Object.create(null), m);
  if (r.chance(30)) return Object.assign(new (class Fake {})(), m);
  return m;
}

test('embed.js is small and defines no global', () => {
  assert.ok(Buffer.byteLength(SOURCE) < 1024, `${Buffer.byteLength(SOURCE)} bytes`);
  const { listeners, globals } = page();
  assert.deepEqual(globals, []);
  assert.deepEqual(listeners.map((l) => l.type), ['message']);
});

test('the message the widgets send resizes their own frame only', () => {
  const { listeners, frames } = page(3);
  // The shape explainer-core writes (embed::height_message_json).
  const data = JSON.parse('{"type":"rating-explainer:height","version":1,"height":640,"widget":"#/embed/timeline?q=%22a%22"}');
  listeners[0].fn({ data, source: frames[1].contentWindow, origin: 'http://127.0.0.1:8080' });
  assert.deepEqual(frames.map((f) => f.style.height), ['', '640px', '']);
  // The same message from the page itself, another window or nowhere: ignored.
  for (const source of [null, undefined, { name: 'a popup' }, frames[0]]) {
    listeners[0].fn({ data: { ...data, height: 99 }, source });
  }
  assert.deepEqual(frames.map((f) => f.style.height), ['', '640px', '']);
});

test('generated messages: never a throw, and resized exactly as the rule says', () => {
  const r = rng(0xE3BED);
  const { listeners, frames } = page(3);
  const listener = listeners[0].fn;
  const others = [null, undefined, { name: 'other' }, 'frame 0', frames[0]];
  let accepted = 0;
  for (let i = 0; i < CASES; i++) {
    for (const f of frames) f.style.height = 'unset';
    const data = message(r);
    const source = r.chance(4) ? r.pick(others) : r.pick(frames).contentWindow;
    const want = expected(data, source, frames);
    assert.doesNotThrow(() => listener({ data, source }), `case ${i}`);
    const got = frames.map((f) => f.style.height);
    const wanted = frames.map((_, j) => (want && want.index === j ? want.height : 'unset'));
    assert.deepEqual(got, wanted, `case ${i}: ${JSON.stringify(data)}`);
    if (want) accepted++;
  }
  // Both outcomes were exercised in quantity.
  assert.ok(accepted > CASES / 10 && accepted < CASES * 0.9, `${accepted} of ${CASES} accepted`);
});

test('hostile values are ignored without a throw', () => {
  const { listeners, frames } = page(1);
  const source = frames[0].contentWindow;
  const throwing = new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } });
  const getter = {
    type: 'rating-explainer:height', version: 1, widget: '#/embed/rating',
    get height() { throw new Error('getter'); },
  };
  for (const data of [throwing, getter, new Date(), new Map(), /x/, () => 1, Symbol('x'), 10n, 'height=640']) {
    assert.doesNotThrow(() => listeners[0].fn({ data, source }));
  }
  assert.doesNotThrow(() => listeners[0].fn({ get data() { throw new Error('data'); }, source }));
  assert.equal(frames[0].style.height, '');
});
