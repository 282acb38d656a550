"""At most MAX_PROBLEMS_PER_KIND problems of one kind are listed, then one line counts the rest: a
file with the same mistake on 5,000 lines must still give a readable answer."""

from __future__ import annotations

from typing import Any

from reportgen.load.common import MAX_PROBLEMS_PER_KIND, Loc, field_name
from reportgen.problems import Problem


class ProblemCollector:
    """Problems found while building, counted per kind."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []
        self.counts: dict[str, int] = {}
        self.more: dict[str, tuple[int, int]] = {}

    def problem(self, code: str, mark: Any, message: str, loc: Loc | None = None) -> None:
        """Record a problem at a parser mark (0-based), unless this kind has already been listed enough."""
        count = self.counts[code] = self.counts.get(code, 0) + 1
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        if count <= MAX_PROBLEMS_PER_KIND:
            name = field_name(loc) if loc else ""
            self.problems.append(Problem(self.display, line, col, name, message, code))
        elif count == MAX_PROBLEMS_PER_KIND + 1:
            self.more[code] = (line, col)

    def finish(self) -> None:
        """One closing line per kind of problem that was too frequent to list."""
        for code, (line, col) in self.more.items():
            rest = self.counts[code] - MAX_PROBLEMS_PER_KIND
            message = f"Còn {rest} chỗ khác có lỗi cùng loại, kể từ vị trí này."
            self.problems.append(Problem(self.display, line, col, message=message, code=code))
