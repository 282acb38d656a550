"""The variables a template may use, as documented dataclasses: what ``reportgen fields <loại>`` lists.

A kind's context is a frozen dataclass whose fields carry a Vietnamese description (``Annotated[str,
MoTa("…")]``), so a person editing a template in Word can learn every ``{{ … }}`` it may read without reading
Python. The shared blocks every administrative document prints (the header, the signature, Nơi nhận) are
documented once here and inherited by every kind's context, with the names the templates have always used.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any


@dataclass(frozen=True)
class MoTa:
    """The Vietnamese description of one template variable."""

    text: str


@dataclass(frozen=True)
class Variable:
    """One variable a template may read: ``nguoi_ky.ho_ten``, ``noi_nhan`` (a list of lines)…"""

    path: str
    kind: str  # "chữ", "danh sách chữ", "đúng/sai", "nhóm", "danh sách nhóm", "dữ liệu"
    mo_ta: str


@dataclass(frozen=True, kw_only=True)
class ChuKy:
    """The signer, display-ready: ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC`` / name."""

    tham_quyen: Annotated[
        str, MoTa("Thẩm quyền ký, in hoa (“KT. GIÁM ĐỐC”, “TM. ỦY BAN NHÂN DÂN”); trống khi ký thẳng")
    ]
    chuc_vu: Annotated[str, MoTa("Chức vụ người ký, in hoa (“PHÓ GIÁM ĐỐC”)")]
    ho_ten: Annotated[str, MoTa("Họ và tên người ký")]


@dataclass(frozen=True, kw_only=True)
class KinhGui:
    """Ô 9a, as ``blocks.kinh_gui`` makes it."""

    dong_dau: Annotated[str, MoTa("“Kính gửi: Bộ Ngoại giao.” khi gửi một nơi; “Kính gửi:” khi gửi nhiều nơi")]
    cac_dong: Annotated[
        list[str], MoTa("Khi gửi nhiều nơi: các dòng “- …;”, dòng cuối “- ….”, thẳng hàng dưới dấu hai chấm")
    ]


@dataclass(frozen=True, kw_only=True)
class Dau:
    """The header of page 1 (ô 1 to 4 of Phụ lục I), as ``blocks.header`` makes it."""

    chu_quan: Annotated[list[str], MoTa("Tên cơ quan chủ quản, in hoa, mỗi dòng một mục (có thể trống)")]
    ban_hanh: Annotated[list[str], MoTa("Tên cơ quan ban hành, in hoa, mỗi dòng một mục")]
    ten: Annotated[str, MoTa("Tên cơ quan ban hành như viết trong câu văn (“Sở Ngoại vụ”)")]
    so_ky_hieu: Annotated[str, MoTa("Dòng số, ký hiệu: “Số: 05/TB-SNgV”; dự thảo để trống số")]
    so: Annotated[str, MoTa("Số và ký hiệu không có chữ “Số:” (“05/TB-SNgV”), để dẫn trong câu")]
    dia_danh_ngay: Annotated[str, MoTa("Dòng địa danh và ngày: “Đà Nẵng, ngày 05 tháng 01 năm 2024”")]
    ngay_chu: Annotated[str, MoTa("Ngày ban hành bằng chữ: “ngày 05 tháng 01 năm 2024” (để dẫn trong câu)")]
    du_thao: Annotated[bool, MoTa("Đúng khi văn bản còn là dự thảo (chưa có số hoặc ngày)")]
    dau_du_thao: Annotated[
        str, MoTa("“DỰ THẢO” ở đầu trang 1 của dự thảo gửi kèm một tờ trình; trống ở mọi văn bản khác")
    ] = ""


@dataclass(frozen=True, kw_only=True)
class Cuoi:
    """The foot of an administrative document: signer and receivers (ô 7 and 9b)."""

    nguoi_ky: Annotated[ChuKy, MoTa("Người ký")]
    noi_nhan: Annotated[list[str], MoTa("Các dòng nơi nhận, đã có dấu: “- Như trên;” … “- Lưu: VT, HTQT.”")]


def _strip(annotation: Any) -> tuple[Any, str]:
    """The type without ``Annotated``, and its description."""
    text = ""
    if typing.get_origin(annotation) is Annotated:
        base, *extras = typing.get_args(annotation)
        text = next((e.text for e in extras if isinstance(e, MoTa)), "")
        return base, text
    return annotation, text


def _optional(base: Any) -> tuple[Any, bool]:
    """``X | None`` → (X, True)."""
    args = [a for a in typing.get_args(base) if a is not type(None)]
    if typing.get_origin(base) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0], True
    return base, False


def _item(base: Any) -> Any:
    """The element type of ``list[X]`` (without ``| None``), or ``None`` when ``base`` is no list."""
    base, _ = _optional(base)
    return typing.get_args(base)[0] if typing.get_origin(base) is list else None


def _is_group(base: Any) -> bool:
    return dataclasses.is_dataclass(base) or base is dict or typing.get_origin(base) is dict


def _kind_word(annotation: Any) -> str:
    base, optional = _optional(annotation)
    item = _item(base)
    if item is not None:
        word = "danh sách nhóm" if _is_group(item) else "danh sách chữ"
    elif _is_group(base):
        word = "nhóm"
    elif base is bool:
        word = "đúng/sai"
    else:
        word = "chữ" if base is str else "dữ liệu"
    return word + (", có thể trống" if optional else "")


def variables(context: type[Any], prefix: str = "") -> list[Variable]:
    """Every variable of a context dataclass, nested groups after their parent, in declaration order."""
    hints = typing.get_type_hints(context, include_extras=True)
    found: list[Variable] = []
    foot = {f.name for f in dataclasses.fields(Cuoi)}
    ordered = sorted(dataclasses.fields(context), key=lambda f: f.name in foot)  # header, own fields, foot
    for f in ordered:
        base, text = _strip(hints[f.name])
        path = prefix + f.name
        found.append(Variable(path, _kind_word(base), text))
        item = _item(base)
        if item is not None and dataclasses.is_dataclass(item):
            found.extend(variables(typing.cast(type[Any], item), path + "[]."))
        elif dataclasses.is_dataclass(_optional(base)[0]):
            found.extend(variables(typing.cast(type[Any], _optional(base)[0]), path + "."))
    return found


def as_context(value: Any) -> dict[str, Any]:
    """A context dataclass as the mapping the renderer reads; nested dataclasses become mappings too."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        raise TypeError(f"{value!r} is not a context dataclass instance")
    return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return as_context(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
