"""``reportgen import-xlsx``: the lists staff keep in Excel, written into the YAML input that stays the truth.

Each sheet is checked cell by cell with the same validators as ``reportgen build``, and every bad cell is
reported as ``Sheet!B7: Column: message`` at once. Only when no cell is wrong are the lists of the sheets
replaced in the YAML file, through a round-trip parser that keeps every comment and every other field as
the person wrote them; the previous file is kept as ``<name>.bak``.

Nothing is invented or dropped on the way: every list sheet must be there (a renamed sheet would leave
``init``'s example records in the YAML), a cell with data under no header is refused, a merged cell is
filled down where it can only mean "the same for each row" and refused where it could be a shared total,
a "Tổng cộng" row is not a record but its figures must equal the sum of the rows above.

This module opens the workbook, matches its sheets to the kind's lists and writes them; where a sheet's table
lies is ``xlsx_table``'s job, and reading its rows into checked records ``xlsx_records``'s.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from reportgen import kinds
from reportgen.author.xlsx_cells import fold
from reportgen.author.xlsx_records import read_sheet
from reportgen.author.xlsx_sheets import GUIDE_SHEET, Sheet, normal, sheets
from reportgen.author.yaml_lists import encode_like, load_roundtrip, replace_lists
from reportgen.files.userfiles import replace_keeping_backup
from reportgen.make.pipeline import validate_paths
from reportgen.problems import InputError, Problem, display_path, summarise


@dataclass
class ImportResult:
    """What happened; nothing was written when ``problems`` is not empty."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # sheet title -> records written
    before: dict[str, int] = field(default_factory=dict)  # sheet title -> records the input had before
    backup: Path | None = None
    check: list[Problem] = field(default_factory=list)  # the whole input, checked after the import
    absent: list[str] = field(default_factory=list)  # lists whose sheet the workbook (an older init's) lacks

    @property
    def ok(self) -> bool:
        return not self.problems and not any(p.severity == "error" for p in self.check)


