/* Sizes this page's iframes of the explainer's widgets from their height
   messages (shape: the explainer's About page); ignores all else. */
(function () {
  'use strict';
  function height(d) {
    var k = Object.keys(d), h = d.height, w = d.widget;
    return k.length === 4 && k.sort().join() === 'height,type,version,widget' &&
      d.type === 'rating-explainer:height' && d.version === 1 &&
      typeof h === 'number' && h % 1 === 0 && h >= 1 && h <= 50000 &&
      typeof w === 'string' && w.length <= 2000 && w.indexOf('#/embed') === 0 ? h : 0;
  }
  addEventListener('message', function (e) {
    try {
      var d = e.data, f = document.getElementsByTagName('iframe'), h, i;
      if (Object.prototype.toString.call(d) !== '[object Object]' || !e.source || !(h = height(d))) return;
      for (i = 0; i < f.length; i++) {
        if (f[i].contentWindow === e.source) { f[i].style.height = h + 'px'; return; }
      }
    } catch (x) { /* unreadable: ignored */ }
  });
})();
