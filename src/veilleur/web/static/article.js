// Article page: clicking an event or a quote in the side panel scrolls to its sentence
// and flashes it; hovering an actor chip marks every mention of that actor; an address ending
// in #sentence-START-END opens with that sentence marked.
"use strict";

(function () {
  function segmentsIn(start, end) {
    const found = [];
    for (const span of document.querySelectorAll("#article-text [data-s]")) {
      const s = Number(span.dataset.s);
      if (s >= start && s < end) found.push(span);
    }
    return found;
  }

  function clearMarks() {
    for (const span of document.querySelectorAll("#article-text .focus, #article-text .focus-trigger")) {
      span.classList.remove("focus", "focus-trigger");
    }
    for (const item of document.querySelectorAll(".side .selected")) item.classList.remove("selected");
  }

  function select(item) {
    const [start, end] = item.dataset.sentence.split(",").map(Number);
    clearMarks();
    item.classList.add("selected");
    const spans = segmentsIn(start, end);
    spans.forEach(span => span.classList.add("focus"));
    if (item.dataset.trigger) {
      const [ts, te] = item.dataset.trigger.split(",").map(Number);
      segmentsIn(ts, te).forEach(span => span.classList.add("focus-trigger"));
    }
    if (spans.length) spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  }

  function markActor(actorId, on) {
    for (const span of document.querySelectorAll("#article-text [data-actor]")) {
      if (span.dataset.actor === actorId) span.classList.toggle("actor-focus", on);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const item of document.querySelectorAll(".event-item, .quote-item")) {
      item.addEventListener("click", event => {
        if (event.target.closest("a")) return;  // actor links keep their own meaning
        select(item);
      });
      item.addEventListener("keydown", event => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(item); }
      });
    }
    for (const chip of document.querySelectorAll(".actor-chip")) {
      chip.addEventListener("mouseenter", () => markActor(chip.dataset.actor, true));
      chip.addEventListener("mouseleave", () => markActor(chip.dataset.actor, false));
    }
    // #sentence-START-END (links from the events table and story pages): mark that sentence,
    // and select its event in the panel when one has it.
    const wanted = /^#sentence-(\d+)-(\d+)$/.exec(window.location.hash);
    if (wanted) {
      const item = document.querySelector(`.event-item[data-sentence="${Number(wanted[1])},${Number(wanted[2])}"]`);
      if (item) select(item);
      else {
        const spans = segmentsIn(Number(wanted[1]), Number(wanted[2]));
        spans.forEach(span => span.classList.add("focus"));
        if (spans.length) spans[0].scrollIntoView({ block: "center" });
      }
    }
    // A click on a trigger in the text selects its event in the panel.
    for (const span of document.querySelectorAll("#article-text [data-event]")) {
      span.addEventListener("click", () => {
        const item = document.querySelector(`.event-item[data-index="${Number(span.dataset.event)}"]`);
        if (item) { select(item); item.scrollIntoView({ behavior: "smooth", block: "nearest" }); }
      });
    }
  });
})();
