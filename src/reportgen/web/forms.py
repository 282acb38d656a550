"""The edit form of a kind, generated from its pydantic model and the field docs of ``data/mo_ta``.

Only presentation lives here: which widget shows a field, how a value is shown in it, and how the
submitted strings become the values ``yaml_lists.apply_edits`` writes. Whether a value is right is the
validator's business: the form sends what the person typed and the page shows what the validator says.
"""

from __future__ import annotations

import functools
import re
import typing
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from starlette.datastructures import FormData

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, children, doc, python_type
from reportgen.author.yaml_lists import Row
from reportgen.make.validate import SAMPLE_CODE
from reportgen.problems import Problem

_PLAIN_INT = re.compile(r"^[-+]?\d+$")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
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
def _spec(model: type[BaseModel], prefix: str) -> tuple[FieldPath, ...]:
    """The fields of a kind's model at one level, worked out once per process, not on every page."""
    return tuple(children(model, prefix))


def _choices(fp: FieldPath) -> list[str]:
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


def _widget(kind: str, fp: FieldPath, in_table: bool) -> str:
    if fp.model is not None:
        if fp.is_list and not in_table and _flat(fp.model):
            return "table"
        return "raw" if in_table or fp.is_list else "group"
    if fp.name in READ_ONLY and not in_table:
        return "fixed"
    if _choices(fp):
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
    return any(f.model is None for f in _spec(model, ""))


