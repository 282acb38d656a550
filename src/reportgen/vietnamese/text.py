"""Text helpers that every Vietnamese string goes through.

Vietnamese letters can arrive precomposed (NFC) or decomposed (NFD, e.g. pasted from macOS or a PDF); Word
and Nghị định 30 expect NFC, and comparisons only work when both sides use the same form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C (precomposed letters)."""
    return unicodedata.normalize("NFC", text)


def upper_vi(text: str) -> str:
    """Upper-case ``text`` for headings such as ``SỞ NGOẠI VỤ``, keeping NFC (``đ`` becomes ``Đ``)."""
    return nfc(nfc(text).upper())


def join_vietnamese(items: Sequence[str]) -> str:
    """Join a list the Vietnamese way: ``A``, ``A và B``, ``A, B và C``; an empty list gives ``""``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
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
