// Instants are sent as ISO-8601 UTC; they are shown in the viewer's own time zone.
(function () {
  'use strict';
  // ISO-like order (2026-10-29 01:27) in either language; the zone is named on the page
  var fmt = new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
  });
  window.complaintsTime = function (iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : fmt.format(d);
  };
  window.complaintsZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  function localize() {
    document.querySelectorAll('time[datetime]').forEach(function (t) {
      t.textContent = window.complaintsTime(t.getAttribute('datetime'));
      t.title = t.getAttribute('datetime');
    });
  }
  document.addEventListener('DOMContentLoaded', localize);
  window.complaintsLocalize = localize;
})();
