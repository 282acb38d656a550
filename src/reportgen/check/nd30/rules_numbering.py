"""Rules on the number and date lines, which follow nd30.md word for word: a number below 10 takes a leading
zero; a day below 10 and the months 1 and 2 take one, the months 3 to 12 do not; a draft may leave them blank.
"""

from __future__ import annotations

import datetime as dt

from .catalogue import finding
from .docxmodel import DocModel, Para, Span
from .elements import check_element
from .findings import Finding
from .parts import Structure
from .profiles import KIND_ABBREVIATIONS, Profile
from .wording import DATE_FULL, Symbol, kind_of, parse_symbol

EXAMPLE_NUMBER = "Số: 05/BC-SNV"
EXAMPLE_DATE = "Đà Nẵng, ngày 05 tháng 01 năm 2024"


def check_number(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    para = found.number
    if para is None:
        if not profile.number:
            return []
        return [
            finding("ND30-NUMBER-MISSING", "Không thấy dòng số, ký hiệu.", EXAMPLE_NUMBER, "không có", "đầu văn bản")
        ]
    if profile.code == "SPEECH":
        message = "Bài phát biểu không có số, ký hiệu."
        return [finding("ND30-SPEECH-EXTRA", message, "không có số", para.stripped, para.location)]
    symbol = parse_symbol(para.stripped)
    assert symbol is not None  # the structure only keeps lines that parse
    out = check_element(model, "NUMBER", para)
    if profile.code != "FORM":  # a phiếu trình numbers itself in the office's own register: «Số: 13-01/26/PT-NC»
        out += _number_value(symbol, para)
    if found.draft is not None:  # a marked draft leaves its number blank for the registry, as it should
        out = [f for f in out if f.rule != "ND30-NUMBER-BLANK"]
    if symbol.spaced:
        message = "Có dấu cách quanh dấu «/» hoặc «-» trong số, ký hiệu."
        out.append(finding("ND30-NUMBER-SPACE", message, "không có dấu cách", para.stripped, para.location))
    return out + _number_kind(found, symbol, para)


def _number_kind(found: Structure, symbol: Symbol, para: Span) -> list[Finding]:
    """The kind abbreviation of the symbol against the kind line (BÁO CÁO → BC)."""
    if found.kind is None:
        return []
    name = kind_of(found.kind.text, KIND_ABBREVIATIONS)
    wanted = KIND_ABBREVIATIONS.get(name or "")
    if not wanted or symbol.kind == wanted:
        return []
    message = "Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản."
    expected = f"{wanted} ({name})"
    return [finding("ND30-NUMBER-KIND", message, expected, symbol.kind or "không có", para.location)]


def _number_value(symbol: Symbol, para: Span) -> list[Finding]:
    out: list[Finding] = []
    if not symbol.colon or not (symbol.number.isdigit() or not symbol.number) or not symbol.kind:
        out.append(
            finding(
                "ND30-NUMBER-FORMAT",
                "Số, ký hiệu viết sai dạng.",
                EXAMPLE_NUMBER,
                para.stripped,
                para.location,
            )
        )
    if not symbol.number:
        out.append(finding("ND30-NUMBER-BLANK", "Bản dự thảo chưa có số.", "số văn bản", "để trống", para.location))
    elif symbol.number.isdigit() and int(symbol.number) < 10 and len(symbol.number) < 2:
        out.append(
            finding(
                "ND30-NUMBER-PAD",
                "Số nhỏ hơn 10 phải có số 0 phía trước.",
                f"{int(symbol.number):02d}",
                symbol.number,
                para.location,
            )
        )
    return out


def check_date(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    para = found.date
    if para is None:
        if not profile.date:
            return []
        return [
            finding(
                "ND30-DATE-MISSING", "Không thấy dòng địa danh và thời gian.", EXAMPLE_DATE, "không có", "đầu văn bản"
            )
        ]
    match = DATE_FULL.match(para.stripped)
    if profile.code == "BB":
        message = "Biên bản không ghi địa danh và thời gian ở đầu văn bản."
        return [finding("ND30-DATE-FORBIDDEN", message, "không có", para.stripped, para.location)]
    if not profile.date:  # a speech may date itself: judge the numbers only
        return date_values(match["d"], match["m"], match["y"], para) if match else []
    out = check_element(model, "DATE", para)
    if match is None:
        expected = "<Địa danh>, ngày DD tháng M năm YYYY"
        message = "Địa danh và thời gian viết sai dạng."
        return [*out, finding("ND30-DATE-FORMAT", message, expected, para.stripped, para.location)]
    values = date_values(match["d"], match["m"], match["y"], para)
    if found.draft is not None:  # likewise its day and month
        values = [f for f in values if f.rule != "ND30-DATE-BLANK"]
    return out + values


def date_values(day: str, month: str, year: str, para: Span | Para) -> list[Finding]:
    """Padding and reality of a parsed date; blank day or month is a draft."""
    if not day or not month:
        return [
            finding(
                "ND30-DATE-BLANK",
                "Bản dự thảo chưa ghi ngày, tháng.",
                "ngày và tháng",
                "để trống",
                para.location,
            )
        ]
    out: list[Finding] = []
    d, m = int(day), int(month)
    if d < 10 and len(day) < 2:
        out.append(
            finding(
                "ND30-DATE-PAD",
                "Ngày dưới 10 phải có số 0 phía trước.",
                f"ngày {d:02d}",
                f"ngày {day}",
                para.location,
            )
        )
    want_month = f"{m:02d}" if m in (1, 2) else str(m)
    if month != want_month:
        message = "Tháng 1, 2 viết 01, 02; tháng 3 đến 12 không có số 0 phía trước."
        out.append(finding("ND30-DATE-PAD", message, f"tháng {want_month}", f"tháng {month}", para.location))
    try:
        dt.date(int(year), m, d)
    except ValueError:
        actual = f"ngày {day} tháng {month} năm {year}"
        out.append(finding("ND30-DATE-INVALID", "Ngày tháng không có thật.", "một ngày có thật", actual, para.location))
    return out
