// Sortable tables: a click on a header sorts by that column (numbers by their raw value, text in Indonesian order).
(function () {
  'use strict';
  const collator = new Intl.Collator('id-ID', { numeric: true, sensitivity: 'base' });

  function sortKey(row, index) {
    const cell = row.cells[index];
    return cell ? cell.getAttribute('data-sort') : null;
  }

  function compare(index, direction) {
    return function (a, b) {
      const x = sortKey(a, index);
      const y = sortKey(b, index);
      if (x !== null && y !== null && x !== '' && y !== '') {
        return (parseFloat(x) - parseFloat(y)) * direction;
      }
      if (!x !== !y) {
        return x ? -1 : 1;
      }
      return collator.compare(a.cells[index].textContent.trim(), b.cells[index].textContent.trim()) * direction;
    };
  }

  document.querySelectorAll('table[data-sortable="true"]').forEach(function (table) {
    const headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-btn';
      button.textContent = th.textContent;
      button.setAttribute('aria-label', 'Urutkan menurut ' + th.textContent);
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        Array.prototype.slice.call(body.rows).sort(compare(index, ascending ? 1 : -1)).forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
