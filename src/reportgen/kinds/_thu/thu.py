"""The công thư and the thư mời: a letter in a person's name, in the first person (Quyết định 3287/QĐ-BNG).

The body's name at the top (no Quốc huy), a number with the type code CT, the date, the person addressed with
their honorific and position, a salutation, the letter, the closing courtesy, and the signer's one position
relevant to the partner with their full name. A thư mời adds its title and the event's time, place and reply date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from reportgen.blocks.context import MoTa
from reportgen.blocks.profile import Block, Nd30Profile
from reportgen.kinds import BuildEnv, Document, KindError, Loc
from reportgen.kinds._thu.chung import DauThu, SoNgay, caps, head, person_line
from reportgen.kinds._thu.model import CoQuanGui, DoiTacNhan, SongNgu, partner, require_translations
from reportgen.kinds._thu.ngon_ngu import letter_closing
from reportgen.models import MotDong, Strict

TYPE_CODE = "CT"  # "Ký hiệu của Công thư được thống nhất là CT" (QĐ 3287/QĐ-BNG)
PROFILE = Nd30Profile("CONG_THU", None, frozenset({Block.CO_QUAN, Block.SO_KY_HIEU, Block.DIA_DANH_NGAY, Block.CHU_KY}))


class NguoiKyThu(Strict):
    """The signer of a letter: full name, and the one position relevant to the partner."""

    ho_ten: MotDong
    chuc_vu: SongNgu


class ThuInput(SoNgay):
    ban_dich: str  # narrowed to the translation languages by each kind
    co_quan: CoQuanGui
    doi_tac: DoiTacNhan
    xung_ho: SongNgu  # "Thưa Ngài Tổng Lãnh sự," / "Dear Consul General,"
    noi_dung: list[SongNgu] = Field(min_length=1)  # in the first person
    nguoi_ky: NguoiKyThu


@dataclass(frozen=True, kw_only=True)
class ThuContext(DauThu):
    ten_loai: Annotated[str, MoTa("Tên loại: “THƯ MỜI” / “LETTER OF INVITATION”; trống với công thư")]
    kinh_gui: Annotated[list[str], MoTa("Người nhận: “Kính gửi: Ngài …” và chức vụ, mỗi dòng một mục")]
    xung_ho: Annotated[str, MoTa("Lời xưng hô: “Thưa Ngài Tổng Lãnh sự,”")]
    noi_dung: Annotated[list[str], MoTa("Các đoạn của thư")]
    chi_tiet: Annotated[list[str], MoTa("Thời gian, địa điểm, hồi âm của sự kiện (thư mời); trống với công thư")]
    loi_chao: Annotated[str, MoTa("Câu chào kết: “Nhân dịp này, tôi xin gửi tới Ngài lời chào trân trọng./.”")]
    chuc_vu: Annotated[str, MoTa("Chức vụ người ký (một chức vụ liên quan đến đối tác)")]
    ho_ten: Annotated[str, MoTa("Họ và tên người ký, ghi đầy đủ")]


def letters(
    model: ThuInput,
    env: BuildEnv,
    template: str,
    title: SongNgu | None = None,
    details: dict[str, list[str]] | None = None,
    extra: list[tuple[Loc, str]] | None = None,
) -> list[Document]:
    """The original and the translation of one letter, with the same blocks in the same order."""
    found = partner(model.doi_tac, env, ("doi_tac",))
    if found.nguoi_dung_dau is None:
        raise KindError(("doi_tac",), "thư gửi một người: đối tác cần có nguoi_dung_dau (họ tên, xưng hô, chức vụ)")
    require_translations(model, model.ban_dich, extra)
    require_translations(found, model.ban_dich)
    honorific = found.nguoi_dung_dau.kinh_xung
    out = []
    for lang in ("vi", model.ban_dich):
        names = person_line(found, lang)
        to = [f"Kính gửi: {names[0]}," if lang == "vi" else f"{names[0]}", *names[1:]]
        paragraphs = [p.get(lang) for p in model.noi_dung]
        context = ThuContext(
            **head(model.co_quan, model, TYPE_CODE, lang),  # type: ignore[arg-type]
            ten_loai=caps(title.get(lang), lang) if title else "",
            kinh_gui=to,
            xung_ho=model.xung_ho.get(lang),
            noi_dung=paragraphs,
            chi_tiet=(details or {}).get(lang, []),
            loi_chao=letter_closing(honorific, lang),
            chuc_vu=caps(model.nguoi_ky.chuc_vu.get(lang), lang),
            ho_ten=model.nguoi_ky.ho_ten,
        )
        out.append(Document.of(template, context, suffix="" if lang == "vi" else f"-{lang}"))
    return out
