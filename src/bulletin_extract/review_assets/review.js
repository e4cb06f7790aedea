/* The review page of bulletin_extract: one document at a time, one table of records across
   documents (drawn as it scrolls), verdicts kept in the browser, corrections exported as
   JSONL for `bulletin-extract apply`. The data comes from review.py in #review-data. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var DOCS = DATA.docs;
  var STORE = "bulletin_extract.review:" + DATA.key;
  var BUFFER = 25;  // rows drawn above and below the visible ones

  var $ = function (id) { return document.getElementById(id); };
  var tip = $("tip"), panel = $("detail-body"), textBox = $("text");

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c];
    });
  }
  function blank(v) { return v === null || v === undefined || v === ""; }
  function show(v) { return blank(v) ? "\u2014" : String(v); }
  var COMPACT = new Intl.NumberFormat("en-US", {notation: "compact", maximumSignificantDigits: 6});
  function numText(v) {
    if (typeof v !== "number") { return String(v); }
    if (Math.abs(v) >= 1e6) { return COMPACT.format(v); }  // "29.57T": the exact value is in the title
    return v.toLocaleString("en-US", {maximumFractionDigits: 10});
  }

  // ------------------------------------------------------------ items and decisions
  // Every record and every number without a record is an item {d, kind, i, x}.
  var RECORDS = [], NUMBERS = [];
  DOCS.forEach(function (doc, d) {
    var spans = {};
    doc.records.forEach(function (r, i) {
      var k = r.start + ":" + r.end;
      spans[k] = (spans[k] || 0) + 1;
      RECORDS.push({d: d, kind: "rec", i: i, x: r});
    });
    doc.records.forEach(function (r) { r.duplicate = spans[r.start + ":" + r.end] > 1; });
    doc.misses.forEach(function (m, i) { NUMBERS.push({d: d, kind: "miss", i: i, x: m}); });
  });
  var ITEMS = {rec: DOCS.map(function () { return []; }), miss: DOCS.map(function () { return []; })};
  RECORDS.concat(NUMBERS).forEach(function (it) { ITEMS[it.kind][it.d][it.i] = it; });
  function keyOf(it) { return JSON.stringify([DOCS[it.d].doc_id, it.x.start, it.x.end]); }

  var decisions = {};
  try { decisions = JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { decisions = {}; }
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(decisions)); } catch (e) { /* private mode */ }
  }
  function decisionOf(it) { return decisions[keyOf(it)] || null; }
  function verdictOf(it) { var dec = decisionOf(it); return dec ? dec.verdict : ""; }
  function decide(it, verdict, fields) {
    var k = keyOf(it);
    if (!verdict) { delete decisions[k]; }
    else { decisions[k] = {verdict: verdict, fields: fields || {}}; }
    save();
    refreshItem(it);
    updateProgress();
  }
  // Progress counts records and the numbers without a record not skipped on purpose.
  function counted(it) { return it.kind === "rec" || !it.x.skipped; }

  // ------------------------------------------------------------ fields
  var FIELD_NAMES = ["value", "unit", "metric", "direction", "basis", "qualifier", "period",
                     "agency"];
  var VOCAB = {
    direction: ["increase", "decrease"],
    basis: ["year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"],
    qualifier: ["more_than", "less_than", "approximately", "up_to", "at_least"]
  };
  var SHORT = {
    increase: "\u25B2", decrease: "\u25BC", year_on_year: "y/y", month_on_month: "m/m",
    quarter_on_quarter: "q/q", period_on_period: "p/p", more_than: ">", less_than: "<",
    approximately: "\u2248", up_to: "\u2264", at_least: "\u2265"
  };
  function dates(p) {
    if (!p) { return ""; }
    if (blank(p.start) || blank(p.end)) { return null; }
    if (p.start === p.end) { return p.start; }
    var s = p.start.split("-"), e = p.end.split("-");
    var last = new Date(Date.UTC(+e[0], +e[1], 0)).getUTCDate();
    if (s[2] === "01" && +e[2] === last) {
      if (s[0] === e[0] && s[1] === e[1]) { return s[0] + "-" + s[1]; }
      if (s[0] === e[0] && s[1] === "01" && e[1] === "12") { return s[0]; }
      if (s[0] === e[0]) { return s[0] + "-" + s[1] + "\u2026" + e[1]; }
    }
    return p.start + "\u2026" + p.end;
  }
  function periodText(p) {
    if (!p) { return null; }
    return p.text + " (" + show(p.start) + " \u2192 " + show(p.end) + ")";
  }

  // ------------------------------------------------------------ virtual table
  function VTable(table, columns, rowClass, onPick) {
    this.table = table;
    this.tbody = table.tBodies[0];
    this.columns = columns;
    this.rowClass = rowClass;
    this.view = [];
    this.range = [-1, -1];
    this.sortCol = null;
    this.asc = true;
    var self = this;
    table.querySelector("colgroup").innerHTML = columns.map(function (c) {
      return c.width ? '<col style="width:' + c.width + 'px">' : "<col>";
    }).join("");
    table.tHead.rows[0].innerHTML = columns.map(function (c, n) {
      return '<th data-col="' + n + '" title="' + esc(c.title || "sort by " + c.name) + '">' +
        esc(c.name) + "</th>";
    }).join("");
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, n) {
      th.addEventListener("click", function () { self.sortBy(n); });
    });
    this.tbody.addEventListener("click", function (ev) {
      var tr = ev.target.closest("tr[data-row]");
      if (tr) { onPick(self.view[+tr.dataset.row], false); }
    });
    this.tbody.addEventListener("focusin", function (ev) {
      var tr = ev.target.closest("tr[data-row]");
      if (tr && !tr.classList.contains("selected")) { onPick(self.view[+tr.dataset.row], false); }
    });
  }
  VTable.prototype.rowHeight = function () {
    return parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--row")) || 26;
  };
  VTable.prototype.setView = function (view) {
    this.view = view;
    if (this.sortCol !== null) { this.sort(); }
    this.range = [-1, -1];
    this.draw();
  };
  VTable.prototype.sortBy = function (n) {
    this.asc = this.sortCol === n ? !this.asc : true;
    this.sortCol = n;
    var ths = this.table.tHead.rows[0].cells;
    Array.prototype.forEach.call(ths, function (th) { th.classList.remove("asc", "desc"); });
    ths[n].classList.add(this.asc ? "asc" : "desc");
    this.sort();
    this.range = [-1, -1];
    this.draw();
  };
  VTable.prototype.sort = function () {
    var col = this.columns[this.sortCol], asc = this.asc;
    var keyed = this.view.map(function (it, n) { return [col.key(it), n, it]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0];
      if (blank(x) !== blank(y)) { return blank(x) ? 1 : -1; }  // empty cells last
      var c = typeof x === "number" && typeof y === "number" ? x - y
        : String(x).localeCompare(String(y));
      return (asc ? c : -c) || a[1] - b[1];
    });
    this.view = keyed.map(function (k) { return k[2]; });
  };
  VTable.prototype.draw = function () {
    var h = this.rowHeight(), n = this.view.length;
    var top = this.tbody.getBoundingClientRect().top;
    var barH = document.getElementById("bar").offsetHeight;
    var first = Math.max(0, Math.floor((barH - top) / h) - BUFFER);
    var last = Math.min(n, Math.ceil((window.innerHeight - top) / h) + BUFFER);
    if (last < first) { last = first; }
    if (first > n) { first = n; }
    if (this.range[0] === first && this.range[1] === last) { return; }
    this.range = [first, last];
    var cols = this.columns.length, out = [];
    out.push('<tr class="pad"><td colspan="' + cols + '" style="height:' + first * h + 'px"></td></tr>');
    for (var r = first; r < last; r++) {
      var it = this.view[r];
      out.push('<tr data-row="' + r + '" data-doc="' + it.d + '" data-i="' + it.i +
        '" data-kind="' + it.kind + '" tabindex="-1" class="' + this.rowClass(it) + '">' +
        this.columns.map(function (c) { return c.cell(it); }).join("") + "</tr>");
    }
    out.push('<tr class="pad"><td colspan="' + cols + '" style="height:' + (n - last) * h + 'px"></td></tr>');
    this.tbody.innerHTML = out.join("");
    markSelectedRow();
  };
  VTable.prototype.rowOf = function (it) {
    return this.tbody.querySelector('tr[data-doc="' + it.d + '"][data-i="' + it.i + '"][data-kind="' +
      it.kind + '"]');
  };
  VTable.prototype.scrollTo = function (it) {
    var idx = this.view.indexOf(it);
    if (idx < 0) { return; }
    var h = this.rowHeight();
    var tableTop = this.tbody.getBoundingClientRect().top + window.scrollY;
    var barH = document.getElementById("bar").offsetHeight + h;
    var y = tableTop + idx * h;
    if (y < window.scrollY + barH || y + h > window.scrollY + window.innerHeight) {
      window.scrollTo(0, y - barH - 3 * h);
    }
    this.draw();
  };

  function td(text, cls, title) {
    var t = blank(text) ? "" : String(text);
    return '<td' + (cls ? ' class="' + cls + '"' : "") + ' title="' + esc(title === undefined ? t : title) +
      '">' + esc(t) + "</td>";
  }
  function labelled(v) { return blank(v) ? td("", "none") : td(SHORT[v] || v, "", v); }
  // Document ids often share a prefix ("bulletin_01_...", "bulletin_02_..."): the cell
  // leaves it out, so that what tells them apart is what shows.
  var PREFIX = (function () {
    if (DOCS.length < 2) { return 0; }
    var first = DOCS[0].doc_id, n = first.length;
    DOCS.forEach(function (doc) {
      var k = 0;
      while (k < n && k < doc.doc_id.length && doc.doc_id[k] === first[k]) { k++; }
      n = k;
    });
    return n;
  })();
  function docCell(it) {
    var id = DOCS[it.d].doc_id, shown = PREFIX ? "\u2026" + id.slice(PREFIX) : id;
    return td(shown, "doc", id);
  }
  var VERDICT_MARK = {correct: "\u2713", wrong: "\u2717", missing: "+", skip: "\u2013"};
  function verdictCell(it) {
    var dec = decisionOf(it);
    if (!dec) { return '<td class="verdict"></td>'; }
    var mark = dec.verdict === "wrong" && Object.keys(dec.fields).length ? "\u270E" : VERDICT_MARK[dec.verdict];
    var title = dec.verdict === "wrong" && Object.keys(dec.fields).length ? "corrected" : dec.verdict;
    return '<td class="verdict" title="' + title + '">' + mark + "</td>";
  }

  var recordColumns = [
    {name: "document", width: 88, key: function (it) { return it.d * 1e7 + it.x.start; },
     title: "document (sort: document order)",
     cell: docCell},
    {name: "text", width: 68, key: function (it) { return it.x.text; },
     cell: function (it) {
       return '<td title="' + esc(it.x.text) + '"><span class="kind k-' + it.x.kind + '"></span>' +
         esc(it.x.text) + "</td>";
     }},
    {name: "value", width: 72, key: function (it) { return it.x.value; },
     cell: function (it) { return td(numText(it.x.value), "num", String(it.x.value)); }},
    {name: "unit", width: 70, key: function (it) { return it.x.unit; },
     cell: function (it) { return td(it.x.unit); }},
    {name: "metric", key: function (it) { return it.x.metric; },
     cell: function (it) { return blank(it.x.metric) ? td("", "none") : td(it.x.metric); }},
    {name: "dir", width: 36, title: "direction", key: function (it) { return it.x.direction; },
     cell: function (it) { return labelled(it.x.direction); }},
    {name: "basis", width: 46, key: function (it) { return it.x.basis; },
     cell: function (it) { return labelled(it.x.basis); }},
    {name: "qual", width: 40, title: "qualifier", key: function (it) { return it.x.qualifier; },
     cell: function (it) { return labelled(it.x.qualifier); }},
    {name: "period", key: function (it) { return it.x.period ? it.x.period.text : null; },
     cell: function (it) { return it.x.period ? td(it.x.period.text) : td("", "none"); }},
    {name: "dates", width: 100, title: "first and last day of the period",
     key: function (it) { return it.x.period ? it.x.period.start : null; },
     cell: function (it) {
       var p = it.x.period, shown = dates(p);
       if (shown === null) { return td("no dates", "nodates", "the period has no dates"); }
       return td(shown, "dates", p ? show(p.start) + " \u2192 " + show(p.end) : "");
     }},
    {name: "agency", key: function (it) { return it.x.agency; },
     cell: function (it) { return blank(it.x.agency) ? td("", "none") : td(it.x.agency); }},
    {name: "\u2713", width: 26, title: "verdict", key: verdictOf, cell: verdictCell}
  ];
  var missColumns = [
    {name: "document", width: 110, key: function (it) { return it.d * 1e7 + it.x.start; },
     title: "document (sort: document order)",
     cell: docCell},
    {name: "number in its context", key: function (it) { return it.x.text; },
     cell: function (it) {
       var c = it.x.context;
       return '<td title="' + esc(c[0] + it.x.text + c[1]) + '"><span class="ctx">' + esc(c[0].slice(-28)) +
         '</span><span class="hit">' + esc(it.x.text) + '</span><span class="ctx">' + esc(c[1]) + "</span></td>";
     }},
    {name: "why it has no record", width: 300, key: function (it) { return it.x.note; },
     cell: function (it) {
       return td((it.x.skipped ? "skipped: " : "") + it.x.note + (it.x.rule ? " (" + it.x.rule + ")" : ""));
     }},
    {name: "\u2713", width: 26, title: "verdict", key: verdictOf, cell: verdictCell}
  ];
  function rowClassOf(it) {
    var v = verdictOf(it), cls = v ? "v-" + v : "";
    if (it.kind === "rec" && !it.x.ok) { cls += " mismatch"; }
    if (it.kind === "miss" && it.x.skipped) { cls += " skipped"; }
    return cls;
  }
  var recTable = new VTable($("records"), recordColumns, rowClassOf, function (it) { pick(it, "row"); });
  var missTable = new VTable($("misses"), missColumns, rowClassOf, function (it) { pick(it, "row"); });

  // ------------------------------------------------------------ filters
  var FILTER_FIELDS = [
    ["unit", function (r) { return r.unit; }],
    ["unit kind", function (r) { return DATA.unitKinds[r.kind]; }],
    ["metric", function (r) { return r.metric; }],
    ["direction", function (r) { return r.direction; }],
    ["basis", function (r) { return r.basis; }],
    ["qualifier", function (r) { return r.qualifier; }],
    ["period", function (r) { return r.period ? r.period.text : null; }],
    ["period start", function (r) { return r.period ? r.period.start : null; }],
    ["period end", function (r) { return r.period ? r.period.end : null; }],
    ["agency", function (r) { return r.agency; }],
    ["rule", null]
  ];
  var EMPTY = "\u0000empty";
  $("field-filter").innerHTML = '<option value="">filter by field\u2026</option>' +
    FILTER_FIELDS.map(function (f, n) { return '<option value="' + n + '">' + esc(f[0]) + "</option>"; }).join("");
  $("field-filter").addEventListener("change", function () {
    var sel = $("value-filter"), n = this.value;
    if (n === "") {
      sel.innerHTML = '<option value="">any value</option>';
      sel.disabled = true;
    } else {
      var counts = {};
      RECORDS.forEach(function (it) {
        valuesOf(it.x, +n).forEach(function (v) {
          var k = blank(v) ? EMPTY : String(v);
          counts[k] = (counts[k] || 0) + 1;
        });
      });
      var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); });
      sel.innerHTML = '<option value="">any value</option>' + keys.map(function (k) {
        var label = k === EMPTY ? "(empty)" : k.length > 60 ? k.slice(0, 57) + "\u2026" : k;
        return '<option value="' + esc(k) + '">' + esc(label) + " (" + counts[k] + ")</option>";
      }).join("");
      sel.disabled = false;
    }
    applyFilters();
  });
  function valuesOf(r, n) {
    if (FILTER_FIELDS[n][0] === "rule") { return r.rules.length ? r.rules : [null]; }
    return [FILTER_FIELDS[n][1](r)];
  }
  function haystack(it) {
    var r = it.x;
    return [DOCS[it.d].doc_id, r.text, r.value, r.unit, r.metric, r.direction, r.basis, r.qualifier,
            r.period ? r.period.text + " " + r.period.start + " " + r.period.end : "", r.agency,
            r.rules.join(" "), verdictOf(it)].join(" \u0001 ").toLowerCase();
  }
  RECORDS.forEach(function (it) { it.hay = haystack(it); });
  var EMPTY_TESTS = {
    "no-agency": function (r) { return blank(r.agency); },
    "no-metric": function (r) { return blank(r.metric); },
    "no-period": function (r) { return !r.period; },
    "period-no-dates": function (r) { return r.period && (blank(r.period.start) || blank(r.period.end)); },
    "no-direction": function (r) { return blank(r.direction); },
    "no-basis": function (r) { return blank(r.basis); },
    "duplicate": function (r) { return r.duplicate; },
    "mismatch": function (r) { return !r.ok; }
  };
  function applyFilters() {
    var words = $("filter").value.toLowerCase().split(/\s+/).filter(Boolean);
    var scope = $("scope").value, field = $("field-filter").value, value = $("value-filter").value;
    var empty = EMPTY_TESTS[$("empty-filter").value], verdict = $("verdict-filter").value;
    var view = RECORDS.filter(function (it) {
      if (scope === "doc" && it.d !== current) { return false; }
      if (empty && !empty(it.x)) { return false; }
      if (verdict === "none" ? verdictOf(it) : verdict && verdictOf(it) !== verdict) { return false; }
      if (field !== "" && value !== "") {
        var ok = valuesOf(it.x, +field).some(function (v) {
          return value === EMPTY ? blank(v) : String(v) === value;
        });
        if (!ok) { return false; }
      }
      return words.every(function (w) { return it.hay.indexOf(w) >= 0; });
    });
    recTable.setView(view);
    $("shown").textContent = view.length + " of " + RECORDS.length + " records";
    var withSkipped = $("show-skipped").checked, mscope = $("miss-scope").value;
    var misses = NUMBERS.filter(function (it) {
      return (withSkipped || !it.x.skipped) && (mscope !== "doc" || it.d === current);
    });
    missTable.setView(misses);
    var nSkipped = NUMBERS.filter(function (it) { return it.x.skipped; }).length;
    $("misses-shown").textContent = misses.length + " shown; " + (NUMBERS.length - nSkipped) +
      " possible misses, " + nSkipped + " skipped on purpose";
  }
  ["filter"].forEach(function (id) { $(id).addEventListener("input", applyFilters); });
  ["scope", "value-filter", "empty-filter", "verdict-filter", "show-skipped", "miss-scope"].forEach(
    function (id) { $(id).addEventListener("change", applyFilters); });

  // ------------------------------------------------------------ documents
  var current = -1;
  function stats() {  // [decided, to review] per document
    var out = DOCS.map(function () { return [0, 0]; });
    RECORDS.concat(NUMBERS).forEach(function (it) {
      if (counted(it)) { out[it.d][1]++; if (decisionOf(it)) { out[it.d][0]++; } }
    });
    return out;
  }
  $("doc-list").innerHTML = DOCS.map(function (doc, d) {
    var possible = doc.misses.filter(function (m) { return !m.skipped; }).length;
    var warn = doc.problems.length + doc.warnings.length;
    return '<li><button type="button" data-doc="' + d + '" title="' + esc(doc.doc_id) + '">' +
      '<span class="name">' + esc(doc.doc_id) + "</span>" +
      '<span class="sub"><span>' + doc.records.length + " rec, " + possible + " miss" +
      (warn ? ' <span class="warn" title="warnings">\u26A0' + warn + "</span>" : "") + "</span>" +
      '<span class="meter"><span class="fill"></span></span><span class="done"></span></span>' +
      "</button></li>";
  }).join("");
  $("doc-list").addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-doc]");
    if (b) { showDoc(+b.dataset.doc); }
  });
  function showDoc(d) {
    if (d === current || d < 0 || d >= DOCS.length) { return; }
    current = d;
    var doc = DOCS[d];
    $("doc-title").textContent = doc.doc_id;
    var possible = doc.misses.filter(function (m) { return !m.skipped; }).length;
    $("doc-counts").innerHTML = "<b>" + doc.records.length + "</b> records, <b>" + doc.periods.length +
      "</b> period and <b>" + doc.agencies.length + "</b> agency mentions, <b class=\"miss-count\">" +
      possible + "</b> possible misses, " + (doc.misses.length - possible) + " numbers skipped on purpose";
    $("doc-warnings").innerHTML = doc.problems.map(function (p) {
      return '<li class="problem">' + esc(p) + "</li>";
    }).concat(doc.warnings.map(function (w) { return "<li>" + esc(w) + "</li>"; })).join("");
    if (doc.found) {
      textBox.classList.remove("missing");
      textBox.innerHTML = doc.html;
      textBox.querySelectorAll(".m.rec, .m.miss").forEach(function (el) {
        if (!el.dataset.part) { el.tabIndex = 0; }
      });
    } else {
      textBox.classList.add("missing");
      textBox.textContent = "The text of this document was not found: its records are listed below.";
    }
    textBox.scrollTop = 0;
    textBox.dataset.doc = d;
    document.querySelectorAll("#doc-list button").forEach(function (b) {
      b.setAttribute("aria-current", +b.dataset.doc === d ? "true" : "false");
    });
    var item = document.querySelector('#doc-list button[data-doc="' + d + '"]');
    if (item && item.scrollIntoViewIfNeeded) { item.scrollIntoViewIfNeeded(false); }
    textBox.querySelectorAll(".m.rec, .m.miss").forEach(function (el) {
      var it = itemOfMark(el), v = it && verdictOf(it);
      if (v) { el.classList.add("v-" + v); }
    });
    if ($("scope").value === "doc" || $("miss-scope").value === "doc") { applyFilters(); }
    if (selected && selected.d === d) { highlight(selected); }
  }

  // ------------------------------------------------------------ marks, rows, progress
  function marksOf(d, kind, i) {
    if (+textBox.dataset.doc !== d) { return []; }
    return Array.prototype.slice.call(textBox.querySelectorAll(
      '.m[data-kind="' + kind + '"][data-i="' + i + '"]'));
  }
  function refreshMarks(it) {
    var v = verdictOf(it);
    marksOf(it.d, it.kind, it.i).forEach(function (el) {
      el.classList.remove("v-correct", "v-wrong", "v-missing", "v-skip");
      if (v) { el.classList.add("v-" + v); }
    });
  }
  function refreshItem(it) {
    refreshMarks(it);
    [recTable, missTable].forEach(function (t) {
      var tr = t.rowOf(it);
      if (tr) {
        tr.className = rowClassOf(it) + (selected === it ? " selected" : "");
        var cells = tr.cells;
        cells[cells.length - 1].outerHTML = verdictCell(it);
      }
    });
    if (it.kind === "rec") { it.hay = haystack(it); }
  }
  function updateProgress() {
    var total = 0, done = 0, all = stats();
    DOCS.forEach(function (doc, d) {
      var s = all[d];
      total += s[1];
      done += s[0];
      var b = document.querySelector('#doc-list button[data-doc="' + d + '"]');
      b.querySelector(".fill").style.width = (s[1] ? 100 * s[0] / s[1] : 100) + "%";
      b.querySelector(".done").textContent = s[0] + "/" + s[1];
    });
    $("progress").querySelector(".fill").style.width = (total ? 100 * done / total : 100) + "%";
    $("progress").querySelector(".label").textContent = done + " of " + total + " reviewed";
    var n = Object.keys(decisions).length;
    $("export").textContent = "Export corrections (" + n + ")";
  }

  // ------------------------------------------------------------ selection and panel
  var selected = null;
  function clearHighlight() {
    textBox.querySelectorAll(".m.active, .m.linked").forEach(function (e) {
      e.classList.remove("active", "linked");
    });
  }
  function markSelectedRow() {
    document.querySelectorAll("table.grid tr.selected").forEach(function (e) { e.classList.remove("selected"); });
    if (!selected) { return; }
    [recTable, missTable].forEach(function (t) {
      var tr = t.rowOf(selected);
      if (tr) { tr.classList.add("selected"); }
    });
  }
  function highlight(it) {
    clearHighlight();
    marksOf(it.d, it.kind, it.i).forEach(function (e) { e.classList.add("active"); });
    if (it.kind === "rec") {
      var r = it.x, link = function (e) { e.classList.add("linked"); };
      if (r.period_mention !== null) { marksOf(it.d, "per", r.period_mention).forEach(link); }
      if (r.agency_mention !== null) { marksOf(it.d, "agy", r.agency_mention).forEach(link); }
      textBox.querySelectorAll(".m.met").forEach(function (e) {
        if ((" " + e.dataset.records + " ").indexOf(" " + it.i + " ") >= 0) { link(e); }
      });
    }
  }
  function scrollText(it) {
    var el = marksOf(it.d, it.kind, it.i)[0];
    if (!el) { return; }
    var box = textBox.getBoundingClientRect(), r = el.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) {
      textBox.scrollTop += r.top - box.top - textBox.clientHeight / 2;
    }
    var page = textBox.getBoundingClientRect(), barH = $("bar").offsetHeight;
    if (page.top < barH || page.top > window.innerHeight) {
      window.scrollTo(0, window.scrollY + page.top - barH - 50);
    }
  }
  // how: "key" (keyboard: scroll the text to it), "row" (table), "mark" (text).
  function pick(it, how) {
    if (!it) { return; }
    if (it.d !== current) { showDoc(it.d); }
    selected = it;
    highlight(it);
    markSelectedRow();
    renderPanel();
    document.body.classList.add("panel-open");
    if (how === "key") {
      // Follow the item where the reviewer is looking: the text, or the table below it.
      var view = $("doc-view").getBoundingClientRect();
      var table = it.kind === "rec" ? recTable : missTable;
      if (view.bottom > $("bar").offsetHeight + 40 || table.view.indexOf(it) < 0) {
        scrollText(it);
        var el = marksOf(it.d, it.kind, it.i)[0];
        if (el) { el.focus({preventScroll: true}); }
      } else {
        table.scrollTo(it);
        var tr = table.rowOf(it);
        if (tr) { tr.focus({preventScroll: true}); }
      }
    }
  }
  function sentenceHtml(it) {
    var r = it.x, s = r.sentence || "", at = s.indexOf(r.text);
    if (at < 0) { return esc(s); }
    var parts = [[at, at + r.text.length, "num"]];
    var k = r.metric ? s.toLowerCase().indexOf(r.metric.toLowerCase()) : -1;
    if (k >= 0 && (k + r.metric.length <= at || k >= at + r.text.length)) {
      parts.push([k, k + r.metric.length, "metric"]);
    }
    parts.sort(function (x, y) { return x[0] - y[0]; });
    var out = "", pos = 0;
    parts.forEach(function (p) {
      out += esc(s.slice(pos, p[0])) + '<span class="' + p[2] + '">' + esc(s.slice(p[0], p[1])) + "</span>";
      pos = p[1];
    });
    return out + esc(s.slice(pos));
  }
  function fieldRows(pairs) {
    return "<table>" + pairs.map(function (p) {
      return '<tr data-field="' + esc(p[0]) + '"><th>' + esc(p[0]) + "</th><td>" +
        (p[2] ? p[1] : esc(show(p[1]))) + "</td></tr>";
    }).join("") + "</table>";
  }
  function recordPairs(r, full) {
    var pairs = [["text", r.text], ["value", r.value], ["unit", r.unit], ["metric", r.metric],
      ["direction", r.direction], ["basis", r.basis], ["qualifier", r.qualifier],
      ["period", periodText(r.period)], ["agency", r.agency]];
    if (full) {
      pairs.push(["rules", r.rules.map(function (x) { return "<code>" + esc(x) + "</code>"; }).join(" "), true]);
      pairs.push(["offsets", r.start + "\u2013" + r.end]);
    } else {
      pairs.push(["rules", r.rules.join(" ")]);
    }
    return pairs;
  }
  function button(verdict, label, cls, key, dec) {
    return '<button type="button" class="' + cls + '" data-verdict="' + verdict + '" aria-pressed="' +
      (dec && dec.verdict === verdict ? "true" : "false") + '">' + label + " <kbd>" + key + "</kbd></button>";
  }
  function input(name, value, list) {
    return '<input name="' + name + '" value="' + esc(blank(value) ? "" : value) + '"' +
      (list ? ' list="' + list + '"' : "") + ' autocomplete="off">';
  }
  function select(name, value) {
    return '<select name="' + name + '"><option value="">\u2014</option>' + VOCAB[name].map(function (v) {
      return '<option value="' + v + '"' + (v === value ? " selected" : "") + ">" + v + "</option>";
    }).join("") + "</select>";
  }
  function fieldForm(base) {
    var p = base.period || {};
    var rows = [
      ["value", input("value", base.value)], ["unit", input("unit", base.unit, "units-list")],
      ["metric", input("metric", base.metric)], ["direction", select("direction", base.direction)],
      ["basis", select("basis", base.basis)], ["qualifier", select("qualifier", base.qualifier)],
      ["period", input("period_text", p.text)],
      ["from", '<input name="period_start" type="date" value="' + esc(p.start || "") + '">'],
      ["to", '<input name="period_end" type="date" value="' + esc(p.end || "") + '">'],
      ["agency", input("agency", base.agency, "agency-list")]
    ];
    return '<form class="fields" autocomplete="off">' + rows.map(function (r) {
      return "<label>" + r[0] + "</label>" + r[1];
    }).join("") + "</form>";
  }
  // The form's values as record fields: all of them (for a new record) or those changed.
  function formFields(form, base, onlyChanged) {
    var f = form.elements, out = {};
    function val(name) { var v = f[name].value.trim(); return v === "" ? null : v; }
    var value = val("value");
    var num = value === null ? null : Number(value.replace(/,/g, ""));
    var fields = {
      value: value === null || isNaN(num) ? value : num,
      unit: val("unit"), metric: val("metric"), direction: val("direction"), basis: val("basis"),
      qualifier: val("qualifier"), agency: val("agency"),
      period: val("period_text") === null ? null : {
        text: val("period_text"), start: val("period_start"), end: val("period_end")}
    };
    FIELD_NAMES.forEach(function (k) {
      var was = base[k] === undefined ? null : base[k], now = fields[k];
      var same = k === "period" ? JSON.stringify(was) === JSON.stringify(now) : was === now;
      var el = k === "period" ? f.period_text : f[k];
      if (el) { el.classList.toggle("changed", onlyChanged && !same); }
      if (k === "period") {
        f.period_start.classList.toggle("changed", onlyChanged && !same);
        f.period_end.classList.toggle("changed", onlyChanged && !same);
      }
      if (!onlyChanged || !same) { out[k] = now; }
    });
    return out;
  }
  // A first guess at a new record's value and unit, from the number as written.
  function guess(m) {
    var found = m.text.replace(/,/g, "").match(/-?\d+(?:\.\d+)?/);
    var after = (m.context && m.context[1]) || "";
    var unit = /%|per ?cent|pct/i.test(m.text) || /^\s?(%|per ?cent|pct)/i.test(after) ? "percent" : "count";
    return {value: found ? Number(found[0]) : null, unit: unit, metric: null, direction: null,
            basis: null, qualifier: null, period: null, agency: null};
  }
  function renderPanel() {
    var it = selected;
    if (!it) { return; }
    var doc = DOCS[it.d], dec = decisionOf(it), html;
    if (it.kind === "rec") {
      var r = it.x;
      html = "<h3>Record #" + (it.i + 1) + " of " + esc(doc.doc_id) + "</h3>" +
        '<div class="verdicts">' + button("correct", "\u2713 Correct", "good", "a", dec) +
        button("wrong", "\u2717 Wrong", "bad", "x", dec) +
        (dec ? '<button type="button" data-verdict="">Undo <kbd>u</kbd></button>' : "") + "</div>";
      if (dec && dec.verdict === "wrong") {
        var n = Object.keys(dec.fields).length;
        html += '<p class="status' + (n ? "" : " warn") + '" id="wrong-status">' + (n
          ? "Corrected: " + esc(Object.keys(dec.fields).join(", ")) + ". Other fields are kept."
          : "Dropped (not a measurement), unless you correct a field below.") + "</p>" +
          fieldForm(Object.assign({}, r, dec.fields));
      }
      html += '<div class="sentence">' + sentenceHtml(it) + "</div>" +
        fieldRows(recordPairs(r, true));
      if (r.metric && r.metric_span === null && r.ok) {
        html += '<p class="status">The metric phrase is not written as such in the text.</p>';
      }
      if (!r.ok) { html += '<p class="status warn">Its offsets do not point at its text.</p>'; }
      if (r.duplicate) { html += '<p class="status warn">Another record has the same span.</p>'; }
    } else {
      var m = it.x;
      html = "<h3>Number without a record</h3>" +
        fieldRows([["text", m.text], ["document", doc.doc_id], ["offsets", m.start + "\u2013" + m.end],
          [m.skipped ? "skipped" : "why", m.note], ["rule", m.rule || null]]) +
        '<div class="sentence">' + esc(m.context[0]) + '<span class="num">' + esc(m.text) + "</span>" +
        esc(m.context[1]) + "</div>" +
        '<div class="verdicts">' + button("missing", "+ Should be a record", "add", "a", dec) +
        button("skip", "Right to skip", "skip", "x", dec) +
        (dec ? '<button type="button" data-verdict="">Undo <kbd>u</kbd></button>' : "") + "</div>";
      if (dec && dec.verdict === "missing") {
        var ok = !blank(dec.fields.value) && typeof dec.fields.value === "number" && !blank(dec.fields.unit);
        html += '<p class="status' + (ok ? "" : " warn") + '" id="missing-status">' +
          (ok ? "Will be added as a record with these fields." : "A record needs a numeric value and a unit.") +
          "</p>" + fieldForm(dec.fields);
      }
    }
    panel.innerHTML = html;
    panel.dataset.doc = it.d;
    panel.dataset.kind = it.kind;
    panel.dataset.i = it.i;
    var form = panel.querySelector("form.fields");
    if (form) {
      var base = it.kind === "rec" ? it.x : null;
      if (base) { formFields(form, base, true); }
      form.addEventListener("input", function () {
        var fields = base ? formFields(form, base, true) : formFields(form, {}, false);
        decisions[keyOf(it)].fields = fields;
        save();
        refreshItem(it);
        var status = panel.querySelector(".status");
        if (base) {
          var n = Object.keys(fields).length;
          status.className = "status" + (n ? "" : " warn");
          status.textContent = n ? "Corrected: " + Object.keys(fields).join(", ") + ". Other fields are kept."
            : "Dropped (not a measurement), unless you correct a field below.";
        } else {
          var ok = typeof fields.value === "number" && !blank(fields.unit);
          status.className = "status" + (ok ? "" : " warn");
          status.textContent = ok ? "Will be added as a record with these fields."
            : "A record needs a numeric value and a unit.";
        }
      });
      form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    }
  }
  function setVerdict(it, verdict) {
    var dec = decisionOf(it);
    if (dec && dec.verdict === verdict) { return; }
    var fields = {};
    if (verdict === "missing") {
      fields = guess(it.x);
    }
    decide(it, verdict, fields);
    renderPanel();
  }
  panel.addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-verdict]");
    if (b && selected) {
      if (b.dataset.verdict) { setVerdict(selected, b.dataset.verdict); }
      else { decide(selected, ""); renderPanel(); }
    }
  });
  $("detail-close").addEventListener("click", function () { document.body.classList.remove("panel-open"); });

  // ------------------------------------------------------------ text: hover and click
  function tipHtml(el) {
    var d = +el.dataset.doc, i = +el.dataset.i, kind = el.dataset.kind, doc = DOCS[d];
    if (kind === "rec") {
      return "<b>record #" + (i + 1) + "</b>" + fieldRows(recordPairs(doc.records[i], false));
    }
    if (kind === "met") {
      return "<b>metric phrase</b> of record " + el.dataset.records.split(" ").map(function (x) {
        return "#" + (+x + 1);
      }).join(" ");
    }
    var list = kind === "per" ? doc.periods : kind === "agy" ? doc.agencies : doc.misses, m = list[i];
    if (kind === "miss") {
      return "<b>" + (m.skipped ? "skipped on purpose" : "number without a record") + "</b><br>" + esc(m.note) +
        (m.rule ? "<br><code>" + esc(m.rule) + "</code>" : "");
    }
    return "<b>" + (kind === "per" ? "period" : "agency") + "</b> " + esc(kind === "agy" ? m.note : m.text) +
      "<br>" + (m.records.length ? "taken by record " + m.records.map(function (x) { return "#" + (x + 1); }).join(" ")
        : "taken by no record");
  }
  textBox.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest(".m");
    if (!el) { tip.hidden = true; return; }
    tip.innerHTML = tipHtml(el);
    tip.hidden = false;
    var r = el.getBoundingClientRect(), top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) { top = r.top - tip.offsetHeight - 6; }
    tip.style.top = Math.max(0, top) + "px";
    tip.style.left = Math.max(0, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)) + "px";
  });
  textBox.addEventListener("mouseleave", function () { tip.hidden = true; });
  function itemOfMark(el) {
    var kind = el.dataset.kind;
    return kind === "rec" || kind === "miss" ? ITEMS[kind][+el.dataset.doc][+el.dataset.i] || null : null;
  }
  textBox.addEventListener("click", function (ev) {
    var el = ev.target.closest(".m.rec, .m.miss");
    if (el) { pick(itemOfMark(el), "mark"); }
  });
  textBox.addEventListener("focusin", function (ev) {
    var el = ev.target.closest(".m.rec, .m.miss");
    if (el) {
      var it = itemOfMark(el);
      if (it !== selected) { pick(it, "mark"); }
    }
  });

  // ------------------------------------------------------------ legend (layers)
  var SHORT_KINDS = {point: "points", fraction: "fractions", count: "counts", physical: "physical"};
  var layers = Object.keys(DATA.unitKinds).map(function (k) {
    return ["k-" + k, '<span class="m rec k-' + k + '" title="' + esc(DATA.unitKinds[k]) + '">' +
      esc(SHORT_KINDS[k] || k) + "</span>"];
  }).concat([
    ["per", '<span class="m per">period</span>'],
    ["agy", '<span class="m agy">agency</span>'],
    ["met", '<span class="m met" title="the metric phrase of the selected record">metric</span>'],
    ["miss", '<span class="m miss q">no record made</span> <span class="m miss bare">no rule matched</span>'],
    ["skip", '<span class="m miss skip" title="numbers the rules leave out on purpose">skipped</span>']
  ]);
  $("legend").innerHTML = layers.map(function (l) {
    return '<button type="button" data-layer="' + l[0] + '" aria-pressed="true" title="show or hide">' +
      l[1] + "</button>";
  }).join("");
  $("legend").addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-layer]");
    if (!b) { return; }
    var on = b.getAttribute("aria-pressed") !== "true";
    b.setAttribute("aria-pressed", on ? "true" : "false");
    document.body.classList.toggle("hide-" + b.dataset.layer, !on);
  });

  // ------------------------------------------------------------ export
  function exportLines() {
    var lines = [], incomplete = 0;
    RECORDS.concat(NUMBERS).forEach(function (it) {
      var dec = decisionOf(it);
      if (!dec) { return; }
      var line = {doc_id: DOCS[it.d].doc_id, start: it.x.start, end: it.x.end, verdict: dec.verdict};
      var fields = {};
      Object.keys(dec.fields || {}).forEach(function (k) { fields[k] = dec.fields[k]; });
      if (dec.verdict === "missing") {
        if (typeof fields.value !== "number" || blank(fields.unit)) { incomplete++; return; }
        Object.keys(fields).forEach(function (k) { if (fields[k] === null) { delete fields[k]; } });
      }
      if (Object.keys(fields).length && (dec.verdict === "wrong" || dec.verdict === "missing")) {
        line.fields = fields;
      }
      lines.push(JSON.stringify(line));
    });
    return {text: lines.length ? lines.join("\n") + "\n" : "", count: lines.length, incomplete: incomplete};
  }
  $("export").addEventListener("click", function () {
    var out = exportLines();
    if (out.incomplete && !window.confirm(out.incomplete + " new record(s) lack a numeric value or a unit " +
        "and are left out. Export the other decisions?")) { return; }
    var blob = new Blob([out.text], {type: "application/x-ndjson"});
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "corrections.jsonl";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  $("help-button").addEventListener("click", function () {
    var h = $("help");
    h.hidden = !h.hidden;
    this.setAttribute("aria-expanded", h.hidden ? "false" : "true");
    fitBar();
  });

  // ------------------------------------------------------------ keyboard
  function step(list, dir) {
    // Records follow the table's order; numbers without a record the text order.
    if (!list.length) { return null; }
    var at = selected ? list.indexOf(selected) : -1;
    if (at < 0) {
      // Start from the current document.
      var first = list.findIndex(function (it) { return it.d >= current; });
      if (first < 0) { first = 0; }
      return dir > 0 ? list[first] : list[Math.max(0, first - 1)];
    }
    var next = at + dir;
    return next >= 0 && next < list.length ? list[next] : null;
  }
  function visibleNumbers() {
    var hideSkip = document.body.classList.contains("hide-skip");
    return NUMBERS.filter(function (it) { return !(hideSkip && it.x.skipped); });
  }
  document.addEventListener("keydown", function (ev) {
    var t = ev.target, typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (ev.key === "Escape") {
      if (typing) { t.blur(); } else { document.body.classList.remove("panel-open"); tip.hidden = true; }
      return;
    }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var it = null;
    switch (ev.key) {
      case "j": case "k":
        it = step(recTable.view, ev.key === "j" ? 1 : -1);
        if (it) { pick(it, "key"); markSelectedRow(); }
        break;
      case "n": case "p":
        it = step(visibleNumbers(), ev.key === "n" ? 1 : -1);
        if (it) { pick(it, "key"); }
        break;
      case "]": showDoc(Math.min(DOCS.length - 1, current + 1)); break;
      case "[": showDoc(Math.max(0, current - 1)); break;
      case "/":
        $("filter").focus();
        $("filter").select();
        break;
      case "a": case "x":
        if (!selected) { return; }
        setVerdict(selected, selected.kind === "rec" ? (ev.key === "a" ? "correct" : "wrong")
          : (ev.key === "a" ? "missing" : "skip"));
        break;
      case "u":
        if (selected) { decide(selected, ""); renderPanel(); }
        break;
      case "?": $("help-button").click(); break;
      default: return;
    }
    ev.preventDefault();
  });

  // ------------------------------------------------------------ start
  var datalists = '<datalist id="units-list">' + Object.keys(RECORDS.reduce(function (o, it) {
    o[it.x.unit] = 1; return o;
  }, {percent: 1, percentage_point: 1, count: 1})).map(function (u) {
    return '<option value="' + esc(u) + '">';
  }).join("") + '</datalist><datalist id="agency-list">' + Object.keys(RECORDS.reduce(function (o, it) {
    if (it.x.agency) { o[it.x.agency] = 1; } return o;
  }, {})).map(function (a) { return '<option value="' + esc(a) + '">'; }).join("") + "</datalist>";
  document.body.insertAdjacentHTML("beforeend", datalists);
  function fitBar() {
    document.documentElement.style.setProperty("--bar-h", $("bar").offsetHeight + "px");
  }
  fitBar();
  if (window.ResizeObserver) { new ResizeObserver(fitBar).observe($("bar")); }
  window.addEventListener("resize", function () { fitBar(); recTable.range = [-1, -1]; missTable.range = [-1, -1]; drawTables(); });
  var pending = false;
  function drawTables() {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; recTable.draw(); missTable.draw(); });
  }
  window.addEventListener("scroll", drawTables, {passive: true});
  var n = RECORDS.length, possible = NUMBERS.filter(function (it) { return !it.x.skipped; }).length;
  $("summary").innerHTML = "<b>" + DOCS.length + "</b> documents, <b>" + n + "</b> records, <b>" +
    possible + "</b> possible misses";
  showDoc(0);
  applyFilters();
  updateProgress();
  fitBar();
  // The page's pure helpers, for tests and for the browser console.
  window.bulletinReview = {dates: dates, numText: numText, guess: guess, exportLines: exportLines};
  document.body.dataset.ready = "1";
})();
