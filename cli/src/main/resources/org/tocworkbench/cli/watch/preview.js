// Live preview of `toc watch`: the server sends the number of each new check over Server-Sent
// Events; when it differs from the one on screen, the changing part of the page is fetched and
// swapped in. Nothing polls: the browser holds one event stream and reconnects by itself.
(function () {
  'use strict';
  var shown = currentVersion();
  var loading = false;
  var wanted = null;

  function currentVersion() {
    var root = document.getElementById('preview');
    return root ? root.getAttribute('data-version') : '';
  }

  function connection(live) {
    var badge = document.getElementById('connection');
    if (badge) {
      badge.textContent = live ? 'live' : 'reconnecting\u2026';
      badge.className = live ? 'conn live' : 'conn lost';
    }
  }

  function load(version) {
    if (loading) {
      wanted = version;
      return;
    }
    loading = true;
    fetch('/fragment', { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var old = document.getElementById('preview');
        old.outerHTML = html;
        var fresh = document.getElementById('preview');
        shown = fresh.getAttribute('data-version');
        document.title = fresh.getAttribute('data-title');
        connection(true);
      })
      .catch(function () {
        connection(false);
      })
      .finally(function () {
        loading = false;
        var next = wanted;
        wanted = null;
        if (next !== null && next !== shown) {
          load(next);
        }
      });
  }

  var events = new EventSource('/events');
  events.addEventListener('version', function (event) {
    connection(true);
    if (event.data !== shown) {
      load(event.data);
    }
  });
  events.addEventListener('error', function () {
    connection(false);
  });
}());
