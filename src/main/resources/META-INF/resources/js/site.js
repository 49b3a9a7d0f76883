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

  // A page that answers a post (an error, a comment not published) goes back under the article's own address,
  // so that a reload reads the article instead of sending the comment again, and shows the form at once.
  var answer = document.querySelector('[data-answer-at]');
  if (answer) {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', answer.getAttribute('data-answer-at'));
    }
    var field = answer.getAttribute('data-focus') && document.getElementById(answer.getAttribute('data-focus'));
    var first = answer.querySelector('.error-summary, .notice-warning, .notice-error') || field;
    if (first) {
      first.scrollIntoView({ block: 'start' });
    }
    if (field) {
      // After load: focus given while the page is still loading does not last in every browser.
      window.addEventListener('load', function () {
        field.focus({ preventScroll: true });
      });
    }
  }

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
