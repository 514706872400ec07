/* Parley search: filters the listed events in the browser from search-index.js. The state lives in the
   URL's fragment (#actor=...&type=...), so a filtered view can be shared, also from file://. Without
   JavaScript the page simply lists every event. */
(function () {
  "use strict";
  var data = window.PARLEY_SEARCH;
  var form = document.getElementById("filters");
  var list = document.querySelector("#results > ol");
  var count = document.getElementById("count");
  var dates = document.getElementById("dates");
  if (!data || !form || !list) { return; }
  var rows = list.children;
  var fields = ["actor", "type", "place", "from", "to", "q"];

  /* An actor given by name ("Sullivan", "jake sullivan", "Mr. Sullivan") as well as by id: the id whose names
     hold it whole, or hold it as a word. */
  function actorId(given) {
    var names = data.names || {};
    var key = given.toLowerCase().trim();
    if (!key || names[given]) { return given; }
    if (names[key]) { return key; }
    var byWord = "";
    for (var id in names) {
      if (!Object.prototype.hasOwnProperty.call(names, id)) { continue; }
      var list = names[id];
      for (var i = 0; i < list.length; i++) {
        if (list[i] === key) { return id; }
        if (!byWord && (" " + list[i].replace(/[.,]/g, " ") + " ").indexOf(" " + key + " ") >= 0) { byWord = id; }
      }
    }
    return byWord || given;
  }

  function readState() {
    var raw = location.hash.length > 1 ? location.hash.substring(1) : location.search.substring(1);
    var params = new URLSearchParams(raw);
    var state = {};
    fields.forEach(function (f) { state[f] = params.get(f) || ""; });
    state.actor = actorId(state.actor);
    return state;
  }

  function formState() {
    var state = {};
    fields.forEach(function (f) { state[f] = form.elements[f].value.trim(); });
    return state;
  }

  function fill(state) {
    fields.forEach(function (f) { form.elements[f].value = state[f]; });
  }

  var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"];

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function lastDay(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }

  /* A bound as the site writes dates ("10 July 2023", "July 2023", "2023") or as ISO ("2023-07-10", "2023-07"):
     the first day it can mean (start) or the last; null when it is no date. */
  function bound(text, start) {
    var t = text.trim().toLowerCase(), m, y, mo, d;
    if ((m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(t))) {
      y = +m[1]; mo = m[2] ? +m[2] : 0; d = m[3] ? +m[3] : 0;
    } else if ((m = /^(?:(\d{1,2}) )?([a-z]+)\.? (\d{4})$/.exec(t))) {
      y = +m[3]; d = m[1] ? +m[1] : 0;
      mo = 0;
      for (var i = 0; i < 12; i++) { if (MONTHS[i] === m[2] || MONTHS[i].substring(0, 3) === m[2]) { mo = i + 1; } }
      if (!mo) { return null; }
    } else {
      return null;
    }
    if (mo > 12 || (mo && d > lastDay(y, mo))) { return null; }
    if (!mo) { return y + (start ? "-01-01" : "-12-31"); }
    if (!d) { return y + "-" + pad(mo) + "-" + pad(start ? 1 : lastDay(y, mo)); }
    return y + "-" + pad(mo) + "-" + pad(d);
  }

  function inWords(iso) {
    var p = iso.split("-");
    return +p[2] + " " + MONTHS[+p[1] - 1].charAt(0).toUpperCase() + MONTHS[+p[1] - 1].substring(1) + " " + p[0];
  }

  function matches(ev, s, words) {
    if (s.actor && ev.a.indexOf(s.actor) < 0) { return false; }
    if (s.type && ev.t !== s.type) { return false; }
    if (s.place && ev.p !== s.place) { return false; }
    if ((s.from || s.to) && !ev.e) { return false; }
    /* Dates compare by overlap: "late 2023" matches a search from 2023-11-01. */
    if (s.from && ev.l < s.from) { return false; }
    if (s.to && ev.e > s.to) { return false; }
    for (var i = 0; i < words.length; i++) {
      if (ev.w.indexOf(words[i]) < 0) { return false; }
    }
    return true;
  }

  /* The typed dates as days, said back in the site's words under the form. */
  function days(state) {
    var out = {from: "", to: "", said: [], bad: ""};
    ["from", "to"].forEach(function (f) {
      if (!state[f]) { return; }
      var d = bound(state[f], f === "from");
      if (d === null) { out.bad = "cannot read '" + state[f] + "' as a date: write it as 10 July 2023, July 2023, 2023 or 2023-07-10"; return; }
      out[f] = d;
      out.said.push(f + " " + inWords(d));
    });
    return out;
  }

  /* Shows the rows whose flag is set, says how many, and counts the facets of the rows shown. */
  function show(flags, note) {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      rows[i].hidden = !flags[i];
      if (flags[i]) { shown++; }
    }
    count.textContent = (shown === rows.length ? rows.length + " events." : shown + " of " + rows.length + " events match.")
      + (note ? " " + note : "");
    facets(flags);
  }

  /* Types, years and places of the rows shown, each a link that narrows the search; a year counts every event
     whose days overlap it, as the search's dates do (and as the index's facets do). */
  function facets(flags) {
    var box = document.getElementById("facets");
    if (!box) { return; }
    var dims = {type: {}, year: {}, place: {}};
    for (var i = 0; i < flags.length; i++) {
      if (!flags[i]) { continue; }
      var ev = data.events[i];
      dims.type[ev.t] = (dims.type[ev.t] || 0) + 1;
      if (ev.p) { dims.place[ev.p] = (dims.place[ev.p] || 0) + 1; }
      if (ev.e) {
        var last = Math.min(+ev.l.substring(0, 4), +ev.e.substring(0, 4) + 9);
        for (var y = +ev.e.substring(0, 4); y <= last; y++) { dims.year[y] = (dims.year[y] || 0) + 1; }
      }
    }
    var titles = {type: "Types", year: "Years", place: "Places"};
    box.textContent = "";
    Object.keys(dims).forEach(function (dim) {
      var values = Object.keys(dims[dim]).sort(function (a, b) {
        return dim === "year" ? a - b : dims[dim][b] - dims[dim][a] || (a < b ? -1 : 1);
      });
      if (!values.length) { return; }
      var section = document.createElement("section");
      var h = document.createElement("h2");
      h.textContent = titles[dim];
      section.appendChild(h);
      var ul = document.createElement("ul");
      values.forEach(function (v) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        var state = formState();
        if (dim === "year") { state.from = v; state.to = v; } else { state[dim] = v; }
        a.href = "#" + encode(state);
        a.textContent = v;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" " + dims[dim][v]));
        ul.appendChild(li);
      });
      section.appendChild(ul);
      box.appendChild(section);
    });
  }

  function encode(state) {
    var params = new URLSearchParams();
    fields.forEach(function (f) { if (state[f]) { params.set(f, state[f]); } });
    return params.toString();
  }

  /* Without a server: every criterion checked here, against search-index.js. */
  function applyHere(state) {
    var words = state.q.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var when = days(state);
    if (dates) { dates.textContent = when.bad || (when.said.length ? "Dates " + when.said.join(" ") + "." : ""); }
    var resolved = Object.assign({}, state, {from: when.from, to: when.to});
    var flags = [];
    for (var i = 0; i < rows.length; i++) {
      flags.push(i < data.events.length && matches(data.events[i], resolved, words));
    }
    show(flags, "");
  }

  /* Served by "parley serve": the API answers (actor aliases, dates as people type them, Lucene's words), and
     the rows it names are the ones shown. A later answer replaces an earlier one only if it was asked later. */
  var asked = 0;
  function applyServed(state) {
    var params = new URLSearchParams();
    if (state.actor) { params.set("actor", data.names && data.names[state.actor] ? data.names[state.actor][0] : state.actor); }
    ["type", "place", "from", "to", "q"].forEach(function (f) { if (state[f]) { params.set(f, state[f]); } });
    params.set("limit", "1000");
    var mine = ++asked;
    fetch(api + "?" + params.toString()).then(function (r) { return r.json(); }).then(function (answer) {
      if (mine !== asked) { return; }
      if (answer.error) {
        if (dates) { dates.textContent = ""; }
        count.textContent = answer.error;
        return;
      }
      if (dates) { dates.textContent = answer.dates ? "Dates " + answer.dates.said + "." : ""; }
      var ids = {};
      answer.events.forEach(function (e) { ids[e.id] = true; });
      var flags = [];
      for (var i = 0; i < rows.length; i++) { flags.push(i < data.events.length && !!ids[data.events[i].i]); }
      show(flags, answer.total > answer.events.length ? "(the first " + answer.events.length + " of " + answer.total + ")" : "");
    }).catch(function () { applyHere(state); });
  }

  var api = "";
  function apply(state) {
    if (api) { applyServed(state); } else { applyHere(state); }
  }

  function save(state) {
    var hash = encode(state);
    history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }

  function update() {
    var state = formState();
    save(state);
    apply(state);
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  form.addEventListener("reset", function () { setTimeout(update, 0); });
  window.addEventListener("hashchange", function () { var s = readState(); fill(s); apply(s); });
  var initial = readState();
  fill(initial);
  apply(initial);
  /* Served over HTTP by "parley serve", the page finds its API beside the site; elsewhere (file://, a static
     host) there is none and the page filters by itself. */
  if (location.protocol === "http:" || location.protocol === "https:") {
    fetch("../api/events?limit=1").then(function (r) { return r.ok ? r.json() : null; }).then(function (probe) {
      if (probe && typeof probe.total === "number") {
        api = "../api/events";
        document.documentElement.setAttribute("data-search", "served");
        form.elements.from.placeholder = "e.g. since March, last month";
        form.elements.to.placeholder = "e.g. two weeks ago";
        apply(readState());
      }
    }).catch(function () { /* no API: the page goes on filtering by itself */ });
  }
}());
