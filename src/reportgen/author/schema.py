"""The JSON Schema of a kind's input, for editors that check YAML as staff type (VS Code with YAML support).

Generated from the pydantic model, so it cannot drift from what ``reportgen build`` accepts, then given the
Vietnamese titles, descriptions and examples of ``data/mo_ta``. Where the validators read Vietnamese text
(``15/03/2022``, ``2.100``, ``có``) the schema admits that text too: an editor that underlines valid input
teaches staff to ignore it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from reportgen import kinds, models
from reportgen.author.fielddoc import doc, field_example, walk
from reportgen.models import parse_time

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$"
NUMBER_PATTERN = r"^\s*[-+]?\d[\d.,\s\u00a0]*\s*$"
BOOL_PATTERN = r"^\s*([Cc][Óó]|[Cc][Oo]|[Kk][Hh][Ôô][Nn][Gg]|[Kk][Hh][Oo][Nn][Gg])\s*$"
# 08:30, 8h30, 8 giờ 30, 14 giờ 00 phút, 14h (models.parse_time); JSON Schema's "time" wants 08:30:00Z
TIME_PATTERN = r"^\s*\d{1,2}\s*(:|[hHgG]|[gG][iI][ờỜ])\s*(\d{1,2}\s*([pP][hH][úÚ][tT]|[pP]|')?)?\s*$"

# pydantic writes bounds set beside a validator under their Python names; JSON Schema spells them so
_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _number() -> JsonSchemaValue:
    # A number, or Vietnamese text; YAML editors read 2.100 as the number 2.1, so any number is admitted.
    return {"anyOf": [{"type": "number"}, {"type": "string", "pattern": NUMBER_PATTERN}]}


_TEXT_READERS: dict[Any, Any] = {
    models.parse_date: lambda inner: {"type": "string", "pattern": DATE_PATTERN},
    models.parse_count: lambda inner: _number(),
    models.parse_vn_number: lambda inner: _number(),
    models.parse_bool: lambda inner: {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": BOOL_PATTERN}]},
    models.split_lines: lambda inner: {"anyOf": [{"type": ["string", "number"], "minLength": 1}, inner]},
    parse_time: lambda inner: {"type": "string", "pattern": TIME_PATTERN},
}
_FORMATS = ("format", "formatMinimum", "formatMaximum")


class _Generator(GenerateJsonSchema):
    """pydantic's generator, taught which before-validators accept Vietnamese text."""

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        inner = self.generate_inner(schema["schema"])
        function = schema["function"]["function"]
        reader = _TEXT_READERS.get(function)
        if reader is not None:
            return dict(reader(inner))
        also = getattr(function, "json_schema_also", None)
        if also is not None:  # a reader that also takes an older shape of input says which
            return {"anyOf": [inner, also]}
        # An unknown reader: accept text as well rather than flag input the validator may accept; a JSON
        # "format" (date, time) is not what the reader reads, so it goes.
        if inner.get("type") == "string":
            return {k: v for k, v in inner.items() if k not in _FORMATS}
        return {"anyOf": [inner, {"type": "string"}]}

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        # Input models coerce numbers to text (``so_hieu: 12``), so a number is valid where text is.
        found = super().str_schema(schema)
        found["type"] = ["string", "number"]
        return found


def _fix_bounds(node: Any) -> None:
    """Rename the Python bound names pydantic leaves in place, without touching field names."""
    if isinstance(node, list):
        for item in node:
            _fix_bounds(item)
        return
    if not isinstance(node, dict):
        return
    for python, json_name in _BOUNDS.items():
        if python in node and isinstance(node[python], int | float):
            node[json_name] = node.pop(python)
    for key, value in node.items():
        if key in ("properties", "$defs"):
            for sub in value.values():
                _fix_bounds(sub)
        elif key in ("anyOf", "allOf", "oneOf", "items", "additionalProperties", "prefixItems"):
            _fix_bounds(value)


def _resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The object schema inside ``node``: through ``$ref``, nullable ``anyOf`` and array ``items``."""
    if "$ref" in node:
        return _resolve(root, root["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    if "properties" in node:
        return node
    for branch in [*node.get("anyOf", []), *node.get("oneOf", [])]:  # oneOf: one value or records (fielddoc)
        found = _resolve(root, branch)
        if "properties" in found:
            return found
    if isinstance(node.get("items"), dict):
        return _resolve(root, node["items"])
    return node


def _property(root: dict[str, Any], path: str) -> dict[str, Any]:
    node = root
    for part in path.split("."):
        node = _resolve(root, node)["properties"][part.removesuffix("[]")]
    return node


def _shown(value: Any) -> str:
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def _value_message(entry: Any, node: dict[str, Any]) -> str:
    """What yaml-language-server says under a wrong value instead of its English “Incorrect type”."""
    message = f"Giá trị của “{entry.tieu_de}” không đúng. {entry.mo_ta}".rstrip()
    choices = node.get("enum") or next((b["enum"] for b in node.get("anyOf", []) if "enum" in b), None)
    if choices:
        message += " Chọn một trong: " + ", ".join(map(str, choices)) + "."
    elif entry.vi_du is not None and not isinstance(entry.vi_du, dict):
        message += f" Ví dụ: {_shown(entry.vi_du)}"
    return message


def _set_message(node: dict[str, Any], message: str) -> None:
    """``errorMessage`` on the value's own schema and its inline alternatives (yaml-language-server reports
    the problem of the closest alternative with that alternative's message); shared models keep theirs."""
    if "$ref" in node:
        return
    node["errorMessage"] = message
    for branch in node.get("anyOf", []):
        _set_message(branch, message)
    if isinstance(node.get("items"), dict):
        _set_message(node["items"], message)


