// The agency × topic explorer. Every view counts from the same columns of #explorer-data under the
// same filters, kept in the URL hash (concept, province, agency, level, from, to, and the view's own
// settings), so a view can be bookmarked. Titles and passages come from side files loaded as scripts.
// Source text only ever reaches the page through textContent.
var PolicyExplorer = (function () {
  "use strict";
  var D = expand(JSON.parse(document.getElementById("explorer-data").textContent));
  var N = D.date.length;
  var SVGNS = "http://www.w3.org/2000/svg";
  var PAGE = 100, TOP_ROWS = 30, NET_ROWS = 20;
  var loaded = { t: {}, s: {} }, waiting = {};
  var state = {}, showAll = false, listLimit = PAGE, pinned = null, renderToken = 0, lastDrawn = null, listed = new Set();

  // The columns as index.py shortened them: dates as drops from the one before, one-value lists as the
  // value, mostly empty columns as their rows by number. Labels join their other names for matching.
  function expand(d) {
    var n = d.date.length, dates = new Array(n), k;
    for (k = 0; k < n; k++) { dates[k] = k ? dates[k - 1] - d.date[k] : d.date[0]; }
    d.date = dates;
    var list = function (v) { return typeof v === "number" ? [v] : v; };
    ["issuers", "regionsOf", "conceptsOf"].forEach(function (name) { d[name] = d[name].map(list); });
    ["formsOf", "implements"].forEach(function (name) {
      var rows = new Array(n), sparse = d[name];
      for (k = 0; k < n; k++) { rows[k] = sparse[k] === undefined ? [] : list(sparse[k]); }
      d[name] = rows;
    });
    d.agencies.forEach(function (a) { a[4].unshift(a[0]); });
    d.concepts.forEach(function (c) { c[2].unshift(c[0]); });
    d.regions.forEach(function (r) { r[4].unshift(r[0]); });
    d.sectors.forEach(function (s) { s[1].unshift(s[0]); });
    return d;
  }

  // ---------- small helpers ----------
  function $(id) { return document.getElementById(id); }
  function make(tag, cls, text, parent) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function svgEl(parent, name, attrs, text) {
    var node = document.createElementNS(SVGNS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    parent.appendChild(node);
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function iso(n) {
    if (!n) { return "日期不详 undated"; }
    var s = String(n), y = s.slice(0, 4), m = s.slice(4, 6), d = s.slice(6, 8);
    return m === "00" ? y : d === "00" ? y + "-" + m : y + "-" + m + "-" + d;
  }
  function number(isoText) {
    var digits = String(isoText || "").replace(/-/g, "").slice(0, 8);
    return /^\d+$/.test(digits) ? +(digits + "00000000").slice(0, 8) : 0;
  }
  function lower(s) { return String(s).toLowerCase(); }

  // ---------- names: filter values as labels or codes ----------
  var levelOf = D.agencies.map(function (a) { return a[1]; });
  var regionProvince = D.regions.map(function (r) { return r[2]; });
  var national = D.regions.map(function (r) { return r[3] === 1; });
  function findIndex(list, value, names) {
    if (value === undefined || value === null || value === "") { return -1; }
    var wanted = lower(value);
    for (var i = 0; i < list.length; i++) {
      if (names(list[i]).some(function (n) { return lower(n) === wanted; })) { return i; }
    }
    return -2;  // named but unknown: matches nothing
  }
  var resolve = {
    concept: function (v) { return findIndex(D.concepts, v, function (c) { return c[2]; }); },
    agency: function (v) { return findIndex(D.agencies, v, function (a) { return a[4].concat([D.prefix.replace("policy/", "agency/") + a[4][a[4].length - 1]]); }); },
    level: function (v) { return findIndex(D.levels, v, function (l) { return [l[0], l[1], l[1].split(" ")[0]]; }); },
    province: function (v) { return findIndex(D.provinces, v, function (p) { return [p[0], p[1], p[2], p[3]]; }); },
    region: function (v) { return findIndex(D.regions, v, function (r) { return [r[1]].concat(r[4]); }); },
    sector: function (v) { return findIndex(D.sectors, v, function (s) { return s[1]; }); }
  };
  var label = {
    concept: function (i) { return D.concepts[i][0]; },
    agency: function (i) { return D.agencies[i][0]; },
    level: function (i) { return D.levels[i][1]; },
    province: function (i) { return D.provinces[i][1]; },
    region: function (i) { return D.regions[i][0]; },
    sector: function (i) { return D.sectors[i][0]; }
  };
  var hashValue = {
    concept: function (i) { return D.concepts[i][0]; },
    agency: function (i) { return D.agencies[i][0]; },
    level: function (i) { return D.levels[i][0]; },
    province: function (i) { return D.provinces[i][1]; },
    region: function (i) { return D.regions[i][1] || D.regions[i][0]; },
    sector: function (i) { return D.sectors[i][0]; }
  };

  // ---------- state in the hash ----------
  var FILTERS = ["concept", "province", "agency", "level", "from", "to"];
  var SETTINGS = { view: "matrix", group: "agency", sort: "total", scale: "log", colour: "count", form: "", doc: "", sel: "" };
  function readHash() {
    var out = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      if (!pair) { return; }
      var at = pair.indexOf("=");
      var key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      out[key] = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
    });
    return out;
  }
  function writeHash() {
    var parts = [];
    FILTERS.concat(Object.keys(SETTINGS)).forEach(function (k) {
      var v = state[k];
      if (v !== undefined && v !== "" && v !== SETTINGS[k]) { parts.push(k + "=" + encodeURIComponent(v).replace(/%2C/g, ",").replace(/%3A/g, ":")); }
    });
    var text = parts.length ? "#" + parts.join("&") : "";
    if (text !== location.hash && !(text === "" && location.hash === "#")) {
      history.replaceState(null, "", text || location.pathname + location.search);
    }
  }
  function set(changes) {
    Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
    listLimit = PAGE;
    writeHash();
    render();
  }

  // selection: "kind:value,kind:value" within the filters (a matrix cell is row and column)
  function selection() {
    var out = {};
    (state.sel || "").split(",").forEach(function (part) {
      var at = part.indexOf(":");
      if (at > 0) { out[part.slice(0, at)] = part.slice(at + 1); }
    });
    return out;
  }
  function selText(sel) {
    return Object.keys(sel).map(function (k) { return k + ":" + sel[k]; }).join(",");
  }

  // ---------- which policies pass ----------
  function criteria(values) {
    var c = {};
    ["concept", "agency", "level", "province", "region", "sector"].forEach(function (k) {
      if (values[k] !== undefined && values[k] !== "") { c[k] = resolve[k](values[k]); }
    });
    if (values.implements !== undefined && values.implements !== "") { c.implements = +values.implements; }
    if (values.form !== undefined && values.form !== "") { c.form = +values.form; }
    if (values.equivalence) { c.equivalence = true; }
    return c;
  }
  function filterCriteria() {
    var c = criteria(state);
    c.from = number(state.from);
    c.to = number(state.to);
    if (state.to && c.to % 100 === 0) { c.to += 99; }
    return c;
  }
  function passes(i, c) {
    var d = D.date[i], k;
    if ((c.from || c.to) && (!d || (c.from && d < c.from) || (c.to && d > c.to))) { return false; }
    if (c.concept !== undefined && D.conceptsOf[i].indexOf(c.concept) < 0) { return false; }
    if (c.agency !== undefined && D.issuers[i].indexOf(c.agency) < 0) { return false; }
    if (c.level !== undefined && !D.issuers[i].some(function (a) { return levelOf[a] === c.level; })) { return false; }
    if (c.sector !== undefined && !D.issuers[i].some(function (a) { return D.agencies[a][3] === c.sector; })) { return false; }
    if (c.province !== undefined && !D.regionsOf[i].some(function (r) { return regionProvince[r] === c.province; })) { return false; }
    if (c.region !== undefined && D.regionsOf[i].indexOf(c.region) < 0) { return false; }
    if (c.implements !== undefined && D.implements[i].indexOf(c.implements) < 0 && i !== c.implements) { return false; }
    if (c.equivalence && !D.formsOf[i].length) { return false; }
    if (c.form !== undefined) {
      k = D.formsOf[i];
      if (c.form >= 0 ? k.indexOf(c.form) < 0 : !k.length) { return false; }
    }
    return true;
  }
  function passing(c) {
    var out = [];
    for (var i = 0; i < N; i++) { if (passes(i, c)) { out.push(i); } }
    return out;
  }

  // ---------- side files ----------
  function receive(kind, number, rows) {
    loaded[kind][number] = rows;
    (waiting[kind + number] || []).forEach(function (f) { f(); });
    delete waiting[kind + number];
  }
  function need(kind, numbers, done) {
    var missing = numbers.filter(function (n) { return !loaded[kind][n]; });
    if (!missing.length) { done(); return; }
    var left = missing.length;
    missing.forEach(function (n) {
      var key = kind + n, first = !waiting[key];
      (waiting[key] = waiting[key] || []).push(function () { if (--left === 0) { done(); } });
      if (first) {
        var script = document.createElement("script");
        script.src = D.dataDir + "/" + kind + n + ".js";
        document.head.appendChild(script);
      }
    });
  }
  function shardsOf(indices) {
    var seen = {};
    indices.forEach(function (i) { seen[Math.floor(i / D.shard)] = true; });
    return Object.keys(seen).map(Number);
  }
  function titleRow(i) { return loaded.t[Math.floor(i / D.shard)][i % D.shard]; }
  function iri(i) { return D.prefix + titleRow(i)[0]; }

  // ---------- the filter bar ----------
  var months = [];
  (function () {
    var dated = D.date.filter(function (d) { return d > 0; });
    if (!dated.length) { return; }
    var lo = Math.min.apply(null, dated), hi = Math.max.apply(null, dated);
    var y = Math.floor(lo / 10000), m = Math.max(1, Math.floor(lo / 100) % 100);
    var yEnd = Math.floor(hi / 10000), mEnd = Math.max(1, Math.floor(hi / 100) % 100);
    while (y < yEnd || (y === yEnd && m <= mEnd)) {
      months.push([y, m]);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  })();
  function monthStart(k) { var p = months[k]; return p[0] + "-" + String(p[1]).padStart(2, "0") + "-01"; }
  function monthEnd(k) {
    var p = months[k], last = new Date(Date.UTC(p[0], p[1], 0)).getUTCDate();
    return p[0] + "-" + String(p[1]).padStart(2, "0") + "-" + String(last).padStart(2, "0");
  }
  function fillSelect(select, items) {
    items.forEach(function (item) {
      var option = make("option", "", item[1], select);
      option.value = item[0];
    });
  }
  function setUpFilters() {
    var from = $("from"), to = $("to");
    from.max = to.max = String(Math.max(0, months.length - 1));
    from.addEventListener("change", function () {
      var k = +from.value;
      set({ from: k > 0 ? monthStart(k) : "" , to: state.to && number(state.to) < number(monthStart(k)) ? "" : state.to });
    });
    to.addEventListener("change", function () {
      var k = +to.value;
      set({ to: k < months.length - 1 ? monthEnd(k) : "", from: state.from && number(state.from) > number(monthEnd(k)) ? "" : state.from });
    });
    [from, to].forEach(function (r) {
      r.addEventListener("input", function () { $(r.id + "-out").textContent = r.id === "from" ? monthStart(+r.value) : monthEnd(+r.value); });
    });
    fillSelect($("f-concept"), D.concepts.map(function (c) { return [c[0], (c[1] >= 0 ? "└ " : "") + c[0]]; }));
    fillSelect($("f-level"), D.levels.map(function (l) { return [l[0], l[1]]; }));
    fillSelect($("f-province"), D.provinces.map(function (p) { return [p[1], p[1]]; }));
    fillSelect($("map-form"), D.forms.map(function (f, i) { return [String(i), f[0]]; }));
    [["f-concept", "concept"], ["f-level", "level"], ["f-province", "province"]].forEach(function (pair) {
      $(pair[0]).addEventListener("change", function () { var c = {}; c[pair[1]] = $(pair[0]).value; set(c); });
    });
    [["group", "group"], ["sort", "sort"], ["scale", "scale"], ["map-colour", "colour"], ["map-form", "form"], ["spread-doc", "doc"]].forEach(function (pair) {
      $(pair[0]).addEventListener("change", function () { var c = {}; c[pair[1]] = $(pair[0]).value; if (pair[1] === "group") { c.sel = ""; showAll = false; } set(c); });
    });
    $("reset").addEventListener("click", function () { set({ concept: "", province: "", agency: "", level: "", from: "", to: "", sel: "" }); });
    $("clear-selection").addEventListener("click", function () { set({ sel: "" }); });
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.addEventListener("click", function () { set({ view: b.getAttribute("data-view") }); });
    });
  }
  function showFilters() {
    var from = $("from"), to = $("to"), fk = 0, tk = Math.max(0, months.length - 1);
    months.forEach(function (_, k) {
      if (state.from && number(monthStart(k)) <= number(state.from)) { fk = k; }
      if (state.to && number(monthEnd(k)) >= number(state.to) && tk === months.length - 1 && k < tk) { tk = k; }
    });
    if (state.to) { for (var k = 0; k < months.length; k++) { if (number(monthEnd(k)) >= number(state.to)) { tk = k; break; } } }
    from.value = String(fk);
    to.value = String(tk);
    $("from-out").textContent = state.from || (months.length ? monthStart(0) : "");
    $("to-out").textContent = state.to || (months.length ? monthEnd(months.length - 1) : "");
    var c = criteria(state);
    $("f-concept").value = c.concept >= 0 ? D.concepts[c.concept][0] : "";
    $("f-level").value = c.level >= 0 ? D.levels[c.level][0] : "";
    $("f-province").value = c.province >= 0 ? D.provinces[c.province][1] : "";
    var chip = clear($("f-agency"));
    chip.hidden = !state.agency;
    if (state.agency) {
      chip.appendChild(document.createTextNode("机构 agency: " + (c.agency >= 0 ? D.agencies[c.agency][0] : state.agency + " (未知 unknown)")));
      var x = make("button", "", "×", chip);
      x.type = "button";
      x.setAttribute("aria-label", "清除机构 clear agency");
      x.addEventListener("click", function () { set({ agency: "" }); });
    }
    ["group", "sort", "scale"].forEach(function (k) { $(k).value = state[k]; });
    $("map-colour").value = state.colour;
    $("map-form").value = state.form;
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", String(b.getAttribute("data-view") === state.view));
    });
    document.querySelectorAll(".view").forEach(function (v) { v.hidden = v.id !== "view-" + state.view; });
  }

  // ---------- rows of the matrix and the network: agencies or groups of them ----------
  var groupOf = {
    agency: function (a) { return a; },
    level: function (a) { return D.agencies[a][1]; },
    province: function (a) { return D.agencies[a][2]; },
    sector: function (a) { return D.agencies[a][3]; }
  };
  function rowName(group, key) {
    if (group === "agency") { return D.agencies[key][0]; }
    if (group === "level") { return D.levels[key][1]; }
    if (group === "province") { return key >= 0 ? D.provinces[key][1] : "国家及不详 national or unknown"; }
    return key >= 0 ? D.sectors[key][0] : "领域不详 sector unknown";
  }
  function rowSel(group, key) {
    if (group === "agency") { return "agency:" + D.agencies[key][0]; }
    if (group === "level") { return "level:" + D.levels[key][0]; }
    if (group === "province") { return key >= 0 ? "province:" + D.provinces[key][1] : "level:national"; }
    return key >= 0 ? "sector:" + D.sectors[key][0] : "";
  }
  function aggregate(ids, group) {
    var rows = {}, columns = {}, fn = groupOf[group];
    ids.forEach(function (i) {
      var seen = {};
      D.issuers[i].forEach(function (a) {
        var key = fn(a);
        if (seen[key]) { return; }
        seen[key] = true;
        var row = rows[key] || (rows[key] = { key: key, total: 0, cells: {} });
        row.total += 1;
        D.conceptsOf[i].forEach(function (c) { row.cells[c] = (row.cells[c] || 0) + 1; });
      });
      D.conceptsOf[i].forEach(function (c) { columns[c] = (columns[c] || 0) + 1; });
    });
    var order = Object.keys(rows).map(function (k) { return rows[k]; });
    var sortConcept = selectedConcept();
    order.sort(function (a, b) {
      if (state.sort === "name") { return rowName(group, +a.key).localeCompare(rowName(group, +b.key), "zh"); }
      if (state.sort === "concept" && sortConcept >= 0) {
        var d = (b.cells[sortConcept] || 0) - (a.cells[sortConcept] || 0);
        if (d) { return d; }
      }
      return b.total - a.total || rowName(group, +a.key).localeCompare(rowName(group, +b.key), "zh");
    });
    var cols = [];
    D.concepts.forEach(function (_, c) { if (columns[c]) { cols.push(c); } });
    return { rows: order, columns: cols, totals: columns };
  }
  function selectedConcept() {
    var sel = selection();
    var c = resolve.concept(sel.concept || state.concept);
    return c >= 0 ? c : -1;
  }
  function shade(t) {
    var r = Math.round(236 - t * 205), g = Math.round(242 - t * 160), b = Math.round(250 - t * 95);
    return "rgb(" + r + "," + g + "," + b + ")";
  }

  function drawMatrix(ids) {
    var box = clear($("matrix")), more = clear($("matrix-more"));
    var group = state.group, agg = aggregate(ids, group), sel = selection();
    if (!agg.rows.length) { make("p", "note", "当前筛选下没有政策 no policy under the current filters", box); return []; }
    var shown = showAll ? agg.rows : agg.rows.slice(0, TOP_ROWS);
    var peak = 1;
    shown.forEach(function (r) { agg.columns.forEach(function (c) { peak = Math.max(peak, r.cells[c] || 0); }); });
    levelLegend(box);
    var table = make("table", "matrix", null, box);
    var head = make("tr", "", null, make("thead", "", null, table));
    make("th", "", { agency: "机构 agency", level: "层级 level", province: "省份 province", sector: "领域 sector" }[group], head);
    make("th", "", "合计 total", head);
    var selConcept = resolve.concept(sel.concept);
    agg.columns.forEach(function (c) {
      var th = make("th", "col" + (D.concepts[c][1] >= 0 ? " child" : "") + (c === selConcept && !rowKeyOf(sel, group) ? " selected" : ""), null, head);
      make("span", "", D.concepts[c][0], th);
      th.title = D.concepts[c][0] + ": " + agg.totals[c] + " 条政策 policies" +
        (D.concepts[c][1] >= 0 ? " · 上位概念 broader: " + D.concepts[D.concepts[c][1]][0] : "");
      th.setAttribute("data-concept", D.concepts[c][0]);
      th.addEventListener("click", function () { set({ sel: "concept:" + D.concepts[c][0] }); });
    });
    var body = make("tbody", "", null, table);
    var selKey = rowKeyOf(sel, group);
    shown.forEach(function (r) {
      var tr = make("tr", "", null, body), key = +r.key, name = rowName(group, key);
      var th = make("th", "row" + (selKey === key && selConcept < 0 ? " selected" : ""), null, tr);
      if (group === "agency" || group === "level") {
        var swatch = make("span", "swatch", null, th);
        swatch.style.background = D.levels[group === "agency" ? D.agencies[key][1] : key][2];
      }
      th.appendChild(document.createTextNode(name));
      th.title = name + ": " + r.total + " 条政策 policies";
      th.setAttribute("data-row", name);
      th.addEventListener("click", function () { set({ sel: rowSel(group, key) }); });
      make("td", "total", String(r.total), tr);
      var rowPeak = 1;
      agg.columns.forEach(function (c) { rowPeak = Math.max(rowPeak, r.cells[c] || 0); });
      agg.columns.forEach(function (c) {
        var v = r.cells[c] || 0;
        var t = v ? (state.scale === "row" ? v / rowPeak : Math.log(1 + v) / Math.log(1 + peak)) : 0;
        var td = make("td", "cell" + (t > 0.55 ? " dark" : "") + (selKey === key && selConcept === c ? " selected" : ""), v ? String(v) : "", tr);
        td.style.background = v ? shade(t) : "#fff";
        td.title = name + " × " + D.concepts[c][0] + ": " + v + " 条政策 policies";
        td.setAttribute("data-row", name);
        td.setAttribute("data-concept", D.concepts[c][0]);
        if (v) { td.addEventListener("click", function () { set({ sel: rowSel(group, key) + ",concept:" + D.concepts[c][0] }); }); }
      });
    });
    if (agg.rows.length > TOP_ROWS) {
      var button = make("button", "link", showAll ? "只显示前 " + TOP_ROWS + " 行 show the top " + TOP_ROWS
                                                  : "显示全部 " + agg.rows.length + " 行 show all " + agg.rows.length + " rows", more);
      button.type = "button";
      button.id = "matrix-all";
      more.insertBefore(document.createTextNode("显示 " + shown.length + " / " + agg.rows.length + " 行（按" + (state.sort === "name" ? "名称" : "政策数") + "） showing " + shown.length + " of " + agg.rows.length + " rows · "), button);
      button.addEventListener("click", function () { showAll = !showAll; render(); });
    }
    return shown.map(function (r) { return [group, +r.key]; }).concat(agg.columns.map(function (c) { return ["concept", c]; }));
  }
  function levelLegend(box) {  // the same colours as the network views' agencies: red, darker the higher the level
    var list = make("ul", "legend", null, box);
    D.levels.forEach(function (l) {
      var item = make("li", "", null, list), swatch = make("span", "swatch", null, item);
      swatch.style.background = l[2];
      item.appendChild(document.createTextNode(" " + l[1]));
    });
    make("li", "", "◆ 概念 concept（灰边：下位概念 grey edge: narrower concept）", list);
  }
  function rowKeyOf(sel, group) {
    if (group === "agency" && sel.agency) { return resolve.agency(sel.agency); }
    if (group === "level" && sel.level) { return resolve.level(sel.level); }
    if (group === "province" && sel.province) { return resolve.province(sel.province); }
    if (group === "sector" && sel.sector) { return resolve.sector(sel.sector); }
    return null;
  }

  // ---------- bipartite network: rows on the left, concepts on the right ----------
  function drawNetwork(ids) {
    var box = clear($("network")), group = state.group, agg = aggregate(ids, group), sel = selection();
    if (!agg.rows.length) { make("p", "note", "当前筛选下没有政策 no policy under the current filters", box); return []; }
    var rows = agg.rows.slice(0, NET_ROWS), cols = agg.columns, gap = 24, top = 20;
    var height = top + Math.max(rows.length, cols.length) * gap + 10, width = 760;
    var root = svgEl(box, "svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img" });
    var leftX = 250, rightX = 510, peak = 1;
    rows.forEach(function (r) { cols.forEach(function (c) { peak = Math.max(peak, r.cells[c] || 0); }); });
    var yRow = function (k) { return top + k * gap + (cols.length > rows.length ? (cols.length - rows.length) * gap / 2 : 0); };
    var yCol = function (k) { return top + k * gap + (rows.length > cols.length ? (rows.length - cols.length) * gap / 2 : 0); };
    var edges = svgEl(root, "g", {}), nodes = svgEl(root, "g", {});
    var focus = null, selKey = rowKeyOf(sel, group), selConcept = resolve.concept(sel.concept);
    if (selKey !== null && selKey >= 0 && selConcept < 0) { focus = ["row", selKey]; }
    if (selConcept >= 0 && selKey === null) { focus = ["col", selConcept]; }
    rows.forEach(function (r, k) {
      cols.forEach(function (c, j) {
        var v = r.cells[c];
        if (!v) { return; }
        var line = svgEl(edges, "line", { x1: leftX, y1: yRow(k), x2: rightX, y2: yCol(j), stroke: "#9aa0a6",
                                          "stroke-width": (0.8 + 6 * v / peak).toFixed(1), "data-row": +r.key, "data-col": c });
        svgEl(line, "title", {}, rowName(group, +r.key) + " — 关于 about — " + D.concepts[c][0] + ": " + v + " 条政策 policies");
        if (focus && !((focus[0] === "row" && +r.key === focus[1]) || (focus[0] === "col" && c === focus[1]))) { line.setAttribute("class", "dim"); }
      });
    });
    var linked = function (kind, key) {
      if (!focus) { return true; }
      if (focus[0] === kind) { return focus[1] === key; }
      var row = focus[0] === "row" ? agg.rows.filter(function (r) { return +r.key === focus[1]; })[0] : null;
      if (kind === "col") { return !!(row && row.cells[key]); }
      var rr = rows.filter(function (r) { return +r.key === key; })[0];
      return !!(rr && rr.cells[focus[1]]);
    };
    rows.forEach(function (r, k) {
      var key = +r.key, name = rowName(group, key);
      var g = svgEl(nodes, "g", { "class": "node" + (linked("row", key) ? "" : " dim"), "data-row": name });
      var colour = group === "agency" ? D.levels[D.agencies[key][1]][2] : group === "level" ? D.levels[key][2] : "#e15759";
      svgEl(g, "rect", { x: leftX - 6, y: yRow(k) - 6, width: 12, height: 12, fill: colour });
      svgEl(g, "text", { x: leftX - 12, y: yRow(k) + 4, "text-anchor": "end" }, name.length > 18 ? name.slice(0, 18) + "…" : name);
      svgEl(g, "title", {}, name + ": " + r.total + " 条政策 policies");
      g.addEventListener("click", function () { set({ sel: rowSel(group, key) }); });
    });
    cols.forEach(function (c, j) {
      var name = D.concepts[c][0];
      var g = svgEl(nodes, "g", { "class": "node" + (linked("col", c) ? "" : " dim"), "data-concept": name });
      var y = yCol(j);
      svgEl(g, "path", { d: "M" + rightX + " " + (y - 7) + " L" + (rightX + 7) + " " + y + " L" + rightX + " " + (y + 7) + " L" + (rightX - 7) + " " + y + " Z", fill: "#b07aa1" });
      svgEl(g, "text", { x: rightX + 12, y: y + 4 }, name);
      svgEl(g, "title", {}, name + ": " + agg.totals[c] + " 条政策 policies");
      g.addEventListener("click", function () { set({ sel: "concept:" + name }); });
    });
    if (agg.rows.length > NET_ROWS) {
      make("p", "note", "显示 " + NET_ROWS + " / " + agg.rows.length + " 行（按政策数；矩阵可显示全部） showing " + NET_ROWS + " of " + agg.rows.length + " rows, by policy count (the matrix shows all)", box);
    }
    return rows.map(function (r) { return [group, +r.key]; }).concat(cols.map(function (c) { return ["concept", c]; }));
  }

  // ---------- tile map of provinces ----------
  function provinceStats(ids) {
    var counts = D.provinces.map(function () { return 0; }), firsts = D.provinces.map(function () { return 0; });
    var form = state.form === "" ? undefined : +state.form;
    ids.forEach(function (i) {
      var seen = {};
      D.regionsOf[i].forEach(function (r) {
        var p = regionProvince[r];
        if (p < 0 || seen[p]) { return; }
        seen[p] = true;
        counts[p] += 1;
        var f = D.formsOf[i];
        if (D.date[i] && f.length && (form === undefined || f.indexOf(form) >= 0) && (!firsts[p] || D.date[i] < firsts[p])) { firsts[p] = D.date[i]; }
      });
    });
    return { counts: counts, firsts: firsts };
  }
  function drawMap(ids) {
    var box = clear($("map")), stats = provinceStats(ids), sel = selection();
    var byCount = state.colour !== "first", size = 64, pad = 4;
    var root = svgEl(box, "svg", { width: 9 * (size + pad) + 20, height: 8 * (size + pad) + 20, role: "img" });
    var values = byCount ? stats.counts : stats.firsts;
    var peak = Math.max.apply(null, stats.counts.concat([1]));
    var dated = stats.firsts.filter(function (d) { return d > 0; });
    var lo = dated.length ? Math.min.apply(null, dated) : 0, hi = dated.length ? Math.max.apply(null, dated) : 0;
    var selProvince = resolve.province(sel.province);
    D.provinces.forEach(function (p, k) {
      var x = 10 + p[5] * (size + pad), y = 10 + p[4] * (size + pad), v = values[k], fill = "#eeeeee", t = 0;
      if (byCount && v) { t = Math.log(1 + v) / Math.log(1 + peak); fill = shade(t); }
      if (!byCount && v) {  // earlier is darker
        var day = PolicyCharts.dayNumber, first = day(iso(lo)), span = day(iso(hi)) - first;
        t = span > 0 ? 1 - (day(iso(v)) - first) / span : 1;
        fill = "rgb(" + Math.round(250 - 60 * t) + "," + Math.round(220 - 120 * t) + "," + Math.round(120 - 100 * t) + ")";
      }
      var rect = svgEl(root, "rect", { x: x, y: y, width: size, height: size, rx: 4, fill: fill,
                                       "class": "tile" + (k === selProvince ? " selected" : ""), "data-province": p[1],
                                       "data-count": stats.counts[k] });
      svgEl(rect, "title", {}, p[1] + " " + p[3] + ": " + stats.counts[k] + " 条政策 policies" +
        (stats.firsts[k] ? "; 首次同等效力表述 first legal equivalence " + iso(stats.firsts[k]) : ""));
      rect.addEventListener("click", function () { set({ sel: "province:" + p[1] }); });
      var dark = t > 0.6;
      svgEl(root, "text", { x: x + size / 2, y: y + 26, "text-anchor": "middle", "font-size": 14, fill: dark ? "#fff" : "#222" }, p[2]);
      svgEl(root, "text", { x: x + size / 2, y: y + 46, "text-anchor": "middle", "font-size": 11, fill: dark ? "#fff" : "#444" },
            byCount ? String(stats.counts[k]) : (v ? iso(v).slice(0, 7) : "—"));
    });
    var covered = stats.counts.filter(function (c) { return c > 0; }).length;
    $("map-note").textContent = "有政策 with policy: " + covered + " / " + D.provinces.length + " · 分母 denominator: " + D.denominator +
      " · 一个省份计入其市、县的政策 a province counts its cities' and counties' policies" +
      (byCount ? "" : " · 颜色越深越早 darker = earlier" + (lo ? "（" + iso(lo) + " – " + iso(hi) + "）" : "") +
       "; 灰色：无表述 grey: none asserted");
    drawCities(ids, selProvince);
    return D.provinces.map(function (_, k) { return ["province", k]; });
  }
  function drawCities(ids, province) {
    var box = clear($("cities"));
    if (province < 0) { return; }
    var counts = {};
    ids.forEach(function (i) {
      D.regionsOf[i].forEach(function (r) { if (regionProvince[r] === province) { counts[r] = (counts[r] || 0) + 1; } });
    });
    make("h2", "", D.provinces[province][1] + " 辖区内的地区 regions within", box);
    var list = make("ul", "", null, box);
    Object.keys(counts).map(Number).sort(function (a, b) { return counts[b] - counts[a] || a - b; }).forEach(function (r) {
      var li = make("li", "", D.regions[r][0] + "（" + counts[r] + "）", list);
      li.setAttribute("data-region", D.regions[r][0]);
      li.addEventListener("click", function () { set({ sel: "province:" + D.provinces[province][1] + ",region:" + (D.regions[r][1] || D.regions[r][0]) }); });
    });
  }

  // ---------- spread over time ----------
  function drawSpread(ids) {
    var box = clear($("spread")), select = clear($("spread-doc"));
    var implementers = {};
    ids.forEach(function (i) { D.implements[i].forEach(function (t) { (implementers[t] = implementers[t] || []).push(i); }); });
    var docs = Object.keys(implementers).map(Number).filter(function (t) {
      return D.regionsOf[t].some(function (r) { return national[r]; });
    }).sort(function (a, b) { return implementers[b].length - implementers[a].length || a - b; });
    var drawn = [];
    if (!docs.length) {
      make("p", "note", "当前筛选下没有转发或落实国家文件的地方文件 no local document forwards or implements a national one under the current filters", box);
    }
    need("t", shardsOf(docs.slice(0, 200)), function () {
      docs.slice(0, 200).forEach(function (t) {
        var option = make("option", "", iso(D.date[t]) + " " + titleRow(t)[1] + "（" + implementers[t].length + "）", select);
        option.value = String(t);
      });
      if (docs.length) { select.value = docs.indexOf(+state.doc) >= 0 ? state.doc : String(docs[0]); }
      if (docs.length) { drawForwarding(box, +select.value, implementers[+select.value]); }
    });
    drawDiffusion(ids);
    return drawn;
  }
  function drawForwarding(box, doc, locals) {
    var provincesUsed = {}, days = [D.date[doc]].concat(locals.map(function (i) { return D.date[i]; })).filter(Boolean);
    locals.forEach(function (i) { D.regionsOf[i].forEach(function (r) { if (regionProvince[r] >= 0) { provincesUsed[regionProvince[r]] = true; } }); });
    var rows = Object.keys(provincesUsed).map(Number).sort(function (a, b) { return a - b; });
    var dn = days.map(function (d) { return PolicyCharts.dayNumber(iso(d)); });
    var lo = Math.min.apply(null, dn) - 15, hi = Math.max.apply(null, dn) + 15, left = 140, plotW = 560, rowH = 22, top = 30;
    var root = svgEl(box, "svg", { width: left + plotW + 30, height: top + (rows.length + 1) * rowH + 30, role: "img", "class": "chart-svg" });
    var xOf = function (d) { return left + (PolicyCharts.dayNumber(iso(d)) - lo) / (hi - lo || 1) * plotW; };
    [["国家 national", -1]].concat(rows.map(function (p) { return [D.provinces[p][1], p]; })).forEach(function (row, k) {
      var y = top + k * rowH;
      svgEl(root, "text", { x: left - 8, y: y + 4, "text-anchor": "end", "font-size": 12 }, row[0]);
      svgEl(root, "line", { x1: left, x2: left + plotW, y1: y, y2: y, stroke: "#eee" });
    });
    if (D.date[doc]) {
      var x = xOf(D.date[doc]);
      svgEl(root, "line", { x1: x, x2: x, y1: top - 10, y2: top + rows.length * rowH + 5, stroke: "#555", "stroke-dasharray": "4 3" });
      var c = svgEl(root, "circle", { cx: x, cy: top, r: 6, fill: "#7f1d1d" });
      svgEl(c, "title", {}, "国家文件 national document: " + titleRow(doc)[1] + " · " + iso(D.date[doc]));
    }
    locals.forEach(function (i) {
      if (!D.date[i]) { return; }
      D.regionsOf[i].forEach(function (r) {
        var p = regionProvince[r];
        if (p < 0) { return; }
        var y = top + (rows.indexOf(p) + 1) * rowH;
        var dot = svgEl(root, "circle", { cx: xOf(D.date[i]), cy: y, r: 5, fill: "#4e79a7", "class": "node" });
        svgEl(dot, "title", {}, D.regions[r][0] + " · " + iso(D.date[i]) + " · 转发/落实 forwards or implements");
      });
    });
    PolicyCharts.timeAxis(root, lo, hi, left, plotW, top - 10, top + rows.length * rowH + 8);
    var button = make("button", "link", "列出该文件及其 " + locals.length + " 个转发/落实文件 list this document and its " + locals.length + " followers", box);
    button.type = "button";
    button.addEventListener("click", function () { set({ sel: "implements:" + doc }); });
  }
  function drawDiffusion(ids) {
    var box = clear($("diffusion")), chosen = resolve.concept(state.concept), counts = {};
    ids.forEach(function (i) { D.conceptsOf[i].forEach(function (c) { counts[c] = (counts[c] || 0) + 1; }); });
    var concepts = chosen >= 0 ? [chosen] : Object.keys(counts).map(Number).sort(function (a, b) { return counts[b] - counts[a] || a - b; }).slice(0, 6);
    var series = concepts.map(function (c) {
      var firstBy = {}, nationalFirst = 0;
      ids.forEach(function (i) {
        if (!D.date[i] || D.conceptsOf[i].indexOf(c) < 0) { return; }
        D.regionsOf[i].forEach(function (r) {
          var p = regionProvince[r];
          if (national[r] && (!nationalFirst || D.date[i] < nationalFirst)) { nationalFirst = D.date[i]; }
          if (p >= 0 && (!firstBy[p] || D.date[i] < firstBy[p])) { firstBy[p] = D.date[i]; }
        });
      });
      var firsts = Object.keys(firstBy).map(function (p) { return [firstBy[p], D.provinces[p][1]]; }).sort(function (a, b) { return a[0] - b[0]; });
      var points = [];
      firsts.forEach(function (f, k) {
        var day = iso(f[0]);
        if (points.length && points[points.length - 1][0] === day) { points[points.length - 1][1] = k + 1; points[points.length - 1][2] += "、" + f[1]; }
        else { points.push([day, k + 1, f[1]]); }
      });
      return { name: D.concepts[c][0], points: points, national: nationalFirst ? iso(nationalFirst) : null };
    });
    PolicyCharts.draw(box, { kind: "steps", series: series, yLabel: "省份数 provinces", title: "diffusion" });
  }

  // ---------- the policy list and the pinned panel ----------
  function describe(sel) {
    var parts = [];
    Object.keys(sel).forEach(function (k) {
      if (k === "implements") {
        var t = +sel[k];
        parts.push("转发/落实 followers of: " + (loaded.t[Math.floor(t / D.shard)] ? titleRow(t)[1] : "#" + t));
      } else {
        var i = resolve[k] ? resolve[k](sel[k]) : -2;
        parts.push((i >= 0 ? label[k](i) : sel[k]));
      }
    });
    return parts.join(" × ");
  }
  function drawList(ids) {
    var list = clear($("policy-list")), more = clear($("list-more")), token = ++renderToken;
    list.removeAttribute("data-ready");
    var sel = selection();
    $("list-count").textContent = ids.length + " 条政策 policies";
    $("selection").textContent = Object.keys(sel).length ? "· 选中 selected: " + describe(sel) : "· 当前筛选 current filters";
    $("clear-selection").hidden = !Object.keys(sel).length;
    var shown = ids.slice(0, listLimit);
    need("t", shardsOf(shown), function () {
      if (token !== renderToken) { return; }
      shown.forEach(function (i) { list.appendChild(policyItem(i)); });
      if (ids.length > shown.length) {
        more.appendChild(document.createTextNode("显示 " + shown.length + " / " + ids.length + "（最新在前） showing " + shown.length + " of " + ids.length + ", newest first · "));
        var next = make("button", "link", "再显示 " + PAGE + " 条 show " + PAGE + " more", more);
        next.type = "button";
        next.addEventListener("click", function () { listLimit += PAGE; drawList(ids); });
        more.appendChild(document.createTextNode(" · "));
        var all = make("button", "link", "显示全部 show all", more);
        all.type = "button";
        all.id = "list-all";
        all.addEventListener("click", function () { listLimit = ids.length; drawList(ids); });
      }
      list.setAttribute("data-ready", String(shown.length));
    });
  }
  function regionNames(i) { return D.regionsOf[i].map(function (r) { return D.regions[r][0]; }).join("、"); }
  function issuerNames(i) { return D.issuers[i].map(function (a) { return D.agencies[a][0]; }).join("、") || "发布机构不详 issuer unknown"; }
  function formNames(i) {
    return D.formsOf[i].map(function (f) { return f >= 0 ? D.forms[f][0] : "电子形式 electronic form"; }).join("、");
  }
  function policyItem(i) {
    var li = document.createElement("li"), row = titleRow(i);
    li.setAttribute("data-policy", D.prefix + row[0]);
    if (pinned === i) { li.className = "pinned"; }
    make("div", "title", row[1], li);
    make("div", "meta", iso(D.date[i]) + " · " + issuerNames(i) + " · " + regionNames(i), li);
    if (D.formsOf[i].length) { make("div", "meta eq", "⚖ 同等法律效力 legal equivalence: " + formNames(i), li); }
    li.addEventListener("click", function () { pin(i); });
    return li;
  }
  function fact(dl, term, text) {
    make("dt", "", term, dl);
    make("dd", "", text, dl);
  }
  function pin(i) {
    pinned = i;
    document.querySelectorAll("#policy-list li").forEach(function (li) {
      li.classList.toggle("pinned", li.getAttribute("data-policy") === iri(i));
    });
    var panel = clear($("detail"));
    panel.hidden = false;
    var close = make("button", "close", "×", panel);
    close.type = "button";
    close.setAttribute("aria-label", "关闭 close");
    close.addEventListener("click", function () { pinned = null; panel.hidden = true; drawListMarks(); });
    var shard = Math.floor(i / D.shard);
    need("s", [shard], function () {
      if (pinned !== i) { return; }
      var row = titleRow(i), passage = loaded.s[shard][i % D.shard];
      panel.setAttribute("data-policy", D.prefix + row[0]);
      make("h3", "", row[1], panel);
      var dl = make("dl", "", null, panel);
      fact(dl, "日期 date", iso(D.date[i]));
      fact(dl, "发布 issued by", issuerNames(i));
      fact(dl, "适用地区 applies in", regionNames(i));
      fact(dl, "关于 about", D.conceptsOf[i].map(function (c) { return D.concepts[c][0]; }).join("、") || "—");
      fact(dl, "同等法律效力 legal equivalence", D.formsOf[i].length ? "表述 asserted: " + formNames(i) : "未表述 not asserted");
      if (D.implements[i].length) {
        need("t", shardsOf(D.implements[i]), function () {
          fact(dl, "转发/落实 forwards or implements", D.implements[i].map(function (t) { return titleRow(t)[1]; }).join("；"));
        });
      }
      if (passage && passage.length) {
        var source = D.files[passage[3]] || "来源不详 source unknown";
        make("div", "meta", "来源段落 source passage · " + source + (passage[1] !== null ? " · 字符 characters " + passage[1] + "–" + passage[2] : ""), panel);
        var box = make("div", "passage", null, panel);
        var text = passage[0], title = row[1], at = text.indexOf(title);
        var mark = document.createElement("mark");
        if (at >= 0) {
          box.appendChild(document.createTextNode(text.slice(0, at)));
          mark.textContent = title;
          box.appendChild(mark);
          box.appendChild(document.createTextNode(text.slice(at + title.length)));
        } else {
          mark.textContent = text;
          box.appendChild(mark);
        }
      } else {
        make("p", "note", "无来源段落 no source passage", panel);
      }
    });
  }
  function drawListMarks() {
    document.querySelectorAll("#policy-list li.pinned").forEach(function (li) { li.classList.remove("pinned"); });
  }

  // ---------- search across agencies, concepts, regions and policies ----------
  var searchables = [];
  D.agencies.forEach(function (a, i) { searchables.push(["agency", i, a[0], a[4]]); });
  D.concepts.forEach(function (c, i) { searchables.push(["concept", i, c[0], c[2]]); });
  D.provinces.forEach(function (p, i) { searchables.push(["province", i, p[1], [p[0], p[1], p[2], p[3]]]); });
  D.regions.forEach(function (r, i) { if (r[2] >= 0 && D.provinces[r[2]][0] !== r[1]) { searchables.push(["region", i, r[0], [r[1]].concat(r[4])]); } });
  var KIND_WORDS = { agency: "机构 agency", concept: "概念 concept", province: "省份 province", region: "地区 region", policy: "政策 policy" };
  // Policies are found by title or document number in the title side files the list loads; a search loads the rest once.
  function titleMatches(q) {
    var out = [];
    Object.keys(loaded.t).forEach(function (n) {
      loaded.t[n].forEach(function (row, k) {
        if (row.slice(1).some(function (name) { return lower(name).indexOf(q) >= 0; })) { out.push(["policy", +n * D.shard + k, row[1], row.slice(1)]); }
      });
    });
    return out;
  }
  function allShards() {
    var out = [];
    for (var n = 0; n * D.shard < N; n++) { out.push(n); }
    return out;
  }
  function search(query) {
    var q = lower(query.trim()), box = clear($("search-results"));
    box.removeAttribute("data-complete");
    if (!q) { $("search-status").textContent = ""; return []; }
    var missing = allShards().filter(function (n) { return !loaded.t[n]; });
    if (missing.length) {
      need("t", missing, function () { if (lower($("search").value.trim()) === q) { search($("search").value); } });
    }
    var found = searchables.filter(function (s) { return s[3].some(function (n) { return lower(n).indexOf(q) >= 0; }); }).concat(titleMatches(q));
    found.sort(function (a, b) { return (lower(a[2]) === q ? 0 : 1) - (lower(b[2]) === q ? 0 : 1) || a[2].length - b[2].length; });
    var drawnKeys = {};
    (lastDrawn || []).forEach(function (d) { drawnKeys[d[0] + ":" + d[1]] = true; });
    function drawn(s) { return s[0] === "policy" ? listed.has(s[1]) : drawnKeys[s[0] + ":" + s[1]]; }
    var notDrawn = found.filter(function (s) { return !drawn(s); }).length;
    $("search-status").textContent = "找到 " + found.length + " 个，其中 " + notDrawn + " 个未在当前视图中 · " + found.length + " found, " + notDrawn + " not drawn in this view" +
      (missing.length ? " · 正在载入政策标题 loading policy titles" : "");
    found.slice(0, 30).forEach(function (s) {
      var li = make("li", "", s[2], box);
      make("span", "kind", KIND_WORDS[s[0]] + (drawn(s) ? "" : " · 未显示 not drawn"), li);
      li.setAttribute("data-kind", s[0]);
      li.addEventListener("click", function () {
        clear(box);
        if (s[0] === "policy") { pin(s[1]); }
        else if (s[0] === "agency") { set({ agency: s[2] }); }
        else if (s[0] === "concept") { set({ concept: s[2] }); }
        else if (s[0] === "province") { set({ province: s[2] }); }
        else { set({ province: D.provinces[D.regions[s[1]][2]][1], sel: "region:" + (D.regions[s[1]][1] || s[2]) }); }
      });
    });
    if (!missing.length) { box.setAttribute("data-complete", String(found.length)); }
    return found;
  }

  // ---------- drawing everything for the current state ----------
  function render() {
    showFilters();
    var base = passing(filterCriteria());
    var sel = selection(), selected = base;
    if (Object.keys(sel).length) { var c = criteria(sel); selected = base.filter(function (i) { return passes(i, c); }); }
    $("summary").textContent = base.length + " / " + N + " 条政策符合筛选 policies match the filters";
    var views = { matrix: drawMatrix, network: drawNetwork, map: drawMap, spread: drawSpread };
    lastDrawn = (views[state.view] || drawMatrix)(base);
    listed = new Set(selected);
    drawList(selected);
    document.body.setAttribute("data-rendered", String(renderToken));
  }
  function fromHash() {
    var h = readHash();
    state = {};
    FILTERS.forEach(function (k) { state[k] = h[k] || ""; });
    Object.keys(SETTINGS).forEach(function (k) { state[k] = h[k] !== undefined ? h[k] : SETTINGS[k]; });
    if (!/^(matrix|network|map|spread)$/.test(state.view)) { state.view = "matrix"; }
    render();
  }

  function start() {
    setUpFilters();
    $("search-form").addEventListener("submit", function (e) { e.preventDefault(); search($("search").value); });
    $("search").addEventListener("input", function () { search($("search").value); });
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }
  document.addEventListener("DOMContentLoaded", start);
  return { receive: receive, search: search, state: function () { return state; }, selText: selText };
})();
