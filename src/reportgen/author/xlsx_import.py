"""``reportgen import-xlsx``: the lists staff keep in Excel, written into the YAML input that stays the truth.

Each sheet is checked cell by cell with the same validators as ``reportgen build``, and every bad cell is
reported as ``Sheet!B7: Column: message`` at once. Only when no cell is wrong are exactly the lists of the
sheets replaced in the YAML file, through a round-trip parser that keeps every comment and every other
field as the person wrote them; the previous file is kept as ``<name>.bak``.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ValidationError

from reportgen import kinds
from reportgen.author.xlsx_sheets import GUIDE_SHEET, Column, Sheet, normal, sheets
from reportgen.author.yaml_lists import load_roundtrip, replace_lists
from reportgen.files.userfiles import replace_keeping_backup
from reportgen.load import LoadedInput
from reportgen.make.pipeline import validate_paths
from reportgen.make.validate import problems_from
from reportgen.problems import InputError, Problem, display_path
from reportgen.vietnamese import format_number

EMPTY_REQUIRED = "ô bắt buộc, không được để trống"


@dataclass
class ImportResult:
    """What happened; nothing was written when ``problems`` is not empty."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # sheet title -> records written
    backup: Path | None = None
    check: list[Problem] = field(default_factory=list)  # the whole input, checked after the import

    @property
    def ok(self) -> bool:
        return not self.problems and not any(p.severity == "error" for p in self.check)


