"""Where a sheet's table lies: its header row and columns, its merged cells, the title rows above it.

Part of ``reportgen import-xlsx`` (``xlsx_import``): before any row is read, the header says which column is
which field, and the parts of the sheet that are not records (a title above the header, a "Tổng cộng" row,
cells merged for several rows, data under no header) are found, so nothing is invented or dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reportgen.author.xlsx_layout import ignored_note, is_numbering_row, looks_like
from reportgen.author.xlsx_sheets import Column, Sheet, is_order_header, is_total_label, normal


@dataclass
class Table:
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


def headers(ws: Worksheet, spec: Sheet, problems: list[str], notes: list[str]) -> Table:
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
    return Table(found, ignored, first, extra, numbering)


def merges(ws: Worksheet, table: Table, totals: set[int], problems: list[str]) -> dict[tuple[int, int], Any]:
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


def is_totals(row: tuple[Any, ...], table: Table) -> bool:
    return any(
        isinstance(cell.value, str) and is_total_label(cell.value)
        for cell in row
        if (getattr(cell, "column", 0) or 0) in table.columns or (getattr(cell, "column", 0) or 0) in table.ignored
    )


def stray_cells(ws: Worksheet, table: Table, number: int, row: tuple[Any, ...], problems: list[str]) -> None:
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


def title_rows(ws: Worksheet, header: int, problems: list[str], notes: list[str]) -> None:
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
