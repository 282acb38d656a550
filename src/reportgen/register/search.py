"""Finding lines of the sổ by what a person remembers: words of the trích yếu, a number, a signer, a receiver.

Accents are optional ("tang bang khen" finds "tặng Bằng khen") and every word must appear somewhere in the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.register.store import Entry
from reportgen.vietnamese.text import without_diacritics


def _fold(text: str) -> str:
    return without_diacritics(text).casefold()


def matches(entry: Entry, query: str) -> bool:
    haystack = _fold(" ".join([entry.symbol, entry.type_name, entry.subject, entry.signer, *entry.recipients]))
    return all(word in haystack for word in _fold(query).split())


def search(entries: Sequence[Entry], query: str) -> list[Entry]:
    return [entry for entry in entries if matches(entry, query)] if query.strip() else list(entries)
