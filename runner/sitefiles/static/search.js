// Client-side search over search-index.js (loaded as a script so that it works from file://).
// Results are built with DOM calls and textContent only: captured output is never markup.
(function () {
  "use strict";
  var data = window.NETMATRIX_SEARCH;
  var input = document.getElementById("q");
  var out = document.getElementById("results");
  if (!data || !input || !out) { return; }
  var F = {};
  data.fields.forEach(function (name, i) { F[name] = i; });
  var MAX_LINES = 40;

  function fold(s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  // "curl 28", "wget exit 4", "exit 7", "killed" are filters; the rest is text to find.
  function parse(query) {
    var words = fold(query).trim().split(/\s+/).filter(Boolean);
    var q = { client: null, exit: null, text: "" }, rest = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var m = /^exit[:=]?(\d+)$/.exec(w);
      if (m) { q.exit = "exit " + m[1]; continue; }
      if (w === "exit" && /^\d+$/.test(words[i + 1] || "")) { q.exit = "exit " + words[++i]; continue; }
      if (w === "killed") { q.exit = "killed at cap"; continue; }
      if (q.client === null && data.clients.indexOf(w) >= 0) { q.client = w; continue; }
      if (q.client !== null && q.exit === null && /^\d{1,3}$/.test(w)) { q.exit = "exit " + w; continue; }
      rest.push(w);
    }
    q.text = rest.join(" ");
    return q;
  }

  function match(q, cell) {
    if (q.client !== null && cell[F.client] !== q.client) { return false; }
    if (q.exit !== null && cell[F.exit] !== q.exit) { return false; }
    if (!q.text) { return true; }
    return cell[F.signature].indexOf(q.text) >= 0 || cell[F.text].indexOf(q.text) >= 0 ||
      fold(cell[F.key_line]).indexOf(q.text) >= 0;
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function render(query) {
    out.replaceChildren();
    out.dataset.query = query;  // tells a reader (and the tests) which query the results answer
    if (!query.trim()) { return; }
    var q = parse(query);
    var groups = {}, order = [], total = 0;
    data.cells.forEach(function (cell) {
      if (!match(q, cell)) { return; }
      total++;
      var sc = cell[F.scenario];
      if (!groups[sc]) { groups[sc] = {}; order.push(sc); }
      // One line per distinct (client, exit, message); the runs it was seen in follow.
      var key = cell[F.client] + "\u0000" + cell[F.exit] + "\u0000" + cell[F.key_line];
      (groups[sc][key] = groups[sc][key] || []).push(cell);
    });
    var causeHits = Object.keys(data.scenarios).filter(function (id) {
      return q.text && data.scenarios[id].text.indexOf(q.text) >= 0 && !groups[id];
    });
    var summary = total + " cell(s) under " + order.length + " cause(s)";
    out.appendChild(el("p", summary + (order.length > 1 ? ": on its own, this does not tell the cause." : "."),
                       { "class": "summary", "id": "summary" }));
    if (q.client !== null && q.exit !== null) {
      var p = el("p", "");
      var anchor = "exit-" + q.client + "-" + (q.exit === "killed at cap" ? "killed" : q.exit.slice(5));
      p.appendChild(el("a", q.client + " " + q.exit + " in the error index", { href: "errors.html#" + anchor }));
      out.appendChild(p);
    }
    order.sort().forEach(function (sc) {
      var info = data.scenarios[sc] || { cause: sc, url: "index.html" };
      var section = el("section", null, { "class": "group", "data-scenario": sc });
      var h = el("h2", "");
      h.appendChild(el("a", sc, { href: info.url }));
      h.appendChild(document.createTextNode(": " + info.cause));
      section.appendChild(h);
      var ul = el("ul");
      Object.keys(groups[sc]).slice(0, MAX_LINES).forEach(function (key) {
        var cells = groups[sc][key], first = cells[0];
        var li = el("li", first[F.client] + " " + first[F.exit] + ": \u201c" + first[F.key_line] + "\u201d \u2014 ");
        cells.forEach(function (cell, i) {
          if (i) { li.appendChild(document.createTextNode(", ")); }
          li.appendChild(el("a", data.runs[cell[F.run]].label, { href: cell[F.url] }));
        });
        ul.appendChild(li);
      });
      var more = Object.keys(groups[sc]).length - MAX_LINES;
      if (more > 0) { ul.appendChild(el("li", "\u2026 and " + more + " more messages")); }
      section.appendChild(ul);
      out.appendChild(section);
    });
    if (causeHits.length) {
      var hs = el("section", null, { "class": "group" });
      hs.appendChild(el("h2", "Causes whose description mentions it"));
      var list = el("ul");
      causeHits.forEach(function (id) {
        var li = el("li", "");
        li.appendChild(el("a", id, { href: data.scenarios[id].url }));
        li.appendChild(document.createTextNode(": " + data.scenarios[id].cause));
        list.appendChild(li);
      });
      hs.appendChild(list);
      out.appendChild(hs);
    }
  }

  var timer = null;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      render(input.value);
      try {  // keep the address shareable; some browsers refuse this on file://
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      } catch (e) { /* the search still works */ }
    }, 120);
  });
  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  input.focus();
  render(initial);
})();
