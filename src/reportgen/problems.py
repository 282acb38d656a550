"""Problems found in a user's input, collected so that every one of them is reported at once, in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input; ``line``/``column`` are 1-based, 0 when unknown."""

    file: str
    line: int = 0
    column: int = 0
    field: str = ""
    message: str = ""
    code: str = "input"
    severity: str = "error"  # "error" or "warning"

    def render(self) -> str:
        place = self.file
        if self.line:
            place += f":{self.line}"
            if self.column:
                place += f":{self.column}"
        prefix = "cảnh báo: " if self.severity == "warning" else ""
        field = f"{self.field}: " if self.field else ""
        return f"{place}: {prefix}{field}{self.message}"


def display_path(path: str | Path) -> str:
    """The path as the user typed it when relative to the working folder, so messages stay short."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.column, p.field, p.message))


class InputError(Exception):
    """Carries every problem of one or more inputs; raised once, after all of them were collected."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sort_problems(problems)
        super().__init__("\n".join(p.render() for p in self.problems))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class OutputError(Exception):
    """A document could not be written (disk, permissions, a file a person edited); message is Vietnamese."""
