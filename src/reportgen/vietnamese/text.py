"""Text helpers that every Vietnamese string goes through.

Vietnamese letters can arrive precomposed (NFC) or decomposed (NFD, e.g. pasted from macOS or a PDF); Word
and Nghị định 30 expect NFC, and comparisons only work when both sides use the same form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C (precomposed letters)."""
    return unicodedata.normalize("NFC", text)


def upper_vi(text: str) -> str:
    """Upper-case ``text`` for headings such as ``SỞ NGOẠI VỤ``, keeping NFC (``đ`` becomes ``Đ``)."""
    return nfc(nfc(text).upper())


def join_vietnamese(items: Sequence[str]) -> str:
    """Join a list the Vietnamese way: ``A``, ``A và B``, ``A, B và C``; an empty list gives ``""``.

    When an item has a "và" of its own ("Sở Kế hoạch và Đầu tư"), a joining "và" would make two items read as
    three: the items are then separated by commas, or by semicolons when an item has a comma of its own
    ("Sở Kế hoạch và Đầu tư, Sở Công Thương"; "Giám đốc Sở Nội vụ; Thủ trưởng các cơ quan, đơn vị và …").
    """
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if any(" và " in item for item in items):
        return ("; " if any("," in item for item in items) else ", ").join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def without_diacritics(text: str) -> str:
    """ASCII letters for systems that mangle Unicode; đ is a letter of its own, not d with a mark."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def ascii_slug(text: str) -> str:
    """``Bằng khen`` → ``bang-khen``: lower-case ASCII words joined by "-", for parts of file names."""
    return _NOT_SLUG.sub("-", without_diacritics(nfc(text)).lower()).strip("-")


def trim_end(text: str) -> str:
    """A list item as typed, without the punctuation the person ended it with (``;`` ``,`` ``.`` ``:`` ``!``)."""
    return text.strip().rstrip(" ;,.:!")


def punctuate(text: str, last: bool, *, between: str = ";", final: str = ".") -> str:
    """One listed item: ``;`` after every item and ``.`` after the last (Nghị định 30), whatever was typed."""
    return trim_end(text) + (final if last else between)


def punctuate_all(items: Sequence[str], *, between: str = ";", final: str = ".") -> list[str]:
    """Every item of a list punctuated by ``punctuate``."""
    return [punctuate(item, i == len(items) - 1, between=between, final=final) for i, item in enumerate(items)]


NBSP = "\u00a0"
_LEVEL_WORDS = ("thành phố", "tỉnh", "quận", "huyện", "thị xã", "xã", "phường")
_BODIES = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Ban Chấp hành")
_LEVEL_PARTS = [(level, level.split()) for level in _LEVEL_WORDS]


def keep_names_whole(text: str) -> str:
    """No-break spaces inside the short names a title line must not split: ``thành phố Đà Nẵng``, ``tỉnh Quảng
    Trị``, ``Ủy ban nhân dân``, ``năm 2023``. A centred title broken inside "Thành / phố" splits one word in two
    (Vietnamese words are written as separate syllables); the line breaks between names instead.
    """
    for body in _BODIES:
        text = re.sub(re.escape(body), body.replace(" ", NBSP), text)
    words = text.split(" ")
    folded = [w.casefold() for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        matched = next(
            (lv for lv, parts in _LEVEL_PARTS if folded[i] == parts[0] and folded[i : i + len(parts)] == parts),
            None,
        )
        if matched is None:
            if words[i] == "năm" and i + 1 < len(words) and re.fullmatch(r"\d{4}\W*", words[i + 1]):
                out.append(words[i] + NBSP + words[i + 1])
                i += 2
                continue
            out.append(words[i])
            i += 1
            continue
        size = len(matched.split())
        group = words[i : i + size]
        j = i + size
        while j < len(words) and words[j][:1].isupper():
            group.append(words[j])
            j += 1
        # "các xã", "xã hội": ordinary words (but "thành phố Hội An" is a city)
        if j == i + size or (matched == "xã" and words[i + size].casefold() == "hội"):
            out.append(words[i])
            i += 1
            continue
        out.append(NBSP.join(group))
        i = j
    return " ".join(out)


_WORD_NUMBER = re.compile(
    r"(?i)(?<!\w)(tháng|năm|quý|ngày|số|khóa|lần thứ|nhiệm kỳ|giai đoạn|điều|khoản) "
    r"(?=\d|(?:[IVXLC]+)(?!\w))"
)
# a number and the word after it ("6 tháng", "1.200 lượt"), unless it already hangs on the word before ("năm 2023
# và"); a Roman numeral after its word keeps the year that follows ("quý IV năm 2021")
_NUMBER_WORD = re.compile(r"(?<![\w.,/\u00a0])(?:\d[\d.,]*\d|\d) (?=\w)|(?<=\u00a0)[IVXLC]+ (?=(?i:năm)\W)")


_PERIOD_NUMBER = re.compile(r"(?i)(?<!\w)(tháng|năm|quý|ngày) (?=\d|(?:[IVXLC]+)(?!\w))")


def keep_periods_whole(text: str) -> str:
    """A period's one word never parted from its number: ``Tháng 6/2026``, ``Quý III/2026``, ``ngày 15/9``,
    ``năm 2022``. ``make.table_widths`` measures such a phrase as one word, so a column is sized to hold it (a
    narrow "Thời gian" column printed "Quý / III/2026"); a longer phrase ("giai đoạn 2016–2020") may still take
    two lines in a column head."""
    return _PERIOD_NUMBER.sub(lambda m: m.group(1) + NBSP, text)


@lru_cache(maxsize=4096)  # certificates repeat the same lines hundreds of times
def keep_phrases_whole(text: str) -> str:
    """``keep_names_whole`` in any letter case, plus a number never parted from its word: ``6 tháng``,
    ``quý IV năm 2021``, ``tháng 7``, ``Điều 1``. For the lines a reader takes in at a glance (titles,
    headings, certificate lines): a break there reads as two pieces of one name.
    """
    text = keep_names_whole(text)
    for body in _BODIES:
        text = re.sub(re.escape(upper_vi(body)), upper_vi(body).replace(" ", NBSP), text)
    text = _WORD_NUMBER.sub(lambda m: m.group(1).replace(" ", NBSP) + NBSP, text)
    return _NUMBER_WORD.sub(lambda m: m.group(0)[:-1] + NBSP, text)
