"""Which Excel sheet and column stand for which list and field, and the template workbook staff fill in.

Sheet names and column headers are the Vietnamese titles of ``data/mo_ta`` (the same words the editor and
the scaffold show), so renaming a field's title renames its column everywhere at once.
"""

from __future__ import annotations

import io
import re
import typing
import unicodedata
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, children, doc, python_type

GUIDE_SHEET = "Hướng dẫn"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# A "số thứ tự" column: every Vietnamese table has one; its numbers are not data.
ORDER_HEADERS = {"tt", "stt", "số tt", "số thứ tự", "s tt"}
# The label of a totals row (diacritics required, except for the unambiguous two-word forms).
TOTAL_LABELS = {"tổng cộng", "cộng", "tổng", "tổng số", "tong cong", "tong so"}
# How one cell holds several items of a list field (data/mo_ta key ``tach``)
SEPARATORS = {"dau_phay": ",;\n", "dong": "\n", "": ";\n"}
YES, NO = "Có", "Không"
ROWS = 1000  # how far down the drop-down lists and formats of the template reach
NUMBER_FORMATS = {"int": "#,##0", "decimal": "#,##0.00", "date": "DD/MM/YYYY"}


@dataclass(frozen=True)
class Column:
    field: FieldPath
    header: str
    type: str  # date, decimal, int, bool, text (see fielddoc.python_type)
    choices: tuple[str, ...] = ()  # the allowed values of a Literal field (a drop-down list in the workbook)
    open_choices: bool = False  # the drop-down only suggests (currencies): other values go to the validator
    separators: str = ""  # a list field: the characters that separate its items in one cell


@dataclass(frozen=True)
class Sheet:
    field: FieldPath  # the list of records
    title: str
    columns: list[Column]


def normal(text: str) -> str:
    """How sheet names and headers are compared: case, spacing, a trailing ``*`` or ``:`` do not matter."""
    text = unicodedata.normalize("NFC", text).casefold().strip().rstrip("*:").strip()
    return " ".join(text.split())


def is_order_header(text: str) -> bool:
    return normal(text).rstrip(".") in ORDER_HEADERS


def is_total_label(text: str) -> bool:
    return normal(text).rstrip(".:").strip() in TOTAL_LABELS


def _choices(field: FieldPath) -> tuple[tuple[str, ...], bool]:
    """A Literal's values (closed), or the suggestions a reading validator offers (open, e.g. currencies)."""
    leaf = field.leaf
    if typing.get_origin(leaf) is typing.Literal:
        return tuple(str(v) for v in typing.get_args(leaf)), False
    for meta in [*getattr(field.info, "metadata", ()), *getattr(leaf, "__metadata__", ())]:
        suggestions = getattr(getattr(meta, "func", None), "suggestions", None)
        if suggestions:
            return tuple(suggestions), True
    return (), False


def _column(kind: str, field: FieldPath) -> Column:
    entry = doc(kind, field.path)
    separators = SEPARATORS.get(entry.tach, SEPARATORS[""]) if field.is_list else ""
    choices, open_choices = _choices(field)
    return Column(field, entry.tieu_de, python_type(field), choices, open_choices=open_choices, separators=separators)


def sheet_title(title: str) -> str:
    """Excel limits a sheet name to 31 characters and forbids a few."""
    return _SHEET_FORBIDDEN.sub("-", title)[:31]


def sheets(kind: str) -> list[Sheet]:
    """One sheet per top-level list of records of ``kind``; records' nested groups have no column."""
    found = []
    for field in children(kinds.get(kind).input, ""):
        if field.model is None or not field.is_list:
            continue
        columns = [_column(kind, sub) for sub in children(field.model, field.path + "[].") if sub.model is None]
        found.append(Sheet(field, sheet_title(doc(kind, field.path).tieu_de), columns))
    return found


def _guide(book: Workbook, kind: str, specs: list[Sheet]) -> None:
    ws = book.active
    assert ws is not None
    ws.title = GUIDE_SHEET
    lines = [
        f"Mẫu nhập các danh sách cho loại văn bản “{kind}”: {kinds.get(kind).title}",
        "",
        "Mỗi trang tính là một danh sách: " + "; ".join(s.title for s in specs) + ".",
        "Dòng 1 là tiêu đề cột, không sửa; mỗi dòng bên dưới là một mục. Di chuột vào ô tiêu đề để xem hướng dẫn.",
        "Ngày: định dạng ô là ngày, hoặc gõ dạng 15/03/2024. Số: 2.100 hoặc 2100; phần lẻ sau dấu phẩy: 3,5.",
        "Cột có mũi tên (danh sách chọn): chọn một giá trị trong danh sách; cột Có/Không: để trống là Không.",
        "Ô của cột bắt buộc không được để trống. Dòng trống được bỏ qua.",
        "Có thể thêm cột TT (số thứ tự) và dòng “Tổng cộng” ở cuối: reportgen bỏ qua chúng, "
        "nhưng đối chiếu số ở dòng Tổng cộng với tổng các dòng bên trên.",
        "Ô gộp (Merge) nhiều dòng được hiểu là cùng giá trị cho mỗi dòng; không gộp ô ở cột số "
        "và không gộp ô qua nhiều cột.",
        "Không đổi tên, không xóa các trang tính danh sách: danh sách trống thì để trang tính trống.",
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


def _validation(ws: Worksheet, column: Column, letter: str) -> None:
    """A drop-down list (or a number/date check) with a Vietnamese message, for the rows staff fill in."""
    where = f"{letter}2:{letter}{ROWS}"
    if column.choices or column.type == "bool":
        values = column.choices or (YES, NO)
        check = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        check.error = f"{column.header}: chọn một trong: {', '.join(values)}."
        if column.open_choices:  # a suggestion, not a rule: another ISO code typed by hand is still accepted
            check.errorStyle = "information"
            check.error = f"{column.header}: thường dùng {', '.join(values)}; mã khác (ISO 4217) vẫn được nhận."
    elif column.type == "int":
        check = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        check.error = f"{column.header}: ghi một số nguyên không âm, ví dụ 12 hoặc 2.100."
    elif column.type == "decimal":
        check = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        check.error = f"{column.header}: ghi một số không âm, ví dụ 2.100 hoặc 12.500,5."
    elif column.type == "date":
        check = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
        check.error = f"{column.header}: ghi một ngày dạng 15/03/2024."
    else:
        return
    check.errorTitle = "Giá trị không hợp lệ"
    check.showErrorMessage = True
    check.add(where)
    ws.add_data_validation(check)


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
            number_format = NUMBER_FORMATS.get(column.type)
            if number_format:
                # Stored in the file's invariant syntax: "#,##0" shows 2.100 on a Vietnamese Windows or Calc,
                # and a date column shows 15/03/2024 whatever the computer's own date order.
                ws.column_dimensions[letter].number_format = number_format  # new cells of the column take it
            _validation(ws, column, letter)
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
