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

# Characters that keep a figure whole on its line. LibreOffice and Word break after a hyphen-minus and an en
# dash; a figure broken there ("−/15,7%") reads as two figures.
NB_MINUS = "\u2011"  # non-breaking hyphen as the minus sign of a table cell (printed as "-")


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
    """A count as reports write it: ``07`` (đoàn), ``12``, ``2.100``; zero stays ``0`` (``00 đoàn`` reads as a typo).

    One rule for every count a sentence prints (the document's number, đoàn, lượt người, văn bản, the
    difference in a comparison): 1 to 9 take a leading zero, as Nghị định 30 writes the number of a document and
    as real reports write counts ("07 đoàn", "01 tập thể và 03 cá nhân"). Amounts of money, percentages and the
    figures of table columns are measures, not counts, and are never padded.
    """
    if n < 0:
        raise ValueError(f"số đếm không được âm: {n}")
    return f"{n:02d}" if 0 < n < 10 else format_number(n)


def format_money(value: Number) -> str:
    """``575.500,50``, ``240.000,25``, ``4.400.000``: a sum with cents keeps both decimals, a whole sum none.

    ``575.500,5 USD`` beside ``240.000,25 USD`` reads as two kinds of figure; money is written to the cent.
    """
    rounded = _round(_to_decimal(value), 2)
    return _format(rounded, 0 if rounded == rounded.to_integral_value() else 2, trim=False)


def percent(value: float | Decimal, decimals: int = 1) -> str:
    """A value already in percent (``19.2`` → ``19,2%``), rounded half-up, trailing zeros dropped."""
    return _format(value, decimals, trim=True) + "%"


def _change_percent(diff: Decimal, previous: Decimal) -> str:
    """The change relative to ``previous``, or ``""`` when there is no meaningful base (zero or negative)."""
    if previous <= 0:
        return ""
    return percent(diff * 100 / previous)


def times(current: int | Decimal, previous: int | Decimal) -> str:
    """``5,2`` when ``current`` is at least twice a positive ``previous``, else ``""``: from twofold on a report
    writes "tăng 25 cuốn, gấp 5,2 lần cùng kỳ", never "tăng 416,7%". The one rule of every comparison."""
    cur, prev = _to_decimal(current), _to_decimal(previous)
    if prev <= 0 or cur < 2 * prev:
        return ""
    return format_number(cur / prev, 1).removesuffix(",0")


def _with_unit(amount: str, unit: str) -> str:
    unit = unit.strip()
    return f"{amount} {unit}" if unit else amount


def compare_phrase(current: int | Decimal, previous: int | Decimal | None, previous_year: int, unit: str = "") -> str:
    """``tăng 15 đoàn (19,2%) so với năm 2021``, ``giảm 3 đoàn (10%) …``, ``bằng năm 2021``; from twofold on
    ``tăng 10 đoàn, gấp 3 lần năm 2021`` (``times``).

    No percentage when the previous figure is zero; ``""`` when there is no previous figure to compare with.
    """
    if previous is None:
        return ""
    cur, prev = _to_decimal(current), _to_decimal(previous)
    diff = cur - prev
    if diff == 0:
        return f"bằng năm {previous_year}"
    verb = "tăng" if diff > 0 else "giảm"
    whole = diff == diff.to_integral_value() and isinstance(current, int)
    amount = _with_unit(pad2(int(abs(diff))) if whole else format_number(abs(diff)), unit)
    if ratio_ := times(cur, prev):
        return f"tăng {amount}, gấp {ratio_} lần năm {previous_year}"
    pct = _change_percent(abs(diff), prev)
    ratio = f" ({pct})" if pct else ""
    return f"{verb} {amount}{ratio} so với năm {previous_year}"


def change_cell(current: int | Decimal, previous: int | Decimal | None, money: bool = False) -> str:
    """The "So sánh" cell of a summary table: ``+15 (19,2%)``, ``-3 (-10%)``, ``0``, ``+5`` (base 0).

    The minus signs are non-breaking hyphens, so neither half can break inside; the two halves may stand on
    two lines of a narrow cell. ``money`` writes the difference to the cent (``+1.467.000,50``).
    """
    if previous is None:
        return ""
    cur, prev = _to_decimal(current), _to_decimal(previous)
    diff = cur - prev
    if diff == 0:
        return "0"
    sign = "+" if diff > 0 else NB_MINUS
    pct = _change_percent(diff, prev).replace("-", NB_MINUS)
    ratio = f" ({pct})" if pct else ""
    return f"{sign}{format_money(abs(diff)) if money else format_number(abs(diff))}{ratio}"
