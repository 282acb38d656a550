"""The last step of sizing a table's columns: width moved to where it saves lines.

``table_widths`` gives each column what its widest word needs and shares the rest by rules of thumb; a column of
short phrases ("quận Thanh Khê" under "Địa bàn") could still be left one word a line, its rows three lines high
beside two-line names, while a wider column had room its rows never used. Here the rows are wrapped as a reader
sees them (each cell's words, in Times New Roman at its own size, inside its width less the cell margins), the
table's height counted as the sum of each row's tallest cell, and width moved between two wrapping columns while
that height goes down, or, at the same height, while fewer cells stand one word a line. A column never falls
below the width its widest word (``floors``) needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

# One cell: the space width, then the widths of the words of each paragraph (twips, margins excluded).
Cell = tuple[int, list[list[int]]]
STEPS = (40, 80, 160, 320, 640)  # twips moved at a time, 0.07 cm to 1.1 cm
ROUNDS = 40
SAMPLE = 80  # rows wrapped to judge a long list: its height is theirs many times over
T = TypeVar("T")


def lines_of(cell: Cell, width: int) -> int:
    """How many lines ``cell`` takes in ``width`` (margins already taken off), words wrapped as Word wraps them."""
    space, paragraphs = cell
    total = 0
    for words in paragraphs:
        count, line = 1, -space
        for word in words:
            if line >= 0 and line + space + word > width:
                count, line = count + 1, word
            else:
                line += space + word
        total += count
    return total


def _height(lines: list[list[int]]) -> int:
    return sum(max(row) for row in lines)


def sample(rows: Sequence[T]) -> list[T]:
    """At most ``SAMPLE`` rows spread evenly over a long list: what is wrapped to judge its height."""
    if len(rows) <= SAMPLE:
        return list(rows)
    return [rows[i * len(rows) // SAMPLE] for i in range(SAMPLE)]


def balanced(widths: list[int], floors: list[int], rows: Sequence[list[Cell]], margins: int) -> list[int]:
    """``widths`` with width moved from one column to another while the table gets shorter; ``margins``: the
    cells' left and right margins together."""
    rows = sample(rows)
    if not rows:
        return widths
    widths = list(widths)
    lines = [[lines_of(cell, w - margins) for cell, w in zip(row, widths, strict=True)] for row in rows]
    for _ in range(ROUNDS):
        best = _best_move(widths, floors, rows, margins, lines)
        if best is None:
            break
        step, taker, donor = best
        widths[taker] += step
        widths[donor] -= step
        for r, row in enumerate(rows):
            lines[r][taker] = lines_of(row[taker], widths[taker] - margins)
            lines[r][donor] = lines_of(row[donor], widths[donor] - margins)
    return widths


def _best_move(
    widths: list[int], floors: list[int], rows: list[list[Cell]], margins: int, lines: list[list[int]]
) -> tuple[int, int, int] | None:
    """The move (step, taker, donor) that saves most lines, or at no cost mends most cells left one word a line;
    the smallest step first among equals; ``None`` when none does either."""
    cols = range(len(widths))
    # per row, its three tallest cells: the tallest of the others when two columns change
    tops = [sorted(((n, c) for c, n in enumerate(row)), reverse=True)[:3] for row in lines]
    height = _height(lines)
    best: tuple[int, int, int, int, int] | None = None  # (lines saved, cells mended, -step, taker, donor)
    for step in STEPS:
        wider = {c: [lines_of(row[c], widths[c] + step - margins) for row in rows] for c in cols}
        narrower = {
            c: [lines_of(row[c], widths[c] - step - margins) for row in rows]
            for c in cols
            if widths[c] - step >= floors[c]
        }
        for taker in cols:
            if all(w == row[taker] for w, row in zip(wider[taker], lines, strict=True)):
                continue  # no cell of it gets shorter
            for donor, fewer in narrower.items():
                if donor == taker:
                    continue
                new = 0
                for r, top in enumerate(tops):
                    rest = next((n for n, c in top if c not in (taker, donor)), 0)
                    new += max(rest, wider[taker][r], fewer[r])
                mended = sum(
                    _broken(rows[r][c], lines[r][c]) - _broken(rows[r][c], after[r])
                    for c, after in ((taker, wider[taker]), (donor, fewer))
                    for r in range(len(rows))
                )
                move = (height - new, mended, -step, taker, donor)
                if (move[0] > 0 or (move[0] == 0 and mended > 0)) and (best is None or move[:3] > best[:3]):
                    best = move
    return None if best is None else (-best[2], best[3], best[4])


def _broken(cell: Cell, lines: int) -> int:
    """1 when a cell of several words stands one word a line ("quận / Thanh / Khê"), the column read down."""
    words = sum(len(p) for p in cell[1])
    return 1 if words >= 2 and lines >= words else 0
