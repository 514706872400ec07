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
    if (!key || names[key]) { return given; }
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

  function apply(state) {
    var words = state.q.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var when = days(state);
    if (dates) { dates.textContent = when.bad || (when.said.length ? "Dates " + when.said.join(" ") + "." : ""); }
    state = Object.assign({}, state, {from: when.from, to: when.to});
    var shown = 0;
    for (var i = 0; i < rows.length && i < data.events.length; i++) {
      var ok = matches(data.events[i], state, words);
      rows[i].hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = shown === rows.length ? rows.length + " events."
      : shown + " of " + rows.length + " events match.";
  }

  function save(state) {
    var params = new URLSearchParams();
    fields.forEach(function (f) { if (state[f]) { params.set(f, state[f]); } });
    var hash = params.toString();
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
}());
