// Every page: filter forms apply as soon as a select changes, empty fields stay out of
// the address (so shared links are short and exports mirror the filters).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form.filters, form.search")) {
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) {
        if (field.name && !field.value) field.disabled = true;
      }
    });
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => form.requestSubmit());
    }
  }
});
