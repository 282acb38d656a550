"""``reportgen import-xlsx``: the lists staff keep in Excel, written into the YAML input that stays the truth.

Each sheet is checked cell by cell with the same validators as ``reportgen build``, and every bad cell is
reported as ``Sheet!B7: Column: message`` at once. Only when no cell is wrong are the lists of the sheets
replaced in the YAML file, through a round-trip parser that keeps every comment and every other field as
the person wrote them; the previous file is kept as ``<name>.bak``.

Nothing is invented or dropped on the way: every list sheet must be there (a renamed sheet would leave
``init``'s example records in the YAML), a cell with data under no header is refused, a merged cell is
filled down where it can only mean "the same for each row" and refused where it could be a shared total,
a "Tổng cộng" row is not a record but its figures must equal the sum of the rows above.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ValidationError

from reportgen import kinds
from reportgen.author.xlsx_cells import Read, choice, fold, read, vn_decimal
from reportgen.author.xlsx_layout import ignored_note, is_numbering_row, looks_like
from reportgen.author.xlsx_sheets import GUIDE_SHEET, Column, Sheet, is_order_header, is_total_label, normal, sheets
from reportgen.author.yaml_lists import encode_like, load_roundtrip, replace_lists
from reportgen.files.userfiles import replace_keeping_backup
from reportgen.load import LoadedInput
from reportgen.make.pipeline import validate_paths
from reportgen.make.validate import problems_from
from reportgen.problems import InputError, Problem, display_path, summarise
from reportgen.vietnamese import format_number

EMPTY_REQUIRED = "ô bắt buộc, không được để trống"


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


def _yaml_value(value: Any) -> Any:
    """A validated value written the way staff write it, so that the YAML reads back the same."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):  # a programme's hours, typed or formatted as times in the sheet
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):  # the decimal columns are sums of money: written to the cent
        return vn_decimal(value, cents=True)
    if isinstance(value, tuple | list):
        return [_yaml_value(v) if isinstance(v, BaseModel) else str(v) for v in value]
    if isinstance(value, BaseModel):  # a record one cell holds (dated amounts): its fields, written the same way
        return {k: _yaml_value(v) for k, v in value if v is not None}
    return value


@dataclass
class _Table:
    """A sheet's header: which column is which field, and which columns are known to carry no data."""

    columns: dict[int, Column]
    ignored: set[int]  # the TT column
    row: int = 1  # the header row; rows above it hold the table's title
    extra: set[int] = field(default_factory=set)  # headed columns the list has no field for (“Ghi chú”): not imported
    numbering: int = 0  # the row of column numbers (1, 2, 3 …) under the header, if there is one


def _header_row(ws: Worksheet, spec: Sheet) -> int:
    """Row 1, or the first of the first ten rows that names a required column, below a title such as
    “DANH SÁCH ĐOÀN VÀO NĂM 2024” (the way Vietnamese tables usually begin)."""
    wanted = {normal(c.header) for c in spec.columns if c.field.required} or {normal(c.header) for c in spec.columns}
    for number, row in enumerate(ws.iter_rows(min_row=1, max_row=10, values_only=True), 1):
        if any(isinstance(v, str) and normal(v) in wanted for v in row):
            return number
    return 1


def _headers(ws: Worksheet, spec: Sheet, problems: list[str], notes: list[str]) -> _Table:
    by_name = {normal(c.header): c for c in spec.columns} | {normal(c.field.name): c for c in spec.columns}
    found: dict[int, Column] = {}
    ignored: set[int] = set()
    extra: set[int] = set()
    first = _header_row(ws, spec)
    for cell in next(ws.iter_rows(min_row=first, max_row=first), ()):
        if cell.value is None or not str(cell.value).strip():
            continue
        where = f"{ws.title}!{cell.coordinate}"
        column = by_name.get(normal(str(cell.value)))
        if column is None and is_order_header(str(cell.value)):
            ignored.add(int(cell.column))
        elif column is None and looks_like(str(cell.value), by_name) is None:
            extra.add(int(cell.column))
            headers = [c.header for c in spec.columns]
            notes.append(ignored_note(ws.title, cell.coordinate, str(cell.value).strip(), spec.title, headers))
        elif column is None:
            choices = ", ".join(f"“{c.header}”" for c in spec.columns)
            problems.append(f"{where}: cột “{cell.value}” không có trong danh sách “{spec.title}”; các cột: {choices}")
        elif column in found.values():
            problems.append(f"{where}: cột “{column.header}” bị lặp lại")
        else:
            found[int(cell.column)] = column
    for column in spec.columns:
        if column.field.required and column not in found.values():
            problems.append(f"{ws.title}!{first}: thiếu cột bắt buộc “{column.header}” ở dòng tiêu đề (dòng {first})")
    below = next(ws.iter_rows(min_row=first + 1, max_row=first + 1, values_only=True), ())
    numbering = first + 1 if found and is_numbering_row(below, set(found) | ignored | extra) else 0
    if numbering:
        notes.append(f"{ws.title}: dòng {numbering} ghi số thứ tự các cột (1, 2, 3…), không phải một mục: bỏ qua.")
    return _Table(found, ignored, first, extra, numbering)


