"""Document numbers and the numbering of sections and points.

The number and symbol (``Số: 05/BC-SNV``) identify a document in registries and in later references, so
its shape is fixed by Nghị định 30; sections use Roman numerals and points use the Vietnamese letter
sequence (with ``đ``, without ``f``, ``j``, ``w``, ``z``), as in legal texts.
"""

from __future__ import annotations

from .text import nfc

# The number a draft leaves blank for the registry: no-break spaces so Word keeps the gap. Ten, as the province's
# drafts leave it ("Số:           /QĐ-UBND", 9 to 13 spaces): room for a number up to 9999 at full width (a digit
# is as wide as two spaces in Times New Roman), written by hand or printed by the issuing signature.
NUMBER_BLANK = "\u00a0" * 10
_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _abbreviation(text: str) -> str:
    """An abbreviation with every space removed (``SNV - HTQT`` → ``SNV-HTQT``); its case is kept as given,
    because the official abbreviations mix case (``TTr``, ``CTr``, ``QyĐ``, ``SNgV``)."""
    return "".join(nfc(text).split())


def number_symbol(number: int | None, kind_abbr: str | None, issuer_abbr: str) -> str:
    """``05/BC-SNV``; ``12/SNV-HTQT`` for a công văn (no kind); a draft (``number=None``) has a blank."""
    issuer = _abbreviation(issuer_abbr)
    if not issuer:
        raise ValueError("thiếu ký hiệu cơ quan ban hành")
    if number is not None and number < 1:
        raise ValueError(f"số văn bản phải từ 01 trở lên, không phải {number}")
    kind = _abbreviation(kind_abbr) if kind_abbr else ""
    symbol = f"{kind}-{issuer}" if kind else issuer
    shown = NUMBER_BLANK if number is None else f"{number:02d}"
    return f"{shown}/{symbol}"


def number_line(number: int | None, kind_abbr: str | None, issuer_abbr: str) -> str:
    """The number line under the issuing body: ``Số: 05/BC-SNV``."""
    return f"Số: {number_symbol(number, kind_abbr, issuer_abbr)}"


def roman(n: int) -> str:
    """Roman numeral for section headings: ``I``, ``IV``, ``XII`` (1 to 3999)."""
    if not 1 <= n <= 3999:
        raise ValueError(f"không viết được số La Mã cho {n}")
    parts: list[str] = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def letter_item(i: int) -> str:
    """The letter of the i-th point (1-based): ``a``, ``b``, ``c``, ``d``, ``đ``, ``e``, ``g`` … ``y``."""
    if not 1 <= i <= len(_POINT_LETTERS):
        raise ValueError(f"điểm thứ {i} vượt quá {len(_POINT_LETTERS)} chữ cái a) đến y)")
    return _POINT_LETTERS[i - 1]
