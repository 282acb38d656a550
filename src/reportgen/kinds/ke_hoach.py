"""Kế hoạch (Mẫu 1.4 layout, KH): mục đích, yêu cầu; nội dung; kinh phí; tổ chức thực hiện.

The nội dung is numbered items of prose, and may hold two tables where the plan places them: the tasks
with their lead body, supporting bodies and time (``bang: nhiem_vu``), and, for a kế hoạch đón đoàn, the
visit's programme day by day (``bang: lich``), printed by the same schedule code as the chuong_trinh kind.
Sections are numbered I., II. … over the parts the plan actually has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import InitErrorDetails

from reportgen.blocks import ending, header, receivers, signature
from reportgen.blocks.context import Cuoi, Dau, MoTa
from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds._cross import error, with_cross_checks
from reportgen.kinds._lich import HoatDong, NgayLich, schedule
from reportgen.models import Chu, CoQuan, DoanVan, NguoiKy, Strict, VanBan, date_or_text
from reportgen.vietnamese import keep_names_whole, punctuate_all, roman, short_date, trim_end

TITLE = "Kế hoạch (đón đoàn, công tác đối ngoại năm, triển khai chỉ thị…)"
KIND_ABBR = "KH"
TABLES = {"lich": "Chương trình làm việc", "nhiem_vu": "Phân công nhiệm vụ"}


class Muc(Strict):
    """A numbered item of the nội dung: a title, paragraphs, ``-`` points, or a table placed here."""

    tieu_de: Chu
    doan_van: list[DoanVan] = Field(default_factory=list)
    y: list[DoanVan] = Field(default_factory=list)
    bang: Literal["lich", "nhiem_vu"] | None = None


class NhiemVu(Strict):
    """A row of the task table."""

    noi_dung: Chu
    chu_tri: Chu
    phoi_hop: list[Chu] = Field(default_factory=list)
    thoi_gian: Annotated[date | str | None, BeforeValidator(date_or_text)] = None


class PhanCong(Strict):
    """Tổ chức thực hiện: the tasks of one body, or (without ``don_vi``) one paragraph of its own."""

    don_vi: Chu | None = None
    nhiem_vu: list[DoanVan] = Field(min_length=1)


class Input(Strict):
    loai: Literal["ke_hoach"]
    co_quan: CoQuan
    van_ban: VanBan
    trich_yeu: DoanVan
    can_cu: list[DoanVan] = Field(default_factory=list)
    mo_dau: DoanVan | None = None
    muc_dich: list[DoanVan] = Field(min_length=1)
    yeu_cau: list[DoanVan] = Field(min_length=1)
    noi_dung: list[Muc] = Field(default_factory=list)
    lich: list[HoatDong] = Field(default_factory=list)
    nhiem_vu: list[NhiemVu] = Field(default_factory=list)
    kinh_phi: list[DoanVan] = Field(default_factory=list)
    to_chuc_thuc_hien: list[PhanCong] = Field(min_length=1)
    ket_thuc: DoanVan | None = None
    nguoi_ky: NguoiKy

    @model_validator(mode="wrap")
    @classmethod
    def _cross_checks(cls, data: Any, handler: Any) -> Any:
        return with_cross_checks(cls, data, handler, empty_tables)


def empty_tables(data: Any) -> list[InitErrorDetails]:
    """An item of the nội dung that places a table whose list has no rows (read on the raw data)."""
    items = data.get("noi_dung") if isinstance(data, dict) else None
    found = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        table = item.get("bang") if isinstance(item, dict) else None
        if table in TABLES and not data.get(table):
            found.append(
                error(
                    ("noi_dung", i, "bang"),
                    table,
                    "bang_trong",
                    "mục này đặt bảng “{bang}” nhưng danh sách “{bang}” trống; hãy ghi các dòng của bảng hoặc "
                    "xóa “bang”",
                    bang=table,
                )
            )
    return found


def opening(model: Input) -> list[str]:
    """The bases (``Căn cứ …;``, ``Thực hiện …``), then the sentence leading into the plan."""
    lead = model.mo_dau or (
        f"{model.co_quan.ten} ban hành Kế hoạch {model.trich_yeu[:1].lower()}{model.trich_yeu[1:].rstrip(' .')}"
        " như sau:"
    )
    return [*model.can_cu, lead]


def _deadline(value: date | str | None) -> str:
    if value is None:
        return ""
    return short_date(value) if isinstance(value, date) else trim_end(value)


def task_rows(model: Input) -> list[DongNhiemVu]:
    return [
        DongNhiemVu(
            tt=str(i),
            noi_dung=trim_end(t.noi_dung),
            chu_tri=trim_end(t.chu_tri),
            phoi_hop=", ".join(trim_end(p) for p in t.phoi_hop),
            thoi_gian=_deadline(t.thoi_gian),
        )
        for i, t in enumerate(model.nhiem_vu, 1)
    ]


def _item(title: str, paragraphs: list[str] = (), points: list[str] = (), table: str = "") -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "tieu_de": title,
        "doan_van": list(paragraphs),
        "y": [f"- {p}" for p in punctuate_all(points)] if points else [],
        "bang": table,
    }


def content_items(model: Input) -> list[dict[str, Any]]:
    """Nội dung items numbered 1., 2. …; a table given but placed by no item comes last under its own title."""
    items: list[tuple[str, list[str], list[str], str]] = [
        (m.tieu_de, list(m.doan_van), list(m.y), m.bang or "") for m in model.noi_dung
    ]
    placed = {m.bang for m in model.noi_dung}
    for key, title in TABLES.items():
        if getattr(model, key) and key not in placed:
            items.append((title, [], [], key))
    return [_item(f"{i}. {trim_end(t)}", d, y, b) for i, (t, d, y, b) in enumerate(items, 1)]


def execution_items(model: Input) -> list[dict[str, Any]]:
    """One item per body (``1. Sở Ngoại vụ:`` then its tasks as ``-`` points), or a paragraph of its own; a
    single paragraph is not numbered."""
    parts = model.to_chuc_thuc_hien
    out = []
    for i, part in enumerate(parts, 1):
        number = f"{i}. " if len(parts) > 1 else ""
        if part.don_vi:
            out.append(_item(f"{number}{trim_end(part.don_vi)}:", points=list(part.nhiem_vu)))
        else:
            first, *rest = part.nhiem_vu
            out.append(_item("", [f"{number}{first}", *rest]))
    return out


def _close(sections: list[dict[str, Any]], closing: str | None) -> str:
    """``./.`` on the last words of the plan: the closing paragraph, else the last task of the last body."""
    if closing:
        return ending(closing)
    last = sections[-1]["muc"][-1]
    key = "y" if last["y"] else "doan_van"
    last[key][-1] = ending(last[key][-1])
    return ""


def sections(model: Input) -> list[dict[str, Any]]:
    parts = [
        ("MỤC ĐÍCH, YÊU CẦU", [_item("1. Mục đích", list(model.muc_dich)), _item("2. Yêu cầu", list(model.yeu_cau))]),
        ("NỘI DUNG", content_items(model)),
        ("KINH PHÍ", [_item("", list(model.kinh_phi))] if model.kinh_phi else []),
        ("TỔ CHỨC THỰC HIỆN", execution_items(model)),
    ]
    present = [(title, items) for title, items in parts if items]
    return [{"tieu_de": f"{roman(i)}. {title}", "muc": items} for i, (title, items) in enumerate(present, 1)]


@dataclass(frozen=True, kw_only=True)
class DongNhiemVu:
    """One row of the task table."""

    tt: Annotated[str, MoTa("Số thứ tự")]
    noi_dung: Annotated[str, MoTa("Nội dung công việc")]
    chu_tri: Annotated[str, MoTa("Đơn vị chủ trì")]
    phoi_hop: Annotated[str, MoTa("Các đơn vị phối hợp, cách nhau bằng dấu phẩy (có thể trống)")]
    thoi_gian: Annotated[str, MoTa("Thời gian hoàn thành: “10/11/2025”, “Quý IV/2025” (có thể trống)")]


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    trich_yeu: Annotated[str, MoTa("Trích yếu, in dưới chữ KẾ HOẠCH")]
    mo_dau: Annotated[list[str], MoTa("Các đoạn căn cứ và câu dẫn “… như sau:”")]
    phan: Annotated[
        list[dict[str, Any]],
        MoTa(
            "Các phần I., II. …: tieu_de (“I. MỤC ĐÍCH, YÊU CẦU”) và muc, mỗi mục có tieu_de (“1. Mục đích”, có thể "
            "trống), doan_van (các đoạn), y (các ý “- …;”) và bang (“lich”, “nhiem_vu” hoặc trống: bảng in tại mục)"
        ),
    ]
    lich: Annotated[list[NgayLich], MoTa("Bảng chương trình làm việc theo ngày (có thể trống)")]
    nhiem_vu: Annotated[list[DongNhiemVu], MoTa("Bảng phân công nhiệm vụ (có thể trống)")]
    ket_thuc: Annotated[str, MoTa("Đoạn kết đã có “./.”; trống khi “./.” ở nhiệm vụ cuối cùng")]


def context(model: Input, year: int | None = None) -> Context:
    """``year``: the year an undated plan is printed with (a draft takes its tờ trình's year)."""
    year = model.van_ban.ngay.year if model.van_ban.ngay else year or date.today().year
    parts = sections(model)
    return Context(
        **header(model.co_quan, model.van_ban, KIND_ABBR, year),
        trich_yeu=keep_names_whole(model.trich_yeu.rstrip(" .")),
        mo_dau=opening(model),
        phan=parts,
        lich=schedule(model.lich) if model.lich else [],
        nhiem_vu=task_rows(model),
        ket_thuc=_close(parts, model.ket_thuc),
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban),
    )


def documents(model: Input, env: BuildEnv) -> list[Document]:
    return [Document.of("ke_hoach", context(model, env.extra.get("nam")))]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"ke_hoach": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "KẾ HOẠCH"),
    symbol=Symbol(KIND_ABBR),
)
