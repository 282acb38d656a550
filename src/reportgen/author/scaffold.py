"""``reportgen init``: a complete, commented starting input that already builds (as a draft).

Every field is written, each under a one-line Vietnamese comment saying what to write, filled with the
example of ``data/mo_ta`` so that staff replace values instead of inventing structure. The number and
date of the document stay empty: the result is a draft until the clerk fills them in. Kinds with lists
of records also get an Excel workbook with one sheet per list, for ``reportgen import-xlsx``.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from reportgen import kinds
from reportgen.author.fielddoc import FieldPath, children, doc, example
from reportgen.author.schema import schema_comment
from reportgen.author.xlsx_sheets import workbook_template
from reportgen.files.userfiles import refuse_existing, write_new
from reportgen.load.samples import MARK_COMMENT

_INDICATORS = (*"-?:,[]{}#&*!|>'\"%@`", " ")
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")


def _plain_ok(text: str) -> bool:
    """Whether ``text`` reads back as the same string when written without quotes."""
    return bool(text) and not (
        text.startswith(_INDICATORS)
        or text.endswith((" ", ":"))
        or ": " in text
        or " #" in text
        or "\t" in text
        or text.lower() in {"true", "false", "null", "~"}
        or _INT.fullmatch(text)
    )


def scalar(value: Any) -> str:
    """A YAML scalar as staff would type it; quoted only when the plain form would read differently."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text if _plain_ok(text) else json.dumps(text, ensure_ascii=False)


def _comment(kind: str, field: FieldPath, empty: bool) -> str:
    entry = doc(kind, field.path)
    need = " (bắt buộc)" if field.required else ""
    hint = f" Ví dụ: {_inline(entry.vi_du)}" if empty and entry.vi_du is not None else ""
    return f"# {entry.tieu_de}{need}: {entry.mo_ta}{hint}"


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _value_lines(key: str, value: Any, pad: str) -> list[str]:
    if isinstance(value, dict):  # a mapping such as amounts per currency: {VND: 4.400.000.000}
        return [f"{pad}{key}:", *(f"{pad}  {k}: {scalar(v)}" for k, v in value.items())]
    if isinstance(value, list):
        return [f"{pad}{key}: []"] if not value else [f"{pad}{key}:", *(f"{pad}  - {scalar(v)}" for v in value)]
    if isinstance(value, str) and "\n" in value:
        return [f"{pad}{key}: |", *(f"{pad}  {line}".rstrip() for line in value.strip("\n").split("\n"))]
    return [f"{pad}{key}: {scalar(value)}".rstrip()]


def _fixed(field: FieldPath) -> tuple[bool, Any]:
    """Whether a plain field outside a sample gets a value, and which: its only choice, or its default.

    A value the program would use anyway when the field is absent is no invention; anything else is a
    sample and stays out of the file (it is the hint in the comment above the field).
    """
    if typing.get_origin(field.leaf) is typing.Literal and len(typing.get_args(field.leaf)) == 1:
        return True, typing.get_args(field.leaf)[0]
    default = None if field.required else field.info.get_default(call_default_factory=True)
    if default is not None and default != []:
        return True, default
    return False, default


def _model_lines(
    kind: str, model: type[BaseModel], prefix: str, data: dict[str, Any], pad: str, sample: bool = False
) -> list[str]:
    """The fields of ``model``; outside a ``sample`` record plain fields are empty, their example a comment."""
    lines: list[str] = []
    for field in children(model, prefix):
        value = data.get(field.name)
        if field.model is None:
            keep, fixed = (True, value) if sample else _fixed(field)
            shown = value if sample else fixed
            lines.append(pad + _comment(kind, field, not sample or value is None))
            lines.extend(_value_lines(field.name, shown if keep else fixed, pad))
        elif field.is_list:
            lines.append(pad + _comment(kind, field, False))
            records = value or []
            lines.append(f"{pad}{field.name}:" + ("" if records else " []"))
            for item in records:
                lines.extend(_item_lines(kind, field.model, field.path + "[].", item, pad + "  ", marked=not sample))
            if not records and not sample:  # a list left empty on purpose (de_trong): its shape as comments
                shape = example(kind, field.model, field.path + "[].")
                inner = _item_lines(kind, field.model, field.path + "[].", shape, pad + "  ", marked=False)
                lines.extend(_commented(line) for line in inner if line.strip())
        elif not field.required and not sample:
            lines.append(pad + _comment(kind, field, False) + " Bỏ trống nếu không dùng; các trường bên trong:")
            lines.append(f"{pad}{field.name}:")
            inner = _model_lines(kind, field.model, field.path + ".", {}, pad + "  ")
            lines.extend(_commented(line) for line in inner if line.strip())
        else:
            lines.append(pad + _comment(kind, field, False))
            lines.append(f"{pad}{field.name}:")
            lines.extend(_model_lines(kind, field.model, field.path + ".", value or {}, pad + "  ", sample))
        if not pad:
            lines.append("")
    return lines


