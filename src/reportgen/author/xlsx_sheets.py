"""Which Excel sheet and column stand for which list and field, and the template workbook staff fill in.

Sheet names and column headers are the Vietnamese titles of ``data/mo_ta`` (the same words the editor and
the scaffold show), so renaming a field's title renames its column everywhere at once.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, children, doc, python_type

GUIDE_SHEET = "Hướng dẫn"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    field: FieldPath
    header: str
    type: str  # date, decimal, int, bool, text (see fielddoc.python_type)


@dataclass(frozen=True)
class Sheet:
    field: FieldPath  # the list of records
    title: str
    columns: list[Column]


def normal(text: str) -> str:
    """How sheet names and headers are compared: case, spacing, a trailing ``*`` or ``:`` do not matter."""
    text = unicodedata.normalize("NFC", text).casefold().strip().rstrip("*:").strip()
    return " ".join(text.split())


def sheet_title(title: str) -> str:
    """Excel limits a sheet name to 31 characters and forbids a few."""
    return _SHEET_FORBIDDEN.sub("-", title)[:31]


def sheets(kind: str) -> list[Sheet]:
    """One sheet per top-level list of records of ``kind``; records' nested groups have no column."""
    found = []
    for field in children(kinds.get(kind).Input, ""):
        if field.model is None or not field.is_list:
            continue
        columns = [
            Column(sub, doc(kind, sub.path).tieu_de, python_type(sub))
            for sub in children(field.model, field.path + "[].")
            if sub.model is None
        ]
        found.append(Sheet(field, sheet_title(doc(kind, field.path).tieu_de), columns))
    return found


def _guide(book: Workbook, kind: str, specs: list[Sheet]) -> None:
    ws = book.active
    assert ws is not None
    ws.title = GUIDE_SHEET
    lines = [
        f"Mẫu nhập các danh sách cho loại văn bản “{kind}”: {kinds.get(kind).TITLE}",
        "",
        "Mỗi trang tính là một danh sách: " + "; ".join(s.title for s in specs) + ".",
        "Dòng 1 là tiêu đề cột, không sửa; mỗi dòng bên dưới là một mục. Di chuột vào ô tiêu đề để xem hướng dẫn.",
        "Ngày: định dạng ô là ngày, hoặc gõ dạng 15/03/2024. Số: 2.100 hoặc 2100; phần lẻ sau dấu phẩy: 3,5.",
        "Ô của cột bắt buộc không được để trống. Dòng trống được bỏ qua.",
        "Nhập vào tệp YAML: reportgen import-xlsx TEN_TEP.xlsx --into TEN_TEP.yaml",
        "Danh sách trong tệp YAML được thay bằng đúng nội dung của trang tính; các phần khác giữ nguyên.",
    ]
    for row, text in enumerate(lines, 1):
        ws.cell(row=row, column=1, value=text)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110


def _header_note(kind: str, column: Column) -> Comment:
    entry = doc(kind, column.field.path)
    text = entry.mo_ta
    if entry.vi_du is not None:
        shown = "; ".join(map(str, entry.vi_du)) if isinstance(entry.vi_du, list) else str(entry.vi_du)
        text += f"\nVí dụ: {shown}"
    text += "\n(Bắt buộc)" if column.field.required else "\n(Có thể để trống)"
    return Comment(text, "reportgen", width=320, height=140)


def workbook_template(kind: str) -> bytes | None:
    """The empty workbook for ``kind``'s lists, headers annotated; None when the kind has no list."""
    specs = sheets(kind)
    if not specs:
        return None
    book = Workbook()
    _guide(book, kind, specs)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for spec in specs:
        ws = book.create_sheet(spec.title)
        for index, column in enumerate(spec.columns, 1):
            cell = ws.cell(row=1, column=index, value=column.header)
            cell.font = Font(bold=True, color="C00000" if column.field.required else "000000")
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.comment = _header_note(kind, column)
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = max(14, min(45, len(column.header) + 6))
            if column.type == "date":  # cells typed in this column become dates shown as 15/03/2024
                ws.column_dimensions[letter].number_format = "DD/MM/YYYY"
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
