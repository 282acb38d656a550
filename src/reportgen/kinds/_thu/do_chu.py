"""How much room text takes on a card, measured with the font's own advance widths (never guessed by characters).

Times New Roman is looked for first (Windows has it), then Liberation Serif (the same widths), then matplotlib's
DejaVu Serif, which every installation of reportgen carries and which is wider: a card that fits with it fits in
Times New Roman too, so the fallback can only refuse a text that might have fitted, never pass one that does not.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from fontTools.ttLib import TTFont

_REGULAR = ("times.ttf", "LiberationSerif-Regular.ttf", "DejaVuSerif.ttf")
_BOLD = ("timesbd.ttf", "LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf")
_FOLDERS = (
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path("/usr/share/fonts/truetype/msttcorefonts"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path(matplotlib.get_data_path()) / "fonts" / "ttf",
)
LINE = 1.17  # a single-spaced line of Times New Roman is 1.15 em in Word; a little more to be safe


@dataclass(frozen=True)
class Metrics:
    advances: dict[int, int]  # code point -> advance width in font units
    per_em: int
    fallback: int

    def width(self, text: str, size: float) -> float:
        """Width in points of ``text`` at ``size`` points."""
        return sum(self.advances.get(ord(c), self.fallback) for c in text) * size / self.per_em


@functools.cache
def metrics(bold: bool) -> Metrics:
    for name in _BOLD if bold else _REGULAR:
        for folder in _FOLDERS:
            path = folder / name
            if path.is_file():
                with TTFont(str(path)) as font:
                    cmap = font.getBestCmap()
                    widths = font["hmtx"].metrics
                    advances = {code: widths[glyph][0] for code, glyph in cmap.items()}
                    return Metrics(advances, font["head"].unitsPerEm, max(advances.values()))
    raise FileNotFoundError("no serif font to measure with")  # matplotlib always ships DejaVu Serif


def lines(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped at spaces into ``width`` points, as a word processor wraps it."""
    measure = metrics(bold)
    count, current = 1, ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and measure.width(candidate, size) > width:
            count, current = count + 1, word
        else:
            current = candidate
    return count


def height(text: str, size: float, width: float, bold: bool = False, after: float = 0.0) -> float:
    """Points of page height a centred paragraph takes, with ``after`` points of space below it."""
    return lines(text, size, width, bold) * size * LINE + after