def _open_workbook(path: Path, data: bytes | None) -> Any:
    shown = display_path(path)
    try:
        return load_workbook(io.BytesIO(path.read_bytes() if data is None else data), data_only=True)
    except FileNotFoundError:
        raise InputError([Problem(shown, message="Không tìm thấy tệp Excel này.")]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        message = "Không đọc được tệp Excel này; hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)."
        raise InputError([Problem(shown, message=message)]) from None


def _has_data(ws: Worksheet) -> bool:
    return any(v is not None and str(v).strip() for row in ws.iter_rows(values_only=True) for v in row)


def _sheet_problems(path: Path, kind: str, titles: list[str], missing: list[Sheet], unknown: list[str]) -> list[str]:
    """A renamed or deleted list sheet would leave the YAML's old records (init's examples) in the report."""
    expected = ", ".join(f"“{s.title}”" for s in sheets(kind))
    present = ", ".join(f"“{t}”" for t in titles)
    found = []
    plain = {fold(_ascii(s.title)): s.title for s in sheets(kind)}
    for title in unknown:
        hint = plain.get(fold(_ascii(title)))
        guess = f" (có phải là “{hint}”? hãy đặt lại đúng tên, có dấu)" if hint else ""
        found.append(
            f"{title}: trang tính này không phải danh sách nào của loại “{kind}”{guess}; các trang tính cần có: "
            f"{expected}"
        )
    for spec in missing:
        found.append(
            f"{display_path(path)}: thiếu trang tính “{spec.title}”; các trang tính cần có: {expected}; "
            f"trong tệp có: {present}. Danh sách trống thì để trang tính trống, đừng xóa hay đổi tên."
        )
    return found


def _older_workbook(expected: list[Sheet], missing: list[Sheet], unknown: list[str]) -> bool:
    """A workbook an older ``init`` made: it lacks only the last sheets (a new list is added at the end of the
    model) and has most of the others, with no sheet of another name (that would rather be a renamed one)."""
    if not missing or unknown or 2 * len(missing) > len(expected):
        return False
    return expected[len(expected) - len(missing) :] == missing


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_REPEATED = re.compile(r"^(?P<sheet>[^!]+)!(?P<col>[A-Z]+)(?P<row>\d+): (?P<message>.*)$")


def _summarised(problems: list[str], limit: int = 3) -> list[str]:
    """One line for many cells of one column sharing one problem (a whole column typed the same wrong way)."""
    groups: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    order: list[tuple[str, str, str] | str] = []
    for line in problems:
        match = _REPEATED.match(line)
        if match is None:
            order.append(line)
            continue
        masked = re.sub(r"“[^”]*”|\d+([.,/]\d+)*", "…", match["message"])
        key = (match["sheet"], match["col"], masked)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((int(match["row"]), line))
    out = []
    for item in order:
        if isinstance(item, str):
            out.append(item)
            continue
        cells = groups[item]
        if len(cells) <= limit:
            out.extend(line for _, line in cells)
            continue
        sheet, col, _ = item
        first = cells[0][1]
        out.append(
            f"{first} — và {len(cells) - 1} ô khác cùng cột cùng lỗi này "
            f"({sheet}!{col}{cells[1][0]} … {col}{cells[-1][0]}; tổng {len(cells)} ô)"
        )
    return out


def read_workbook(
    path: Path, kind: str, data: bytes | None = None
) -> tuple[dict[str, list[dict[str, Any]]], ImportResult]:
    """The lists found in the workbook, by field name, with every bad cell in ``result.problems``.

    ``data``, when given, is the workbook itself (an upload kept in memory, never written to a file); ``path``
    then only names it in the messages.
    """
    result = ImportResult()
    specs = {normal(s.title): s for s in sheets(kind)} | {normal(s.field.name): s for s in sheets(kind)}
    lists: dict[str, list[dict[str, Any]]] = {}
    book = _open_workbook(path, data)
    unknown: list[str] = []
    for ws in book.worksheets:
        spec = specs.get(normal(ws.title))
        if spec is None:
            if normal(ws.title) == normal(GUIDE_SHEET):
                continue
            if _has_data(ws):
                unknown.append(ws.title)
            else:
                result.notes.append(f"Bỏ qua trang tính trống “{ws.title}”.")
            continue
        if spec.field.name in lists:
            result.problems.append(f"{ws.title}: danh sách “{spec.title}” có ở hai trang tính")
            continue
        lists[spec.field.name] = read_sheet(ws, spec, result.problems, result.notes)
        result.counts[spec.title] = len(lists[spec.field.name])
    missing = [s for s in sheets(kind) if s.field.name not in lists]
    if _older_workbook(sheets(kind), missing, unknown):
        # last year's workbook, made before these lists had a sheet: nothing was renamed, the lists are empty
        for spec in missing:
            lists[spec.field.name] = []
            result.absent.append(spec.field.name)
            result.notes.append(
                f"Tệp không có trang tính “{spec.title}” (tệp được tạo trước khi có danh sách này): "
                "danh sách này được coi là trống."
            )
        missing = []
    result.problems.extend(_sheet_problems(path, kind, book.sheetnames, missing, unknown))
    result.problems = _summarised(result.problems)
    return lists, result


def import_workbook(workbook: Path, into: Path) -> ImportResult:
    """Replace the lists of ``into`` with the sheets of ``workbook``, only if every cell is valid."""
    document, text, style = load_roundtrip(into)
    kind = document.get("loai") if hasattr(document, "get") else None
    if not isinstance(kind, str) or kind not in kinds.available():
        choices = ", ".join(kinds.available())
        message = f"tệp chưa ghi loại văn bản hợp lệ ở trường “loai” (một trong: {choices})"
        raise InputError([Problem(display_path(into), field="loai", message=message)])
    lists, result = read_workbook(workbook, kind)
    for name in result.absent:  # an absent sheet never empties a list the YAML file holds
        held = document.get(name)
        if held:
            result.problems.append(
                f"{display_path(workbook)}: không có trang tính của danh sách “{name}”, nhưng tệp "
                f"{display_path(into)} đang có {len(held)} mục trong danh sách này; hãy thêm trang tính đó "
                "(reportgen init tạo tệp Excel mẫu mới), hoặc tự xóa các mục ấy trong tệp YAML"
            )
    if result.problems:
        return result
    result.before = list_sizes(document, kind)
    new_text = replace_lists(document, text, lists)
    result.backup = replace_keeping_backup(into, encode_like(new_text, style))
    for checked in validate_paths([into]):
        result.check.extend(checked.problems + checked.warnings)
    return result


def list_sizes(data: Any, kind: str) -> dict[str, int]:
    """How many records each list an import replaces holds now, by sheet title."""
    return {s.title: len(_records(data, s.field.name)) for s in sheets(kind)}


def _records(data: Any, name: str) -> list[Any]:
    value = data.get(name) if hasattr(data, "get") else None
    return list(value) if isinstance(value, list) else []


def replaced(result: ImportResult) -> str:
    """What an import replaced, list by list: “Đoàn vào: 7 → 2 mục; Đoàn ra: 2 → 0 mục”."""
    return "; ".join(f"{title}: {result.before.get(title, 0)} → {n} mục" for title, n in result.counts.items())


def check_lines(result: ImportResult) -> list[str]:
    """The check after the import, one line for many records sharing one problem."""
    return summarise(result.check)
