// Turns a panel's chart payload (definition + the table's rows) into an ECharts option.
(function (global) {
  'use strict';
  const fmt = global.SakipFormat;
  const palette = ['#0d6efd', '#fd7e14', '#198754', '#6f42c1', '#d63384', '#20c997', '#6c757d', '#ffc107', '#0dcaf0', '#dc3545'];
  const bandColors = ['rgba(25,135,84,0.10)', 'rgba(13,110,253,0.08)', 'rgba(255,193,7,0.12)', 'rgba(253,126,20,0.10)', 'rgba(220,53,69,0.09)', 'rgba(108,117,125,0.10)', 'rgba(111,66,193,0.08)'];
  const highlightColor = '#d63384';

  // Tooltips are HTML: names come from imported data, so they are escaped.
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  function distinct(values) {
    const seen = [];
    values.forEach(function (v) { if (v !== null && v !== undefined && seen.indexOf(v) < 0) { seen.push(v); } });
    return seen;
  }

  function label(spec, key) {
    return spec.columns[key] ? spec.columns[key].label : key;
  }

  function tooltip(spec, valueColumn) {
    return {
      trigger: 'item',
      formatter: function (p) {
        const column = spec.columns[p.data && p.data.column ? p.data.column : valueColumn];
        const value = Array.isArray(p.value) ? p.value[p.value.length - 1] : (p.data && p.data.value !== undefined ? p.data.value : p.value);
        return (p.seriesName ? esc(p.seriesName) + '<br>' : '') + esc(p.name) + ': <b>' + esc(fmt.format(column, value)) + '</b>';
      }
    };
  }

  // One series per column (values) or per distinct value of seriesBy; data aligned to the categories.
  function seriesData(spec) {
    const categories = distinct(spec.rows.map(function (r) { return r[spec.category]; }));
    const groups = [];
    if (spec.values && spec.values.length) {
      spec.values.forEach(function (key) {
        const rows = categories.map(function (c) { return spec.rows.find(function (r) { return r[spec.category] === c; }); });
        groups.push({ name: label(spec, key), key: key, rows: rows, valueKey: key });
      });
    } else if (spec.seriesBy) {
      distinct(spec.rows.map(function (r) { return r[spec.seriesBy]; })).forEach(function (g) {
        const rows = categories.map(function (c) { return spec.rows.find(function (r) { return r[spec.category] === c && r[spec.seriesBy] === g; }); });
        groups.push({ name: String(g), key: spec.value, rows: rows, valueKey: spec.value });
      });
    } else {
      const rows = categories.map(function (c) { return spec.rows.find(function (r) { return r[spec.category] === c; }); });
      groups.push({ name: label(spec, spec.value), key: spec.value, rows: rows, valueKey: spec.value });
    }
    return { categories: categories.map(String), groups: groups.filter(function (g) { return g.rows.some(function (r) { return r && r[g.valueKey] !== null && r[g.valueKey] !== undefined; }); }) };
  }

  function bandArea(spec, axisName) {
    if (!spec.bands || !spec.bands.length) { return undefined; }
    return {
      silent: true,
      label: { position: axisName === 'yAxis' ? 'insideRight' : 'insideTop', color: '#6c757d', fontSize: 10 },
      data: spec.bands.map(function (b, i) {
        const start = {}; const end = {};
        start[axisName] = b.from === null ? 'min' : b.from;
        end[axisName] = b.to === null ? 'max' : b.to;
        start.name = b.label;
        start.itemStyle = { color: bandColors[i % bandColors.length] };
        return [start, end];
      })
    };
  }

  function cell(group, row, color, spec) {
    const value = row ? row[group.valueKey] : null;
    const item = { value: value === undefined ? null : value, column: group.valueKey };
    if (row && row._highlight && !spec.seriesBy && !(spec.values && spec.values.length > 1)) {
      item.itemStyle = { color: highlightColor };
    }
    return item;
  }

  function bar(spec) {
    const data = seriesData(spec);
    const valueAxisName = spec.horizontal ? 'xAxis' : 'yAxis';
    const series = [];
    data.groups.forEach(function (group, i) {
      const color = palette[i % palette.length];
      if (spec.markers) {
        series.push({
          type: 'bar', name: group.name + ' – ' + label(spec, spec.markers), stack: spec.stack ? 'target' : undefined,
          itemStyle: { color: 'transparent', borderColor: color, borderType: 'dashed', borderWidth: 2 },
          data: group.rows.map(function (r) { return { value: r ? r[spec.markers] : null, column: spec.markers }; })
        });
      }
      series.push({
        type: 'bar', name: spec.markers ? group.name + ' – ' + label(spec, group.valueKey) : group.name, stack: spec.stack ? 'total' : undefined,
        itemStyle: { color: color },
        label: { show: data.categories.length * data.groups.length <= (data.groups.length === 1 ? 60 : 24), position: spec.horizontal ? 'right' : 'top', fontSize: 10,
          formatter: function (p) { return fmt.compact(spec.columns[group.valueKey], p.value); } },
        data: group.rows.map(function (r) { return cell(group, r, color, spec); })
      });
    });
    if (series.length) { series[0].markArea = bandArea(spec, valueAxisName); }
    const valueColumn = spec.columns[data.groups.length ? data.groups[0].valueKey : spec.value];
    const categoryAxis = { type: 'category', data: data.categories, inverse: !!spec.horizontal, axisLabel: { interval: 0, width: 180, overflow: 'truncate', rotate: !spec.horizontal && data.categories.length > 6 ? 30 : 0 } };
    const valueAxis = { type: 'value', scale: !!spec.scale, axisLabel: { formatter: fmt.axis(valueColumn) } };
    return {
      color: palette,
      tooltip: tooltip(spec, spec.value),
      legend: { show: series.length > 1, type: 'scroll', top: 0 },
      grid: { left: spec.horizontal ? 190 : 60, right: 40, top: series.length > 1 ? 40 : 20, bottom: spec.horizontal ? 30 : 70, containLabel: false },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? categoryAxis : valueAxis,
      series: series
    };
  }

  function line(spec) {
    const data = seriesData(spec);
    const series = data.groups.map(function (group, i) {
      const isTarget = /^target/.test(group.valueKey);
      return {
        type: 'line', name: group.name, connectNulls: false, symbolSize: 8,
        lineStyle: isTarget ? { type: 'dashed' } : undefined,
        label: { show: data.categories.length <= 12, fontSize: 10, formatter: function (p) { return fmt.format(spec.columns[group.valueKey], p.value); } },
        data: group.rows.map(function (r) { return cell(group, r, palette[i % palette.length], spec); })
      };
    });
    if (series.length) { series[0].markArea = bandArea(spec, 'yAxis'); }
    const valueColumn = spec.columns[data.groups.length ? data.groups[0].valueKey : spec.value];
    return {
      color: palette,
      tooltip: tooltip(spec, spec.value),
      legend: { show: true, type: 'scroll', top: 0 },
      grid: { left: 60, right: 90, top: 40, bottom: 50 },
      xAxis: { type: 'category', data: data.categories, boundaryGap: true, axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: fmt.axis(valueColumn) } },
      series: series
    };
  }

  function heatmap(spec) {
    const columns = spec.values.filter(function (key) { return spec.rows.some(function (r) { return r[key] !== null && r[key] !== undefined; }); });
    const ys = spec.rows.map(function (r) { return String(r[spec.y]); });
    const points = [];
    spec.rows.forEach(function (r, y) {
      columns.forEach(function (key, x) {
        if (r[key] !== null && r[key] !== undefined) { points.push({ value: [x, y, r[key]], column: key }); }
      });
    });
    const values = points.map(function (p) { return p.value[2]; });
    const column = spec.columns[columns[0]];
    return {
      tooltip: { formatter: function (p) { return esc(ys[p.value[1]]) + '<br>' + esc(label(spec, columns[p.value[0]])) + ': <b>' + esc(fmt.format(column, p.value[2])) + '</b>'; } },
      grid: { left: 230, right: 20, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: columns.map(function (k) { return label(spec, k); }), axisLabel: { interval: 0, width: 120, overflow: 'break' } },
      yAxis: { type: 'category', data: ys, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
      visualMap: { min: Math.floor(Math.min.apply(null, values)), max: Math.ceil(Math.max.apply(null, values)), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
        inRange: { color: ['#dc3545', '#ffc107', '#198754'] }, formatter: function (v) { return fmt.format(column, v); } },
      series: [{ type: 'heatmap', data: points, label: { show: true, fontSize: 10, formatter: function (p) { return fmt.format(column, p.value[2]).replace('%', ''); } } }]
    };
  }

  function boxplot(spec) {
    const categories = spec.rows.map(function (r) { return String(r[spec.category]); });
    const column = spec.columns[spec.median];
    const series = [{
      type: 'boxplot', name: 'Sebaran',
      data: spec.rows.map(function (r) { return [r[spec.min], r[spec.q1], r[spec.median], r[spec.q3], r[spec.max]]; }),
      tooltip: { formatter: function (p) {
        const names = ['Minimum', 'Kuartil 1', 'Median', 'Kuartil 3', 'Maksimum'];
        return esc(p.name) + '<br>' + p.value.slice(1).map(function (v, i) { return names[i] + ': ' + esc(fmt.format(column, v)); }).join('<br>');
      } }
    }];
    if (spec.point) {
      series.push({ type: 'scatter', name: label(spec, spec.point), symbolSize: 14, itemStyle: { color: highlightColor },
        label: { show: true, position: 'top', formatter: function (p) { return fmt.format(column, p.value[0]); } },
        data: spec.rows.map(function (r, i) { return r[spec.point] === null ? null : { value: [r[spec.point], i], column: spec.point }; }).filter(Boolean) });
    }
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return esc(p.seriesName) + ': ' + esc(fmt.format(column, Array.isArray(p.value) ? p.value[0] : p.value)); } },
      legend: { show: true, top: 0 },
      grid: { left: 190, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'value', scale: true, axisLabel: { formatter: fmt.axis(column) } },
      yAxis: { type: 'category', data: categories, axisLabel: { width: 180, overflow: 'break' } },
      series: series
    };
  }

  function height(spec) {
    if (spec.height) { return spec.height; }
    const categories = distinct(spec.rows.map(function (r) { return r[spec.category || spec.y]; })).length;
    switch (spec.type) {
      case 'heatmap': return Math.max(220, spec.rows.length * 24 + 110);
      case 'boxplot': return Math.max(180, categories * 70 + 80);
      case 'bar': return spec.horizontal ? Math.max(220, categories * 24 + 70) : 380;
      default: return 360;
    }
  }

  global.SakipCharts = { build: { bar: bar, line: line, heatmap: heatmap, boxplot: boxplot }, height: height };
})(window);