def _commented(line: str) -> str:
    """A field of an optional group not in use, shown as a comment line the person can uncomment."""
    body = line.lstrip()
    indent = line[: len(line) - len(body)]
    return line if body.startswith("#") else f"{indent}# {body}"


def _item_lines(
    kind: str, model: type[BaseModel], prefix: str, item: dict[str, Any], pad: str, marked: bool
) -> list[str]:
    """One record of a list: comments before ``- `` stay at the dash, the first key follows the dash.

    A ``marked`` record is a sample showing the list's shape: its first line carries the sample marker,
    which ``validate`` refuses until the person has made it real (and deleted the marker) or removed it.
    """
    inner = _model_lines(kind, model, prefix, item, pad + "  ", sample=True)
    first = next(i for i, line in enumerate(inner) if not line.lstrip().startswith("#"))
    head = [line[2:] for line in inner[:first]]
    mark = f"  {MARK_COMMENT}" if marked else ""
    return [*head, f"{pad}- {inner[first].lstrip()}{mark}", *inner[first + 1 :]]


@dataclass(frozen=True)
class Scaffold:
    yaml_text: str
    workbook: bytes | None


def scaffold(kind: str, target: Path, schemas_dir: Path | None = None) -> Scaffold:
    """The commented input for ``kind`` (to be saved as ``target``) and its Excel template, if any."""
    module = kinds.get(kind)
    data = example(kind, module.input, draft=True)
    head = [
        schema_comment(kind, target, schemas_dir),
        f"# {module.title}",
        "# Tệp do “reportgen init” tạo: các trường để trống, ví dụ nằm ở dòng ghi chú phía trên mỗi trường.",
        "# Điền nội dung thật; dòng bắt đầu bằng # là ghi chú, reportgen bỏ qua. Số và ngày văn bản để trống",
        "# khi còn là dự thảo. Mục có chú thích “# MẪU” chỉ để xem cách viết: sửa rồi xóa chú thích, hoặc xóa mục;",
        "# reportgen không sinh văn bản khi còn mục mẫu.",
    ]
    workbook = workbook_template(kind)
    if workbook is not None:
        book = target.with_suffix(".xlsx").name
        head.append(f"# Các danh sách có thể nhập từ Excel: reportgen import-xlsx {book} --into {target.name}")
        head.append("# Khi nhập, mỗi danh sách (kể cả các mục mẫu dưới đây) được thay bằng đúng trang tính cùng tên.")
    head += [f"# Sinh văn bản Word: reportgen build {target.name}", ""]
    body = _model_lines(kind, module.input, "", data, "")
    return Scaffold("\n".join(head + body).rstrip("\n") + "\n", workbook)


def default_target(kind: str) -> Path:
    return Path(f"{kind}.yaml")


def init_input(kind: str, target: Path | None = None, schemas_dir: Path | None = None) -> list[Path]:
    """Write the scaffold (and its workbook) for ``kind``; refuses to replace any existing file."""
    target = target or default_target(kind)
    made = scaffold(kind, target, schemas_dir)
    book = target.with_suffix(".xlsx")
    refuse_existing(target)
    if made.workbook is not None:
        refuse_existing(book)
    written = [write_new(target, made.yaml_text.encode("utf-8"))]
    if made.workbook is not None:
        written.append(write_new(book, made.workbook))
    return written
