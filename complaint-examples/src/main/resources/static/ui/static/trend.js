// The month-over-month trend of each unit's total, drawn with ECharts from the jar's WebJar.
(function () {
  'use strict';
  var el = document.getElementById('trend');
  var data = JSON.parse(document.getElementById('trend-data').textContent);
  if (!el || !window.echarts || !data.months) { return; }
  var chart = window.echarts.init(el, null, { renderer: 'svg' });
  var series = Object.keys(data.units).map(function (unit) {
    return { name: unit, type: 'line', data: data.units[unit], symbolSize: 7, connectNulls: false,
      label: { show: data.months.length <= 3, position: 'top' } };
  });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
