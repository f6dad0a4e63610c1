// Draws each chart figure from the data table the server rendered inside it. The table stays on the page as the
// chart's text alternative; without JavaScript, or without Chart.js, the table is all there is and all that's needed.
// A suppressed cell ("fewer than 5") has no data-value and draws no bar.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#d4351c', '#505a5f'];
  Chart.defaults.font.size = 16;
  Chart.defaults.color = '#0b0c0c';

  function text(cell) {
    return cell.textContent.trim();
  }

  function draw(figure) {
    var table = figure.querySelector('table');
    var rows = table.querySelectorAll('tbody tr');
    if (rows.length === 0) {
      return;
    }
    var headings = Array.prototype.slice.call(table.querySelectorAll('thead th'), 1);
    var datasets = headings.map(function (heading, index) {
      return { label: text(heading), data: [], backgroundColor: COLOURS[index % COLOURS.length] };
    });
    var labels = [];
    rows.forEach(function (row) {
      labels.push(text(row.querySelector('th')));
      row.querySelectorAll('td').forEach(function (cell, index) {
        var value = cell.getAttribute('data-value');
        datasets[index].data.push(value === null ? null : Number(value));
      });
    });
    var box = document.createElement('div');
    box.className = 'chart-canvas';
    box.style.height = Math.max(120, labels.length * datasets.length * 28 + 60) + 'px';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', text(figure.querySelector('figcaption')) + '. The table below gives the figures.');
    box.appendChild(canvas);
    figure.insertBefore(box, figure.querySelector('.table-scroll') || table);
    new Chart(canvas, {
      type: figure.getAttribute('data-chart') || 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { x: { beginAtZero: true } }
      }
    });
  }

  document.querySelectorAll('figure.chart').forEach(draw);
})();
