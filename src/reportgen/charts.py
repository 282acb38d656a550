"""Charts of the annual report as PNG pictures: readable in black-and-white print, Vietnamese labels.

Bars are told apart by grey level and hatching, never by colour alone, because reports are printed on
office laser printers. The serif family matches the document (Times New Roman or a metric twin); matplotlib's
bundled DejaVu Serif, which has every Vietnamese letter, is the last resort so charts never show boxes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt
from matplotlib.figure import Figure

FONTS = ["Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif"]
MONTHS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]
WIDTH_CM = 16.0


@dataclass(frozen=True)
class Picture:
    """A picture for the document: PNG bytes and the size it takes on the page."""

    png: bytes
    width_cm: float
    height_cm: float
    title: str


def _figure(height_cm: float) -> Figure:
    plt.rcParams.update({"font.family": "serif", "font.serif": FONTS, "font.size": 11, "svg.fonttype": "none"})
    return plt.figure(figsize=(WIDTH_CM / 2.54, height_cm / 2.54), dpi=200)


def _png(fig: Figure, height_cm: float, title: str) -> Picture:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return Picture(buffer.getvalue(), WIDTH_CM, height_cm, title)


def _label_bars(ax: object, bars: object) -> None:
    ax.bar_label(bars, fontsize=9, padding=1, labels=[str(int(b.get_height())) if b.get_height() else ""  # type: ignore[attr-defined]
                                                        for b in bars])  # type: ignore[attr-defined]


def by_month(inbound: Sequence[int], outbound: Sequence[int], year: int) -> Picture | None:
    """Delegations per month, in and out side by side."""
    if not any(inbound) and not any(outbound):
        return None
    fig = _figure(7.5)
    ax = fig.add_subplot()
    positions = range(12)
    left = ax.bar([p - 0.2 for p in positions], inbound, 0.4, color="0.35", edgecolor="black", label="Đoàn vào")
    right = ax.bar([p + 0.2 for p in positions], outbound, 0.4, color="white", edgecolor="black", hatch="///",
                   label="Đoàn ra")
    _label_bars(ax, left)
    _label_bars(ax, right)
    ax.set_xticks(list(positions), MONTHS)
    ax.set_ylabel("Số đoàn")
    ax.set_title(f"Số đoàn vào, đoàn ra theo tháng năm {year}", fontweight="bold")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig, 7.5, f"Số đoàn vào, đoàn ra theo tháng năm {year}")


def by_country(ranked: Sequence[tuple[str, int]], year: int, limit: int = 10) -> Picture | None:
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
    ax.set_title(f"Các quốc gia, tổ chức có nhiều đoàn vào nhất năm {year}", fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig, height, f"Các quốc gia, tổ chức có nhiều đoàn vào nhất năm {year}")


def year_on_year(rows: Sequence[tuple[str, float, float]], year: int) -> Picture | None:
    """This year against last year for the main counts: (label, last year, this year)."""
    if not rows:
        return None
    fig = _figure(8.0)
    ax = fig.add_subplot()
    positions = range(len(rows))
    before = ax.bar([p - 0.2 for p in positions], [r[1] for r in rows], 0.4, color="white", edgecolor="black",
                    hatch="...", label=f"Năm {year - 1}")
    now = ax.bar([p + 0.2 for p in positions], [r[2] for r in rows], 0.4, color="0.35", edgecolor="black",
                 label=f"Năm {year}")
    _label_bars(ax, before)
    _label_bars(ax, now)
    ax.set_xticks(list(positions), [r[0] for r in rows])
    ax.set_title(f"So sánh một số chỉ tiêu năm {year} với năm {year - 1}", fontweight="bold")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig, 8.0, f"So sánh một số chỉ tiêu năm {year} với năm {year - 1}")
