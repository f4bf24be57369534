// summitparse review page: article selector, record <-> evidence highlighting. No network.
(function () {
  "use strict";
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.art"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.ix"));
  var current = null; // the shown <section>
  var segsById = null; // mark id -> segments covering it, for the shown section
  var pinned = null; // the clicked record, kept lit until another click

  function ids(el, attr) {
    return (el.getAttribute(attr) || "").split(" ").filter(Boolean);
  }

  function indexSegments(section) {
    var map = new Map();
    section.querySelectorAll(".seg").forEach(function (seg) {
      ids(seg, "data-s").forEach(function (id) {
        if (!map.has(id)) map.set(id, []);
        map.get(id).push(seg);
      });
    });
    return map;
  }

  function segmentsOf(rec) {
    var out = [];
    ids(rec, "data-m").forEach(function (id) {
      (segsById.get(id) || []).forEach(function (seg) { out.push(seg); });
    });
    return out;
  }

  function light(segs) {
    segs.forEach(function (seg) { seg.classList.add("on"); });
  }

  function unlightAll() {
    current.querySelectorAll(".seg.on").forEach(function (seg) { seg.classList.remove("on"); });
  }

  function clearSelection() {
    unlightAll();
    current.querySelectorAll(".rec.pin, .rec.hit").forEach(function (rec) {
      rec.classList.remove("pin", "hit");
    });
    pinned = null;
  }

  function restore() {
    unlightAll();
    if (pinned) light(segmentsOf(pinned));
    current.querySelectorAll(".rec.hit").forEach(function (rec) { light(segmentsOf(rec)); });
  }

  function pin(rec) {
    var again = pinned === rec;
    clearSelection();
    if (again) return;
    pinned = rec;
    rec.classList.add("pin");
    var segs = segmentsOf(rec);
    light(segs);
    if (segs.length) segs[0].scrollIntoView({ block: "center" });
  }

  function pickSegment(seg) {
    clearSelection();
    var wanted = new Set(ids(seg, "data-s"));
    var first = null;
    current.querySelectorAll(".rec").forEach(function (rec) {
      if (ids(rec, "data-m").some(function (id) { return wanted.has(id); })) {
        rec.classList.add("hit");
        light(segmentsOf(rec));
        if (!first) first = rec;
      }
    });
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  function show(index) {
    var target = sections[index];
    if (!target) return;
    sections.forEach(function (s) { s.hidden = s !== target; });
    rows.forEach(function (r) { r.classList.toggle("cur", Number(r.getAttribute("data-i")) === index); });
    current = target;
    segsById = indexSegments(target);
    pinned = null;
    var row = rows[index];
    if (row) row.scrollIntoView({ block: "nearest" });
  }

  function fromHash() {
    var m = /^#a(\d+)$/.exec(location.hash);
    show(m ? Number(m[1]) : 0);
  }

  function step(delta) {
    var visible = rows.filter(function (r) { return !r.hidden; });
    var at = visible.findIndex(function (r) { return r.classList.contains("cur"); });
    var next = visible[Math.max(0, Math.min(visible.length - 1, at + delta))];
    if (next) location.hash = "#a" + next.getAttribute("data-i");
  }

  document.addEventListener("mouseover", function (event) {
    var rec = event.target.closest && event.target.closest(".rec");
    if (!rec || !current || !current.contains(rec)) return;
    restore();
    light(segmentsOf(rec));
  });
  document.addEventListener("mouseout", function (event) {
    var rec = event.target.closest && event.target.closest(".rec");
    if (rec && current && !rec.contains(event.relatedTarget)) restore();
  });
  document.addEventListener("click", function (event) {
    if (!current) return;
    var rec = event.target.closest(".rec");
    if (rec && current.contains(rec)) { pin(rec); return; }
    var seg = event.target.closest(".seg");
    if (seg && current.contains(seg)) pickSegment(seg);
  });
  document.addEventListener("keydown", function (event) {
    var field = event.target.tagName === "INPUT";
    if (event.key === "Escape" && current) clearSelection();
    else if (event.key === "Enter" && event.target.classList.contains("rec")) pin(event.target);
    else if (!field && (event.key === "j" || event.key === "ArrowDown" && event.altKey)) step(1);
    else if (!field && (event.key === "k" || event.key === "ArrowUp" && event.altKey)) step(-1);
  });

  var filter = document.getElementById("filter");
  var problems = document.getElementById("problems");
  function applyFilter() {
    var words = filter.value.trim().toLowerCase();
    rows.forEach(function (r) {
      var bad = r.classList.contains("p-warn") || r.classList.contains("p-err") || r.classList.contains("p-fb");
      r.hidden = (words && r.getAttribute("data-id").indexOf(words) < 0) || (problems.checked && !bad);
    });
  }
  filter.addEventListener("input", applyFilter);
  problems.addEventListener("change", applyFilter);

  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
