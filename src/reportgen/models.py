"""Building blocks shared by every document kind's input model.

Field types here parse values the way Vietnamese staff write them (``15/03/2022``, ``2.100``,
``11.974.405,56``) and reject anything ambiguous with a hint instead of guessing, because a misread
figure in a signed report is worse than an error message.
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError


class Strict(BaseModel):
    """Base of every input model: unknown fields are errors, values are immutable once validated."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        coerce_numbers_to_str=True,
    )


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: Any) -> Any:
    if isinstance(value, date) or value is None:
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("ngay", "phải là một ngày, viết dạng 15/03/2022")
    text = value.strip()
    m = _VN_DATE.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _ISO_DATE.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        raise PydanticCustomError(
            "ngay", "“{value}” không phải là ngày; viết dạng ngày/tháng/năm, ví dụ 15/03/2022", {"value": text}
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise PydanticCustomError("ngay", "ngày {value} không có thật trong lịch", {"value": text}) from None


_DATE_LIKE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*$")


def date_or_text(value: Any) -> Any:
    """A deadline or a period is a date (``30/10/2017``, checked against the calendar) or words (``trong quý IV
    năm 2017``, ``thường xuyên``)."""
    if isinstance(value, str) and _DATE_LIKE.match(value):
        return parse_date(value)
    return value


_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")
_VN_DECIMAL = re.compile(r"^[-+]?\d{1,3}(\.\d{3})*,\d+$|^[-+]?\d+,\d+$")
_PLAIN_INT = re.compile(r"^[-+]?\d+$")
_DOT_DECIMAL = re.compile(r"^[-+]?\d+\.\d+$")

_NUMBER_HINT = "viết số theo cách Việt Nam: dấu chấm ngăn cách hàng nghìn (2.100), dấu phẩy trước phần thập phân (3,68)"


def parse_vn_number(value: Any) -> Any:
    """``2.100`` is two thousand one hundred, ``3,68`` is three point six eight; ``3.5`` is refused."""
    if isinstance(value, bool):
        raise PydanticCustomError("so", "phải là một số, không phải có/không")
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    if not isinstance(value, str):
        raise PydanticCustomError("so", "phải là một số")
    shown = value.strip()
    text = shown.replace(" ", "").replace("\u00a0", "")
    if _PLAIN_INT.match(text):
        digits = text.lstrip("+-")
        # "07", "03": Nghị định 30 writes 1 to 9 with two digits, so staff type them that way; any other
        # leading zero ("0123", "00") looks like a code or a typo and is refused.
        if len(digits) > 1 and digits.startswith("0") and not (len(digits) == 2 and digits != "00"):
            raise PydanticCustomError("so", "“{value}” bắt đầu bằng số 0; hãy bỏ số 0 ở đầu", {"value": text})
        return int(text)
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if _VN_DECIMAL.match(text):
        try:
            return Decimal(text.replace(".", "").replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            pass
    if _DOT_DECIMAL.match(text):
        raise PydanticCustomError(
            "so", "“{value}” không rõ là số thập phân hay số hàng nghìn; {hint}", {"value": shown, "hint": _NUMBER_HINT}
        )
    raise PydanticCustomError("so", "“{value}” không phải là số; {hint}", {"value": shown, "hint": _NUMBER_HINT})


def parse_count(value: Any) -> Any:
    number = parse_vn_number(value)
    if isinstance(number, Decimal):
        if number != number.to_integral_value():
            raise PydanticCustomError("so_nguyen", "phải là số nguyên (không có phần thập phân)")
        number = int(number)
    return number


def parse_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"có", "co"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"không", "khong"}:
        return False
    raise PydanticCustomError("dung_sai", "chỉ nhận true hoặc false (hoặc có/không)")


def split_lines(value: Any) -> Any:
    """A heading written on two lines in YAML stays two lines in the document."""
    if isinstance(value, str):  # a page break (form feed) between heading lines is one more line break
        return [line.strip() for line in re.split("[\n\f]", value) if line.strip()]
    return value


def fold_lines(value: Any) -> Any:
    """A prose paragraph hard-wrapped in a ``|`` block (or pasted from a web page) reads as one paragraph."""
    if isinstance(value, str) and "\n" in value:  # a page break (form feed) is kept, not folded away
        return re.sub(r"[ \t]*\n[^\S\f]*", " ", value.strip(" \t\n"))
    return value


def one_line(value: Any) -> Any:
    """A name or a Nơi nhận item broken over two lines is refused: Word would show the break as a space.

    The loader has already turned U+2028/U+2029 and vertical tabs (what Word and web pages paste) into ``\n``.
    """
    if isinstance(value, str) and re.search("[\n\f]", value.strip(" \t\n")):  # \f: a page break
        shown = " ⏎ ".join(line.strip() for line in re.split("[\n\f]", value.strip()))
        raise PydanticCustomError(
            "mot_dong",
            "“{value}” bị ngắt dòng ở giữa (thường lẫn vào khi dán từ Word hay trang web); trường này chỉ viết trên"
            " một dòng: nối các dòng lại, hoặc tách thành nhiều mục nếu là nhiều ý",
            {"value": shown if len(shown) <= 80 else shown[:79] + "…"},
        )
    return value


_TIME = re.compile(r"^(\d{1,2})\s*(?::|h|g|giờ)\s*(?:(\d{1,2})\s*(?:phút|p|')?)?$", re.IGNORECASE)


def parse_time(value: Any) -> Any:
    """``08:30``, ``8h30``, ``8 giờ 30``, ``14 giờ 00 phút``, ``14h``: the ways staff write a time of day."""
    if isinstance(value, time) or value is None:  # an empty field: "chưa điền", never "“None” không phải là giờ"
        return value
    text = str(value).strip()
    match = _TIME.match(text)
    if match is None:
        raise PydanticCustomError(
            "time_of_day", "“{value}” không phải là giờ; viết dạng 08:30 hoặc 8 giờ 30", {"value": text}
        )
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        raise PydanticCustomError("time_of_day", "giờ “{value}” không có thật", {"value": text})
    return time(hour, minute)


Ngay = Annotated[date, BeforeValidator(parse_date)]
Gio = Annotated[time, BeforeValidator(parse_time)]
SoLuong = Annotated[int, BeforeValidator(parse_count), Field(ge=0)]
SoTien = Annotated[Decimal, BeforeValidator(parse_vn_number), Field(ge=0)]
CoKhong = Annotated[bool, BeforeValidator(parse_bool)]
Chu = Annotated[str, Field(min_length=1)]  # a line break in it is printed as one (w:br)
MotDong = Annotated[str, Field(min_length=1), AfterValidator(one_line)]  # a line break is refused
DoanVan = Annotated[str, Field(min_length=1), AfterValidator(fold_lines)]  # line breaks fold into spaces
NhieuDong = Annotated[list[Chu], BeforeValidator(split_lines), Field(min_length=1)]


KyHieu = Annotated[str, Field(min_length=1, pattern=r"^[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$")]


def one_or_many(value: Any) -> Any:
    """A list field that staff often fill with one item may be written as that item alone."""
    return [value] if isinstance(value, str) else value


class CoQuan(Strict):
    """The issuer as it appears in the top-left of the header: always data, never code (a Sở Ngoại vụ, or since
    Nghị định 45/2025/NĐ-CP in many provinces the Văn phòng UBND tỉnh)."""

    chu_quan: NhieuDong | None = None
    ban_hanh: NhieuDong
    ten: Chu  # the issuer's name as written inside a sentence: "Sở Ngoại vụ thành phố Đà Nẵng"
    viet_tat: KyHieu
    dia_danh: Chu


class Nguoi(Strict):
    """A person named in a document by name and position (a chair, a secretary, a participant)."""

    ho_ten: MotDong
    chuc_vu: Chu


class NguoiKyTen(Nguoi):
    """A person who signs under a bare title and name, no authority line (the chair and the secretary of the
    minutes of a meeting): a kind with no ``NguoiKy`` names its signers with this, and the register lists them."""


AUTHORITY_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*(\S.*)$", re.IGNORECASE)


def authority(value: Any) -> Any:
    """``KT. Giám đốc``, ``TM. Ủy ban nhân dân``: one of the five prefixes of Nghị định 30, then a title. A
    Văn phòng signing for its chairman writes two lines, ``TL. Chủ tịch`` then ``KT. Chánh Văn phòng``."""
    if not isinstance(value, str) or not value.strip():
        return value
    lines = [line.strip() for line in value.strip().split("\n") if line.strip()]
    out = []
    for line in lines:
        match = _AUTHORITY.match(line)
        if match is None:
            raise PydanticCustomError(
                "tham_quyen",
                "“{value}” không phải thẩm quyền ký; viết một trong TM., KT., TL., TUQ., Q. rồi chức vụ, ví dụ"
                " “KT. Giám đốc”; bỏ trống khi người đứng đầu ký thẳng",
                {"value": line},
            )
        out.append(f"{match[1].upper()}. {match[2]}")
    return "\n".join(out)


class NguoiKy(Strict):
    """Signature block: ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC`` / name."""

    tham_quyen: Annotated[str | None, AfterValidator(authority)] = None
    chuc_vu: Chu
    ho_ten: MotDong


class VanBan(Strict):
    """Number, date and receivers; a missing number or date marks a draft."""

    so: SoLuong | None = None
    ngay: Ngay | None = None
    noi_nhan: list[MotDong] = Field(min_length=1)
    luu: MotDong = "VT"

    @model_validator(mode="after")
    def _number_positive(self) -> VanBan:
        if self.so == 0:
            raise PydanticCustomError("so_van_ban", "số văn bản bắt đầu từ 01; để trống nếu là dự thảo")
        return self


class VanBanCongVan(VanBan):
    """A công văn's number has no type code: the issuer's then the drafting unit's abbreviation (``12/SNgV-HTQT``)."""

    don_vi_soan_thao: KyHieu  # also the "Lưu: VT, <unit>." line when ``luu`` is left out


KinhGui = Annotated[list[MotDong], BeforeValidator(one_or_many), Field(min_length=1)]
KemTheo = Annotated[list[MotDong], BeforeValidator(one_or_many)]


def paragraphs(text: str | None) -> list[str]:
    """Staff separate paragraphs with a blank line; single line breaks inside a paragraph are joined."""
    if not text:
        return []
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()]