def _merges(ws: Worksheet, table: _Table, totals: set[int], problems: list[str]) -> dict[tuple[int, int], Any]:
    """The value each covered cell of a merged range stands for, or a problem naming the range.

    Staff merge a column's cells for several rows that share it (one country, one date): each row gets the
    value. A figure merged over rows could be each row's or their shared total, and a range across columns
    has no column of its own: both are refused.
    """
    filled: dict[tuple[int, int], Any] = {}
    for merged in ws.merged_cells.ranges:
        rows = range(merged.min_row, merged.max_row + 1)
        if all(r in totals for r in rows) or merged.max_row < table.row:
            continue  # the label of a totals row, or the table's title, spread over several columns
        where = f"{ws.title}!{merged.coord}"
        if merged.min_row == table.row and merged.max_row == table.row:
            problems.append(f"{where}: ô tiêu đề gộp qua nhiều cột; mỗi cột cần một ô tiêu đề riêng (bỏ gộp ô)")
            continue
        if merged.min_col != merged.max_col or merged.min_row <= table.row:
            problems.append(
                f"{where}: ô gộp qua nhiều cột hoặc cả dòng tiêu đề; mỗi mục một dòng, mỗi cột một ô riêng (bỏ gộp ô)"
            )
            continue
        column = table.columns.get(merged.min_col)
        if column is None:
            continue  # the TT column, or a column reported already
        if column.type in ("int", "decimal"):
            problems.append(
                f"{where}: {column.header}: ô số gộp nhiều dòng, không rõ là số của từng dòng hay tổng chung; "
                "hãy bỏ gộp ô và ghi số của từng dòng"
            )  # and still filled below, so the covered cells are not also reported as empty
        value = ws.cell(row=merged.min_row, column=merged.min_col).value
        for row in rows[1:]:
            filled[(row, merged.min_col)] = value
    return filled


def _is_totals(row: tuple[Any, ...], table: _Table) -> bool:
    return any(
        isinstance(cell.value, str) and is_total_label(cell.value)
        for cell in row
        if (getattr(cell, "column", 0) or 0) in table.columns or (getattr(cell, "column", 0) or 0) in table.ignored
    )


def _currencies(spec: Sheet) -> tuple[str, Column] | None:
    """The sheet's currency column (Loại tiền), whose values an amount's unit must agree with."""
    for column in spec.columns:
        if column.choices and "USD" in column.choices:
            return column.field.name, column
    return None


@dataclass
class _Sums:
    """Running sums of the numeric columns for checking a totals row; ``since`` restarts after each one."""

    all: dict[int, Decimal] = field(default_factory=dict)
    since: dict[int, Decimal] = field(default_factory=dict)
    units: set[str] = field(default_factory=set)
    broken: bool = False  # a row above was refused: the sums mean nothing

    def add(self, numbers: dict[int, Decimal], unit: str | None) -> None:
        self.units.add(unit or "")
        for index, number in numbers.items():
            self.all[index] = self.all.get(index, Decimal(0)) + number
            self.since[index] = self.since.get(index, Decimal(0)) + number


def _shown(number: Decimal) -> str:
    return format_number(number, decimals=max(0, -int(number.normalize().as_tuple().exponent)))


