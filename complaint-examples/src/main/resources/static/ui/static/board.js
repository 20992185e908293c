// The SLA board: rendered from the server's pushes (server-sent events), without reloading the page.
(function () {
  'use strict';
  var labels = JSON.parse(document.getElementById('labels').textContent);
  var all = document.querySelector('.filters').dataset.all || 'all';
  var LEVELS = ['RED_3', 'RED_2', 'RED_1', 'YELLOW', 'NONE'];
  var SYMBOL = { RED_3: '■■■', RED_2: '■■', RED_1: '■', YELLOW: '▲', NONE: '○' };
  var filters = { unit: '', region: '', level: '', node: '' };
  var board = null;

  function label(kind, code) {
    return labels[kind + '.' + code] || code || '—';
  }
  function text(el, value) { el.textContent = value == null || value === '' ? '—' : value; return el; }
  function cell(tr, value, cls) {
    var td = document.createElement('td');
    if (cls) { td.className = cls; }
    text(td, value);
    tr.appendChild(td);
    return td;
  }

  function options(select, key, values, labelOf) {
    var current = filters[key];
    select.innerHTML = '';
    var any = document.createElement('option');
    any.value = ''; any.textContent = all;
    select.appendChild(any);
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v; o.textContent = labelOf ? labelOf(v) : v;
      select.appendChild(o);
    });
    select.value = values.indexOf(current) >= 0 ? current : '';
    filters[key] = select.value;
  }
  function distinct(rows, key) {
    var seen = {};
    rows.forEach(function (r) { if (r[key]) { seen[r[key]] = true; } });
    return Object.keys(seen).sort();
  }

  function render() {
    if (!board) { return; }
    var rows = board.rows;
    document.getElementById('board-at').textContent = window.complaintsTime(board.at);
    document.getElementById('board-at').setAttribute('datetime', board.at);
    var ends = document.getElementById('data-ends');
    ends.textContent = board.calendarDataEnds ? ends.dataset.text.replace('{0}', board.calendarDataEnds) : '';
    document.getElementById('zone').textContent = window.complaintsZone;

    var counts = document.getElementById('counts');
    counts.innerHTML = '';
    LEVELS.forEach(function (l) {
      var b = document.createElement('span');
      b.className = 'count light-' + l;
      b.id = 'count-' + l;
      b.dataset.count = board.counts[l] || 0;
      b.textContent = SYMBOL[l] + ' ' + label('level', l) + ': ' + (board.counts[l] || 0);
      counts.appendChild(b);
    });

    options(document.getElementById('filter-unit'), 'unit', distinct(rows, 'unit'));
    options(document.getElementById('filter-region'), 'region', distinct(rows, 'region'));
    options(document.getElementById('filter-level'), 'level', LEVELS, function (l) { return label('level', l); });
    options(document.getElementById('filter-node'), 'node', distinct(rows, 'node'),
      function (n) { return label('node', n); });

    var body = document.getElementById('rows');
    body.innerHTML = '';
    var shown = 0;
    rows.forEach(function (r) {
      if ((filters.unit && r.unit !== filters.unit) || (filters.region && r.region !== filters.region)
          || (filters.level && r.level !== filters.level) || (filters.node && r.node !== filters.node)) {
        return;
      }
      shown++;
      var tr = document.createElement('tr');
      tr.dataset.id = r.id;
      tr.dataset.level = r.level;
      var light = cell(tr, SYMBOL[r.level] + ' ' + label('level', r.level), 'light light-' + r.level);
      light.dataset.level = r.level;
      var ticket = document.createElement('td');
      var a = document.createElement('a');
      a.href = '/complaints/' + encodeURIComponent(r.id);
      a.textContent = r.id;
      ticket.appendChild(a);
      tr.appendChild(ticket);
      cell(tr, r.unit);
      cell(tr, r.region);
      cell(tr, label('node', r.node), 'node');
      cell(tr, label('grade', r.grade));
      cell(tr, r.handler);
      cell(tr, r.used + ' / ' + r.limit + (r.state === 'PAUSED' ? ' (' + label('state', r.state) + ')' : ''), 'num');
      var deadline = cell(tr, window.complaintsTime(r.deadline), 'deadline');
      deadline.title = r.deadline;
      body.appendChild(tr);
    });
    var errors = document.getElementById('unanswerable-list');
    errors.innerHTML = '';
    (board.unanswerable || []).forEach(function (u) {
      var li = document.createElement('li');
      li.textContent = u.id + ': ' + u.error;
      errors.appendChild(li);
    });
    document.getElementById('unanswerable').hidden = !(board.unanswerable || []).length;
    document.getElementById('shown').textContent = shown;
    document.getElementById('empty').hidden = shown > 0;
    document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
  }

  ['unit', 'region', 'level', 'node'].forEach(function (key) {
    document.getElementById('filter-' + key).addEventListener('change', function (e) {
      filters[key] = e.target.value;
      render();
    });
  });

  var live = document.getElementById('live');
  var source = new EventSource('/ui/board/events');
  source.addEventListener('board', function (e) {
    board = JSON.parse(e.data);
    live.textContent = '● ' + live.dataset.live;
    live.className = 'live on';
    render();
  });
  source.onerror = function () {
    live.textContent = '○ ' + live.dataset.offline;
    live.className = 'live off';
    // the browser gave up (for example the sign-in expired): load the page again, which asks to sign in
    if (source.readyState === EventSource.CLOSED) {
      setTimeout(function () { window.location.reload(); }, 5000);
    }
  };
})();
