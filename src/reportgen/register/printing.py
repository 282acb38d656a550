"""``reportgen register``: write the sổ of a year (or a range) as .xlsx and .docx, one pair per body and secrecy."""

from __future__ import annotations

from pathlib import Path

from reportgen.files.names import safe_filename
from reportgen.files.outputs import write_outputs
from reportgen.register.book_docx import book_docx
from reportgen.register.book_xlsx import book_xlsx
from reportgen.register.sheets import Book, books
from reportgen.register.store import Register, RegisterError


def file_stem(book: Book) -> str:
    first, last = book.years
    years = str(first) if first == last else f"{first}-{last}"
    return safe_filename(f"so-dang-ky-van-ban-di-{book.body}-{years}{'-mat' if book.secret else ''}", ascii=True)


def write_books(register: Register, years: tuple[int, int], output: Path, *, force: bool = False) -> list[Path]:
    """Every book of the years in ``output``; a year with nothing issued is an error, not an empty book."""
    entries = register.entries(*years)
    found = books(entries, years)
    if not found:
        shown = str(years[0]) if years[0] == years[1] else f"{years[0]} - {years[1]}"
        raise RegisterError(f"sổ đăng ký chưa có văn bản nào ban hành trong năm {shown} ({register.where})")
    files: list[tuple[Path, bytes]] = []
    for book in found:
        stem = file_stem(book)
        files.append((output / f"{stem}.xlsx", book_xlsx(book)))
        files.append((output / f"{stem}.docx", book_docx(book)))
    return write_outputs(files, root=output, force=force, source=f"sổ đăng ký ({register.where})")
