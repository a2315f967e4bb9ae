// Charts drawn in the page as SVG with the browser's own fonts: stacked bars, horizontal bars, a heat
// grid, a date strip and step lines. Every mark carries its value in a <title> (shown on hover);
// count axes have integer ticks; legends sit outside the plot. Text is only ever set as text.
var PolicyCharts = (function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

  function el(parent, name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function hover(node, text) { el(node, "title", {}, text); return node; }

  function svg(container, width, height, label) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    var root = el(container, "svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height,
                                      role: "img", "class": "chart-svg" });
    el(root, "title", {}, label || "");
    return root;
  }

  function empty(container, label) {
    var root = svg(container, 400, 60, label);
    el(root, "text", { x: 200, y: 35, "text-anchor": "middle", "class": "chart-empty" }, "暂无数据 no data");
    return root;
  }

  // Integer ticks from 0 to at least top: steps of 1, 2, 5 × 10^k, at most about six of them.
  function countTicks(top) {
    top = Math.max(1, top);
    var raw = top / 5, power = Math.pow(10, Math.floor(Math.log10(raw))), step = 1;
    [1, 2, 5, 10].some(function (m) { step = Math.max(1, m * power); return m * power >= raw; });
    step = Math.max(1, Math.round(step));
    var ticks = [];
    for (var t = 0; t <= top + step - 1; t += step) { ticks.push(t); if (t >= top) { break; } }
    return ticks;
  }

  function legend(container, names, colours) {
    var box = document.createElement("ul");
    box.className = "chart-legend";
    names.forEach(function (name, i) {
      var item = document.createElement("li");
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colours[i];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(name));
      box.appendChild(item);
    });
    container.insertBefore(box, container.firstChild);
  }

  function textWidth(text, size) {  // CJK glyphs are about one em wide, Latin about half
    var w = 0;
    for (var i = 0; i < text.length; i++) { w += text.charCodeAt(i) > 0x2e80 ? size : size * 0.6; }
    return w;
  }

  function yAxis(root, ticks, x, y0, scale, width, label) {
    ticks.forEach(function (t) {
      var y = y0 - t * scale;
      el(root, "line", { x1: x, x2: x + width, y1: y, y2: y, "class": "grid" });
      el(root, "text", { x: x - 6, y: y + 4, "text-anchor": "end", "class": "tick" }, String(t));
    });
    if (label) { el(root, "text", { x: 4, y: 12, "class": "axis-label" }, label); }
  }

  // spec: {rows: x labels, columns: series, values: rows × columns, yLabel}
  function stacked(container, spec) {
    if (!spec.rows.length) { return empty(container, spec.title); }
    var colours = spec.columns.map(function (_, j) { return PALETTE[j % PALETTE.length]; });
    var totals = spec.values.map(function (row) { return row.reduce(function (a, b) { return a + b; }, 0); });
    var ticks = countTicks(Math.max.apply(null, totals));
    var left = 44, top = 22, plotH = 240, bottom = 70;
    var bar = Math.max(6, Math.min(28, Math.floor(900 / spec.rows.length)));
    var width = left + bar * spec.rows.length + 20;
    var root = svg(container, width, top + plotH + bottom, spec.title);
    var scale = plotH / ticks[ticks.length - 1], y0 = top + plotH;
    yAxis(root, ticks, left, y0, scale, bar * spec.rows.length, spec.yLabel);
    var every = Math.max(1, Math.ceil(spec.rows.length / Math.floor(bar * spec.rows.length / 54)));
    spec.rows.forEach(function (row, i) {
      var base = y0, x = left + i * bar;
      spec.values[i].forEach(function (v, j) {
        if (!v) { return; }
        var h = v * scale;
        hover(el(root, "rect", { x: x + 1, y: base - h, width: bar - 2, height: h, fill: colours[j], "class": "mark",
                                 "data-value": v }), row + " · " + spec.columns[j] + ": " + v);
        base -= h;
      });
      if (totals[i]) { hover(el(root, "rect", { x: x, y: top, width: bar, height: plotH, "class": "hit" }), row + ": " + totals[i]); }
      if (i % every === 0) {
        el(root, "text", { x: x + bar / 2, y: y0 + 14, "class": "tick", "text-anchor": "end",
                           transform: "rotate(-45 " + (x + bar / 2) + " " + (y0 + 14) + ")" }, row);
      }
    });
    legend(container, spec.columns, colours);
    return root;
  }

  // spec: {labels, values, xLabel}: one horizontal bar per label, largest first as given
  function bars(container, spec) {
    if (!spec.labels.length) { return empty(container, spec.title); }
    var labelW = Math.max.apply(null, spec.labels.map(function (l) { return textWidth(l, 12); })) + 12;
    var ticks = countTicks(Math.max.apply(null, spec.values));
    var plotW = 520, row = 20, top = 24;
    var root = svg(container, labelW + plotW + 40, top + row * spec.labels.length + 30, spec.title);
    var scale = plotW / ticks[ticks.length - 1], y1 = top + row * spec.labels.length;
    ticks.forEach(function (t) {
      var x = labelW + t * scale;
      el(root, "line", { x1: x, x2: x, y1: top, y2: y1, "class": "grid" });
      el(root, "text", { x: x, y: y1 + 14, "text-anchor": "middle", "class": "tick" }, String(t));
    });
    el(root, "text", { x: labelW, y: 14, "class": "axis-label" }, spec.xLabel || "");
    spec.labels.forEach(function (label, i) {
      var y = top + i * row;
      el(root, "text", { x: labelW - 6, y: y + 14, "text-anchor": "end", "class": "tick" }, label);
      hover(el(root, "rect", { x: labelW, y: y + 3, width: Math.max(1, spec.values[i] * scale), height: row - 6,
                               fill: spec.colour || PALETTE[0], "class": "mark", "data-value": spec.values[i] }),
            label + ": " + spec.values[i]);
    });
    return root;
  }

  function shade(v, peak) {  // white to dark blue, on a log scale so one large cell does not wash out the rest
    if (!v) { return "#ffffff"; }
    var t = Math.log(1 + v) / Math.log(1 + peak);
    var r = Math.round(222 - t * 190), g = Math.round(235 - t * 150), b = Math.round(247 - t * 92);
    return "rgb(" + r + "," + g + "," + b + ")";
  }

  // spec: {rows, columns, values}: a grid of counts, numbers written in each non-empty cell
  function heatmap(container, spec) {
    if (!spec.rows.length || !spec.columns.length) { return empty(container, spec.title); }
    var labelW = Math.max.apply(null, spec.rows.map(function (l) { return textWidth(l, 12); })) + 12;
    var headH = Math.max.apply(null, spec.columns.map(function (l) { return textWidth(l, 12); })) * 0.72 + 16;
    var cell = 34, rowH = 22;
    var root = svg(container, labelW + cell * spec.columns.length + headH, headH + rowH * spec.rows.length + 8, spec.title);
    var peak = Math.max.apply(null, spec.values.map(function (r) { return Math.max.apply(null, r); }));
    spec.columns.forEach(function (c, j) {
      var x = labelW + j * cell + cell / 2;
      el(root, "text", { x: x, y: headH - 6, "class": "tick", transform: "rotate(-45 " + x + " " + (headH - 6) + ")" }, c);
    });
    spec.rows.forEach(function (r, i) {
      var y = headH + i * rowH;
      el(root, "text", { x: labelW - 6, y: y + 15, "text-anchor": "end", "class": "tick" }, r);
      spec.values[i].forEach(function (v, j) {
        var x = labelW + j * cell;
        hover(el(root, "rect", { x: x, y: y, width: cell - 1, height: rowH - 1, fill: shade(v, peak), "class": "mark cell",
                                 "data-value": v }), r + " × " + spec.columns[j] + ": " + v);
        if (v) {
          el(root, "text", { x: x + cell / 2, y: y + 15, "text-anchor": "middle", "class": "cell-value" + (v > peak / 2 ? " dark" : "") }, String(v));
        }
      });
    });
    return root;
  }

  function dayNumber(iso) {  // a month (2021-05) or a year (2021) counts from its first day
    return Date.UTC(+iso.slice(0, 4), (+iso.slice(5, 7) || 1) - 1, +iso.slice(8, 10) || 1) / 864e5;
  }
  function isoOf(day) { return new Date(day * 864e5).toISOString().slice(0, 10); }

  function timeAxis(root, lo, hi, x0, width, y0, y1) {
    if (hi - lo < 2 * 366) { return monthAxis(root, lo, hi, x0, width, y0, y1); }
    var years = [];
    for (var y = +isoOf(lo).slice(0, 4); y <= +isoOf(hi).slice(0, 4) + 1; y++) { years.push(y); }
    var every = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor(width / 60))));
    years.forEach(function (year, k) {
      var d = dayNumber(year + "-01-01");
      if (d < lo || d > hi || k % every) { return; }
      var x = x0 + (d - lo) / (hi - lo || 1) * width;
      el(root, "line", { x1: x, x2: x, y1: y0, y2: y1, "class": "grid" });
      el(root, "text", { x: x, y: y1 + 14, "text-anchor": "middle", "class": "tick" }, String(year));
    });
  }

  function monthAxis(root, lo, hi, x0, width, y0, y1) {  // spans under two years: a tick each month, labelled as room allows
    var first = isoOf(lo), y = +first.slice(0, 4), m = +first.slice(5, 7), ticks = [];
    for (;;) {
      m += 1;
      if (m > 12) { m = 1; y += 1; }
      var d = dayNumber(y + "-" + String(m).padStart(2, "0") + "-01");
      if (d > hi) { break; }
      ticks.push([d, m === 1 ? String(y) : y + "-" + String(m).padStart(2, "0")]);
    }
    var every = Math.max(1, Math.ceil(ticks.length / Math.max(1, Math.floor(width / 56))));
    ticks.forEach(function (t, k) {
      var x = x0 + (t[0] - lo) / (hi - lo || 1) * width;
      el(root, "line", { x1: x, x2: x, y1: y0, y2: y1, "class": "grid" });
      if (k % every === 0) { el(root, "text", { x: x, y: y1 + 14, "text-anchor": "middle", "class": "tick" }, t[1]); }
    });
  }

  // spec: {labels, dates, national}: one dot per label on a date axis, the national date as a dashed line
  function dates(container, spec) {
    if (!spec.labels.length) { return empty(container, spec.title); }
    var shown = spec.labels.map(function (l, i) { return l + "  " + spec.dates[i]; });
    var labelW = Math.max.apply(null, shown.map(function (l) { return textWidth(l, 12); })) + 12;
    var days = spec.dates.map(dayNumber).concat(spec.national ? [dayNumber(spec.national)] : []);
    var lo = Math.min.apply(null, days) - 20, hi = Math.max.apply(null, days) + 20;
    var plotW = 520, row = 20, top = 24, y1 = top + row * spec.labels.length;
    var root = svg(container, labelW + plotW + 40, y1 + 30, spec.title);
    timeAxis(root, lo, hi, labelW, plotW, top, y1);
    var xOf = function (d) { return labelW + (d - lo) / (hi - lo) * plotW; };
    if (spec.national) {
      var x = xOf(dayNumber(spec.national));
      hover(el(root, "line", { x1: x, x2: x, y1: top - 6, y2: y1, "class": "national" }), "国家层面 national: " + spec.national);
      el(root, "text", { x: x + 4, y: top - 8, "class": "tick" }, "国家层面 national " + spec.national);
    }
    spec.labels.forEach(function (label, i) {
      var y = top + i * row + row / 2;
      el(root, "text", { x: labelW - 6, y: y + 4, "text-anchor": "end", "class": "tick" }, shown[i]);
      hover(el(root, "circle", { cx: xOf(dayNumber(spec.dates[i])), cy: y, r: 5, fill: PALETTE[2], "class": "mark" }),
            label + ": " + spec.dates[i]);
    });
    return root;
  }

  // spec: {series: [{name, points: [[iso date, cumulative count], ...], national}], yLabel, total}
  function steps(container, spec) {
    var series = spec.series.filter(function (s) { return s.points.length; });
    if (!series.length) { return empty(container, spec.title); }
    var colours = series.map(function (_, j) { return PALETTE[j % PALETTE.length]; });
    var all = [];
    series.forEach(function (s) {
      s.points.forEach(function (p) { all.push(dayNumber(p[0])); });
      if (s.national) { all.push(dayNumber(s.national)); }
    });
    var lo = Math.min.apply(null, all) - 20, hi = Math.max.apply(null, all) + 20;
    var top = 18, left = 44, plotW = 640, plotH = 220;
    var peak = Math.max.apply(null, series.map(function (s) { return s.points[s.points.length - 1][1]; }));
    var ticks = countTicks(peak);
    var root = svg(container, left + plotW + 30, top + plotH + 30, spec.title);
    var scale = plotH / ticks[ticks.length - 1], y0 = top + plotH;
    yAxis(root, ticks, left, y0, scale, plotW, spec.yLabel);
    timeAxis(root, lo, hi, left, plotW, top, y0);
    var xOf = function (d) { return left + (d - lo) / (hi - lo) * plotW; };
    series.forEach(function (s, j) {
      var path = "M" + xOf(lo) + " " + y0, last = 0;
      s.points.forEach(function (p) {
        var x = xOf(dayNumber(p[0]));
        path += " L" + x + " " + (y0 - last * scale) + " L" + x + " " + (y0 - p[1] * scale);
        last = p[1];
      });
      path += " L" + xOf(hi) + " " + (y0 - last * scale);
      el(root, "path", { d: path, fill: "none", stroke: colours[j], "stroke-width": 2, "class": "step" });
      s.points.forEach(function (p) {
        hover(el(root, "circle", { cx: xOf(dayNumber(p[0])), cy: y0 - p[1] * scale, r: 3.5, fill: colours[j], "class": "mark" }),
              s.name + " · " + p[0] + ": " + p[1] + (p[2] ? " (" + p[2] + ")" : ""));
      });
      if (s.national) {
        var x = xOf(dayNumber(s.national));
        hover(el(root, "line", { x1: x, x2: x, y1: top, y2: y0, style: "stroke: " + colours[j], "class": "national" }),
              s.name + " · 国家层面 national: " + s.national);
      }
    });
    legend(container, series.map(function (s) { return s.name + (s.national ? " ┆ 国家 " + s.national : ""); }), colours);
    return root;
  }

  var kinds = { stacked: stacked, bars: bars, heatmap: heatmap, dates: dates, steps: steps };
  function draw(container, spec) { return kinds[spec.kind](container, spec); }
  return { draw: draw, countTicks: countTicks, dayNumber: dayNumber, isoOf: isoOf, timeAxis: timeAxis, palette: PALETTE };
})();
