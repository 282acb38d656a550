"""Inputs written before a kind moved some top-level fields into its shared ``van_ban`` block still validate.

A kind made issuable (``reportgen issue``) keeps its number and receivers in the shared ``van_ban`` block; files
an office wrote earlier have them at the top level. A person must not be blocked by our layout change, so the
kind's model moves those keys into the block before validating (``moved_into_block``), and every error on a
moved value is reported where the person wrote it: the top-level field, its own line. A value given in both
places is refused (which one is meant cannot be guessed), naming both fields. ``reportgen issue`` finishes the
move in the file itself (``register/issue.py``: a top-level key the input has no field for but its ``VanBan``
block has belongs in the block).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails

from reportgen.kinds._cross import _again, error

BLOCK = "van_ban"


def _given(value: Any) -> bool:
    """A value somebody wrote: not left empty (``so:``, ``noi_nhan: []``)."""
    return value not in (None, "", [], {})


def _conflict(key: str, value: Any) -> InitErrorDetails:
    return error(
        (key,),
        value,
        "hai_cho",
        "“{cu}” ở đầu tệp (cách ghi cũ) và “{moi}” cùng có giá trị; chỉ giữ một: xóa dòng “{cu}” ở đầu tệp"
        " hoặc giá trị “{moi}”",
        cu=key,
        moi=f"{BLOCK}.{key}",
    )


def moved_into_block(cls: type[BaseModel], data: Any, handler: Callable[[Any], Any], keys: tuple[str, ...]) -> Any:
    """Validate ``data`` with the top-level ``keys`` moved into ``van_ban``; errors located as the file has them.

    For a pydantic ``model_validator(mode="wrap")``. The block may be absent (the old layout), empty, or hold
    the other keys; an old key left empty never overrides the block's value.
    """
    if not isinstance(data, dict) or (BLOCK in data and not any(key in data for key in keys)):
        return handler(data)
    block = data.get(BLOCK)
    if block is not None and not isinstance(block, dict):
        return handler(data)  # the block itself is wrong: reported as such, the old keys as unknown fields
    inner = dict(block or {})
    moved, conflicts = [], []
    for key in (k for k in keys if k in data):
        if _given(data[key]) and _given(inner.get(key)):
            conflicts.append(_conflict(key, data[key]))
        elif _given(data[key]) or key not in inner:
            inner[key] = data[key]
            moved.append(key)
    rest = {k: v for k, v in data.items() if k not in keys}
    try:
        model = handler({**rest, BLOCK: inner})
    except ValidationError as exc:
        where = moved if BLOCK not in data else []  # a check of the whole block: at its first key written
        errors = [_again(_where_written(e, moved, where)) for e in exc.errors(include_url=False)]
        raise ValidationError.from_exception_data(cls.__name__, [*errors, *conflicts]) from None
    if conflicts:
        raise ValidationError.from_exception_data(cls.__name__, conflicts)
    return model


def _where_written(err: Any, moved: list[str], block_at: list[str]) -> Any:
    """An error on ``van_ban.<key>`` of a key the person wrote at the top level: at that top-level key.

    An error on the whole block of a file that has no block (``so: 0``) goes to the first key it has moved.
    """
    loc = tuple(err["loc"])
    if len(loc) >= 2 and loc[0] == BLOCK and loc[1] in moved:
        return {**err, "loc": loc[1:]}
    if loc == (BLOCK,) and block_at:
        return {**err, "loc": (block_at[0],)}
    return err
