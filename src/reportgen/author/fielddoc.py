"""The Vietnamese documentation of every input field, kept as data beside the models.

``data/mo_ta/<kind>.yaml`` maps a field path (``co_quan.ten``, ``doan_vao[].so_nguoi``) to its title,
one-line description and example. The shared NĐ30 blocks (issuer, number and date, signer, Kính gửi…) are
documented once in ``data/mo_ta/_chung.yaml``, by model (``CoQuan.viet_tat``, ``NguoiKy``) or by the top-level
name every kind gives them (``kinh_gui``); a kind's own file may override any entry, key by key. It is the
single source for the editor schema, the commented scaffold
of ``reportgen init`` and the Excel sheet and column names of ``reportgen import-xlsx``, so that a field is
called the same everywhere staff meet it. The models stay free of wording so their authors can change
them without touching documentation code.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from reportgen import kinds
from reportgen.load import load_text

MO_TA_DIR = Path(__file__).resolve().parents[1] / "data" / "mo_ta"


@dataclass(frozen=True)
class FieldDoc:
    tieu_de: str
    mo_ta: str
    vi_du: Any = None
    has_example: bool = False
    de_trong: bool = False  # the scaffold leaves it empty (number and date of a draft)
    tach: str = ""  # a list field in one Excel cell: "dau_phay" (, ; or a line break), "dong" (line breaks only)
    nhan: dict[str, str] = dataclasses.field(default_factory=dict)  # a Vietnamese label for each code a field accepts
    nhap_nhieu_dong: bool = False  # prose: the web form gives it a multi-line box
    nam_van_ban: bool = False  # the document's year: the web's "new file" form fills it, its file list shows it
    canh_nhau: bool = False  # a group whose fields are one text in two languages: the web form shows them side by side
    khuon: tuple[str, str] = ("", "")  # tieu_de and mo_ta as written, when they hold words an input fills

    def worded(self, words: Mapping[str, str]) -> FieldDoc:
        """This entry with the words of one input (``{ky_sau|năm sau}`` → “6 tháng cuối năm 2023”)."""
        if not any(self.khuon) or not words:
            return self
        return dataclasses.replace(
            self, tieu_de=fill_words(self.khuon[0], words), mo_ta=fill_words(self.khuon[1], words)
        )


_WORD = re.compile(r"\{([a-z_]+)\|([^{}|]*)\}")  # {ky_sau|năm sau}: a word one input gives, and its general form


def fill_words(text: str, words: Mapping[str, str] | None = None) -> str:
    """``text`` with each ``{name|general}`` replaced by the input's word ``name``, or by the general one.

    Without words (the editor schema, the scaffold, Excel sheets) a label reads as it always did: “năm sau”.
    """
    return _WORD.sub(lambda m: (words or {}).get(m[1]) or m[2], text)


@dataclass(frozen=True)
class FieldPath:
    """One field of a kind's input, reached from the top: ``doan_vao[].so_nguoi``."""

    path: str
    name: str
    info: FieldInfo
    model: type[BaseModel] | None  # the nested model (of each item, for a list of records)
    is_list: bool
    owner: type[BaseModel] | None = None  # the model that declares the field

    @property
    def required(self) -> bool:
        return self.info.is_required()

    @property
    def leaf(self) -> Any:
        """The value type with Optional, Annotated and list stripped: ``date``, ``int``, ``str``…"""
        return leaf_type(self.info.annotation)


