"""What government tables put around their records, recognised so that nothing is refused or lost for it.

- Columns a list has no field for, most often “Ghi chú”: their header is a real header, so they are named as
  not imported (a note), never reported as "a column without a header". A header close to a field's header
  (“Số ngườii”) stays a mistake to fix, with the columns the list has.
- The row of column numbers under the header (1, 2, 3 … or (1), (2), (3) …, as Nghị định 30 tables number
  their columns): not a record, skipped with a note.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportgen.author.xlsx_sheets import normal

_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,3})\s*\)?\.?$")


def looks_like(header: str, known: Iterable[str]) -> str | None:
    """The known header ``header`` is probably a misspelling of, if any."""
    close = difflib.get_close_matches(normal(header), list(known), n=1, cutoff=0.8)
    return close[0] if close else None


def ignored_note(sheet: str, coordinate: str, header: str, title: str, columns: Sequence[str]) -> str:
    listed = ", ".join(f"“{c}”" for c in columns)
    return (
        f"{sheet}!{coordinate}: cột “{header}” không phải một mục của danh sách “{title}” nên không được nhập "
        f"(bỏ qua cả cột); các cột được nhập: {listed}."
    )


def _column_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        found = _COLUMN_NUMBER.match(value.strip())
        return int(found[1]) if found else None
    return None


def is_numbering_row(values: Sequence[Any], headed: Iterable[int]) -> bool:
    """Every headed column (1-based indexes) holds its number, counting up by one from left to right."""
    columns = sorted(headed)
    if len(columns) < 2:
        return False
    numbers = [_column_number(values[i - 1]) if i - 1 < len(values) else None for i in columns]
    if any(n is None for n in numbers):
        return False
    first = numbers[0]
    assert first is not None
    return numbers == list(range(first, first + len(numbers)))
