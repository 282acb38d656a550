"""One Excel cell as the validators take it: the spellings staff type, read exactly or refused.

Excel and Calc hand over typed values (a date, a float, a bool) or text; staff write ``usd``, ``VNĐ``,
``đồng``, ``x`` for yes, ``12 người``, ``07``. Each is mapped to the one value it can only mean; anything
that could mean two things is left for the validator to refuse with the cell's address.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from reportgen.author.xlsx_sheets import Column
from reportgen.vietnamese import format_number

# Alternative spellings of a Literal value, by the value (casefolded, spaces collapsed).
ALIASES: dict[str, set[str]] = {
    "USD": {"usd", "us$", "$", "us dollar", "đô la", "đô la mỹ", "đôla", "đô", "do la", "do la my"},
    "VND": {"vnd", "vnđ", "đồng", "đ", "việt nam đồng", "dong", "vn đồng", "vndong"},
    "EUR": {"eur", "euro", "€", "ơ-rô", "ơrô"},
    "JPY": {"jpy", "yên", "yên nhật", "¥", "yen"},
    "KRW": {"krw", "won", "uôn", "₩"},
    "AUD": {"aud", "a$", "đô la úc", "do la uc"},
    "nam": {"nam", "nam giới", "ông"},
    "nữ": {"nữ", "nu", "nữ giới", "bà"},
}
TRUE_WORDS = {"có", "co", "x", "✓", "✔", "đúng", "true"}
FALSE_WORDS = {"không", "khong", "sai", "false", "-"}
COUNT_UNITS = ("người", "đoàn", "lượt", "đại biểu", "ng")
_UNIT_NUMBER = re.compile(r"^(?P<number>[-+]?[\d.,\s\u00a0]*\d)\s*(?P<unit>\D.*)?$")
_LEADING_ZERO = re.compile(r"^0+(\d+)$")
_ZERO_PADDED = re.compile(r"^0+$")


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def choice(text: str, choices: tuple[str, ...]) -> str | None:
    """The Literal value a spelling stands for, or None."""
    key = fold(text)
    for value in choices:
        if key == fold(value) or key in ALIASES.get(value, set()):
            return value
    return None


@dataclass
class Read:
    """A cell's value for the validator, and the currency written beside an amount (``1.000 USD``)."""

    value: Any
    unit: str | None = None
    problem: str | None = None


def _number_text(text: str, column: Column, currencies: tuple[str, ...]) -> Read:
    """``12 người`` → 12, ``07`` → 7, ``1.000 USD`` → 1.000 and unit USD; the validator reads the digits."""
    match = _UNIT_NUMBER.match(text)
    if match is None:
        return Read(text)
    number, unit = match["number"].strip(), (match["unit"] or "").strip()
    found_unit = choice(unit, currencies) if unit and column.type == "decimal" else None
    counted = column.type == "int" and fold(unit) in COUNT_UNITS
    if unit and found_unit is None and not counted:
        return Read(text)  # "1,5 triệu": left to the validator, which refuses it
    if zero := _LEADING_ZERO.match(number):
        number = zero[1]  # "07": a number typed as text to show the zero, as Vietnamese reports write it
    return Read(number, found_unit)


def _padded(value: int, number_format: str) -> str:
    """A number shown with leading zeros (format ``00``) is the text staff see, ``07``."""
    digits = number_format.split(";")[0]
    return str(value).zfill(len(digits)) if _ZERO_PADDED.match(digits) else str(value)


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
EXCEL_SHORT_DATE = "mm-dd-yy"  # built-in format 14: shown in the computer's own order (dd/mm/yyyy in Vietnam)


def month_first(number_format: str) -> bool:
    """Whether a date cell shows the month before the day (``MM/DD/YYYY``): ``05/03/2024`` is then 3 May."""
    code = _QUOTED.sub("", number_format.split(";")[0]).lower()
    if code == EXCEL_SHORT_DATE or "d" not in code or "m" not in code:
        return False
    day, month, year = code.find("d"), code.find("m"), code.find("y")
    return month < day and (year < 0 or month < year)


def _ambiguous_date(value: date, number_format: str) -> str | None:
    if value.day <= 12 and value.day != value.month and month_first(number_format):
        shown = value.strftime("%m/%d/%Y")
        return (
            f"ô hiển thị “{shown}” theo kiểu tháng/ngày/năm, tức ngày {value.strftime('%d/%m/%Y')}; không chắc đó là "
            "ý người nhập: hãy định dạng cột là ngày dd/mm/yyyy, kiểm tra lại ngày rồi nhập lại"
        )
    return None


def read(value: Any, column: Column, number_format: str = "General", currencies: tuple[str, ...] = ()) -> Read:
    """The cell ``value`` of ``column`` for the validators; ``Read(None)`` for an empty cell."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()
        if not value:
            return Read(None)
        if column.separators:
            parts = re.split("[" + re.escape(column.separators) + "]", value)
            return Read([part.strip() for part in parts if part.strip()])
        if column.choices:
            return Read(choice(value, column.choices) or value)
        if column.type == "bool":
            word = fold(value)
            return Read(True if word in TRUE_WORDS else False if word in FALSE_WORDS else value)
        if column.type in ("int", "decimal"):
            return _number_text(value, column, currencies)
        return Read(value)
    if isinstance(value, datetime):
        if value.time() != time():
            if column.type == "date":
                return Read(None, problem="ô có cả giờ; chỉ ghi ngày, dạng 15/03/2024")
        else:
            value = value.date()
    if isinstance(value, date) and (doubt := _ambiguous_date(value, number_format)):
        return Read(None, problem=doubt)
    if isinstance(value, bool):
        return Read(value)  # TRUE in a column that is not yes/no: the validator refuses it
    if isinstance(value, float):
        value = int(value) if value.is_integer() else Decimal(repr(value))
    if column.type == "bool" and isinstance(value, int) and value in (0, 1):
        return Read(bool(value))
    if column.type == "text" and isinstance(value, date):
        value = value.strftime("%d/%m/%Y")
    if column.type == "text" and isinstance(value, int):
        value = _padded(value, number_format)
    if column.type == "text" and isinstance(value, Decimal):
        value = vn_decimal(value)
    if column.separators and value is not None:
        return Read([str(value)])
    return Read(value)


def vn_decimal(value: Decimal, *, cents: bool = False) -> str | int:
    """``2100`` or ``3,5``; with ``cents`` (money) ``575.500,50``, as a cell formatted ``#.##0,00`` shows it."""
    if value == value.to_integral_value():
        return int(value)
    places = max(2 if cents else 0, -int(value.normalize().as_tuple().exponent))
    return format_number(value, decimals=places)
