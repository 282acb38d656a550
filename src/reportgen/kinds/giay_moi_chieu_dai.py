"""Giấy mời chiêu đãi đối ngoại: an invitation card to a reception (Quyết định 3287/QĐ-BNG), in two languages.

A card 12 × 17 cm, everything centred: the host's title and full name, "trân trọng kính mời", the guest (larger),
the kind of reception, the occasion, the time (weekday computed) and place, then dress and reply in small type.
One card per guest, in one file per language. No Quốc huy unless the host is a provincial leader and the input
says so. A text that does not fit the card is refused, measured with the font's own widths.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field

from reportgen.blocks.context import MoTa
from reportgen.blocks.profile import Nd30Profile
from reportgen.images import Picture
from reportgen.kinds import BuildEnv, Document, Kind, KindError, Loc
from reportgen.kinds._thu.chung import caps
from reportgen.kinds._thu.do_chu import height
from reportgen.kinds._thu.hinh import emblem_picture
from reportgen.kinds._thu.model import DoiTacNhan, SongNgu, emblem, partner, require_translations
from reportgen.kinds._thu.ngon_ngu import HONORIFICS, clock_text, date_text, label, sentence, weekday_text
from reportgen.models import CoKhong, Gio, MotDong, Ngay, Strict

TITLE = "Giấy mời chiêu đãi đối ngoại (thiếp mời 12 × 17 cm, mỗi khách một thiếp; bản tiếng Việt và bản dịch)"
CARD_MM = (120, 170)
MARGIN_MM = 10
PT_PER_MM = 72 / 25.4
SIZES = {"chu_tiec": 14.0, "ten": 16.0, "chu": 13.0, "ghi_chu": 11.0}  # points: titles, names, text, notes


NO_EMBLEM_CARD = (
    "thiếp có Quốc huy nhưng chưa có tệp quoc-huy.png: đặt hình Quốc huy do cơ quan cung cấp cạnh tệp đầu vào hoặc"
    " ở thư mục chứa nó (hoặc ghi quoc_huy: không)"
)


class ChuTiec(Strict):
    ho_ten: MotDong
    chuc_vu: SongNgu


class Input(Strict):
    loai: Literal["giay_moi_chieu_dai"]
    ban_dich: Literal["en"]
    chu_tiec: ChuTiec
    quoc_huy: CoKhong = False  # only for a provincial leader's invitation (QĐ 3287: none below that level)
    khach_moi: list[DoiTacNhan] = Field(min_length=1)
    loai_tiec: SongNgu  # "tiệc chiêu đãi" / "a reception"
    nhan_dip: SongNgu  # "nhân dịp …" / "on the occasion of …"
    ngay: Ngay
    gio: Gio
    dia_diem: SongNgu
    trang_phuc: SongNgu | None = None
    hoi_am: SongNgu | None = None  # "Điện thoại: 0235 3810 000 (chị Lan)"


@dataclass(frozen=True, kw_only=True)
class The:
    """One guest's card."""

    khach: Annotated[str, MoTa("Khách mời: “Ngài Park Min-jun” / “H.E. Park Min-jun”")]
    chuc_vu_khach: Annotated[str, MoTa("Chức vụ của khách mời")]


@dataclass(frozen=True, kw_only=True)
class Context:
    ngon_ngu: Annotated[str, MoTa("Ngôn ngữ của tệp này: “vi” (bản chính) hoặc “en” (bản dịch)")]
    quoc_huy: Annotated[Picture | None, MoTa("Hình Quốc huy (chỉ khi chủ tiệc là lãnh đạo tỉnh; bản dịch không có)")]
    chu_tiec: Annotated[str, MoTa("Chức vụ chủ tiệc, in hoa")]
    ten_chu_tiec: Annotated[str, MoTa("Họ tên chủ tiệc (có “Ông/Bà” trong bản dịch)")]
    kinh_moi: Annotated[str, MoTa("“trân trọng kính mời” / “requests the pleasure of the company of”")]
    cac_the: Annotated[list[The], MoTa("Mỗi khách mời một thiếp: khach, chuc_vu_khach")]
    tiec: Annotated[list[str], MoTa("Các dòng: loại tiệc, nhân dịp, thời gian, địa điểm")]
    ghi_chu: Annotated[list[str], MoTa("Các dòng chữ nhỏ cuối thiếp: trang phục, hồi âm")]


