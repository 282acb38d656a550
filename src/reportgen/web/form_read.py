"""A submitted edit form read back: the strings the browser sent become the edits ``yaml_lists.apply_edits``
writes, relative to the version the person started from (what they did not touch is left alone).

The form itself (which widget shows a field, how a value is shown) is built by ``web/forms.py``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from starlette.datastructures import FormData

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, python_type
from reportgen.author.yaml_lists import Row
from reportgen.web.forms import ORIGIN, SAMPLE, choices_of, field_spec, show, table_ok, widget_of

_PLAIN_INT = re.compile(r"^[-+]?\d+$")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


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
        return "" if fp.required and kind == "text" and not choices_of(fp) else None
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
    for fp in field_spec(model, prefix):
        widget = widget_of(kind, fp, False)
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


def _rows(kind: str, fp: FieldPath, form: FormData, old_rows: list[Any], kept: list[str]) -> list[Row]:
    assert fp.model is not None
    columns = [c for c in field_spec(fp.model, fp.path + "[].") if widget_of(kind, c, True) != "raw"]
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
            value = _convert(raw, c, widget_of(kind, c, True), old.get(c.name))
            if sample and value is UNCHANGED:
                value = _convert(raw, c, widget_of(kind, c, True), None)  # typed the sample itself: kept on purpose
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


def changed_fields(edits: dict[str, Any], prefix: str = "") -> list[str]:
    """Paths of what an edit changes, for the audit log: ``co_quan.ten``, ``doan_vao``."""
    found = []
    for key, value in edits.items():
        if isinstance(value, dict) and not isinstance(value, Row):
            found.extend(changed_fields(value, f"{prefix}{key}."))
        else:
            found.append(prefix + key)
    return found
