// Indonesian number formats for charts, matching the server's table formatting (86,98; 94,71%; Rp 1.234.567).
(function (global) {
  'use strict';
  const cache = new Map();
  function numberFormat(decimals) {
    if (!cache.has(decimals)) {
      cache.set(decimals, new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
    }
    return cache.get(decimals);
  }

  function format(column, value) {
    if (value === null || value === undefined || value === '') {
      return '–';
    }
    if (typeof value !== 'number') {
      return String(value);
    }
    const decimals = column && Number.isInteger(column.decimals) ? column.decimals : 2;
    switch (column && column.format) {
      case 'year': return String(value);
      case 'integer': return numberFormat(0).format(value);
      case 'percent': return numberFormat(decimals).format(value) + '%';
      case 'money': return 'Rp ' + numberFormat(0).format(value);
      case 'points': return (value > 0 ? '+' : '') + numberFormat(decimals).format(value);
      default: return numberFormat(decimals).format(value);
    }
  }

  function axis(column) {
    return function (value) {
      if (column && column.format === 'money') {
        return numberFormat(0).format(value / 1e6) + ' jt';
      }
      return numberFormat(Number.isInteger(value) ? 0 : 1).format(value) + (column && column.format === 'percent' ? '%' : '');
    };
  }

  // Short labels on bars: Rp 2,65 M (miliar), Rp 13 jt (juta); other formats as in the table.
  function compact(column, value) {
    if (column && column.format === 'money' && typeof value === 'number') {
      if (Math.abs(value) >= 1e9) { return 'Rp ' + numberFormat(2).format(value / 1e9) + ' M'; }
      if (Math.abs(value) >= 1e6) { return 'Rp ' + numberFormat(1).format(value / 1e6) + ' jt'; }
    }
    return format(column, value);
  }

  global.SakipFormat = { format: format, axis: axis, compact: compact };
})(window);
