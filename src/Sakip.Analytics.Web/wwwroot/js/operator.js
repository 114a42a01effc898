// Operator pages: refuse an oversized upload before sending it; follow a run until it is finished.
(function () {
  'use strict';
  const input = document.querySelector('#upload-form input[type="file"][data-max-bytes]');
  if (input) {
    const limit = Number(input.getAttribute('data-max-bytes'));
    const warning = document.getElementById('upload-too-large');
    input.form.addEventListener('submit', function (event) {
      const total = Array.prototype.reduce.call(input.files, function (sum, file) { return sum + file.size; }, 0);
      if (total > limit) {
        event.preventDefault();
        warning.classList.remove('d-none');
      }
    });
  }

  const run = document.getElementById('run');
  if (!run || run.getAttribute('data-finished') === 'true') { return; }
  const statusUrl = run.getAttribute('data-status-url');
  const badge = document.getElementById('run-status');
  function poll() {
    fetch(statusUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) { window.setTimeout(poll, 3000); return; }
        badge.textContent = status.label;
        run.setAttribute('data-status', status.status);
        if (status.runUrl && window.location.pathname !== status.runUrl) {
          window.location.assign(status.runUrl);
        } else if (status.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