def _check_totals(ws: Worksheet, number: int, table: _Table, sums: _Sums, problems: list[str]) -> None:
    """A "Tổng cộng" row is skipped, never read as a record; each figure in it must equal the rows above."""
    for index, column in table.columns.items():
        cell = ws.cell(row=number, column=index)
        if column.type not in ("int", "decimal") or cell.value is None or str(cell.value).strip() == "":
            continue
        where = f"{ws.title}!{cell.coordinate}: {column.header}"
        got = read(cell.value, column, cell.number_format, ("USD", "VND", "EUR", "JPY", "KRW", "AUD")).value
        try:
            total = Decimal(str(got).replace(".", "").replace(",", ".")) if isinstance(got, str) else Decimal(got)
        except (ArithmeticError, ValueError, TypeError):
            problems.append(f"{where}: dòng tổng cộng ghi “{cell.value}”, không phải là số")
            continue
        if sums.broken:
            continue
        if column.type == "decimal" and len(sums.units) > 1:
            kinds_of = ", ".join(sorted(u or "không ghi" for u in sums.units))
            problems.append(f"{where}: dòng tổng cộng cộng các loại tiền khác nhau ({kinds_of}); hãy xóa số ở ô này")
            continue
        since, overall = sums.since.get(index, Decimal(0)), sums.all.get(index, Decimal(0))
        if total not in (since, overall):
            problems.append(
                f"{where}: dòng tổng cộng ghi {_shown(total)} nhưng cộng các dòng bên trên được {_shown(since)}; "
                "hãy sửa số hoặc kiểm tra lại các dòng"
            )
    sums.since = {}


def _row(
    ws: Worksheet, spec: Sheet, number: int, cells: dict[int, Read], table: _Table, problems: list[str]
) -> tuple[dict[str, Any], str | None, dict[int, Decimal]] | None:
    columns = table.columns
    data = {columns[i].field.name: r.value for i, r in cells.items() if r.value is not None}
    where = {columns[i].field.name: i for i in columns}
    bad = False
    for i, r in cells.items():
        if r.problem:
            problems.append(f"{ws.title}!{get_column_letter(i)}{number}: {columns[i].header}: {r.problem}")
            bad = True
    unit = _reconcile_currency(ws, spec, number, cells, table, data, problems)
    if unit is False or bad:
        return None
    empty = {c.field.name for i, c in columns.items() if c.field.required and cells[i].value is None}
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
    currency = _currencies(spec)
    shown = str(getattr(record, currency[0])) if currency else None
    numbers = {
        i: Decimal(getattr(record, c.field.name))
        for i, c in columns.items()
        if c.type in ("int", "decimal") and getattr(record, c.field.name) is not None
    }
    return {name: _yaml_value(getattr(record, name)) for name in data}, shown, numbers


def _reconcile_currency(
    ws: Worksheet,
    spec: Sheet,
    number: int,
    cells: dict[int, Read],
    table: _Table,
    data: dict[str, Any],
    problems: list[str],
) -> str | bool | None:
    """``1.000 VNĐ`` in an amount: the row's currency is VND; a different Loại tiền is refused, never guessed."""
    currency = _currencies(spec)
    units = {(i, r.unit) for i, r in cells.items() if r.unit}
    if currency is None or not units:
        return None
    name, column = currency
    written = data.get(name)
    stated = choice(written, column.choices) if isinstance(written, str) else None
    for i, unit in sorted(units):
        if (stated or unit) != unit:
            problems.append(
                f"{ws.title}!{get_column_letter(i)}{number}: {table.columns[i].header}: số tiền ghi {unit} "
                f"nhưng cột “{column.header}” ghi {stated}"
            )
            return False
        stated = unit
    data[name] = stated
    return stated


def _stray_cells(ws: Worksheet, table: _Table, number: int, row: tuple[Any, ...], problems: list[str]) -> None:
    """Data in a column that has no header would be lost without a word."""
    for index, value in enumerate(row, 1):
        if index in table.columns or index in table.ignored or index in table.extra:
            continue
        if value is None or str(value).strip() == "":
            continue
        letter = get_column_letter(index)
        problems.append(
            f"{ws.title}!{letter}{number}: ô có dữ liệu nhưng cột {letter} không có tiêu đề ở dòng {table.row}; "
            "hãy ghi tiêu đề cột hoặc xóa dữ liệu"
        )