def _strip(annotation: Any) -> Any:
    """Remove ``Annotated`` and ``| None`` around a type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def leaf_type(annotation: Any) -> Any:
    base = _strip(annotation)
    if typing.get_origin(base) is list:
        base = _strip(typing.get_args(base)[0])
    return base


def is_list(annotation: Any) -> bool:
    return typing.get_origin(_strip(annotation)) is list


def records_in_union(annotation: Any) -> tuple[type[BaseModel], bool] | None:
    """A value written either as one thing or as records (one sum, or dated amounts): the records' model and
    whether they are a list. The field itself stays a value (an Excel column); its records are documented."""
    base = _strip(annotation)
    if typing.get_origin(base) not in (typing.Union, types.UnionType):
        return None
    for arg in typing.get_args(base):
        member = _strip(arg)
        listed = typing.get_origin(member) is list
        inner = _strip(typing.get_args(member)[0]) if listed else member
        if _is_model(inner):
            return inner, listed
    return None


def walk(model: type[BaseModel], prefix: str = "") -> list[FieldPath]:
    """Every field of ``model`` and of the models inside it, parents before children, in model order."""
    found: list[FieldPath] = []
    for name, info in model.model_fields.items():
        listed = is_list(info.annotation)
        leaf = leaf_type(info.annotation)
        sub = leaf if _is_model(leaf) else None
        path = prefix + name
        found.append(FieldPath(path, name, info, sub, listed, model))
        if sub is not None:
            found.extend(walk(sub, path + ("[]." if listed else ".")))
        elif (records := records_in_union(info.annotation)) is not None:
            found.extend(walk(records[0], path + ("[]." if records[1] else ".")))
    return found


def children(model: type[BaseModel], prefix: str) -> list[FieldPath]:
    """The direct fields of ``model`` (its own level only), with paths under ``prefix``."""
    return [f for f in walk(model, prefix) if "." not in f.path[len(prefix) :]]


SHARED = "_chung"


@functools.cache
def _entries(name: str) -> dict[str, dict[str, Any]]:
    """The raw entries of ``data/mo_ta/<name>.yaml``; empty when there is no such file."""
    source = MO_TA_DIR / f"{name}.yaml"
    if not source.is_file():
        return {}
    data = load_text(source.read_bytes(), f"mo_ta/{name}.yaml").data
    for path, entry in data.items():
        if not isinstance(entry, dict):
            raise ValueError(f"mo_ta/{name}.yaml: {path} must map to tieu_de/mo_ta/vi_du")
    return {str(path): dict(entry) for path, entry in data.items()}


@functools.cache
def _all_shared() -> dict[str, dict[str, Any]]:
    """``_chung.yaml`` and every other ``_<family>.yaml`` (blocks a family of kinds shares, e.g. letters to
    foreign partners): entries by model name, ``Model.field`` or top-level field name."""
    merged: dict[str, dict[str, Any]] = {}
    for source in sorted(MO_TA_DIR.glob("_*.yaml")):
        merged |= _entries(source.stem)
    return merged


def _shared(field: FieldPath) -> dict[str, Any]:
    """What the shared files say of a field: by its top-level name, by its model, by its declaring model."""
    shared = _all_shared()
    merged: dict[str, Any] = dict(shared.get(field.path, {}))
    if field.model is not None:
        for cls in reversed(field.model.__mro__):
            merged |= shared.get(cls.__name__, {})
    if field.owner is not None:
        for cls in reversed(field.owner.__mro__):
            merged |= shared.get(f"{cls.__name__}.{field.name}", {})
    return merged


def _field_doc(entry: dict[str, Any]) -> FieldDoc:
    title, text = str(entry.get("tieu_de", "")), str(entry.get("mo_ta", ""))
    return FieldDoc(
        tieu_de=fill_words(title),
        mo_ta=fill_words(text),
        khuon=(title, text) if _WORD.search(title + text) else ("", ""),
        vi_du=entry.get("vi_du"),
        has_example="vi_du" in entry,
        de_trong=bool(entry.get("de_trong", False)),
        tach=str(entry.get("tach", "")),
        nhap_nhieu_dong=bool(entry.get("nhap_nhieu_dong", False)),
        nhan={str(k): str(v) for k, v in (entry.get("nhan") or {}).items()},
        nam_van_ban=bool(entry.get("nam_van_ban", False)),
        canh_nhau=bool(entry.get("canh_nhau", False)),
    )


@functools.cache
def docs(kind: str) -> dict[str, FieldDoc]:
    """The documentation of ``kind``'s fields: the shared blocks' entries, overridden key by key by the kind's."""
    own = _entries(kind)
    found: dict[str, FieldDoc] = {}
    fields = walk(kinds.get(kind).input) if kind in kinds.available() else []
    for field in fields:
        entry = _shared(field) | own.get(field.path, {})
        if entry:
            found[field.path] = _field_doc(entry)
    for path, entry in own.items():  # documented paths that are no field stay, for unknown_docs to report
        found.setdefault(path, _field_doc(entry))
    return found


def doc(kind: str, path: str) -> FieldDoc:
    return docs(kind).get(path) or FieldDoc(tieu_de=path.rsplit(".", 1)[-1].replace("[]", ""), mo_ta="")


def year_field(kind: str) -> str | None:
    """The top-level field holding the document's year (``nam_van_ban: true`` in its mo_ta), if the kind has one."""
    return next((path for path, entry in docs(kind).items() if entry.nam_van_ban and path.isidentifier()), None)


def missing_docs(kind: str) -> list[str]:
    """Fields without a Vietnamese title and description, and leaf fields without an example."""
    known = docs(kind)
    missing = []
    for field in walk(kinds.get(kind).input):
        entry = known.get(field.path)
        if entry is None or not entry.tieu_de or not entry.mo_ta or (field.model is None and not entry.has_example):
            missing.append(field.path)
    return missing


def unknown_docs(kind: str) -> list[str]:
    """Documented paths that are no field (a renamed field leaves its old documentation behind)."""
    paths = {f.path for f in walk(kinds.get(kind).input)}
    return [p for p in docs(kind) if p not in paths]


def example(kind: str, model: type[BaseModel], prefix: str = "", *, draft: bool = False) -> dict[str, Any]:
    """An input built from the examples; with ``draft`` the ``de_trong`` fields are present but empty."""
    out: dict[str, Any] = {}
    for field in children(model, prefix):
        entry = doc(kind, field.path)
        if entry.de_trong:
            if draft:
                out[field.name] = None
            continue
        out[field.name] = field_example(kind, field, draft=draft)
    return out


def field_example(kind: str, field: FieldPath, *, draft: bool = False) -> Any:
    if field.model is not None:
        record = example(kind, field.model, field.path + ("[]." if field.is_list else "."), draft=draft)
        return [record] if field.is_list else record
    return doc(kind, field.path).vi_du


def python_type(field: FieldPath) -> str:
    """A coarse type name used by the Excel import: date, decimal, int, bool, text."""
    leaf = field.leaf
    if leaf is date:
        return "date"
    if leaf is Decimal:
        return "decimal"
    if leaf is bool:
        return "bool"
    if leaf is int:
        return "int"
    return "text"
