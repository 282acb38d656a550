"""From loaded YAML to a validated model, with every pydantic error turned into a located Vietnamese problem."""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from reportgen import kinds
from reportgen.kinds import Kind
from reportgen.load import LoadedInput, field_name
from reportgen.load.samples import SAMPLE_MESSAGE, sample_places
from reportgen.problems import InputError, Problem

SAMPLE_CODE = "sample"  # a problem that a draft may keep but a build never accepts

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Validated:
    loaded: LoadedInput
    kind: Kind[Any]
    kind_name: str
    model: BaseModel
    warnings: list[Problem]


def _kind_of(loaded: LoadedInput) -> tuple[str, Kind[Any]]:
    name = loaded.data.get("loai")
    line, col = loaded.position(("loai",) if "loai" in loaded.data else ())
    choices = ", ".join(kinds.available())
    if name is None:
        message = f"thiếu trường “loai” cho biết loại văn bản; chọn một trong: {choices}"
    elif not isinstance(name, str) or name not in kinds.available():
        message = f"không có loại văn bản “{name}”; chọn một trong: {choices}"
    else:
        return name, kinds.get(name)
    raise InputError([Problem(loaded.display, line, col, "loai", message)])


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that owns the field at ``loc``, so a misspelt field can be matched to real ones."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _inner_model(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        return None
    return annotation


_MESSAGES = {
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là chữ (một dòng văn bản)",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên, ví dụ 12",
    "int_from_float": "phải là số nguyên (không có phần thập phân)",
    "bool_type": "chỉ nhận true hoặc false",
    "bool_parsing": "chỉ nhận true hoặc false",
    "list_type": "phải là một danh sách, mỗi mục một dòng bắt đầu bằng “- ”",
    "dict_type": "phải là một nhóm trường (các dòng thụt lề bên dưới)",
    "model_type": "phải là một nhóm trường (các dòng thụt lề bên dưới)",
    "model_attributes_type": "phải là một nhóm trường (các dòng thụt lề bên dưới)",
    "string_too_short": "không được để trống",
    "decimal_type": "phải là số",
    "date_type": "phải là ngày, viết dạng 15/03/2022",
    "string_pattern_mismatch": "viết không đúng dạng quy định",
}


_EMPTY_TYPES = {"string_type", "int_type", "decimal_type", "date_type", "list_type", "model_type", "dict_type"}


def _message(err: Any, model: type[BaseModel]) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind in _EMPTY_TYPES and err.get("input", "") is None:
        return "chưa điền; trường này bắt buộc"
    if kind == "extra_forbidden":
        owner = _model_at(model, tuple(err["loc"][:-1]))
        name = str(err["loc"][-1])
        hint = ""
        if owner is not None:
            close = difflib.get_close_matches(name, list(owner.model_fields), n=1)
            hint = f"; có phải ý là “{close[0]}”?" if close else ""
        return f"trường “{name}” không có trong mẫu nhập liệu{hint}"
    if kind == "too_short":
        return "danh sách không được để trống" if ctx.get("min_length") == 1 else str(err["msg"])
    if kind == "greater_than_equal":
        return "không được là số âm" if ctx.get("ge") == 0 else f"phải lớn hơn hoặc bằng {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"phải nhỏ hơn hoặc bằng {ctx.get('le')}"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"chỉ nhận một trong các giá trị: {', '.join(choices)}"
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    message = str(err["msg"])
    return message.removeprefix("Value error, ")


def problems_from(error: ValidationError, loaded: LoadedInput, model: type[BaseModel]) -> list[Problem]:
    found = []
    for err in error.errors(include_url=False):
        loc: Loc = tuple(err["loc"])
        line, col = loaded.position(loc)
        found.append(Problem(loaded.display, line, col, field_name(loc), _message(err, model)))
    return found


def sample_problems(loaded: LoadedInput) -> list[Problem]:
    """One problem per sample a scaffold left marked: the build never prints a sample nobody kept."""
    places = sample_places(loaded, list(loaded.samples))
    return [
        Problem(loaded.display, line, 1, field_name(loc), SAMPLE_MESSAGE, code=SAMPLE_CODE)
        for line, loc in zip(loaded.samples, places, strict=True)
    ]


def validate(loaded: LoadedInput) -> Validated:
    name, kind = _kind_of(loaded)
    model_cls: type[BaseModel] = kind.input
    samples = sample_problems(loaded)
    try:
        model = model_cls.model_validate(loaded.data)
    except ValidationError as error:
        raise InputError(problems_from(error, loaded, model_cls) + samples) from None
    if samples:
        raise InputError(samples)
    return Validated(loaded, kind, name, model, located_warnings(loaded, kind.warnings(model)))


def located_warnings(loaded: LoadedInput, found: list[tuple[Loc, str]]) -> list[Problem]:
    """Warnings tied to fields of ``loaded``, each placed at its line."""
    return [
        Problem(loaded.display, *loaded.position(loc), field_name(loc), message, severity="warning")
        for loc, message in found
    ]
