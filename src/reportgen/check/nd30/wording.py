"""What a header or signature line says, read from its words: the Quốc hiệu compared as a reader sees it, the
number line «Số: 05/BC-SNV» parsed, the place-and-date line, an authority prefix or a signer's title, a rule typed
as dashes or underscores, and the kind named at the start of a title in capitals. Shared by the structure finder
and the rules, so that both read a line the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .docxmodel import nfc

NUMBER_START = re.compile(r"^Số\b")
DATE_START = re.compile(
    r"^[^,\d]{2,60},\s*([Nn]gày\b|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})|^Ngày[\s\d.…_]*tháng[\s\d.…_]*năm\b"
)
BLANK = r"[\s.…_]*"  # a draft leaves the day and month as spaces, dots or underscores
DATE_FULL = re.compile(
    rf"^(?P<place>[^,]+),\s*[Nn]gày{BLANK}(?P<d>\d*){BLANK}tháng{BLANK}(?P<m>\d*){BLANK}năm\s*(?P<y>\d{{4}})$"
)
PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")
SIGN_WORDS = re.compile(
    r"\b(GIÁM ĐỐC|CHỦ TỊCH|CHÁNH|TRƯỞNG|THƯ KÝ|CHỦ TỌA|CHỦ TRÌ|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|ĐẠI DIỆN|NGƯỜI LẬP|PHÓ)\b"
)
RULE_TEXT = re.compile(r"^[_\u2500\u2014\u2013\u2015\u2212\-]{3,}$")
SOLID_RULE_TEXT = re.compile(r"^[_\u2500\u2014\u2015]{3,}$")


def quoc_key(text: str) -> str:
    """The Quốc hiệu compared without the tone-placement and spacing differences a reader does not see."""
    text = nfc(" ".join(text.upper().split()))
    return text.replace("HOÀ", "HÒA")


def is_upper(text: str) -> bool:
    """Every letter in capitals, and at least one letter (Python's own test, which reads a whole paragraph at C
    speed; Vietnamese letters are all cased)."""
    return text.isupper()


def is_rule_text(text: str) -> bool:
    return bool(RULE_TEXT.match(text.replace(" ", "")))


@dataclass(frozen=True)
class Symbol:
    """A parsed number line: ``Số: 05/BC-SNV`` → number 05, kind BC."""

    number: str
    kind: str
    symbol: str
    colon: bool
    spaced: bool


def parse_symbol(text: str) -> Symbol | None:
    match = re.match(r"^Số\s*(:?)(.*)$", text.strip())
    if match is None or "/" not in match[2]:
        return None
    head, _, tail = match[2].partition("/")
    number = head.strip()
    spaced = (bool(number) and head != head.rstrip()) or tail != tail.lstrip()
    year = re.match(r"^\s*\d{4}\s*/(.*)$", tail)
    if year:
        tail = year[1]
    symbol = tail.strip()
    spaced = spaced or bool(re.search(r"\s-|-\s|\s/|/\s", symbol))
    compact = re.sub(r"\s+", "", symbol)
    return Symbol(number, compact.split("-")[0], compact, match[1] == ":", spaced)


def kind_of(text: str, kinds: Iterable[str]) -> str | None:
    """The kind named at the start of a title line in capitals: «BIÊN BẢN LÀM VIỆC» → «BIÊN BẢN»."""
    title = " ".join(text.split())
    if not title or title.endswith(":"):
        return None
    for name in sorted(kinds, key=len, reverse=True):
        if title.upper() == name or (is_upper(title) and title.startswith(name + " ")):
            return name
    return None