def _lines(model: Input, lang: str) -> list[str]:
    day = f"{weekday_text(model.ngay, lang)}, {date_text(model.ngay, lang)}"
    place = model.dia_diem.get(lang)
    if lang == "vi":
        when = f"vào hồi {clock_text(model.gio, lang)}, {day}"
        return [f"tới dự {model.loai_tiec.get(lang)}", model.nhan_dip.get(lang), when, f"tại {place}"]
    when = f"on {day} at {clock_text(model.gio, lang)}"
    return [f"at {model.loai_tiec.get(lang)}", model.nhan_dip.get(lang), when, f"at {place}"]


def _notes(model: Input, lang: str) -> list[str]:
    notes = []
    if model.trang_phuc is not None:
        notes.append(f"{label('trang_phuc', lang)} {model.trang_phuc.get(lang)}")
    if model.hoi_am is not None:
        notes.append(f"{'Xin vui lòng hồi âm:' if lang == 'vi' else 'R.S.V.P.:'} {model.hoi_am.get(lang)}")
    return notes


def _fits(context: Context, card: The, emblem_cm: float) -> float:
    """Points of text height one card needs (measured), to compare with the card's room."""
    width = (CARD_MM[0] - 2 * MARGIN_MM) * PT_PER_MM
    need = emblem_cm * 10 * PT_PER_MM if context.quoc_huy else 0.0
    need += height(context.chu_tiec, SIZES["chu_tiec"], width, bold=True, after=2)
    need += height(context.ten_chu_tiec, SIZES["ten"], width, bold=True, after=8)
    need += height(context.kinh_moi, SIZES["chu"], width, after=8)
    need += height(card.khach, SIZES["ten"], width, bold=True)
    need += height(card.chuc_vu_khach, SIZES["chu"], width, after=8)
    need += sum(height(line, SIZES["chu"], width, after=2) for line in context.tiec)
    need += 12 + sum(height(line, SIZES["ghi_chu"], width) for line in context.ghi_chu)
    return need


def documents(model: Input, env: BuildEnv) -> list[Document]:
    guests = [partner(g, env, ("khach_moi", i)) for i, g in enumerate(model.khach_moi)]
    problems: list[tuple[Loc, str]] = [
        (("khach_moi", i), "khách mời cần có nguoi_dung_dau (họ tên, xưng hô, chức vụ)")
        for i, g in enumerate(guests)
        if g.nguoi_dung_dau is None
    ]
    require_translations(model, model.ban_dich, problems)
    for guest in guests:
        require_translations(guest, model.ban_dich)
    picture: Picture | None = None
    if model.quoc_huy:
        found = emblem(env.source)
        drawn = emblem_picture(found) if found else NO_EMBLEM_CARD
        if isinstance(drawn, str):
            raise KindError(("quoc_huy",), drawn)
        picture = drawn
    room = (CARD_MM[1] - 2 * MARGIN_MM) * PT_PER_MM
    out = []
    for lang in ("vi", model.ban_dich):
        cards = []
        for guest in guests:
            person = guest.nguoi_dung_dau
            assert person is not None
            cards.append(
                The(
                    khach=f"{HONORIFICS[person.kinh_xung].title[lang]} {person.ho_ten}",
                    chuc_vu_khach=person.chuc_vu.get(lang),
                )
            )
        host = model.chu_tiec.chuc_vu.get(lang)
        context = Context(
            ngon_ngu=lang,
            quoc_huy=picture if lang == "vi" else None,
            chu_tiec=caps(host, lang) if lang == "vi" else sentence(host),
            ten_chu_tiec=model.chu_tiec.ho_ten,
            kinh_moi=label("tran_trong_kinh_moi", lang),
            cac_the=cards,
            tiec=_lines(model, lang),
            ghi_chu=_notes(model, lang),
        )
        for index, card in enumerate(cards):
            need = _fits(context, card, 2.5)
            if need > room:
                over = (need - room) / PT_PER_MM
                which = "bản chính" if lang == "vi" else "bản dịch"
                raise KindError(
                    ("khach_moi", index),
                    f"nội dung thiếp ({which}) dài hơn thiếp khoảng {over:.0f} mm (thiếp {CARD_MM[0]} × {CARD_MM[1]}"
                    " mm): hãy rút gọn nhân dịp, địa điểm hoặc chức vụ",
                )
        out.append(Document.of("giay_moi_chieu_dai", context, suffix="" if lang == "vi" else f"-{lang}"))
    return out


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"giay_moi_chieu_dai": Context},
    documents=documents,
    profile=Nd30Profile("THIEP_MOI", None, frozenset()),
    symbol=None,
)
