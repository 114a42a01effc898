// The selection form: applies a changed selection at once, helps with multi-selects, copies the share link, prints.
(function () {
  'use strict';
  const form = document.querySelector('form[data-autosubmit]');
  if (form) {
    form.querySelectorAll('select').forEach(function (select) {
      select.addEventListener('change', function () { form.requestSubmit(); });
    });
    form.querySelectorAll('details.multi-select').forEach(function (details) {
      details.querySelectorAll('[data-check]').forEach(function (button) {
        button.addEventListener('click', function () {
          const check = button.getAttribute('data-check') === 'all';
          details.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = check; });
        });
      });
      details.addEventListener('toggle', function () {
        if (!details.open && details.getAttribute('data-changed') === 'true') { form.requestSubmit(); }
      });
      details.addEventListener('change', function () { details.setAttribute('data-changed', 'true'); });
    });
  }
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      const url = new URL(button.getAttribute('data-copy'), window.location.href).href;
      if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(function () { button.textContent = 'Tautan disalin'; }, function () { window.prompt('Salin tautan ini:', url); });
      } else {
        window.prompt('Salin tautan ini:', url);
      }
    });
  });
  document.querySelectorAll('[data-action="print"]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
