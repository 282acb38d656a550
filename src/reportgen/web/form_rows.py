"""The rows of a form's tables as HTML, written in Python rather than in the template.

A report's lists hold hundreds of records of ten columns: drawn cell by cell through Jinja macros, the form
of a year report took about 90 ms to render, most of a save's time under load. The markup is the one the
template's ``cell`` macro writes for a table cell (``_form_fields.html``); every value is escaped.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from reportgen.problems import Problem
from reportgen.web.forms import Field, cell_problems

SAMPLE_TITLE = (
    "Mục mẫu: chữ xám chỉ là ví dụ, không được lưu thành nội dung. Gõ nội dung thật vào dòng này hoặc xóa dòng."
)
MOVE = (
    '<td class="thao-tac"><button type="button" class="len" title="Lên">↑</button>'
    '<button type="button" class="xuong" title="Xuống">↓</button>'
    '<button type="button" class="xoa" title="Xóa dòng">✕</button></td>'
)


def table_rows(table: Field) -> Markup:
    """Every row of ``table`` (a field whose widget is ``table``), with its hidden origin and sample marks."""
    columns = [c for c in table.children if c.widget != "raw"]
    path = str(escape(table.path))
    out: list[str] = []
    for i, row in enumerate(table.value):
        mark = f' class="mau" title="{SAMPLE_TITLE}"' if row.sample else ""
        origin = "" if row.origin is None else str(row.origin)
        out.append(
            f'<tr{mark}><td class="so"><span>{i + 1}</span>'
            f'<input type="hidden" name="{path}._goc" value="{escape(origin)}">'
            f'<input type="hidden" name="{path}._mau" value="{"1" if row.sample else ""}">'
        )
        if row.sample:
            out.append('<span class="nhan-mau">Mẫu</span>')
        whole = f"{table.path}[{i}]"
        out.extend(f'<span class="loi-truong">{escape(p.message)}</span>' for p in table.problems if p.field == whole)
        out.append("</td>")
        for column in columns:
            problems = cell_problems(table, i, column.name)
            wide = "hep" if column.narrow else "rong"
            value = row.cells.get(column.name, "")
            hint = row.hints.get(column.name, "")
            out.append(f'<td class="{wide}{" co-loi" if problems else ""}">')
            out.append(cell(column, f"{table.path}.{column.name}", value, problems, hint))
            out.append("</td>")
        out.append(MOVE + "</tr>")
    return Markup("".join(out))


def cell(column: Field, name: str, value: str, problems: list[Problem], sample: str) -> str:
    """One table cell's input, as the template's ``cell`` macro writes it for a table (no example hint)."""
    name_ = escape(name)
    if column.widget == "select":
        options = "".join(
            f'<option value="{escape(o)}" {"selected" if o == value else ""}>{escape(column.labels.get(o, o))}</option>'
            for o in column.choices
        )
        odd = f"<option selected>{escape(value)}</option>" if value and value not in column.choices else ""
        shown = f'<select name="{name_}"><option value=""></option>{options}{odd}</select>'
    elif column.widget == "bool":
        yes = "selected" if value == "true" else ""
        no = "selected" if value == "false" else ""
        odd = f"<option selected>{escape(value)}</option>" if value not in ("", "true", "false") else ""
        shown = (
            f'<select name="{name_}"><option value=""></option><option value="true" {yes}>Có</option>'
            f'<option value="false" {no}>Không</option>{odd}</select>'
        )
    else:
        hint = f' placeholder="{escape(sample)}"' if sample else ""
        if column.widget == "textarea" or not column.narrow:
            shown = f'<textarea name="{name_}" rows="1" class="o-bang"{hint}>{escape(value)}</textarea>'
        else:
            shown = f'<input name="{name_}" value="{escape(value)}"{hint}>'
    messages = "".join(f'<span class="loi-truong {escape(p.severity)}">{escape(p.message)}</span>' for p in problems)
    return shown + messages
