// Draws every [data-chart] element with ECharts (SVG renderer: crisp in print), from the payload the server put there.
(function () {
  'use strict';
  const charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    try {
      const spec = JSON.parse(element.getAttribute('data-chart'));
      const build = window.SakipCharts.build[spec.type];
      if (!build) {
        throw new Error('unknown chart type ' + spec.type);
      }
      element.style.height = window.SakipCharts.height(spec) + 'px';
      const chart = window.echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(build(spec));
      element.setAttribute('data-rendered', 'true');
      charts.push(chart);
      if (window.ResizeObserver) {
        // Follows the element itself: window resizes, rotated phones, print layout.
        new ResizeObserver(function () { chart.resize(); }).observe(element);
      }
    } catch (error) {
      element.setAttribute('data-rendered', 'error');
      element.textContent = 'Grafik tidak dapat ditampilkan; lihat tabel di bawah.';
      console.error(error);
    }
  });
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
})();
