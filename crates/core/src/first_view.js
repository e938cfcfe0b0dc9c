// The page's first view, drawn from the build's rendering before the app
// loads (see `first_view::script`, which fills in KEYS, DIR, WAIT_MS and
// PART_SIZE).
(function () {
  var keys = KEYS;
  var root = document.documentElement;
  var started = false, settled = false, resolve;
  window.firstView = new Promise(function (done) { resolve = done; });
  // The app takes over what is drawn, all of it.
  addEventListener('TrunkApplicationStarted', function () { started = true; showAll(); });
  // Parts of the drawing still hidden, shown a frame at a time.
  var later = [];
  function showAll() {
    while (later.length) later.shift().classList.remove('first-later');
  }
  // Once settled the app may take the drawing over: all of it is shown.
  function settle() {
    showAll();
    if (!settled) { settled = true; resolve(); }
  }
  function keyOf(hash) {
    var m = /^#\/([\w\/-]*)$/.exec(hash || '#/');
    var key = m && (m[1] || 'index'), chart = key && keys[key];
    if (!chart) return null;
    if (chart === 1) return key;
    var box = Math.min(document.documentElement.clientWidth - chart[0], chart[1]);
    return key + '@' + Math.max(280, Math.min(720, Math.floor(box / 20) * 20));
  }
  var ready = new Promise(function (done) {
    if (document.readyState !== 'loading') done();
    else addEventListener('DOMContentLoaded', done);
  });
  function size(el) { return 1 + el.getElementsByTagName('*').length; }
  // Hides what follows the first PART_SIZE elements of `box`, splitting
  // containers where it can (not a chart, a table or a folded part), so
  // that a slow phone lays out a long page in several short tasks.
  function holdBack(box) {
    var used = 0;
    (function walk(el) {
      for (var k = el.firstElementChild; k; k = k.nextElementSibling) {
        var n = size(k);
        if (used + n <= PART_SIZE) { used += n; continue; }
        if (used < PART_SIZE && k.firstElementChild && !/^(svg|table|details)$/i.test(k.tagName)) { walk(k); continue; }
        if (used === 0) { used = n; continue; }
        used = PART_SIZE;
        k.classList.add('first-later');
        later.push(k);
      }
    })(box);
  }
  // Shows the held-back parts, about PART_SIZE elements a frame, then
  // calls `done`.
  function showInParts(done) {
    if (!later.length) return done();
    requestAnimationFrame(function () {
      setTimeout(function () {
        var n = 0;
        while (later.length && n < PART_SIZE) {
          var el = later.shift();
          el.classList.remove('first-later');
          n += size(el);
        }
        showInParts(done);
      }, 0);
    });
  }
  function draw(key) {
    var text = fetch('DIR/' + key + '.html').then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    });
    // A task of its own once the page is parsed: on a slow phone, one
    // joined to DOMContentLoaded is longer than the two apart.
    return Promise.all([text, ready]).then(function (got) {
      return new Promise(function (next) { setTimeout(function () { next(got[0]); }, 0); });
    }).then(function (html) {
      var box = document.getElementById('static-page');
      if (started || !box || keyOf(location.hash) !== key) return;
      later = [];
      box.innerHTML = html;
      var styled = box.querySelectorAll('[data-first-style]');
      for (var i = 0; i < styled.length; i++) styled[i].style.cssText = styled[i].getAttribute('data-first-style');
      holdBack(box);
      box.setAttribute('data-first-view', key);
      root.classList.remove('page-loading', 'question-loading', 'widget-loading');
      if (window.performance && performance.mark) performance.mark('first-view-drawn');
      return new Promise(showInParts);
    });
  }
  var first = location.protocol === 'file:' ? null : keyOf(location.hash);
  if (!first) { settle(); return; }
  // The overview's summary, for readers without the app, gives way to its
  // drawing from the start (laying out both costs a slow phone twice),
  // and comes back if the drawing does not.
  var hidden = first === 'index' && !root.classList.contains('page-loading');
  if (hidden) root.classList.add('page-loading');
  function summary() {
    if (hidden && !document.querySelector('[data-first-view]')) root.classList.remove('page-loading');
    settle();
  }
  draw(first).then(settle, summary);
  setTimeout(summary, WAIT_MS);
  addEventListener('hashchange', function () {
    var key = keyOf(location.hash);
    if (!started && key) draw(key).catch(function () {});
  });
})();
