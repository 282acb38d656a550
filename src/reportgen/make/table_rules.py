"""No table leaves its header row or one lone row at the foot or the head of a page.

Rows already never split (``cantSplit``) and the header row repeats on every page; what a reader still saw was a
header row alone at the bottom of a page with every record on the next, a header with one record at a page foot,
or the last rows carried over alone (the two total rows "Tổng cộng (đồng)", "Tổng cộng (USD)" without a record).
Word's remedy is "keep with next" on the paragraphs of a row: on the header row, a table starts with a record; on
the last record and the total rows after it (rows with an empty first cell,
under "TT"), the totals never leave their last record; without totals the last two rows stay together. A group
heading row (one cell across the table: a day of a programme) is no record: it is kept with the rows under it. A
paragraph that introduces a table (ending with ":") is kept with it too, and so is the text's last paragraph
(ending with NĐ30's "./.") with the signature table after it: a signature never stands alone on the last page.
Applied at render time to every table of every kind, whatever template a user edited.

The first record is never kept with the second. LibreOffice 7.4 (the PDF path) lost every later row when a table
began at a page foot with its header and first record kept with the next and only the second record fitting
there: records 3-18 of a report's summary table were missing from its PDF, page 2 starting with what followed the
table. The header row alone kept with the next is what LibreOffice honours (its repeated heading never ends a page
either), so the head stays with its first record in Word and in the PDF, and no row is lost.
"""

from __future__ import annotations

import re

_TABLE_TAG = re.compile(rb"<w:tbl>|</w:tbl>")
_ROW = re.compile(rb"<w:tr(?=[ >])[^>]*>.*?</w:tr>", re.DOTALL)
_PARA_START = re.compile(rb"<w:p(?=[ >])[^>]*>(<w:pPr>(?:<w:pStyle [^>]*/>)?)?")
_LEAD_IN = re.compile(rb"(?::|\./\.)</w:t></w:r>(?:<w:bookmarkEnd [^>]*/>)*</w:p>$")
KEEP = b"<w:keepNext/>"


def _keep_paragraphs(row: bytes) -> bytes:
    """Every paragraph of ``row`` kept with the next one."""

    def keep(match: re.Match[bytes]) -> bytes:
        start = match.group(0)
        if match.group(1) is None:
            return start + b"<w:pPr>" + KEEP + b"</w:pPr>"
        rest = row[match.end() : match.end() + 40]
        return start if rest.startswith(KEEP) else start + KEEP

    return _PARA_START.sub(keep, row)


_CELL = re.compile(rb"<w:tc>.*?</w:tc>", re.DOTALL)
_TEXT = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")
MAX_TOTALS = 3  # more trailing rows without a number are not totals but records of another shape


def _unnumbered(row: bytes) -> bool:
    """A row whose first cell prints nothing: a total under the "TT" column."""
    first = _CELL.search(row)
    return first is not None and not b"".join(_TEXT.findall(first.group(0))).strip()


def _headings(rows: list[bytes]) -> set[int]:
    """The group heading rows ("Thứ Hai, ngày 15/9/2025" across a programme): one cell merged across a table of
    several columns. A heading heads the records under it: it is no record and never ends a page."""
    counts = [len(_CELL.findall(row)) for row in rows]
    widest = max(counts)
    return {i for i, n in enumerate(counts) if i and n == 1 < widest}


def _kept_rows(rows: list[bytes]) -> set[int]:
    """The rows kept with the next one: the head (header and the headings under it), every group heading, and the
    tail (last record, totals)."""
    last = len(rows) - 1
    headings = _headings(rows)
    totals = 0
    while totals < last and _unnumbered(rows[last - totals]):
        totals += 1
    if not 1 <= totals <= MAX_TOTALS or totals >= last:
        totals = 0
    tail = set(range(last - totals, last)) if totals else {last - 1}
    first = next((i for i in range(1, last + 1) if i not in headings), last)  # the first record
    head = set(range(first))  # never the first record itself: see the module's note on LibreOffice
    return head | tail | (headings - {last})


def _table(table: bytes) -> bytes:
    rows = list(_ROW.finditer(table))
    if len(rows) < 2:
        return table
    chosen = _kept_rows([row.group(0) for row in rows])
    out, at = [], 0
    for i in sorted(chosen):
        row = rows[i]
        out += [table[at : row.start()], _keep_paragraphs(row.group(0))]
        at = row.end()
    out.append(table[at:])
    return b"".join(out)


def keep_rows_together(xml: bytes) -> bytes:
    """The header row with the first record, the last record with the one before or with its totals, a lead-in with
    its table."""
    if b"<w:tbl>" not in xml:
        return xml
    out, at, opened = [], 0, -1
    for tag in _TABLE_TAG.finditer(xml):
        if tag.group(0) == b"<w:tbl>":
            opened = tag.start()
        elif opened >= 0:  # an innermost table: no other table opened inside it
            out += [xml[at:opened], _table(xml[opened : tag.end()])]
            at, opened = tag.end(), -1
    out.append(xml[at:])
    return _lead_ins(b"".join(out))


def _lead_ins(xml: bytes) -> bytes:
    """The paragraph right before a table, when it ends with ":" or "./.", kept with the table."""
    pieces = xml.split(b"<w:tbl>")
    for i in range(len(pieces) - 1):
        before = pieces[i]
        start = before.rfind(b"<w:p ")
        start = max(start, before.rfind(b"<w:p>"))
        if start < 0 or not before.endswith(b"</w:p>") or not _LEAD_IN.search(before[start:]):
            continue
        pieces[i] = before[:start] + _keep_paragraphs(before[start:])
    return b"<w:tbl>".join(pieces)