def _cell_value(value: Any, column: Column) -> Any:
    """A cell as the validators take it; None for an empty cell."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).strip()
        if not value:
            return None
        if column.field.is_list:
            return [part.strip() for part in value.replace("\n", ";").split(";") if part.strip()]
        return value
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value
    if isinstance(value, float):
        value = int(value) if value.is_integer() else Decimal(repr(value))
    if column.type == "text" and isinstance(value, date):
        value = value.strftime("%d/%m/%Y")
    if column.type == "text" and isinstance(value, Decimal):
        value = _vn_decimal(value)
    if column.field.is_list and value is not None:
        return [str(value)]
    return value


def _vn_decimal(value: Decimal) -> str | int:
    """``575500.5`` from an Excel cell is written ``575.500,50``: the decimal columns of the sheets are sums of
    money, and money is written to the cent (a cell formatted ``#.##0,00`` shows ``,50``)."""
    if value == value.to_integral_value():
        return int(value)
    places = max(2, -int(value.normalize().as_tuple().exponent))
    return format_number(value, decimals=places)


def _yaml_value(value: Any) -> Any:
    """A validated value written the way staff write it, so that the YAML reads back the same."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return _vn_decimal(value)
    if isinstance(value, tuple | list):
        return [str(v) for v in value]
    return value


def _headers(ws: Worksheet, spec: Sheet, problems: list[str]) -> dict[int, Column]:
    by_name = {normal(c.header): c for c in spec.columns} | {normal(c.field.name): c for c in spec.columns}
    found: dict[int, Column] = {}
    for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
        if cell.value is None or not str(cell.value).strip():
            continue
        where = f"{ws.title}!{cell.coordinate}"
        column = by_name.get(normal(str(cell.value)))
        if column is None:
            choices = ", ".join(f"“{c.header}”" for c in spec.columns)
            problems.append(f"{where}: cột “{cell.value}” không có trong danh sách “{spec.title}”; các cột: {choices}")
        elif column in found.values():
            problems.append(f"{where}: cột “{column.header}” bị lặp lại")
        else:
            found[int(cell.column)] = column
    for column in spec.columns:
        if column.field.required and column not in found.values():
            problems.append(f"{ws.title}!1: thiếu cột bắt buộc “{column.header}” ở dòng tiêu đề (dòng 1)")
    return found


def _row(
    ws: Worksheet, spec: Sheet, number: int, cells: dict[int, Any], columns: dict[int, Column], problems: list[str]
) -> dict[str, Any] | None:
    data = {columns[i].field.name: v for i, v in cells.items() if v is not None}
    where = {columns[i].field.name: i for i in columns}
    empty = {c.field.name for i, c in columns.items() if c.field.required and cells.get(i) is None}
    model: type[BaseModel] = spec.field.model  # type: ignore[assignment]
    try:
        record = model.model_validate(data)
    except ValidationError as exc:
        positions: dict[tuple[str | int, ...], tuple[int, int]] = {(): (number, min(columns))}
        positions.update({(n,): (number, i) for n, i in where.items()})
        loaded = LoadedInput(Path(ws.title), ws.title, data, positions)
        for problem in problems_from(exc, loaded, model):
            name = problem.field.split(".")[0].split("[")[0]
            message = EMPTY_REQUIRED if name in empty else problem.message
            header = next((f"{c.header}: " for c in columns.values() if c.field.name == name), "")
            problems.append(f"{ws.title}!{get_column_letter(problem.column)}{number}: {header}{message}")
        return None
    return {name: _yaml_value(getattr(record, name)) for name in data}


def _read_sheet(ws: Worksheet, spec: Sheet, problems: list[str]) -> list[dict[str, Any]]:
    columns = _headers(ws, spec, problems)
    if not columns:
        return []
    records = []
    for number, row in enumerate(ws.iter_rows(min_row=2, values_only=True), 2):
        cells = {i: _cell_value(row[i - 1], c) if i - 1 < len(row) else None for i, c in columns.items()}
        if all(v is None for v in cells.values()):
            continue
        record = _row(ws, spec, number, cells, columns, problems)
        if record is not None:
            records.append(record)
    return records


def _open_workbook(path: Path) -> Any:
    shown = display_path(path)
    try:
        return load_workbook(io.BytesIO(path.read_bytes()), data_only=True)
    except FileNotFoundError:
        raise InputError([Problem(shown, message="Không tìm thấy tệp Excel này.")]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        message = "Không đọc được tệp Excel này; hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)."
        raise InputError([Problem(shown, message=message)]) from None


def read_workbook(path: Path, kind: str) -> tuple[dict[str, list[dict[str, Any]]], ImportResult]:
    """The lists found in the workbook, by field name, with every bad cell in ``result.problems``."""
    result = ImportResult()
    specs = {normal(s.title): s for s in sheets(kind)} | {normal(s.field.name): s for s in sheets(kind)}
    lists: dict[str, list[dict[str, Any]]] = {}
    for ws in _open_workbook(path).worksheets:
        spec = specs.get(normal(ws.title))
        if spec is None:
            if normal(ws.title) != normal(GUIDE_SHEET):
                known = ", ".join(f"“{s.title}”" for s in sheets(kind))
                result.notes.append(f"Bỏ qua trang tính “{ws.title}”: không phải danh sách nào ({known}).")
            continue
        if spec.field.name in lists:
            result.problems.append(f"{ws.title}: danh sách “{spec.title}” có ở hai trang tính")
            continue
        lists[spec.field.name] = _read_sheet(ws, spec, result.problems)
        result.counts[spec.title] = len(lists[spec.field.name])
    if not lists and not result.problems:
        result.problems.append(f"{display_path(path)}: không có trang tính nào là danh sách của loại “{kind}”")
    return lists, result


def import_workbook(workbook: Path, into: Path) -> ImportResult:
    """Replace the lists of ``into`` with the sheets of ``workbook``, only if every cell is valid."""
    document, text = load_roundtrip(into)
    kind = document.get("loai") if hasattr(document, "get") else None
    if not isinstance(kind, str) or kind not in kinds.available():
        choices = ", ".join(kinds.available())
        message = f"tệp chưa ghi loại văn bản hợp lệ ở trường “loai” (một trong: {choices})"
        raise InputError([Problem(display_path(into), field="loai", message=message)])
    lists, result = read_workbook(workbook, kind)
    if result.problems:
        return result
    new_text = replace_lists(document, text, lists)
    result.backup = replace_keeping_backup(into, new_text.encode("utf-8"))
    for checked in validate_paths([into]):
        result.check.extend(checked.problems + checked.warnings)
    return result
