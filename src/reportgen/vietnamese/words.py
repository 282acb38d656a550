"""Numbers spelt out in Vietnamese, as the amounts of an award decision or a payment must be.

The spelling depends on the neighbouring digits (``mốt``/``một``, ``lăm``/``năm``, ``tư``/``bốn``,
``linh``, ``không trăm``), which is easy to get wrong by hand. The administrative forms are used:
``nghìn`` (not ``ngàn``), ``linh`` (not ``lẻ``), ``tỷ``; above a billion the scales repeat (``một nghìn
tỷ``).
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ("", "nghìn", "triệu")
_BILLION = 10**9


def _units(units: int, tens: int) -> str:
    """The last digit, whose word depends on the tens digit before it."""
    if units == 1 and tens >= 2:
        return "mốt"
    if units == 5 and tens >= 1:
        return "lăm"
    if units == 4 and tens >= 2:
        return "tư"
    return _DIGITS[units]


def _triple(n: int, leading: bool) -> list[str]:
    """Words for 0 < n < 1000; a group that is not the leading one says its zero hundreds (``không trăm``)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or not leading:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 1:
        words.append("mười")
    elif tens >= 2:
        words += [_DIGITS[tens], "mươi"]
    elif units and words:
        words.append("linh")
    if units:
        words.append(_units(units, tens))
    return words


def _below_billion(n: int, leading: bool) -> list[str]:
    """Words for 0 < n < 10**9, group by group (trăm, nghìn, triệu); zero groups are skipped."""
    groups = [n // 10**6, n // 1000 % 1000, n % 1000]
    words: list[str] = []
    for group, scale in zip(groups, reversed(_SCALES), strict=True):
        if group:
            words += _triple(group, leading and not words)
            if scale:
                words.append(scale)
    return words


def _positive(n: int, leading: bool = True) -> list[str]:
    billions, rest = divmod(n, _BILLION)
    words: list[str] = []
    if billions:
        words += [*_positive(billions, leading), "tỷ"]
    if rest:
        words += _below_billion(rest, leading and not words)
    return words


def number_in_words(n: int) -> str:
    """``21`` → ``hai mươi mốt``, ``1005`` → ``một nghìn không trăm linh năm``; negatives ``âm …``."""
    if n == 0:
        return _DIGITS[0]
    words = _positive(abs(n))
    return " ".join(["âm", *words] if n < 0 else words)


def amount_in_words(n: int, currency: str = "đồng") -> str:
    """An amount as written after ``(Bằng chữ: …)``: ``Hai triệu ba trăm bốn mươi nghìn đồng``."""
    text = number_in_words(n)
    text = text[0].upper() + text[1:]
    return f"{text} {currency}" if currency else text
