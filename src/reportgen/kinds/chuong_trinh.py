"""Chương trình làm việc, lịch đón tiếp: a visit or an event day by day, as a table (Mẫu 1.4 layout, CTr).

The table is the schedule shared with the kế hoạch đón đoàn (``kinds/_lich.py``); this kind adds the
document around it: header, ``CHƯƠNG TRÌNH`` and its summary, optional opening paragraphs, notes, the
signature and Nơi nhận.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from reportgen.blocks import ending, header, receivers, signature
from reportgen.blocks.context import Cuoi, Dau, MoTa
from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds._lich import Lich, NgayLich, schedule
from reportgen.models import CoQuan, DoanVan, NguoiKy, Strict, VanBan
from reportgen.vietnamese import keep_names_whole, short_date

TITLE = "Chương trình làm việc, lịch đón tiếp (bảng theo ngày, giờ)"
KIND_ABBR = "CTr"


class Input(Strict):
    loai: Literal["chuong_trinh"]
    co_quan: CoQuan
    van_ban: VanBan
    trich_yeu: DoanVan  # "Làm việc của Đoàn đại biểu tỉnh Gyeonggi (Hàn Quốc) tại thành phố Đà Nẵng"
    mo_dau: list[DoanVan] = Field(default_factory=list)
    lich: Lich
    ghi_chu: list[DoanVan] = Field(default_factory=list)
    nguoi_ky: NguoiKy


def notes(items: list[str]) -> list[str]:
    """The notes after the table; the last one closes the document with ``./.`` (alone when there is none)."""
    if not items:
        return ["./."]
    return [*items[:-1], ending(items[-1])]


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    trich_yeu: Annotated[str, MoTa("Trích yếu, in dưới chữ CHƯƠNG TRÌNH")]
    mo_dau: Annotated[list[str], MoTa("Các đoạn trước bảng lịch (có thể trống)")]
    lich: Annotated[list[NgayLich], MoTa("Bảng lịch: các ngày theo thứ tự, mỗi ngày các hoạt động theo giờ")]
    ghi_chu: Annotated[
        list[str], MoTa("Các đoạn sau bảng lịch; đoạn cuối đã có “./.” (chỉ “./.” khi không có ghi chú)")
    ]


def context(model: Input, year: int | None = None) -> Context:
    """``year``: the year an undated programme is printed with (a draft takes its tờ trình's year)."""
    year = model.van_ban.ngay.year if model.van_ban.ngay else year or min(r.ngay for r in model.lich).year
    return Context(
        **header(model.co_quan, model.van_ban, KIND_ABBR, year),
        trich_yeu=keep_names_whole(model.trich_yeu.rstrip(" .")),
        mo_dau=list(model.mo_dau),
        lich=schedule(model.lich),
        ghi_chu=notes(list(model.ghi_chu)),
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban),
    )


def documents(model: Input, env: BuildEnv) -> list[Document]:
    return [Document.of("chuong_trinh", context(model, env.extra.get("nam")))]


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """A programme that starts before the document is dated is most likely a typing slip in a date."""
    issued: date | None = model.van_ban.ngay
    if issued is None:
        return []
    return [
        (("lich", i, "ngay"), f"hoạt động ngày {short_date(r.ngay)} diễn ra trước ngày ban hành chương trình")
        for i, r in enumerate(model.lich)
        if r.ngay < issued
    ]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"chuong_trinh": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "CHƯƠNG TRÌNH"),
    symbol=Symbol(KIND_ABBR),
    warnings=warnings,
)
