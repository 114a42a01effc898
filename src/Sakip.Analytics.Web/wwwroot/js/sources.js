// The source of a figure (document, table, line) and its data note one click away: a popover on
// the small button next to the figure.
(function () {
  'use strict';
  const buttons = '.src-btn, .note-btn';
  document.addEventListener('click', function (event) {
    const button = event.target.closest(buttons);
    document.querySelectorAll('.src-btn[aria-describedby], .note-btn[aria-describedby]').forEach(function (open) {
      if (open !== button) { window.bootstrap.Popover.getOrCreateInstance(open).hide(); }
    });
    if (button) {
      window.bootstrap.Popover.getOrCreateInstance(button, { trigger: 'manual', placement: 'top' }).toggle();
    }
  });
})();
