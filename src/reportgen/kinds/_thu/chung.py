"""What every letter prints the same way in both languages: the header, the number line, the date line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from reportgen.blocks.context import MoTa
from reportgen.kinds._thu.model import CoQuanGui, DoiTac
from reportgen.kinds._thu.ngon_ngu import HONORIFICS, number_line, place_date, without_article
from reportgen.models import KyHieu, Ngay, SoLuong, Strict
from reportgen.vietnamese import upper_vi


class SoNgay(Strict):
    """Number and date, left empty on a draft for the văn thư to fill in."""

    so: SoLuong | None = None
    ngay: Ngay | None = None
    don_vi_soan_thao: KyHieu | None = None  # the drafting unit, after the body's symbol: 45/SNgV-LS


@dataclass(frozen=True, kw_only=True)
class DauThu:
    """The head of a letter in one language (no Quốc hiệu: a letter to a partner carries the body's name only)."""

    ngon_ngu: Annotated[str, MoTa("Ngôn ngữ của tệp này: “vi” (bản chính) hoặc “en” (bản dịch)")]
    chu_quan: Annotated[list[str], MoTa("Tên cơ quan chủ quản, in hoa, mỗi dòng một mục (có thể trống)")]
    ban_hanh: Annotated[list[str], MoTa("Tên cơ quan gửi, in hoa, mỗi dòng một mục")]
    so_ky_hieu: Annotated[str, MoTa("“Số: 45/SNgV-LS” (bản dịch: “No. 45/SNgV-LS”); số để trống khi là dự thảo")]
    so: Annotated[str, MoTa("Số và ký hiệu không có chữ “Số:”: “45/SNgV-LS”")]
    dia_danh_ngay: Annotated[str, MoTa("“Quảng Nam, ngày 05 tháng 3 năm 2026” / “Quang Nam, 5 March 2026”")]


def caps(text: str, lang: str) -> str:
    return upper_vi(text) if lang == "vi" else text.upper()


def head(sender: CoQuanGui, numbering: SoNgay, type_code: str | None, lang: str) -> dict[str, object]:
    symbol = sender.viet_tat
    if type_code:
        symbol = f"{type_code}-{symbol}"
    if numbering.don_vi_soan_thao:
        symbol = f"{symbol}-{numbering.don_vi_soan_thao}"
    return {
        "ngon_ngu": lang,
        "chu_quan": [caps(line.get(lang), lang) for line in sender.chu_quan],
        "ban_hanh": [caps(line.get(lang), lang) for line in sender.ban_hanh],
        "so_ky_hieu": number_line(numbering.so, symbol, lang),
        "so": number_line(numbering.so, symbol, lang).split(" ", 1)[1],
        "dia_danh_ngay": place_date(sender.dia_danh.get(lang), numbering.ngay, lang),
    }


def addressee(partner: DoiTac, lang: str) -> list[str]:
    """``Kính gửi: Tổng Lãnh sự quán …`` and the city line; in English the body's name without its article."""
    name = partner.ten.get(lang)
    lines = [f"Kính gửi: {name}" if lang == "vi" else without_article(name)]
    if partner.dia_chi is not None:
        lines.append(partner.dia_chi.get(lang))
    return lines


def person_line(partner: DoiTac, lang: str) -> list[str]:
    """``Ngài Kim Young-ho`` / ``H.E. Mr. Kim Young-ho`` and the position, for a letter to a person."""
    person = partner.nguoi_dung_dau
    if person is None:
        return []
    title = HONORIFICS[person.kinh_xung].title[lang]
    return [f"{title} {person.ho_ten}", person.chuc_vu.get(lang)]


def draft_year(numbering: SoNgay) -> int:
    return numbering.ngay.year if numbering.ngay else date.today().year
