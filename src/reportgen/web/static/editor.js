// Tables of the edit form: add, delete and reorder rows, and paste rows copied from Excel
// (tab-separated cells, one line per row). Plain DOM code, no build step; works without htmx.
"use strict";

function renumber(tbody) {
  Array.from(tbody.rows).forEach(function (row, i) {
    var label = row.querySelector("td.so span");
    if (label) { label.textContent = String(i + 1); }
  });
  var count = tbody.closest(".bang").querySelector(".so-muc");
  if (count) { count.textContent = String(tbody.rows.length); }
}

function newRow(box) {
  var tpl = box.querySelector("template");
  var row = tpl.content.firstElementChild.cloneNode(true);
  box.querySelector("tbody").appendChild(row);
  renumber(box.querySelector("tbody"));
  return row;
}

function cellInputs(row) {
  return Array.from(row.querySelectorAll("td:not(.so):not(.thao-tac)")).map(function (td) {
    return td.querySelector("input, textarea, select");
  });
}

function setValue(field, text) {
  if (!field) { return; }
  if (field.tagName === "SELECT") {
    var wanted = text.trim().toLowerCase();
    var map = { "có": "true", "co": "true", "x": "true", "không": "false", "khong": "false" };
    wanted = map[wanted] || wanted;
    Array.from(field.options).forEach(function (o) {
      if (o.value.toLowerCase() === wanted || o.text.toLowerCase() === wanted) { field.value = o.value; }
    });
  } else {
    field.value = text;
  }
}

// Split Excel's clipboard text: rows by line, cells by tab; quoted cells may hold line breaks.
function parseClipboard(text) {
  var rows = [], row = [], cell = "", quoted = false;
  text = text.replace(/\r\n?/g, "\n");
  for (var i = 0; i < text.length; i++) {
    var ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') { quoted = false; }
      else { cell += ch; }
    } else if (ch === '"' && cell === "") { quoted = true; }
    else if (ch === "\t") { row.push(cell); cell = ""; }
    else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else { cell += ch; }
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows.filter(function (r) { return r.some(function (c) { return c.trim() !== ""; }); });
}

function pasteRows(box, startRow, startCol, rows) {
  var tbody = box.querySelector("tbody");
  var index = Array.from(tbody.rows).indexOf(startRow);
  rows.forEach(function (cells, k) {
    var row = tbody.rows[index + k] || newRow(box);
    var inputs = cellInputs(row);
    cells.forEach(function (text, j) { setValue(inputs[startCol + j], text); });
  });
}

document.addEventListener("click", function (event) {
  var button = event.target.closest("button");
  if (!button) { return; }
  var box = button.closest(".bang");
  if (!box) { return; }
  var row = button.closest("tr");
  var tbody = box.querySelector("tbody");
  if (button.classList.contains("them-dong")) {
    var added = newRow(box);
    var first = cellInputs(added)[0];
    if (first) { first.focus(); }
  } else if (button.classList.contains("xoa") && row) {
    row.remove();
  } else if (button.classList.contains("len") && row && row.previousElementSibling) {
    tbody.insertBefore(row, row.previousElementSibling);
  } else if (button.classList.contains("xuong") && row && row.nextElementSibling) {
    tbody.insertBefore(row.nextElementSibling, row);
  } else {
    return;
  }
  renumber(tbody);
});

document.addEventListener("paste", function (event) {
  var field = event.target;
  var box = field.closest && field.closest(".bang");
  if (!box || !event.clipboardData) { return; }
  var text = event.clipboardData.getData("text/plain");
  if (text.indexOf("\t") < 0 && text.replace(/\r?\n$/, "").indexOf("\n") < 0) { return; }  // one cell: normal paste
  event.preventDefault();
  var row = field.closest("tr");
  var col = cellInputs(row).indexOf(field);
  pasteRows(box, row, Math.max(col, 0), parseClipboard(text));
});

// Unsaved work is never lost by accident: leaving or reloading a changed form asks first. Submitting the
// form itself (Lưu, Lưu nháp, Kiểm tra) is no leaving.
var dirty = false;
document.addEventListener("input", function (event) {
  if (event.target.closest && event.target.closest("form.bieu-mau, form.theo-doi")) { dirty = true; }
});
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("form.bieu-mau .bang button");
  if (button) { dirty = true; }  // rows added, moved or deleted
});
document.addEventListener("submit", function (event) {
  if (event.target.matches && event.target.matches("form.bieu-mau, form.theo-doi")) { dirty = false; }
});
window.addEventListener("beforeunload", function (event) {
  if (!dirty) { return; }
  event.preventDefault();
  event.returnValue = "Có thay đổi chưa lưu. Rời trang thì các thay đổi này sẽ mất.";
  return event.returnValue;
});

// Enter in a one-line field moves to the next field, as in a paper form; it never submits half a form.
document.addEventListener("keydown", function (event) {
  var field = event.target;
  var oneLine = "form.bieu-mau input:not([type=hidden]):not([type=file]), form.bieu-mau textarea.o-bang";
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || !field.matches || !field.matches(oneLine)) { return; }
  event.preventDefault();
  var all = Array.from(field.form.querySelectorAll("input:not([type=hidden]):not([type=file]), textarea, select, button"))
    .filter(function (el) { return !el.disabled && el.offsetParent !== null; });
  var next = all[all.indexOf(field) + 1];
  if (next) { next.focus(); }
});