def show(value: Any, widget: str) -> str:
    """A value of the file as it appears in a form field."""
    if value is None:
        return ""
    if widget == "bool" and isinstance(value, str) and value.strip().lower() in _YES_NO:
        return _YES_NO[value.strip().lower()]
    if isinstance(value, bool):
        return "true" if value else "false"
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
    for fp in _spec(model, prefix):
        entry = doc(kind, fp.path).worded(words or {})
        widget = _widget(kind, fp, in_table)
        item = Field(
            path=fp.path.replace("[].", ".") if not in_table else fp.name,
            name=fp.name,
            title=entry.tieu_de,
            help=entry.mo_ta,
            widget=widget,
            required=fp.required,
            choices=_choices(fp),
            placeholder=_placeholder(kind, fp),
            labels=entry.nhan,
            side_by_side=entry.canh_nhau,
            narrow=python_type(fp) in ("date", "int", "decimal", "bool") or bool(_choices(fp)),
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


# ------------------------------------------------------------------------------------- submission


def normalize_text(raw: str) -> str:
    """Browser text as the library expects it: NFC, ``\\n`` line ends."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


UNCHANGED = object()  # the field shows what the file has: leave the file's text alone


def _convert(raw: str, fp: FieldPath, widget: str, old: Any) -> Any:
    """The submitted string as the value to write; ``UNCHANGED`` when it shows what the file has."""
    text = normalize_text(raw)
    if text == show(old, widget) or text.strip() == show(old, widget).strip():
        return UNCHANGED
    text = text.strip() if widget != "textarea" else text.strip("\n")
    if widget in ("lines",) or (fp.is_list and fp.model is None):
        sep = "\n" if widget == "lines" else ";"
        return [part.strip() for part in text.split(sep) if part.strip()]
    kind = python_type(fp)
    if not text.strip():
        # a required text left empty reads "không được để trống"; anything else empty is "not given"
        return "" if fp.required and kind == "text" and not _choices(fp) else None
    if kind == "bool":
        return {"true": True, "false": False}.get(text, text)
    if kind == "int":
        if _PLAIN_INT.match(text):
            return int(text)
        if _THOUSANDS.match(text):
            return int(text.replace(".", ""))
    if kind == "decimal" and _PLAIN_INT.match(text):
        return int(text)
    if isinstance(old, Decimal):
        return text
    return text


def read_form(kind: str, form: FormData, original: dict[str, Any], kept: list[str] | None = None) -> dict[str, Any]:
    """The edits a submitted form asks for, relative to ``original`` (the version the person started from).

    Shaped for :func:`reportgen.yaml_lists.apply_edits`. Sample records the person typed into are added to
    ``kept`` (``doan_vao[0]``): their marker goes, since what they hold now is the person's own.
    """
    model: type[BaseModel] = kinds.get(kind).input
    return _read(kind, model, "", form, original, kept if kept is not None else [])


def _read(
    kind: str, model: type[BaseModel], prefix: str, form: FormData, original: Any, kept: list[str]
) -> dict[str, Any]:
    original = original if isinstance(original, dict) else {}
    edits: dict[str, Any] = {}
    for fp in _spec(model, prefix):
        widget = _widget(kind, fp, False)
        key = fp.path
        old = original.get(fp.name)
        if widget == "group":
            assert fp.model is not None
            group = _read(kind, fp.model, fp.path + ".", form, old, kept)
            if group:
                edits[fp.name] = group
        elif widget == "table":
            assert fp.model is not None
            if f"{key}.present" not in form or not table_ok(old):
                continue
            old_rows = old if isinstance(old, list) else []
            rows = _rows(kind, fp, form, old_rows, kept)
            same = len(rows) == len(old_rows) and all(r.origin == i and not r for i, r in enumerate(rows))
            same = same and not any(k.startswith(f"{key.replace('[].', '.')}[") for k in kept)
            if not same:
                edits[fp.name] = rows
        elif widget in ("raw", "fixed"):
            continue
        elif key in form:
            value = _convert(str(form[key]), fp, widget, old)
            if value is not UNCHANGED:
                edits[fp.name] = value
    return edits


def table_ok(rows: Any) -> bool:
    """A list the table can show: records written as groups of fields (not the one-line shorthand)."""
    return rows is None or (isinstance(rows, list) and all(isinstance(r, dict) for r in rows))


def _rows(kind: str, fp: FieldPath, form: FormData, old_rows: list[Any], kept: list[str]) -> list[Row]:
    assert fp.model is not None
    columns = [c for c in _spec(fp.model, fp.path + "[].") if _widget(kind, c, True) != "raw"]
    origins = form.getlist(f"{fp.path}.{ORIGIN}")
    flags = form.getlist(f"{fp.path}.{SAMPLE}")
    cells = {c.name: form.getlist(f"{fp.path}.{c.name}") for c in columns}
    rows = []
    for i, origin_text in enumerate(origins):
        origin = int(str(origin_text)) if str(origin_text).isdigit() else None
        if origin is not None and origin >= len(old_rows):
            origin = None
        old = old_rows[origin] if origin is not None and isinstance(old_rows[origin], dict) else {}
        sample = origin is not None and i < len(flags) and str(flags[i]) == "1"
        submitted_row = [str(cells[c.name][i]) if i < len(cells[c.name]) else "" for c in columns]
        if sample and not any(v.strip() for v in submitted_row):
            rows.append(Row({}, origin))  # an untouched sample stays as it is, marked
            continue
        if sample:
            kept.append(f"{fp.path.replace('[].', '.')}[{origin}]")
        values: dict[str, Any] = {}
        for c, raw in zip(columns, submitted_row, strict=True):
            value = _convert(raw, c, _widget(kind, c, True), old.get(c.name))
            if sample and value is UNCHANGED:
                value = _convert(raw, c, _widget(kind, c, True), None)  # typed the sample itself: kept on purpose
            if sample and not raw.strip():
                value = None if c.name in old else UNCHANGED  # a sample value nobody typed goes
            if value is not UNCHANGED:
                values[c.name] = value
        if origin is None and all(v in (None, []) for v in values.values()):
            continue  # an empty new row is no record
        rows.append(Row(values, origin))
    return rows


def merged(original: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """``original`` with ``edits`` laid over it, as plain data, to show a refused form again."""
    out = dict(original)
    for key, value in edits.items():
        old = original.get(key)
        if isinstance(value, dict):
            out[key] = merged(old if isinstance(old, dict) else {}, value)
        elif isinstance(value, list) and value and isinstance(value[0], Row):
            old_rows: list[Any] = old if isinstance(old, list) else []
            rows = []
            for row in value:
                base = old_rows[row.origin] if row.origin is not None and isinstance(old_rows[row.origin], dict) else {}
                rows.append(Row({**base, **row}, row.origin))
            out[key] = rows
        else:
            out[key] = value
    return out


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


def changed_fields(edits: dict[str, Any], prefix: str = "") -> list[str]:
    """Paths of what an edit changes, for the audit log: ``co_quan.ten``, ``doan_vao``."""
    found = []
    for key, value in edits.items():
        if isinstance(value, dict) and not isinstance(value, Row):
            found.extend(changed_fields(value, f"{prefix}{key}."))
        else:
            found.append(prefix + key)
    return found
