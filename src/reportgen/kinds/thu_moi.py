"""Thư mời: a letter inviting a partner to a conference or an event, in the first person, in two languages.

A công thư (type code CT) with its title and the event's time (weekday computed, never typed), place, and the date
by which to reply.
"""

from __future__ import annotations

from typing import Literal

from reportgen.kinds import BuildEnv, Document, Kind, Loc, Symbol
from reportgen.kinds._thu.model import SongNgu
from reportgen.kinds._thu.ngon_ngu import date_text, label, when_text
from reportgen.kinds._thu.thu import PROFILE, TYPE_CODE, ThuContext, ThuInput, letters
from reportgen.models import Gio, Ngay, Strict

TITLE = "Thư mời đối tác nước ngoài dự hội nghị, sự kiện (bản tiếng Việt và bản dịch)"
HEADING = SongNgu(vi="Thư mời", en="Letter of invitation")


class SuKien(Strict):
    ngay: Ngay
    gio: Gio
    dia_diem: SongNgu
    hoi_am_truoc: Ngay | None = None


class Input(ThuInput):
    loai: Literal["thu_moi"]
    ban_dich: Literal["en"]
    su_kien: SuKien


def details(event: SuKien, lang: str) -> list[str]:
    lines = [
        f"{label('thoi_gian', lang)} {when_text(event.ngay, event.gio, lang)}.",
        f"{label('dia_diem', lang)} {event.dia_diem.get(lang).rstrip('.')}.",
    ]
    if event.hoi_am_truoc is not None:
        lines.append(f"{label('hoi_am', lang)} {date_text(event.hoi_am_truoc, lang)}.")
    return lines


def documents(model: Input, env: BuildEnv) -> list[Document]:
    extra: list[tuple[Loc, str]] = []
    if model.su_kien.hoi_am_truoc is not None and model.su_kien.hoi_am_truoc > model.su_kien.ngay:
        extra.append((("su_kien", "hoi_am_truoc"), "ngày hồi âm phải trước ngày diễn ra sự kiện"))
    found = {lang: details(model.su_kien, lang) for lang in ("vi", model.ban_dich)}
    return letters(model, env, "cong_thu", HEADING, found, extra)


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"cong_thu": ThuContext},
    documents=documents,
    profile=PROFILE,
    symbol=Symbol(TYPE_CODE),
)
