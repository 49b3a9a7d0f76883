// Small enhancements for the article page; every page works without them.
(function () {
  'use strict';
  var KEY = 'parley.fontScale';
  var MIN = 0.8, MAX = 1.6, STEP = 0.1;

  function applyScale(scale) {
    document.documentElement.style.setProperty('--story-scale', String(scale));
  }

  function storedScale() {
    try {
      var value = parseFloat(window.localStorage.getItem(KEY));
      return value >= MIN && value <= MAX ? value : 1;
    } catch (e) {
      return 1; // storage may be disabled: fall back to the default size
    }
  }

  applyScale(storedScale());

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-font], [data-action="print"]');
    if (!target) {
      return;
    }
    if (target.getAttribute('data-action') === 'print') {
      window.print();
      return;
    }
    var scale = storedScale() + (target.getAttribute('data-font') === 'larger' ? STEP : -STEP);
    scale = Math.round(Math.min(MAX, Math.max(MIN, scale)) * 10) / 10;
    applyScale(scale);
    try {
      window.localStorage.setItem(KEY, String(scale));
    } catch (e) {
      // the size still changes for this page view
    }
  });
})();
