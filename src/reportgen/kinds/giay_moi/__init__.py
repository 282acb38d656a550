"""Giấy mời (Mẫu 1.7 of Phụ lục III, Nghị định 30): who invites whom, to what, when, where.

A long list of invitees goes either after the signature as a danh sách (``danh_sach_kem_theo``), or, with
``tach_tep``, into one more file per invitee naming only that person, ready to be sent one by one.
"""

from __future__ import annotations

from datetime import date

from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds.giay_moi.model import Input, KhachMoi
from reportgen.kinds.giay_moi.wording import KIND_ABBR, Context, context

__all__ = ["KIND", "Input", "KhachMoi", "documents", "warnings"]

TITLE = "Giấy mời dự họp, làm việc, hội nghị (thứ trong tuần do chương trình tính; mời nhiều người)"
LONG_LIST = 8


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """A long list of names inside the text pushes the meeting details to the next page."""
    if len(model.khach_moi) > LONG_LIST and not model.danh_sach_kem_theo:
        return [
            (
                ("khach_moi",),
                f"mời {len(model.khach_moi)} khách ngay trong giấy mời; nên ghi “danh_sach_kem_theo: có” để in"
                " danh sách kèm theo sau chữ ký",
            )
        ]
    return []


def documents(model: Input, env: BuildEnv) -> list[Document]:
    year = model.van_ban.ngay.year if model.van_ban.ngay else date.today().year  # a draft is dated this year
    guests = list(model.khach_moi)
    docs = [Document.of("giay_moi", context(model, year, guests, with_list=True))]
    if model.tach_tep:
        for i, guest in enumerate(guests, 1):
            one = context(model, year, [guest], with_list=False)
            docs.append(Document.of("giay_moi", one, name_part=f"{i:03d}_{guest.ho_ten or guest.co_quan}"))
    return docs


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"giay_moi": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "GIẤY MỜI"),
    symbol=Symbol(KIND_ABBR),
    warnings=warnings,
)
