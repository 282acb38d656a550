"""The edit form of a kind, generated from its pydantic model and the field docs of ``data/mo_ta``.

Only presentation lives here: which widget shows a field, how a value is shown in it, its label worded for the
input (a report's period), where each problem goes. Reading a submitted form back is ``web/form_read.py``; the
rows of its tables are written by ``web/form_rows.py``. Whether a value is right is the validator's business:
the form sends what the person typed and the page shows what the validator says.
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, children, doc, python_type
from reportgen.author.yaml_lists import Row
from reportgen.make.validate import SAMPLE_CODE
from reportgen.problems import Problem

_YES_NO = {"có": "true", "co": "true", "không": "false", "khong": "false"}  # what the validator also accepts
ORIGIN = "_goc"  # hidden column: index of the record in the file before the edit
SAMPLE = "_mau"  # hidden column: "1" for a scaffold's sample record, shown as grey hints, not as values
READ_ONLY = {"loai"}


@dataclass
class Field:
    path: str
    name: str
    title: str
    help: str
    widget: str  # text, textarea, lines, select, bool, group, table, raw, fixed
    required: bool = False
    choices: list[str] = field(default_factory=list)
    placeholder: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # what a choice's code reads as: 6_thang_dau_nam → …
    narrow: bool = False  # a short value (date, number, choice): a narrow table column
    children: list[Field] = field(default_factory=list)  # a group's fields, a table's columns
    value: Any = ""  # a string; for a table a list of TableRow
    problems: list[Problem] = field(default_factory=list)
    other: str | None = None  # after a conflict: the value someone else saved meanwhile
    side_by_side: bool = False  # a group of one text in two languages (``canh_nhau`` in data/mo_ta): in columns


@dataclass
class TableRow:
    origin: int | None
    cells: dict[str, str]  # what the inputs show
    sample: bool = False  # a marked sample: cells are empty, ``hints`` show the sample in grey
    hints: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Any:  # ``for origin, row in table.value`` in templates and tests
        return iter((self.origin, self.cells))


@functools.cache
def field_spec(model: type[BaseModel], prefix: str) -> tuple[FieldPath, ...]:
    """The fields of a kind's model at one level, worked out once per process, not on every page."""
    return tuple(children(model, prefix))


def choices_of(fp: FieldPath) -> list[str]:
    if typing.get_origin(fp.leaf) is typing.Literal:
        return [str(a) for a in typing.get_args(fp.leaf)]
    return []


def _placeholder(kind: str, fp: FieldPath) -> str:
    example = doc(kind, fp.path).vi_du
    if example is None or isinstance(example, dict):
        return ""
    if isinstance(example, list):
        return "; ".join(str(v) for v in example if not isinstance(v, dict))
    return str(example)


def widget_of(kind: str, fp: FieldPath, in_table: bool) -> str:
    if fp.model is not None:
        if fp.is_list and not in_table and _flat(fp.model):
            return "table"
        return "raw" if in_table or fp.is_list else "group"
    if fp.name in READ_ONLY and not in_table:
        return "fixed"
    if fp.is_list and choices_of(fp):  # several codes in an order (a list of groups): one per line, not one choice
        return "list_cell" if in_table else "lines"
    if choices_of(fp):
        return "select"
    if python_type(fp) == "bool":
        return "bool"
    if fp.is_list:
        return "list_cell" if in_table else "lines"
    if doc(kind, fp.path).nhap_nhieu_dong:  # the kind's mo_ta says which fields are paragraphs
        return "textarea"
    return "text"


def _flat(model: type[BaseModel]) -> bool:
    """A list of these records fits a table: at least one field is a plain value."""
    return any(f.model is None for f in field_spec(model, ""))


def show(value: Any, widget: str) -> str:
    """A value of the file as it appears in a form field."""
    if value is None:
        return ""
    if widget == "bool" and isinstance(value, str) and value.strip().lower() in _YES_NO:
        return _YES_NO[value.strip().lower()]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        # records a value may also be written as (dated amounts): the one-line form a cell holds, "a: b; c: d"
        return "; ".join(": ".join(show(x, "text") for x in v.values()) for v in value)
    if isinstance(value, list):
        return ("\n" if widget == "lines" else "; ").join(show(v, "text") for v in value)
    if isinstance(value, dict):
        return ""
    return str(value)


def build_form(kind: str, data: dict[str, Any], problems: list[Problem] = ()) -> list[Field]:  # type: ignore[assignment]
    """The fields of ``kind`` filled with ``data`` (a table's rows carry their origin), problems attached."""
    contract = kinds.get(kind)
    samples = {p.field for p in problems if p.code == SAMPLE_CODE}
    words = contract.field_words(data) if contract.field_words is not None else {}
    fields = _fields(kind, contract.input, "", data, samples=samples, words=words)
    _attach(fields, [p for p in problems if p.code != SAMPLE_CODE or p.field not in samples])
    return fields


