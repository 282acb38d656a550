"""Whether a PDF is whole: read from its end as a PDF reader does, before it is announced as made.

A PDF starting with ``%PDF-`` can still be cut short (LibreOffice killed mid-write, a full disk) or damaged
in the middle; a reader then shows nothing, or an error, on the day the document must be sent. So the file
must end with ``startxref``/``%%EOF``, the cross-reference table there must point at each object where the
object really is, the trailer must name the document catalogue, and the catalogue's page tree must count
at least one page. No PDF library is needed for that, and none is a dependency.
"""

from __future__ import annotations

import re
from pathlib import Path

_HEADER = re.compile(rb"%PDF-[12]\.\d")
_START = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*\r?\n")
_ROOT = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")
_PAGES = re.compile(rb"/Pages\s+(\d+)\s+(\d+)\s+R")
_COUNT = re.compile(rb"/Count\s+(\d+)")


class BrokenPdf(ValueError):
    """What is wrong with the file, in Vietnamese, for the message that names it."""


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    """The text of object ``number`` (up to ``endobj``), found where the table says it is."""
    if number not in offsets:
        raise BrokenPdf(f"thiếu đối tượng số {number}")
    start = offsets[number]
    end = data.find(b"endobj", start)
    if end < 0:
        raise BrokenPdf(f"đối tượng số {number} bị cắt cụt")
    return data[start:end]


def _xref_table(data: bytes, start: int) -> tuple[dict[int, int], bytes]:
    """In-use objects (number → offset) of a classic cross-reference table, and the trailer after it."""
    position = start + len(b"xref")
    offsets: dict[int, int] = {}
    while True:
        while data[position : position + 1] in (b" ", b"\r", b"\n"):
            position += 1
        match = _SUBSECTION.match(data, position)
        if match is None:
            break
        first, count = int(match.group(1)), int(match.group(2))
        position = match.end()
        for index in range(count):
            entry = data[position : position + 20]
            if len(entry) < 18 or entry[17:18] not in (b"n", b"f"):
                raise BrokenPdf("bảng tham chiếu chéo bị hỏng")
            if entry[17:18] == b"n":
                offsets[first + index] = int(entry[:10])
            position += 20
    if not data.startswith(b"trailer", position):
        raise BrokenPdf("thiếu phần trailer")
    return offsets, data[position : data.find(b">>", position) + 2]


def check_pdf_bytes(data: bytes) -> int:
    """The page count of a whole PDF; ``BrokenPdf`` saying what is wrong otherwise."""
    if not _HEADER.match(data):
        raise BrokenPdf("không phải tệp PDF")
    end = _START.search(data[-1024:])
    if end is None:
        raise BrokenPdf("tệp bị cắt cụt (thiếu phần kết thúc %%EOF)")
    start = int(end.group(1))
    if start >= len(data):
        raise BrokenPdf("vị trí bảng tham chiếu chéo nằm ngoài tệp")
    if data.startswith(b"xref", start):
        offsets, trailer = _xref_table(data, start)
    else:  # a cross-reference stream (PDF 1.5+): its own object holds the trailer's keys
        offsets, trailer = _stream_offsets(data, start)
    for number, offset in offsets.items():
        if not re.match(rb"\s*%d\s+\d+\s+obj\b" % number, data[offset : offset + 40]):
            raise BrokenPdf(f"đối tượng số {number} không nằm ở vị trí ghi trong bảng tham chiếu chéo")
    root = _ROOT.search(trailer)
    if root is None:
        raise BrokenPdf("trailer không chỉ ra mục lục tài liệu (/Root)")
    pages = _PAGES.search(_object(data, offsets, int(root.group(1))))
    if pages is None:
        raise BrokenPdf("mục lục tài liệu không có cây trang (/Pages)")
    count = _COUNT.search(_object(data, offsets, int(pages.group(1))))
    if count is None or int(count.group(1)) < 1:
        raise BrokenPdf("tài liệu không có trang nào")
    return int(count.group(1))


def _stream_offsets(data: bytes, start: int) -> tuple[dict[int, int], bytes]:
    """Objects found by scanning (their table is compressed), and the stream object's dictionary."""
    head = re.match(rb"\s*(\d+)\s+\d+\s+obj\s*(<<.*?>>)\s*stream", data[start : start + 4096], re.DOTALL)
    if head is None or b"/XRef" not in head.group(2):
        raise BrokenPdf("bảng tham chiếu chéo bị hỏng")
    offsets = {int(m.group(1)): m.start() for m in re.finditer(rb"(?<![\d])(\d+)\s+\d+\s+obj\b", data)}
    return offsets, head.group(2)


def check_pdf(path: Path) -> int:
    """``check_pdf_bytes`` of the file at ``path`` (an OSError is the caller's to word)."""
    return check_pdf_bytes(path.read_bytes())