def _formula_errors(ws: Worksheet, row: tuple[Any, ...], table: _Table, problems: list[str]) -> bool:
    """``#DIV/0!`` and its kind are values to openpyxl; imported, they would print as a name or a date."""
    found = False
    for cell in row:
        if cell.data_type == "e" and cell.column in table.columns:
            header = table.columns[cell.column].header
            problems.append(f"{ws.title}!{cell.coordinate}: {header}: công thức trong ô báo lỗi {cell.value}")
            found = True
    return found


def _title_rows(ws: Worksheet, header: int, problems: list[str], notes: list[str]) -> None:
    """Rows above the header may hold the table's title (one or two texts a row), never records."""
    for number, row in enumerate(ws.iter_rows(min_row=1, max_row=header - 1), 1):
        filled = [c for c in row if c.value is not None and str(c.value).strip()]
        if len(filled) > 2 or any(not isinstance(c.value, str) for c in filled):
            problems.append(
                f"{ws.title}!{filled[0].coordinate}: dòng {number} nằm trên dòng tiêu đề cột (dòng {header}) nhưng "
                "có dữ liệu như một mục; mỗi mục phải ở dưới dòng tiêu đề"
            )
            return
    notes.append(f"{ws.title}: dòng tiêu đề cột là dòng {header}; dòng 1–{header - 1} (tên bảng) được bỏ qua.")


def _read_sheet(ws: Worksheet, spec: Sheet, problems: list[str], notes: list[str]) -> list[dict[str, Any]]:
    first_problem = len(problems)
    table = _headers(ws, spec, problems, notes)
    if not table.columns:
        return []
    start = table.row + 1
    # the rows are read once: ``ws[n]`` measures the whole sheet's width on every call (10,000 rows took minutes)
    body = list(ws.iter_rows(min_row=start))
    totals = {n for n, row in enumerate(body, start) if _is_totals(row, table)}
    filled = _merges(ws, table, totals, problems)
    records: list[dict[str, Any]] = []
    sums = _Sums()
    currency = _currencies(spec)
    codes = currency[1].choices if currency else ()
    if table.row > 1:
        _title_rows(ws, table.row, problems, notes)
    for number, row in enumerate(body, start):
        values = tuple(filled.get((number, getattr(c, "column", 0) or 0), c.value) for c in row)
        if number in totals:
            _check_totals(ws, number, table, sums, problems)
            continue
        if number == table.numbering:
            continue
        cells = {
            i: read(values[i - 1], c, row[i - 1].number_format, codes) if i - 1 < len(row) else Read(None)
            for i, c in table.columns.items()
        }
        before = len(problems)
        _stray_cells(ws, table, number, values, problems)
        if all(r.value is None and r.problem is None for r in cells.values()):
            continue
        if _formula_errors(ws, row, table, problems):
            sums.broken = True
            continue
        made = _row(ws, spec, number, cells, table, problems)
        if made is None or len(problems) > before:
            sums.broken = True
            continue
        record, unit, numbers = made
        records.append(record)
        sums.add(numbers, unit)
    dimensions = ws.row_dimensions
    hidden = [n for n in range(start, start + len(body)) if n in dimensions and dimensions[n].hidden]
    hidden = [n for n in hidden if n not in totals and any(c.value is not None for c in body[n - start])]
    if hidden:  # a filter hides rows on screen, not in the file: say so rather than import them unseen
        shown = ", ".join(map(str, hidden[:10])) + (" …" if len(hidden) > 10 else "")
        notes.append(f"{ws.title}: {len(hidden)} dòng đang bị ẩn (lọc) cũng được nhập: dòng {shown}.")
    if totals and len(problems) == first_problem:
        rows = ", ".join(str(n) for n in sorted(totals))
        notes.append(f"{ws.title}: bỏ qua dòng tổng cộng (dòng {rows}); số liệu ở đó khớp với các dòng bên trên.")
    return records


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

    ``data``, when given, is the workbook itself (an upload kept in memory, never written to disk); ``path``
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
        lists[spec.field.name] = _read_sheet(ws, spec, result.problems, result.notes)
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
