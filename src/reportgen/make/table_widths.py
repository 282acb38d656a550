"""Column widths of a rendered table from what it really holds.

A template sizes its columns for the figures it expects; a report with an estimate column and sums in đồng
("61.241.000.000") then broke its figures inside their cells and left the label column one word wide, over
pages. After rendering, each column of a fixed-layout table is measured on its real content (the widest word
or figure, which must stand whole on one line, a period's word with its number counting as one word so that a
"Thời gian" column never prints "Quý / III/2026", and the header's widest word); a column too narrow takes the
width it lacks from the columns with room to spare; a column of short cells (names, units) gets its line whole
first when the table can afford it, the long prose columns share the rest; last, width moves between columns
while the wrapped rows get shorter (``table_height``). The table keeps its total width; when even that is not
enough the widths are left as the template set them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from html import unescape

from reportgen.make.table_height import Cell, balanced, sample
from reportgen.vietnamese import keep_periods_whole

# Advance widths of Times New Roman (Adobe Times metrics, 1/1000 em).
_LOWER = "444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444"
_UPPER = "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611"
ADVANCE = {
    **dict.fromkeys("0123456789", 500),
    **dict.fromkeys(" \u00a0.,", 250),
    **{"/": 278, ":": 278, ";": 278, "-": 333, "\u2011": 333, "(": 333, ")": 333, "\u2013": 500},
    **{"+": 564, "\u2212": 564, "%": 833},
    **dict(zip("abcdefghijklmnopqrstuvwxyz", map(int, _LOWER.split()), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", map(int, _UPPER.split()), strict=True)),
}
TWIPS_PER_PT = 20
PADDING = 2 * 108 + 60  # Word's default left and right cell margins (0.19 cm each), and some slack
TABLE_PT = 12.0
READABLE = 2381  # 4.2 cm: a label column holding four or five words a line, readable however wide the table


def text_twips(text: str, size_pt: float = TABLE_PT, bold: bool = False) -> int:
    """Printed width of ``text`` in Times New Roman; a Vietnamese letter is as wide as its base letter."""
    return _twips(_text_units(text), size_pt, bold)


def _twips(units: int, size_pt: float, bold: bool) -> int:
    return round(units / 1000 * size_pt * (1.06 if bold else 1.0) * TWIPS_PER_PT)


def _text_units(text: str) -> int:
    """Advance of ``text`` in 1/1000 em, summed from its words: a list of thousands of rows repeats its words
    (countries, units, titles), and measuring each once keeps sizing a long table linear and cheap."""
    words = text.split(" ")
    return sum(_word_units(w) for w in words) + (len(words) - 1) * _SPACE


@lru_cache(maxsize=1 << 16)
def _word_units(word: str) -> int:
    units = 0
    for ch in unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D")):
        if unicodedata.combining(ch) or ch == "\u2060":
            continue
        units += ADVANCE.get(ch, 500)
    return units


_SPACE = ADVANCE[" "]


_TABLE_TAG = re.compile(rb"<w:tbl>|</w:tbl>")
_ROW = re.compile(rb"<w:tr(?=[ >])[^>]*>.*?</w:tr>", re.DOTALL)
_CELL = re.compile(rb"<w:tc>.*?</w:tc>", re.DOTALL)
_TEXT = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_GRID = re.compile(rb"<w:tblGrid>(.*?)</w:tblGrid>", re.DOTALL)
_GRID_COL = re.compile(rb'<w:gridCol w:w="(\d+)"/>')
_CELL_WIDTH = re.compile(rb'<w:tcW w:type="dxa" w:w="\d+"/>')
_SIZE = re.compile(rb'<w:sz w:val="(\d+)"/>')
_INVISIBLE = re.compile(rb'<w:insideV w:val="(?:nil|none)"/>')
_PARAGRAPH = re.compile(rb"<w:p(?=[ >]).*?</w:p>", re.DOTALL)


def _two_lines(units: list[int]) -> int:
    """The narrowest width (in units) that holds words of these advances on two lines, split where the longer
    line is shortest."""
    if len(units) < 2:
        return max(units, default=0)
    total = sum(units) + (len(units) - 1) * _SPACE
    left, best = -_SPACE, total
    for unit in units[:-1]:
        left += _SPACE + unit
        best = min(best, max(left, total - left - _SPACE))
    return best


def _texts(cell: bytes) -> tuple[float, list[str]]:
    """A cell's font size and the text of each of its paragraphs."""
    size = _SIZE.search(cell)
    pt = int(size.group(1)) / 2 if size else TABLE_PT
    return pt, [unescape(b"".join(_TEXT.findall(p)).decode("utf-8")) for p in _PARAGRAPH.findall(cell)]


