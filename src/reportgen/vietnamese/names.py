"""Sorting and addressing people the Vietnamese way.

Code-point order puts ``Đ`` after ``Z`` and ``Ánh`` before ``An``, and a naive sort on the full name
groups people by family name, which in Vietnam is shared by millions; award lists are ordered by given
name, then middle names, then family name, with the Vietnamese alphabet and the tones as a tie-breaker.
"""

from __future__ import annotations

import unicodedata

from .text import nfc

# The Vietnamese alphabet with f, j, w, z slotted in Latin order for foreign names.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Tone marks in collation order: none (0), huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter (ă â ê ô ơ ư) rather than a tone.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")

# Classes of a character in the primary key: separators, digits, letters of the alphabet, anything else.
_SEPARATOR, _DIGIT, _LETTER, _OTHER = range(4)

Primary = tuple[tuple[int, int], ...]
SortKey = tuple[Primary, tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def honorific(gender: str) -> str:
    """``Ông`` for ``nam``, ``Bà`` for ``nữ``; anything else is an input error."""
    value = nfc(gender)
    if value == "nam":
        return "Ông"
    if value == "nữ":
        return "Bà"
    raise ValueError(f"giới tính phải là 'nam' hoặc 'nữ', không phải {gender!r}")


def _clusters(text: str) -> list[tuple[str, str]]:
    """Split NFD text into (base character, combining marks) pairs."""
    clusters: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + char)
        else:
            clusters.append((char, ""))
    return clusters


def _primary(base: str, marks: str) -> tuple[int, int]:
    letter = nfc(base.lower() + "".join(m for m in marks if m in _LETTER_MARKS))
    if letter in _RANK:
        return (_LETTER, _RANK[letter])
    if base.isspace() or not base.isalnum():
        return (_SEPARATOR, ord(base))
    if base.isdigit():
        return (_DIGIT, ord(base))
    return (_OTHER, ord(letter[0]))


def _word_tones(clusters: list[tuple[str, str]]) -> tuple[int, ...]:
    """The tone of each whitespace-separated word, so ``hoà`` and ``hòa`` (old and new placement) tie."""
    tones: list[int] = []
    current = 0
    for base, marks in clusters:
        if base.isspace():
            tones.append(current)
            current = 0
        current = current or next((_TONES[m] for m in marks if m in _TONES), 0)
    tones.append(current)
    return tuple(tones)


def vietnamese_sort_key(text: str) -> SortKey:
    """Collation key: letters in Vietnamese order ignoring tones, then tones word by word, then other marks,
    then case (lower before upper). NFC and NFD spellings give the same key.
    """
    clusters = _clusters(text.strip())
    primary = tuple(_primary(base, marks) for base, marks in clusters)
    other_marks = tuple(ord(m) for _, marks in clusters for m in marks if m not in _TONES and m not in _LETTER_MARKS)
    case = tuple(int(base.isupper()) for base, _ in clusters)
    return (primary, _word_tones(clusters), other_marks, case)


def person_sort_key(full_name: str) -> tuple[SortKey, tuple[SortKey, ...], SortKey]:
    """Key ordering people by given name (last word), then middle names, then family name (first word).

    A one-word name is treated as a given name; foreign names are split the same way and sort without error.
    """
    parts = nfc(full_name).split()
    if not parts:
        empty = vietnamese_sort_key("")
        return (empty, (), empty)
    given = vietnamese_sort_key(parts[-1])
    middles = tuple(vietnamese_sort_key(part) for part in parts[1:-1])
    family = vietnamese_sort_key(parts[0]) if len(parts) > 1 else vietnamese_sort_key("")
    return (given, middles, family)