def _object_message(kind: str, title: str, target: dict[str, Any]) -> str:
    names = ", ".join(target.get("properties", {}))
    return (
        f"Tên trường hoặc giá trị không đúng trong “{title}”. Các trường có thể ghi: {names} "
        f"(xem mẫu: reportgen init {kind})."
    )


def _describe(root: dict[str, Any], kind: str) -> None:
    titled: set[int] = set()
    for field in walk(kinds.get(kind).input):
        entry = doc(kind, field.path)
        prop = _property(root, field.path)
        sample = field_example(kind, field)
        prop["title"] = entry.tieu_de  # the editor's hover shows it as the heading, once
        prop["description"] = entry.mo_ta
        # The example goes into the text: as "examples" yaml-language-server prints it under an English "Example:"
        prop["markdownDescription"] = entry.mo_ta + (
            f"\n\nVí dụ: `{_shown(sample)}`" if field.model is None and sample is not None else ""
        )
        target = _resolve(root, prop)
        if "properties" in target and id(target) not in titled:  # a model used twice keeps its first title
            titled.add(id(target))
            target["title"] = entry.tieu_de
            target["description"] = entry.mo_ta
            target["errorMessage"] = _object_message(kind, entry.tieu_de, target)
        if field.model is None:  # a value (or a value that may also be written as records: fielddoc)
            _set_message(prop, _value_message(entry, prop))
    root["errorMessage"] = _object_message(kind, kinds.get(kind).title, root)
    whole = kinds.get(kind).title
    _name_required(root, whole)
    for node in root.get("$defs", {}).values():
        title = str(node.get("title", ""))
        _name_required(node, whole if title.isascii() and " " not in title else title)  # no class names


def _name_required(node: dict[str, Any], owner: str) -> None:
    """Each required field as its own ``allOf`` entry with a message naming it.

    yaml-language-server reports a missing property with the object's ``errorMessage`` (1.25 and later: a
    message that cannot say which field is missing) or in English (1.19); one entry per field gives every
    missing field its own Vietnamese sentence with its name. The meaning for a validator is the same.
    """
    required = node.pop("required", None)
    if not required:
        return
    properties = node.get("properties", {})
    node["allOf"] = [
        *node.get("allOf", []),
        *(
            {
                "required": [name],
                "errorMessage": f"Thiếu trường bắt buộc “{name}”"
                + (f" ({properties[name]['title']})" if properties.get(name, {}).get("title") else "")
                + f" trong “{owner}”.",
            }
            for name in required
        ),
    ]


def _strip_english(root: dict[str, Any]) -> None:
    """Model docstrings and auto-generated titles are English; editors must only show Vietnamese."""
    for definition in root.get("$defs", {}).values():
        for prop in definition.get("properties", {}).values():
            if "description" not in prop:
                prop.pop("title", None)


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``kind``'s input, with Vietnamese documentation."""
    module = kinds.get(kind)
    generated = module.input.model_json_schema(schema_generator=_Generator)
    _fix_bounds(generated)
    for definition in generated.get("$defs", {}).values():
        definition.pop("description", None)
    generated.pop("description", None)
    _describe(generated, kind)
    _strip_english(generated)
    head = {
        "$schema": SCHEMA_DIALECT,
        "title": module.title,
        "description": (
            f"Tệp đầu vào của reportgen, loại “{kind}”: {module.title}. Tạo tệp mẫu bằng lệnh: reportgen init " + kind
        ),
    }
    return {**head, **{k: v for k, v in generated.items() if k not in head}}


def schema_text(kind: str) -> str:
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def default_schemas_dir() -> Path:
    """``./schemas`` when run from a project folder, else the schemas shipped with the package."""
    from reportgen.files.shipped import default_dir

    return default_dir("schemas")


def schema_comment(kind: str, input_path: Path, schemas_dir: Path | None = None) -> str:
    """The first line that makes yaml-language-server check ``input_path`` against the kind's schema.

    An absolute ``file:`` URI: a relative one breaks as soon as staff move the file to another folder
    (the editor then silently checks nothing). The schemas stay where reportgen is installed or checked out.
    """
    del input_path  # kept for callers; the line no longer depends on where the input lives
    target = (schemas_dir or default_schemas_dir()).resolve() / f"{kind}.schema.json"
    return f"# yaml-language-server: $schema={target.as_uri()}"