def _wrapped(cell: bytes) -> Cell:
    """A record's cell as ``table_height`` wraps it: the width of a space and of each word of each paragraph."""
    pt, texts = _texts(cell)
    return _twips(_SPACE, pt, False), [[_twips(_word_units(w), pt, False) for w in t.split()] for t in texts]


def _measure(cell: bytes, bold: bool) -> tuple[int, int, int, int]:
    """Of a cell, padding included, zeros when empty: its widest word or figure; the same with a period and its
    number ("Quý III/2026", "năm 2022") counted as one word; its widest paragraph on one line; on two lines.

    One pass per cell in whole-word advances: a long list has tens of thousands of cells."""
    pt, texts = _texts(cell)
    word = phrase = line = two = 0
    empty = True
    for text in (t.strip() for t in texts):
        parts = [_word_units(w) for w in text.split(" ")]
        phrases = [_word_units(w) for w in keep_periods_whole(text).split(" ") if w]
        empty = empty and not phrases
        word = max(word, *parts)
        phrase = max(phrase, *phrases, 0)
        line = max(line, sum(parts) + (len(parts) - 1) * _SPACE)
        two = max(two, _two_lines(phrases))
    if empty:
        return 0, 0, 0, 0
    word, phrase, line, two = (_twips(u, pt, bold) + PADDING for u in (word, phrase, line, two))
    return word, phrase, line, two