def _fields(
    kind: str,
    model: type[BaseModel],
    prefix: str,
    data: Any,
    in_table: bool = False,
    samples: frozenset[str] | set[str] = frozenset(),
    words: Mapping[str, str] | None = None,
) -> list[Field]:
    """The fields of ``model`` under ``prefix``; labels worded for this input (``words``: a report's period)."""
    data = data if isinstance(data, dict) else {}
    out = []
    for fp in field_spec(model, prefix):
        entry = doc(kind, fp.path).worded(words or {})
        widget = widget_of(kind, fp, in_table)
        item = Field(
            path=fp.path.replace("[].", ".") if not in_table else fp.name,
            name=fp.name,
            title=entry.tieu_de,
            help=entry.mo_ta,
            widget=widget,
            required=fp.required,
            choices=choices_of(fp),
            placeholder=_placeholder(kind, fp),
            labels=entry.nhan,
            side_by_side=entry.canh_nhau,
            narrow=python_type(fp) in ("date", "int", "decimal", "bool") or bool(choices_of(fp)),
        )
        value = data.get(fp.name)
        if widget == "group":
            assert fp.model is not None
            item.children = _fields(kind, fp.model, fp.path + ".", value, samples=samples, words=words)
        elif widget == "table" and not table_ok(value):
            item.widget = "raw"
        elif widget == "table":
            assert fp.model is not None
            item.children = _fields(kind, fp.model, fp.path + "[].", {}, in_table=True, words=words)
            rows = value if isinstance(value, list) else []
            item.value = [_row(r, i, item.children, f"{item.path}[{i}]" in samples) for i, r in enumerate(rows)]
        else:
            item.value = show(value, widget)
        out.append(item)
    return out


def _row(record: Any, index: int, columns: list[Field], sample: bool) -> TableRow:
    origin = record.origin if isinstance(record, Row) else index
    values = record if isinstance(record, dict) else {}
    shown = {c.name: show(values.get(c.name), c.widget) for c in columns if c.widget != "raw"}
    if sample:  # never a value: the person sees the sample as a hint and types their own
        return TableRow(origin, dict.fromkeys(shown, ""), True, shown)
    return TableRow(origin, shown)


def _keys(fields: list[Field], out: dict[str, Field]) -> None:
    for item in fields:
        out[item.path] = item
        if item.widget == "group":
            _keys(item.children, out)


def _attach(fields: list[Field], problems: list[Problem]) -> list[Problem]:
    """Each problem goes to the field (or table) it names, else to the nearest enclosing group."""
    keyed: dict[str, Field] = {}
    _keys(fields, keyed)
    unplaced = []
    for problem in problems:
        key = re.sub(r"\[\d+\]", "", problem.field)
        while key and key not in keyed:
            key = key.rpartition(".")[0]
        if key:
            keyed[key].problems.append(problem)
        else:
            unplaced.append(problem)
    return unplaced


def attach_conflicts(fields: list[Field], conflicts: list[Any]) -> None:
    """Each field two people changed differently shows the other value beside this person's own."""
    keyed: dict[str, Field] = {}
    _keys(fields, keyed)
    for conflict in conflicts:
        key = re.sub(r"\[\d+\]", "", conflict.path)
        while key and key not in keyed:
            key = key.rpartition(".")[0]
        if key:
            target = keyed[key]
            shown = show(conflict.theirs, target.widget if target.widget != "table" else "text")
            if target.widget == "table" or key != re.sub(r"\[\d+\]", "", conflict.path):
                shown = _describe(conflict.path, conflict.theirs)
            target.other = (target.other + "\n" if target.other else "") + shown


def _describe(path: str, value: Any) -> str:
    """A record or a list someone else saved, as one readable line per record."""
    if isinstance(value, list):
        return "\n".join(f"{i}. " + _describe("", v) for i, v in enumerate(value, 1)) or "(danh sách trống)"
    if isinstance(value, dict):
        return "; ".join(f"{show(v, 'text')}" for v in value.values() if show(v, "text"))
    where = re.search(r"\[(\d+)\]\.?([^.\[]*)$", path)
    prefix = f"dòng {int(where[1]) + 1}, {where[2]}: " if where else ""
    return prefix + show(value, "text")


def cell_problems(table: Field, row: int, column: str) -> list[Problem]:
    prefix = f"{table.path}[{row}]"
    return [p for p in table.problems if p.field == f"{prefix}.{column}" or p.field.startswith(f"{prefix}.{column}[")]


def row_problems(table: Field, row: int, columns: list[str]) -> list[Problem]:
    """Problems of a record as a whole (a period that ends before it starts)."""
    prefix = f"{table.path}[{row}]"
    return [p for p in table.problems if p.field == prefix]


def table_ok(rows: Any) -> bool:
    """A list the table can show: records written as groups of fields (not the one-line shorthand)."""
    return rows is None or (isinstance(rows, list) and all(isinstance(r, dict) for r in rows))


def label(kind: str, problem_field: str) -> str:
    """A field as the page names it: ``doan_vao[2].tu_ngay`` → “Đoàn vào, dòng 3, Từ ngày”."""
    if not problem_field:
        return ""
    parts: list[str] = []
    path = ""
    for match in re.finditer(r"([^.\[\]]+)|\[(\d+)\]", problem_field):
        if match[2] is not None:
            parts.append(f"dòng {int(match[2]) + 1}")
            path += "[]"
            continue
        path = f"{path}.{match[1]}" if path else match[1]
        title = doc(kind, path).tieu_de if kind in kinds.available() else match[1]
        parts.append(title or match[1])
    return ", ".join(parts)


def anchor(problem_field: str) -> str:
    """The id of the form element showing a problem: a record's problems point at its table."""
    return "truong-" + re.sub(r"\[\d+\].*$", "", problem_field)
