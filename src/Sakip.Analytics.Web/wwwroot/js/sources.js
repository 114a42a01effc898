// The source of a figure (document, table, line) one click away: a popover on the small button next to it.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    const button = event.target.closest('.src-btn');
    document.querySelectorAll('.src-btn[aria-describedby]').forEach(function (open) {
      if (open !== button) { window.bootstrap.Popover.getOrCreateInstance(open).hide(); }
    });
    if (button) {
      window.bootstrap.Popover.getOrCreateInstance(button, { trigger: 'manual', placement: 'top' }).toggle();
    }
  });
})();
