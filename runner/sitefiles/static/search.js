// Client-side search. search/meta.js (loaded with the page: a few kB) names the runs, clients and
// causes; each client's rows are in search/<client>.js, fetched as a script (so that it works from
// file://) the first time a query needs them: one shard when the query names a client, all otherwise.
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
  var shards = {}, waiting = {}, failed = [];
  var generation = 0;

  window.NETMATRIX_SEARCH_SHARD = function (client, rows) {
    shards[client] = rows;
    (waiting[client] || []).forEach(function (done) { done(); });
    delete waiting[client];
  };

  function load(client, done) {
    if (shards[client]) { done(); return; }
    if (waiting[client]) { waiting[client].push(done); return; }
    waiting[client] = [done];
    var script = document.createElement("script");
    script.src = data.clients[client];
    script.onerror = function () { failed.push(client); window.NETMATRIX_SEARCH_SHARD(client, []); };
    document.head.appendChild(script);
  }

  // Calls done once every shard the query needs is loaded.
  function need(q, done) {
    var clients = q.client !== null ? [q.client] : Object.keys(data.clients);
    var left = clients.length;
    if (!left) { done(); return; }
    clients.forEach(function (c) { load(c, function () { if (--left === 0) { done(); } }); });
  }

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
      if (q.client === null && Object.prototype.hasOwnProperty.call(data.clients, w)) { q.client = w; continue; }
      if (q.client !== null && q.exit === null && /^\d{1,3}$/.test(w)) { q.exit = "exit " + w; continue; }
      rest.push(w);
    }
    q.text = rest.join(" ");
    return q;
  }

  function match(q, cell) {
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
    var mine = ++generation;
    if (!query.trim()) { show(query, null, null); return; }
    var q = parse(query);
    need(q, function () { if (mine === generation) { show(query, q); } });
  }

  function show(query, q) {
    out.replaceChildren();
    if (!q) { out.dataset.query = query; return; }
    var groups = {}, order = [], total = 0;
    var clients = q.client !== null ? [q.client] : Object.keys(data.clients);
    clients.forEach(function (client) {
      (shards[client] || []).forEach(function (row) {
        if (!match(q, row)) { return; }
        total += row[F.runs].length;
        var sc = row[F.scenario];
        if (!groups[sc]) { groups[sc] = {}; order.push(sc); }
        // One line per distinct (client, exit, message); the runs it was seen in follow.
        var key = client + "\u0000" + row[F.exit] + "\u0000" + row[F.key_line];
        (groups[sc][key] = groups[sc][key] || { client: client, rows: [] }).rows.push(row);
      });
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
        var group = groups[sc][key], first = group.rows[0];
        var li = el("li", group.client + " " + first[F.exit] + ": \u201c" + first[F.key_line] + "\u201d \u2014 ");
        var n = 0;
        group.rows.forEach(function (row) {
          row[F.runs].forEach(function (i) {
            if (n++) { li.appendChild(document.createTextNode(", ")); }
            li.appendChild(el("a", data.runs[i].label, { href: row[F.url] + "#" + data.runs[i].anchor }));
          });
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
    if (failed.length) {
      out.appendChild(el("p", "Part of the index could not be loaded (" + failed.join(", ") +
                          "): results may be missing.", { "class": "hint" }));
    }
    out.dataset.query = query;  // tells a reader (and the tests) which query the results answer
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
