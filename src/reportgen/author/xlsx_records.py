"""Reading a sheet's rows into records, each checked with the validators ``reportgen build`` uses.

Part of ``reportgen import-xlsx`` (``xlsx_import``): a row becomes a record only when every cell of it is valid;
an amount's written currency must agree with the row's Loại tiền; a "Tổng cộng" row is skipped but its figures
must equal the sum of the rows above; every problem is a ``Sheet!B7: Column: message`` line, all at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ValidationError

from reportgen.author.xlsx_cells import Read, choice, read, vn_decimal
from reportgen.author.xlsx_sheets import Column, Sheet
from reportgen.author.xlsx_table import Table, headers, is_totals, merges, stray_cells, title_rows
from reportgen.load import LoadedInput
from reportgen.make.validate import problems_from
from reportgen.vietnamese import format_number

EMPTY_REQUIRED = "ô bắt buộc, không được để trống"


def yaml_value(value: Any) -> Any:
    """A validated value written the way staff write it, so that the YAML reads back the same."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):  # a programme's hours, typed or formatted as times in the sheet
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):  # the decimal columns are sums of money: written to the cent
        return vn_decimal(value, cents=True)
    if isinstance(value, tuple | list):
        return [yaml_value(v) if isinstance(v, BaseModel) else str(v) for v in value]
    if isinstance(value, BaseModel):  # a record one cell holds (dated amounts): its fields, written the same way
        return {k: yaml_value(v) for k, v in value if v is not None}
    return value


def currencies(spec: Sheet) -> tuple[str, Column] | None:
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


def _check_totals(ws: Worksheet, number: int, table: Table, sums: _Sums, problems: list[str]) -> None:
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
    ws: Worksheet, spec: Sheet, number: int, cells: dict[int, Read], table: Table, problems: list[str]
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
    currency = currencies(spec)
    shown = str(getattr(record, currency[0])) if currency else None
    numbers = {
        i: Decimal(getattr(record, c.field.name))
        for i, c in columns.items()
        if c.type in ("int", "decimal") and getattr(record, c.field.name) is not None
    }
    return {name: yaml_value(getattr(record, name)) for name in data}, shown, numbers


def _reconcile_currency(
    ws: Worksheet,
    spec: Sheet,
    number: int,
    cells: dict[int, Read],
    table: Table,
    data: dict[str, Any],
    problems: list[str],
) -> str | bool | None:
    """``1.000 VNĐ`` in an amount: the row's currency is VND; a different Loại tiền is refused, never guessed."""
    currency = currencies(spec)
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


def _formula_errors(ws: Worksheet, row: tuple[Any, ...], table: Table, problems: list[str]) -> bool:
    """``#DIV/0!`` and its kind are values to openpyxl; imported, they would print as a name or a date."""
    found = False
    for cell in row:
        if cell.data_type == "e" and cell.column in table.columns:
            header = table.columns[cell.column].header
            problems.append(f"{ws.title}!{cell.coordinate}: {header}: công thức trong ô báo lỗi {cell.value}")
            found = True
    return found


def read_sheet(ws: Worksheet, spec: Sheet, problems: list[str], notes: list[str]) -> list[dict[str, Any]]:
    first_problem = len(problems)
    table = headers(ws, spec, problems, notes)
    if not table.columns:
        return []
    start = table.row + 1
    # the rows are read once: ``ws[n]`` measures the whole sheet's width on every call (10,000 rows took minutes)
    body = list(ws.iter_rows(min_row=start))
    totals = {n for n, row in enumerate(body, start) if is_totals(row, table)}
    filled = merges(ws, table, totals, problems)
    records: list[dict[str, Any]] = []
    sums = _Sums()
    currency = currencies(spec)
    codes = currency[1].choices if currency else ()
    if table.row > 1:
        title_rows(ws, table.row, problems, notes)
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
        stray_cells(ws, table, number, values, problems)
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
