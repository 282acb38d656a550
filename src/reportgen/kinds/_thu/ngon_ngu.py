"""The conventions of each language a translation may be in: dates, times, numbers, protocol formulas, labels.

Vietnamese is the original (Quyết định 3287/QĐ-BNG: "Bản chính được soạn thảo bằng tiếng Việt"); a translation is
made in English, "ngôn ngữ phổ biến" (another language needs its own formulas here, then its code in
TRANSLATIONS). Everything here is wording, never content: the names, titles and sentences a person writes come
from the input in each language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from reportgen.vietnamese.dates import clock, day_month_year, weekday
from reportgen.vietnamese.numbering import NUMBER_BLANK

TRANSLATIONS = {"en": "tiếng Anh"}
LANGUAGES = ("vi", *TRANSLATIONS)

_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


NBSP = "\u00a0"


def date_text(d: date, lang: str) -> str:
    """``ngày 05 tháng 3 năm 2026`` / ``5 March 2026``, kept on one line (no-break spaces): a date never breaks."""
    text = day_month_year(d) if lang == "vi" else f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    return text.replace(" ", NBSP)


def weekday_text(d: date, lang: str) -> str:
    if lang == "vi":
        return weekday(d)
    return _EN_DAYS[d.weekday()]


def clock_text(t: time, lang: str) -> str:
    """``18 giờ 30`` / ``6:30 p.m.``, on one line."""
    if lang == "vi":
        return clock(t).replace(" ", NBSP)
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d}{NBSP}{'a.m.' if t.hour < 12 else 'p.m.'}"


def when_text(d: date, t: time | None, lang: str) -> str:
    """``18 giờ 30, thứ Sáu, ngày 13 tháng 3 năm 2026`` / ``6:30 p.m., Friday, 13 March 2026``."""
    day = f"{weekday_text(d, lang)}, {date_text(d, lang)}"
    return f"{clock_text(t, lang)}, {day}" if t is not None else day


def place_date(place: str, d: date | None, lang: str) -> str:
    """The date line; a draft (no date yet) leaves the blanks the registry fills in."""
    if d is None:
        blank = "\u00a0" * 6
        return f"{place}, ngày {blank} tháng {blank} năm {blank}" if lang == "vi" else f"{place}, {blank * 3}"
    return f"{place}, {date_text(d, lang)}"


def number_line(so: int | None, symbol: str, lang: str) -> str:
    """``Số: 45/SNgV-LS`` / ``No. 45/SNgV-LS`` (the symbol is the same in every language)."""
    number = f"{so:02d}" if so is not None else NUMBER_BLANK
    return f"Số: {number}/{symbol}" if lang == "vi" else f"No. {number}/{symbol}"


@dataclass(frozen=True)
class Honorific:
    """How a partner is addressed: ``Ngài`` / ``H.E. Mr.``; ``Ông`` / ``Mr.``; ``Bà`` / ``Ms.``."""

    title: dict[str, str]  # before the name
    pronoun: dict[str, str]  # in a sentence ("gửi tới Ngài", "Excellency")


HONORIFICS = {
    "ngai": Honorific({"vi": "Ngài", "en": "H.E."}, {"vi": "Ngài", "en": "Excellency"}),
    "ong": Honorific({"vi": "Ông", "en": "Mr."}, {"vi": "Ông", "en": "Sir"}),
    "ba": Honorific({"vi": "Bà", "en": "Ms."}, {"vi": "Bà", "en": "Madam"}),
}
HONORIFIC_NAMES = {"ngai": "Ngài", "ong": "Ông", "ba": "Bà"}


def sentence(text: str) -> str:
    """A name that opens a sentence starts with a capital (``the Department …`` → ``The Department …``)."""
    return text[:1].upper() + text[1:] if text else text


def without_article(text: str) -> str:
    """An addressee line names the body without its article: ``Consulate General of …``."""
    for article in ("the ", "The "):
        if text.startswith(article):
            return sentence(text[len(article) :])
    return text


def note_opening(sender: str, partner: str, request: str, lang: str) -> str:
    """The opening formula of a note verbale, in the third person, joined to what the note says or asks."""
    request = request.strip().rstrip(".")
    if lang == "vi":
        return f"{sentence(sender)} gửi lời chào trân trọng tới {partner} và trân trọng {request}."
    return f"{sentence(sender)} presents its compliments to {partner} and has the honour to {request}."


def note_closing(sender: str, partner: str, lang: str) -> str:
    if lang == "vi":
        return f"{sentence(sender)} nhân dịp này xin gửi tới {partner} lời chào trân trọng./."
    return (
        f"{sentence(sender)} avails itself of this opportunity to renew to {partner} the assurances of its "
        "highest consideration."
    )


def letter_closing(honorific: str, lang: str) -> str:
    """The last sentence of a công thư, in the first person."""
    pronoun = HONORIFICS[honorific].pronoun[lang]
    if lang == "vi":
        return f"Nhân dịp này, tôi xin gửi tới {pronoun} lời chào trân trọng./."
    if honorific == "ngai":
        return "Please accept, Excellency, the assurances of my highest consideration."
    return "Yours sincerely,"


LABELS: dict[str, dict[str, str]] = {
    "kinh_gui": {"vi": "Kính gửi:", "en": "To:"},
    "thoi_gian": {"vi": "Thời gian:", "en": "Time:"},
    "dia_diem": {"vi": "Địa điểm:", "en": "Venue:"},
    "lien_he": {"vi": "Liên hệ:", "en": "Contact:"},
    "hoi_am": {"vi": "Xin vui lòng hồi âm trước", "en": "Kindly reply by"},
    "trang_phuc": {"vi": "Trang phục:", "en": "Dress:"},
    "ban_dich": {"vi": "", "en": "TRANSLATION"},
    "tran_trong_kinh_moi": {"vi": "trân trọng kính mời", "en": "requests the pleasure of the company of"},
}


def label(key: str, lang: str) -> str:
    return LABELS[key][lang]
