"""Problems found in a user's input, collected so that every one of them is reported at once, in Vietnamese."""

from __future__ import annotations

import re
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
    """The path as the user typed it when relative to the working folder, so messages stay short.

    The last part is not followed: a message about a symbolic link names the link, not where it points.
    """
    p = Path(path)
    try:
        real = p.resolve() if p.name in ("", ".", "..") else p.absolute().parent.resolve() / p.name
        return str(real.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.column, p.field, p.message))


def _pattern(problem: Problem) -> tuple[str, str, str, str]:
    field = re.sub(r"\[\d+\]", "[]", problem.field)
    message = re.sub(r"\d+([./,]\d+)*", "…", problem.message)
    return problem.file, problem.severity, field.split(".")[0], message


def summarise(problems: Iterable[Problem], limit: int = 3) -> list[str]:
    """Rendered problems, with one line for more than ``limit`` records sharing one problem.

    A year left at the example's value puts every date of the report outside it: 103 identical warnings hide
    the one thing to fix; the first case, the count and the range of lines say it once.
    """
    listed = list(problems)
    groups: dict[tuple[str, str, str, str], list[Problem]] = {}
    for problem in listed:
        groups.setdefault(_pattern(problem), []).append(problem)
    out: list[str] = []
    for problem in listed:
        group = groups[_pattern(problem)]
        if len(group) <= limit:
            out.append(problem.render())
        elif problem is group[0]:
            lines = [p.line for p in group if p.line]
            where = f"; dòng {min(lines)}–{max(lines)}" if lines else ""
            out.append(f"{problem.render()} — và {len(group) - 1} mục khác cùng vấn đề này{where}")
    return out


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
