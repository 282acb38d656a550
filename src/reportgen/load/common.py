"""Shared by every step of loading: the limits, the result type and how a field is named to the user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 50
MAX_PROBLEMS_PER_KIND = 20

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedInput:
    """The data exactly as written, with where each value is, so later checks can point at the line."""

    path: Path
    display: str
    data: dict[str, Any]
    positions: dict[Loc, tuple[int, int]] = field(repr=False)
    samples: tuple[int, ...] = ()  # lines carrying a scaffold's sample marker (see load/samples.py)

    def position(self, loc: Loc) -> tuple[int, int]:
        """(line, column) of ``loc``, or of its nearest ancestor the file actually contains."""
        for end in range(len(loc), -1, -1):
            found = self.positions.get(loc[:end])
            if found is not None:
                return found
        return (0, 0)


def field_name(loc: Sequence[str | int]) -> str:
    """``("doan_vao", 3, "so_nguoi")`` -> ``"doan_vao[3].so_nguoi"``."""
    out = ""
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
