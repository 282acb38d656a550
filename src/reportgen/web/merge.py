"""Three-way merge of a form's edits: what one person changed lands on what others saved meanwhile.

The edits of a form are computed against the version the person started from (the *base*), so they hold
only what this person changed. When someone saved in between (*theirs*), each edit is laid over theirs:
a field only one of them changed takes that change; the same change by both is no conflict; different
values for one field are a conflict, shown to the person with both values, never dropped. A list of
records merges row by row when both kept its length (or only appended), else the whole list conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportgen.author.yaml_lists import Row


@dataclass(frozen=True)
class Conflict:
    path: str  # ``co_quan.ten``, ``doan_vao``
    theirs: Any  # the value saved by someone else since the base
    mine: Any  # the value this person submitted


def _same(a: Any, b: Any) -> bool:
    return bool(_plain(a) == _plain(b))


def _plain(value: Any) -> Any:
    """Values compared as the page shows them: ``12`` and ``"12"`` are one value; empty is empty."""
    if value in (None, "", []):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if _plain(v) is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool):
        return value
    return str(value).strip()


def three_way(base: Any, theirs: Any, edits: dict[str, Any], prefix: str = "") -> tuple[dict[str, Any], list[Conflict]]:
    """``edits`` (relative to ``base``) made relative to ``theirs``, and the fields both changed differently."""
    base = base if isinstance(base, dict) else {}
    theirs = theirs if isinstance(theirs, dict) else {}
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for key, mine in edits.items():
        path = prefix + key
        old, now = base.get(key), theirs.get(key)
        if isinstance(mine, dict) and not isinstance(mine, Row):
            inner, found = three_way(old, now, mine, path + ".")
            if inner:
                merged[key] = inner
            conflicts.extend(found)
        elif isinstance(mine, list) and any(isinstance(r, Row) for r in mine):
            rows, found_list = _rows(old, now, mine, path)
            if rows is not None:
                merged[key] = rows
            conflicts.extend(found_list)
        elif _same(old, now):
            merged[key] = mine  # only this person changed it
        elif not _same(now, mine):
            conflicts.append(Conflict(path, now, mine))
    return merged, conflicts


def _full(rows: list[Any], base: list[Any]) -> list[dict[str, Any]]:
    """The records as this person left them: each row's changes laid over its base record."""
    out = []
    for row in rows:
        origin = getattr(row, "origin", None)
        start = base[origin] if origin is not None and origin < len(base) and isinstance(base[origin], dict) else {}
        out.append({**start, **row})
    return out


def _rows(base: Any, theirs: Any, mine: list[Any], path: str) -> tuple[list[Row] | None, list[Conflict]]:
    base = base if isinstance(base, list) else []
    theirs = theirs if isinstance(theirs, list) else []
    if _same(base, theirs):
        return mine, []
    full = _full(mine, base)
    if _same(full, base):
        return None, []  # nothing of this person's changed in the end
    if _same(full, theirs):
        return None, []  # both made the same change
    untouched = len(mine) >= len(base) and all(
        getattr(r, "origin", None) == i and not r for i, r in enumerate(mine[: len(base)])
    )
    if untouched:  # this person only appended rows: theirs stay as they are, the new rows follow
        return [Row({}, j) for j in range(len(theirs))] + list(mine[len(base) :]), []
    same_shape = all(getattr(r, "origin", None) == i for i, r in enumerate(mine))
    if same_shape and len(mine) == len(base) <= len(theirs):
        merged: list[Row] = []
        conflicts: list[Conflict] = []
        for i, row in enumerate(mine):
            old = base[i] if isinstance(base[i], dict) else {}
            now = theirs[i] if isinstance(theirs[i], dict) else {}
            changes, found = three_way(old, now, dict(row), f"{path}[{i}].")
            merged.append(Row(changes, i))
            conflicts.extend(found)
        merged.extend(Row({}, j) for j in range(len(base), len(theirs)))  # rows they appended
        return merged, conflicts
    return None, [Conflict(path, theirs, full)]
