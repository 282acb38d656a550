"""Text helpers that every Vietnamese string goes through.

Vietnamese letters can arrive precomposed (NFC) or decomposed (NFD, e.g. pasted from macOS or a PDF); Word
and Nghị định 30 expect NFC, and comparisons only work when both sides use the same form.
"""

from __future__ import annotations

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
