"""The printed sổ đăng ký văn bản đi (NĐ30 Điều 16.2.b, Phụ lục IV mục I): a cover block and exactly its 10 columns.

A register kept in software "phải được in ra giấy đầy đủ các trường thông tin theo mẫu … đóng sổ để quản lý".
The workbook is for sorting and filtering; the .docx is the book to print and bind (A4 landscape, Times New
Roman). "Ngày chuyển" and "Ký nhận" are left for the person who carries and receives the copies to fill in by
hand; a cancelled document keeps its line, with when and why in "Ghi chú".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportgen.register.store import Entry
from reportgen.vietnamese import short_date, upper_vi

COLUMNS = (
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
)
WIDTHS_MM = (32, 24, 48, 24, 34, 22, 16, 18, 16, 18)  # 252 mm: A4 landscape less the 30 + 15 mm margins
TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
KEPT = "Lưu:"


@dataclass(frozen=True)
class Book:
    """One sổ: one issuing body, ordinary or secret documents, over a year or a range of years."""

    body: str
    heading: tuple[str, ...]  # the body's name lines, upper case
    years: tuple[int, int]
    secret: bool
    entries: tuple[Entry, ...]

    @property
    def year_text(self) -> str:
        first, last = self.years
        return str(first) if first == last else f"{first} - {last}"

    def cover(self) -> list[str]:
        """The title lines of the book's first page."""
        days = [e.issued_on for e in self.entries]
        numbers = [e.number for e in self.entries]
        lines = [f"{TITLE}{' MẬT' if self.secret else ''}", f"Năm: {self.year_text}"]
        if days:
            lines.append(f"Từ ngày {short_date(min(days))} đến ngày {short_date(max(days))}")
            lines.append(f"Từ số {min(numbers):02d} đến số {max(numbers):02d}")
        return lines


def split_recipients(entry: Entry) -> tuple[list[str], str]:
    """(receivers, where the copies are kept): the "Lưu: VT, VP" line goes to its own column."""
    receivers = [line for line in entry.recipients if not line.startswith(KEPT)]
    kept = [line[len(KEPT) :].strip() for line in entry.recipients if line.startswith(KEPT)]
    return receivers, "; ".join(kept)


def row(entry: Entry) -> tuple[str, ...]:
    """The 10 cells of one entry, display-ready."""
    receivers, kept = split_recipients(entry)
    note = ""
    if entry.cancelled and entry.cancelled_at:
        note = f"Đã hủy ngày {short_date(date.fromisoformat(entry.cancelled_at[:10]))}: {entry.cancel_reason}"
    return (
        entry.symbol,
        short_date(entry.issued_on),
        f"{entry.type_name}\n{entry.subject}",
        entry.signer,
        "\n".join(f"- {name}" for name in receivers),
        kept,
        str(entry.copies),
        "",
        "",
        note,
    )


def books(entries: Sequence[Entry], years: tuple[int, int]) -> list[Book]:
    """One book per issuing body and secrecy, in the order of first issue."""
    grouped: dict[tuple[str, bool], list[Entry]] = {}
    for entry in entries:
        grouped.setdefault((entry.body, entry.secret), []).append(entry)
    result = []
    for (body, secret), items in grouped.items():
        heading = tuple(upper_vi(line) for line in (items[-1].body_name or body).split("\n") if line)
        result.append(Book(body, heading, years, secret, tuple(items)))
    return result
