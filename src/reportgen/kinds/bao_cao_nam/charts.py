"""Charts of the annual report as PNG pictures: readable in black-and-white print, Vietnamese labels.

Bars are told apart by grey level and hatching, never by colour alone, because reports are printed on
office laser printers. The serif family matches the document (Times New Roman or a metric twin); matplotlib's
bundled DejaVu Serif, which has every Vietnamese letter, is the last resort so charts never show boxes.
"""

from __future__ import annotations

import contextlib
import functools
import io
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager, ft2font
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from reportgen.images import Picture
from reportgen.vietnamese import format_number

FONTS = ["Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif"]
WIDTH_CM = 16.0


VIETNAMESE_PROBE = "ẢẠẦẬỎỘỰệịọủữđăơư"


def _covers_vietnamese(path: str) -> bool:
    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError):
        return False
    return all(ord(ch) in charmap for ch in VIETNAMESE_PROBE)


# File names (lower case, without spaces, hyphens or underscores) that start like each family's files:
# times.ttf / timesbd.ttf (Windows), Times New Roman.ttf (macOS), LiberationSerif-Regular.ttf, Tinos-Bold.ttf.
FILE_PREFIXES = {"Times New Roman": "times", "Liberation Serif": "liberationserif", "Tinos": "tinos"}


def _font_files(prefix: str) -> list[str]:
    """The system's font files whose names start like ``prefix``, found on disk (and by fontconfig)."""
    found = font_manager.findSystemFonts()
    return sorted(f for f in found if Path(f).name.lower().replace(" ", "").replace("-", "").startswith(prefix))


def _load_family_files(manager: font_manager.FontManager) -> None:
    """Add the document fonts' files to matplotlib's list by path.

    matplotlib reads its list of fonts from a cache file written the first time it ran; a font installed after
    that (fonts-liberation on a fresh machine, Times New Roman added later) is not in it, and the charts would
    quietly fall back to DejaVu Serif. Adding the files by path makes the result the same whatever the cache.
    """
    known = {entry.fname for entry in manager.ttflist}
    for prefix in FILE_PREFIXES.values():
        for path in _font_files(prefix):
            if path not in known:
                with contextlib.suppress(OSError, RuntimeError, ValueError):  # an unreadable file is just skipped
                    manager.addfont(path)


@functools.cache
def serif_font() -> str:
    """The first serif family that draws every Vietnamese letter.

    Some systems carry two builds under one name (Liberation Serif 1.x lacks the stacked tone marks, 2.x has
    them); matplotlib would pick either, so the builds that cannot draw Vietnamese are dropped from its list.
    """
    manager = font_manager.fontManager
    _load_family_files(manager)
    for family in FONTS:
        entries = [e for e in manager.ttflist if e.name == family]
        good = [e for e in entries if _covers_vietnamese(e.fname)]
        if good:
            manager.ttflist = [e for e in manager.ttflist if e.name != family or e in good]
            return family
    return "DejaVu Serif"


def _figure(height_cm: float) -> Figure:
    plt.rcParams.update({"font.family": "serif", "font.serif": [serif_font()], "font.size": 11})
    return plt.figure(figsize=(WIDTH_CM / 2.54, height_cm / 2.54), dpi=200)


def _png(fig: Figure, height_cm: float, title: str) -> Picture:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # A letter no serif font has (a name typed in N'Ko) is drawn as a box in the chart; the document's own
        # text keeps it, so the chart is not refused for it.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        fig.tight_layout()
        fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return Picture(buffer.getvalue(), WIDTH_CM, height_cm, title)


def _style(ax: Axes, value_axis: str = "y", legend: bool = True) -> None:
    """Whole-number ticks written the Vietnamese way, legend above the bars so it never hides one."""
    axis = ax.yaxis if value_axis == "y" else ax.xaxis
    axis.set_major_locator(MaxNLocator(integer=True))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(int(v))))
    ax.spines[["top", "right"]].set_visible(False)
    if legend:
        ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)


def _label_bars(ax: Axes, bars: BarContainer) -> None:
    ax.bar_label(
        bars, fontsize=9, padding=1, labels=[format_number(int(b.get_height())) if b.get_height() else "" for b in bars]
    )


def by_month(inbound: Sequence[int], outbound: Sequence[int], months: Sequence[str], title: str) -> Picture | None:
    """Delegations per month of the period (``months`` are the axis labels), in and out side by side."""
    if not any(inbound) and not any(outbound):
        return None
    fig = _figure(7.5)
    ax = fig.add_subplot()
    positions = range(len(months))
    left = ax.bar([p - 0.2 for p in positions], inbound, 0.4, color="0.35", edgecolor="black", label="Đoàn vào")
    right = ax.bar(
        [p + 0.2 for p in positions], outbound, 0.4, color="white", edgecolor="black", hatch="///", label="Đoàn ra"
    )
    _label_bars(ax, left)
    _label_bars(ax, right)
    ax.set_xticks(list(positions), list(months))
    ax.set_ylabel("Số đoàn")
    _style(ax)
    return _png(fig, 7.5, title)


def by_country(ranked: Sequence[tuple[str, int]], title: str, limit: int = 10) -> Picture | None:
    """The countries that sent the most delegations, most first."""
    top = list(ranked[:limit])
    if not top:
        return None
    height = 2.5 + 0.65 * len(top)
    fig = _figure(height)
    ax = fig.add_subplot()
    names = [name for name, _ in reversed(top)]
    counts = [count for _, count in reversed(top)]
    bars = ax.barh(names, counts, color="0.55", edgecolor="black")
    ax.bar_label(bars, fontsize=9, padding=2)
    ax.set_xlabel("Số đoàn")
    _style(ax, "x", legend=False)
    return _png(fig, height, title)


def category_label(text: str, per_line: int = 11) -> str:
    """A category name broken into short lines (``Hội nghị,\nsự kiện``) so neighbouring labels never overlap."""
    return "\n".join(textwrap.wrap(text, per_line, break_long_words=False)) or text


def year_on_year_figure(
    rows: Sequence[tuple[str, float, float]], year: int, before_label: str = "", now_label: str = ""
) -> Figure:
    """The chart of ``year_on_year`` before it is saved (tests measure its labels).

    The legend names the two periods compared ("6 tháng đầu năm 2022"); a whole year's are "Năm 2022", "Năm 2023".
    """
    before_label = before_label or f"Năm {year - 1}"
    now_label = now_label or f"Năm {year}"
    fig = _figure(8.0)
    ax = fig.add_subplot()
    positions = range(len(rows))
    before = ax.bar(
        [p - 0.2 for p in positions],
        [r[1] for r in rows],
        0.4,
        color="white",
        edgecolor="black",
        hatch="...",
        label=before_label,
    )
    now = ax.bar(
        [p + 0.2 for p in positions], [r[2] for r in rows], 0.4, color="0.35", edgecolor="black", label=now_label
    )
    _label_bars(ax, before)
    _label_bars(ax, now)
    ax.set_xticks(list(positions), [category_label(r[0]) for r in rows])
    _style(ax)
    return fig


def year_on_year(
    rows: Sequence[tuple[str, float, float]], year: int, before_label: str, now_label: str, title: str
) -> Picture | None:
    """This period against the same period last year for the main counts: (label, last year, this year)."""
    if not rows:
        return None
    return _png(year_on_year_figure(rows, year, before_label, now_label), 8.0, title)