def _measured(cell: bytes, seen: dict[bytes, tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """A record's cell measured once however often it stands in the list (a country, a unit, a date)."""
    known = seen.get(cell)
    if known is None:
        known = seen[cell] = _measure(cell, bold=False)
    return known


def fitted(widths: list[int], needs: list[int], lines: list[int]) -> list[int] | None:
    """New widths, or ``None`` to keep the template's.

    ``needs``: what each column needs for its widest word or figure; ``lines``: for its widest cell on one line.
    A column whose every cell fits on one line keeps only that width; what it frees, and what the others can
    spare beyond their widest word, goes to the columns whose text wraps, so the label column of a summary table
    is never left one word wide beside half-empty figure columns.
    """
    wrapping = [i for i, (w, line) in enumerate(zip(widths, lines, strict=True)) if line > w]
    if not wrapping:
        return None
    out = [min(w, max(n, line)) for w, n, line in zip(widths, needs, lines, strict=True)]
    for i in wrapping:
        out[i] = needs[i]
    room = sum(widths) - sum(out)
    if room < 0:
        return None
    wants = {i: lines[i] - needs[i] for i in wrapping}
    new = _one_line_first(out, wants, room, widths)
    return new if new != widths else None


def _shared(out: list[int], wants: dict[int, int], room: int, widths: list[int], whole: list[int]) -> list[int]:
    """``out`` with the room given out: the columns ``whole`` get all they want, the others in proportion to
    what they want (the longer a column's text, the more it gets); rounding and any room left over go to the
    widest column that wraps."""
    out = list(out)
    for i in whole:
        out[i] += wants[i]
        room -= wants[i]
    rest = [i for i in wants if i not in whole]
    share = sum(wants[i] for i in rest) or 1
    for i in rest:
        out[i] += min(wants[i], room * wants[i] // share)
    out[max(wants, key=lambda i: widths[i])] += sum(widths) - sum(out)
    return out


def _one_line_first(out: list[int], wants: dict[int, int], room: int, widths: list[int]) -> list[int]:
    """The room shared, the columns wanting least getting their widest line whole first.

    Shared only in proportion to what each column lacks, the room went mostly to long prose, and a column of
    short cells (names, units) was left a few twips short of one line: "Ông Hoàng / Văn Anh", "lượt / người". A
    column of short cells (its widest line within an eighth of the width the template gave it, so meant to
    hold it) wanting no more than an equal share of the room still to give gets all it wants, shortest want
    first, unless that leaves the column wanting most (the label column beside figures) under a quarter of the
    table and under ``READABLE``. A column of longer cells is not served: its text wraps beside prose that
    wraps anyway, and serving it made the list longer.
    """
    whole: list[int] = []
    best = _shared(out, wants, room, widths, whole)
    widest = max(wants, key=lambda i: wants[i])
    for i in sorted(wants, key=lambda i: wants[i]):
        if out[i] + wants[i] > widths[i] * 9 // 8:
            continue  # cells longer than the template meant the column for: wrapping them is expected
        left = room - sum(wants[j] for j in whole)
        if i == widest or wants[i] > left // (len(wants) - len(whole)):
            break
        trial = _shared(out, wants, room, widths, [*whole, i])
        if trial[widest] < min(best[widest], sum(widths) // 4, READABLE):
            break
        whole.append(i)
        best = trial
    return best


def _table(table: bytes) -> bytes:
    grid = _GRID.search(table)
    head = table[: grid.start()] if grid else b""
    if grid is None or b'<w:tblLayout w:type="fixed"/>' not in head or _INVISIBLE.search(head):
        return table  # a layout table (header block, signature) is placed by hand, not by its text
    widths = [int(w) for w in _GRID_COL.findall(grid.group(1))]
    needs, lines, wishes, plain = ([0] * len(widths) for _ in range(4))
    rows = _ROW.findall(table)
    seen: dict[bytes, tuple[int, int, int, int]] = {}
    records: list[list[bytes]] = []  # a head is printed once a page, its lines are the width rules' (two at most)
    for i, row in enumerate(rows):
        cells = _CELL.findall(row)
        if len(cells) != len(widths) or b"<w:gridSpan " in row:
            continue
        if i:
            records.append(cells)
        for c, cell in enumerate(cells):
            word, phrase, line, two = _measure(cell, bold=i == 0) if i == 0 else _measured(cell, seen)
            needs[c] = max(needs[c], word)
            wishes[c] = max(wishes[c], two if i == 0 else phrase)  # a head on two lines, "Quý III/2026" whole
            lines[c] = max(lines[c], two if i == 0 else line)
            plain[c] = max(plain[c], max(word, (line + PADDING) // 2) if i == 0 else line)  # a head: two lines
    # whole periods and two-line heads are needed, not just wished for, as long as the table can afford them
    floors = [max(n, w) for n, w in zip(needs, wishes, strict=True)]
    new = fitted(widths, floors, lines)
    if new is None and wishes != needs:
        floors = needs
        new = fitted(widths, needs, plain)
    if new is None:
        return table
    floors = [min(f, n) for f, n in zip(floors, new, strict=True)]
    wants = sorted(((lines[c] - floors[c], c) for c in range(len(new))), reverse=True)
    if len(wants) > 1 and wants[0][0] > 2 * wants[1][0]:  # one text column beside figures: a summary's label
        label = wants[0][1]  # kept readable, as _one_line_first keeps it
        floors[label] = max(floors[label], min(new[label], sum(new) // 4, READABLE))
    wrapped = [[_wrapped(cell) for cell in row] for row in sample(records)]
    new = balanced(new, floors, wrapped, PADDING)
    cols = iter(new)
    table = (
        table[: grid.start(1)]
        + _GRID_COL.sub(lambda _: b'<w:gridCol w:w="%d"/>' % next(cols), grid.group(1))
        + (table[grid.end(1) :])
    )

    def row_widths(match: re.Match[bytes]) -> bytes:
        row = match.group(0)
        if b"<w:gridSpan " in row or len(_CELL_WIDTH.findall(row)) != len(new):
            return row
        each = iter(new)
        return _CELL_WIDTH.sub(lambda _: b'<w:tcW w:type="dxa" w:w="%d"/>' % next(each), row)

    return _ROW.sub(row_widths, table)


def fit_columns(xml: bytes) -> bytes:
    """Every innermost fixed-layout table of a rendered part, its columns sized to their content."""
    if b"<w:tbl>" not in xml:
        return xml
    out, at, opened = [], 0, -1
    for tag in _TABLE_TAG.finditer(xml):
        if tag.group(0) == b"<w:tbl>":
            opened = tag.start()
        elif opened >= 0:
            out += [xml[at:opened], _table(xml[opened : tag.end()])]
            at, opened = tag.end(), -1
    out.append(xml[at:])
    return b"".join(out)
