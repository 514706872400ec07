/* Parley search: filters the listed events in the browser from search-index.js. The state lives in the
   URL's fragment (#actor=...&type=...), so a filtered view can be shared, also from file://. Without
   JavaScript the page simply lists every event. */
(function () {
  "use strict";
  var data = window.PARLEY_SEARCH;
  var form = document.getElementById("filters");
  var list = document.querySelector("#results > ol");
  var count = document.getElementById("count");
  if (!data || !form || !list) { return; }
  var rows = list.children;
  var fields = ["actor", "type", "place", "from", "to", "q"];

  function readState() {
    var raw = location.hash.length > 1 ? location.hash.substring(1) : location.search.substring(1);
    var params = new URLSearchParams(raw);
    var state = {};
    fields.forEach(function (f) { state[f] = params.get(f) || ""; });
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

  function apply(state) {
    var words = state.q.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
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
