// The moderation dashboard, faster: actions in place, live counts, keyboard. Every form works without this file;
// here the same forms are posted with fetch (the CSRF token travels in the form as always) asking for JSON.
(function () {
  'use strict';

  var root = document.getElementById('mod-queue');
  var keys = document.getElementById('mod-keys');
  var statusRegion = document.getElementById('mod-status');
  var alertRegion = document.getElementById('mod-alert');

  // What the script says comes from the page (data-t-* on the body), in the page's language; %name% holes
  // are filled in here.
  function text(name, values) {
    var said = document.body.getAttribute('data-t-' + name) || '';
    Object.keys(values || {}).forEach(function (key) {
      said = said.split('%' + key + '%').join(String(values[key]));
    });
    return said;
  }
  var undoSeconds = root ? parseInt(root.getAttribute('data-undo-seconds') || '10', 10) : 10;
  var tab = root ? root.getAttribute('data-tab') : null;
  var baseline = readCounts();
  var lastHidden = [];
  var undoTimer = null;
  var current = null;

  // --- cards and focus ---------------------------------------------------------------------------------------

  function cards() {
    return Array.prototype.filter.call(document.querySelectorAll('.mod-card'), function (c) { return !c.hidden; });
  }

  function setCurrent(card, focus) {
    if (current) {
      current.classList.remove('is-current');
    }
    current = card || null;
    if (!current) {
      return;
    }
    current.classList.add('is-current');
    if (focus) {
      current.focus({ preventScroll: true });
      current.scrollIntoView({ block: 'nearest' });
    }
  }

  function move(step) {
    var all = cards();
    if (!all.length) {
      return;
    }
    var at = all.indexOf(current);
    var next = at < 0 ? 0 : Math.min(all.length - 1, Math.max(0, at + step));
    setCurrent(all[next], true);
  }

  function currentCard() {
    if (current && !current.hidden && document.body.contains(current)) {
      return current;
    }
    var all = cards();
    setCurrent(all[0], false);
    return current;
  }

  document.addEventListener('focusin', function (event) {
    var card = event.target.closest && event.target.closest('.mod-card');
    if (card && card !== current) {
      setCurrent(card, false);
    }
  });

  // --- notices -----------------------------------------------------------------------------------------------

  function clear(region) {
    while (region && region.firstChild) {
      region.removeChild(region.firstChild);
    }
  }

  function say(kind, message, undoable) {
    clear(statusRegion);
    clear(alertRegion);
    var region = kind === 'error' ? alertRegion : statusRegion;
    if (!region) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'mod-notice mod-notice-' + kind;
    var p = document.createElement('p');
    p.textContent = message;
    box.appendChild(p);
    if (undoable) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'mod-btn mod-btn-undo';
      button.textContent = text('undo');
      button.addEventListener('click', undo);
      box.appendChild(button);
      clearTimeout(undoTimer);
      undoTimer = setTimeout(function () {
        if (button.parentNode) {
          button.parentNode.removeChild(button);
        }
        forgetHidden();
      }, undoSeconds * 1000);
    }
    region.appendChild(box);
  }

  // A server-rendered Undo button (after a redirect without script) also expires.
  (function expireRenderedUndo() {
    var rendered = document.querySelector('.mod-undo-form');
    if (rendered) {
      setTimeout(function () {
        if (rendered.parentNode) {
          rendered.parentNode.removeChild(rendered);
        }
      }, undoSeconds * 1000);
    }
  })();

  // --- counts ------------------------------------------------------------------------------------------------

  function readCounts() {
    var counts = {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-count]'), function (el) {
      counts[el.getAttribute('data-count')] = parseInt(el.textContent, 10) || 0;
    });
    return counts;
  }

  function showCounts(counts) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-count]'), function (el) {
      var key = el.getAttribute('data-count');
      if (counts[key] !== undefined && String(counts[key]) !== el.textContent) {
        el.textContent = String(counts[key]);
        el.classList.add('is-updated');
        setTimeout(function () { el.classList.remove('is-updated'); }, 1500);
      }
    });
  }

  function ownCounts(counts) {
    showCounts(counts);
    baseline = counts;
    newItems(counts);
  }

  // --- actions -----------------------------------------------------------------------------------------------

  function post(form, submitter) {
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    return send(form.getAttribute('action'), data);
  }

  /** Posts a form's data and answers its JSON; a refusal becomes an error with a message for the moderator. */
  function send(url, data, fallback) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: data,
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var message = body.error;
          if (response.status === 401 || response.status === 403) {
            message = text('session-ended');
          } else if (!message) {
            message = fallback || text('failed', { status: response.status });
          }
          throw new Error(message);
        }
        return body;
      });
    });
  }

  // "n comments · page p of q" under the bulk bar follows the cards that leave the tab or come back.
  function recount(delta) {
    var summary = document.querySelector('.mod-summary[data-total]');
    if (!summary || !delta) {
      return;
    }
    var total = Math.max(0, parseInt(summary.getAttribute('data-total'), 10) + delta);
    var size = parseInt(summary.getAttribute('data-page-size'), 10) || 50;
    var pages = Math.max(1, Math.ceil(total / size));
    var page = Math.min(parseInt(summary.getAttribute('data-page'), 10) || 1, pages);
    summary.setAttribute('data-total', String(total));
    summary.querySelector('.mod-summary-text').textContent =
      text(total === 1 ? 'summary-one' : 'summary-many', { total: total, page: page, pages: pages });
  }

  function hideChanged(ids, action) {
    var keepInTab = tab === 'published' && action === 'approve';
    var hidden = [];
    ids.forEach(function (id) {
      var card = document.getElementById('c' + id);
      if (!card) {
        return;
      }
      if (keepInTab) {
        // Keeping a reported comment closes its reports; it stays published, so it stays here.
        var approve = card.querySelector('.mod-act-approve');
        if (approve) {
          approve.parentNode.removeChild(approve);
        }
        return;
      }
      var next = nextVisible(card);
      card.hidden = true;
      uncheck(card);
      hidden.push(card);
      if (card === current) {
        setCurrent(next, true);
      }
    });
    return hidden;
  }

  function nextVisible(card) {
    var all = cards();
    var at = all.indexOf(card);
    return all[at + 1] || all[at - 1] || null;
  }

  function uncheck(card) {
    var box = card.querySelector('.mod-select');
    if (box && box.checked) {
      box.checked = false;
      card.classList.remove('is-selected');
      selectionChanged();
    }
  }

  function forgetHidden() {
    lastHidden.forEach(function (card) {
      if (card.hidden && card.parentNode) {
        card.parentNode.removeChild(card);
      }
    });
    lastHidden = [];
  }

  function act(form, submitter) {
    var action = submitter && submitter.name === 'action' ? submitter.value
      : (form.classList.contains('mod-act-user') ? 'remove' : '');
    var card = form.closest('.mod-card');
    if (card) {
      card.classList.add('is-busy');
    }
    Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = true; });
    return post(form, submitter).then(function (result) {
      if (form.classList.contains('mod-act-ban')) {
        // A ban changes no comment: the cards stay, marked, and the form closes for the next one.
        markBanned(card, result.banned);
        form.reset();
        var more = form.closest('details');
        if (more) {
          more.open = false;
        }
        say(result.kind, result.message, false);
        return;
      }
      forgetHidden();
      if (root && root.getAttribute('data-single') === 'true') {
        // On a comment's own page the card changes state rather than leaving a tab: show it as it is now.
        say(result.kind, result.message, false);
        setTimeout(function () { window.location.reload(); }, 600);
        return;
      }
      lastHidden = hideChanged(result.changed || [], action);
      recount(-lastHidden.length);
      say(result.kind, result.message, result.undoable);
      if (result.counts) {
        ownCounts(result.counts);
      }
    }).catch(function (error) {
      say('error', error.message, false);
    }).then(function () {
      if (card) {
        card.classList.remove('is-busy');
      }
      Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = false; });
    });
  }

  // Every card by the same name shows the chip; an address ban marks only the card it was made from, since
  // the page does not carry addresses.
  function markBanned(card, what) {
    if (!card) {
      return;
    }
    var marked = [card];
    if (what === 'name') {
      marked = cards().filter(function (c) { return c.getAttribute('data-user') === card.getAttribute('data-user'); });
    }
    marked.forEach(function (c) {
      var chip = c.querySelector('.mod-chip-banned');
      var who = c.querySelector('.mod-who-wrote');
      var title = text(what === 'name' ? 'banned-name' : 'banned-address');
      if (chip) {
        return;
      }
      chip = document.createElement('span');
      chip.className = 'mod-chip mod-chip-banned';
      chip.title = title;
      chip.textContent = text('banned-chip');
      var sr = document.createElement('span');
      sr.className = 'mod-sr';
      sr.textContent = ': ' + title;
      chip.appendChild(sr);
      if (who && who.parentNode) {
        who.parentNode.insertBefore(chip, who.nextSibling);
      }
    });
  }

  function undo() {
    var data = new URLSearchParams();
    var token = document.querySelector('input[name="csrf-token"]');
    if (!token) {
      return;
    }
    data.append('csrf-token', token.value);
    data.append('back', root ? root.getAttribute('data-back') || '' : '');
    var failed = text('undo-failed');
    send('/moderation/undo', data, failed).then(function (result) {
      clearTimeout(undoTimer);
      var back = (result.reverted || []).map(String);
      var first = null;
      var shown = 0;
      lastHidden.forEach(function (card) {
        if (back.indexOf(card.getAttribute('data-id')) >= 0) {
          card.hidden = false;
          shown++;
          first = first || card;
        }
      });
      recount(shown);
      lastHidden = [];
      say(result.kind, result.message, false);
      if (result.counts) {
        ownCounts(result.counts);
      }
      if (first) {
        setCurrent(first, true);
      } else if (root && root.getAttribute('data-single') === 'true') {
        window.location.reload();
      }
    }).catch(function (error) {
      say('error', error.message, false);
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('mod-undo-form')) {
      event.preventDefault();
      undo();
      return;
    }
    if (!form.classList.contains('mod-act') || typeof fetch !== 'function') {
      return;
    }
    event.preventDefault();
    act(form, event.submitter || form.querySelector('button[type=submit]'));
  });

  // --- selection ---------------------------------------------------------------------------------------------

  function selectionChanged() {
    var label = document.getElementById('mod-selected-count');
    if (!label) {
      return;
    }
    var n = document.querySelectorAll('.mod-select:checked').length;
    label.textContent = n === 0 ? text('select-hint') : text('selected', { n: n });
  }

  document.addEventListener('change', function (event) {
    if (event.target.classList && event.target.classList.contains('mod-select')) {
      var card = event.target.closest('.mod-card');
      card.classList.toggle('is-selected', event.target.checked);
      selectionChanged();
    }
  });
  selectionChanged();

  // --- keyboard ----------------------------------------------------------------------------------------------

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function press(card, selector) {
    var button = card && card.querySelector(selector);
    if (button && !button.disabled) {
      button.form.requestSubmit(button);
    }
  }

  function toggleKeys() {
    if (!keys || typeof keys.showModal !== 'function') {
      return;
    }
    if (keys.open) {
      keys.close();
    } else {
      keys.showModal();
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (keys && keys.open && event.key !== '?') {
      return;
    }
    var card;
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'a': press(currentCard(), '.mod-btn-approve[data-shortcut]'); break;
      case 'r': press(currentCard(), '.mod-btn-remove[data-shortcut]'); break;
      case 'e': press(currentCard(), '.mod-btn-restore[data-shortcut]'); break;
      case 'u': undo(); break;
      case 'x':
        card = currentCard();
        var box = card && card.querySelector('.mod-select');
        if (box) {
          box.checked = !box.checked;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }
        break;
      case '?': toggleKeys(); break;
      default: return;
    }
    event.preventDefault();
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-keys-open]'), function (button) {
    button.addEventListener('click', toggleKeys);
  });

  // --- live counts and new comments --------------------------------------------------------------------------

  var newBox = document.getElementById('mod-new');
  var newShow = document.getElementById('mod-new-show');

  function newItems(counts) {
    if (!newBox || !tab || counts[tab] === undefined) {
      return;
    }
    var extra = counts[tab] - (baseline[tab] || 0);
    if (extra > 0) {
      newBox.querySelector('.mod-new-text').textContent = text(extra === 1 ? 'new-one' : 'new-many', { n: extra });
      newBox.hidden = false;
    } else {
      newBox.hidden = true;
      if (counts[tab] < (baseline[tab] || 0)) {
        baseline[tab] = counts[tab];
      }
    }
  }

  function showNew() {
    var list = document.getElementById('mod-cards');
    if (!list) {
      window.location.reload();
      return;
    }
    fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = Array.prototype.slice.call(doc.querySelectorAll('.mod-card'));
        var added = 0;
        // New cards go where the server puts them, next to the cards already here; nothing here moves.
        fresh.forEach(function (card, i) {
          if (document.getElementById(card.id)) {
            return;
          }
          var anchor = null;
          for (var j = i + 1; j < fresh.length && !anchor; j++) {
            anchor = document.getElementById(fresh[j].id);
          }
          list.insertBefore(document.importNode(card, true), anchor);
          added++;
        });
        Array.prototype.forEach.call(doc.querySelectorAll('[data-count]'), function (el) {
          baseline[el.getAttribute('data-count')] = parseInt(el.textContent, 10) || 0;
        });
        showCounts(baseline);
        newBox.hidden = true;
        say('info', added === 0 ? text('new-elsewhere')
          : text(added === 1 ? 'added-one' : 'added-many', { n: added }), false);
      })
      .catch(function () { window.location.reload(); });
  }

  if (newShow) {
    newShow.addEventListener('click', showNew);
  }

  if (root && root.getAttribute('data-events') && typeof EventSource === 'function') {
    var source = new EventSource(root.getAttribute('data-events'));
    source.onmessage = function (event) {
      try {
        var counts = JSON.parse(event.data);
        showCounts(counts);
        newItems(counts);
      } catch (e) {
        // a malformed event is skipped; the next one carries the full counts again
      }
    };
  }

  setCurrent(cards()[0], false);
})();
