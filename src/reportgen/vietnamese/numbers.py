"""Figures as Vietnamese reports print them.

Vietnamese swaps the English separators (``.`` groups thousands, ``,`` marks decimals), and a misplaced
separator changes a figure a thousandfold, so every number in a document goes through here. Rounding is
half-up, as people round by hand, never banker's rounding; floats are read through their shortest ``repr``
so ``2.675`` is 2,68.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

Number = int | float | Decimal

_DEFAULT_MAX_DECIMALS = 2


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"không phải là số: {value!r}")
    result = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not result.is_finite():
        raise ValueError(f"số không hợp lệ: {value!r}")
    return result


def _round(value: Decimal, places: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = max(60, value.adjusted() + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _group(digits: str) -> str:
    return f"{int(digits):,}".replace(",", ".")


def _format(value: Number, places: int, trim: bool) -> str:
    """Round ``value`` to ``places`` decimals and print it; ``trim`` drops trailing zeros of the fraction."""
    if places < 0:
        raise ValueError(f"số chữ số thập phân phải không âm: {places}")
    rounded = _round(_to_decimal(value), places)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    return sign + _group(whole) + ("," + fraction if fraction else "")


def format_number(value: Number, decimals: int | None = None) -> str:
    """``2.100``, ``11.974.405,56``, ``3,68``, ``-1.234``.

    With ``decimals=None`` an int is printed whole and a float or Decimal with at most two decimals,
    trailing zeros dropped (``3,5``, not ``3,50``). With ``decimals=k`` the value is rounded half-up and
    printed with exactly ``k`` decimals, so the figures of a table column line up.
    """
    if decimals is not None:
        return _format(value, decimals, trim=False)
    if isinstance(value, int) and not isinstance(value, bool):
        return _format(value, 0, trim=False)
    return _format(value, _DEFAULT_MAX_DECIMALS, trim=True)


def pad2(n: int) -> str:
    """A count as reports write it: ``07`` (đoàn), ``12``; zero stays ``0`` (``00 đoàn`` reads as a typo)."""
    if n < 0:
        raise ValueError(f"số đếm không được âm: {n}")
    return f"{n:02d}" if 0 < n < 10 else str(n)


def percent(value: float | Decimal, decimals: int = 1) -> str:
    """A value already in percent (``19.2`` → ``19,2%``), rounded half-up, trailing zeros dropped."""
    return _format(value, decimals, trim=True) + "%"


def _change_percent(diff: Decimal, previous: Decimal) -> str:
    """The change relative to ``previous``, or ``""`` when there is no meaningful base (zero or negative)."""
    if previous <= 0:
        return ""
    return percent(diff * 100 / previous)


def _with_unit(amount: str, unit: str) -> str:
    unit = unit.strip()
    return f"{amount} {unit}" if unit else amount


def compare_phrase(current: int | Decimal, previous: int | Decimal | None, previous_year: int, unit: str = "") -> str:
    """``tăng 15 đoàn (19,2%) so với năm 2021``, ``giảm 3 đoàn (10%) …``, ``bằng năm 2021``.

    No percentage when the previous figure is zero; ``""`` when there is no previous figure to compare with.
    """
    if previous is None:
        return ""
    cur, prev = _to_decimal(current), _to_decimal(previous)
    diff = cur - prev
    if diff == 0:
        return f"bằng năm {previous_year}"
    verb = "tăng" if diff > 0 else "giảm"
    amount = _with_unit(format_number(abs(diff)), unit)
    pct = _change_percent(abs(diff), prev)
    ratio = f" ({pct})" if pct else ""
    return f"{verb} {amount}{ratio} so với năm {previous_year}"


def change_cell(current: int | Decimal, previous: int | Decimal | None) -> str:
    """The "So sánh" cell of a summary table: ``+15 (19,2%)``, ``-3 (-10%)``, ``0``, ``+5`` (base 0)."""
    if previous is None:
        return ""
    cur, prev = _to_decimal(current), _to_decimal(previous)
    diff = cur - prev
    if diff == 0:
        return "0"
    sign = "+" if diff > 0 else "-"
    pct = _change_percent(diff, prev)
    ratio = f" ({pct})" if pct else ""
    return f"{sign}{format_number(abs(diff))}{ratio}"
