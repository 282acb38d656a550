"""Checks across a whole input (duplicates, a table placed with no rows) reported together with field errors.

A pydantic after-validator runs only once every field is valid, so a problem between fields would be shown
only after the user fixed the others; these checks read the raw data instead and their errors join the
field errors in one ValidationError, each at the line of the item concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError, PydanticKnownError


def error(loc: tuple[str | int, ...], value: Any, kind: str, message: str, **ctx: Any) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message, ctx or None), loc=loc, input=value)


def _again(error: Any) -> InitErrorDetails:
    """An error of a ValidationError turned back into raisable details, keeping its type and context."""
    try:
        PydanticKnownError(error["type"], error.get("ctx"))
    except (KeyError, TypeError, ValueError):
        custom = PydanticCustomError(error["type"], error["msg"])
        return InitErrorDetails(type=custom, loc=error["loc"], input=error.get("input"))
    known = InitErrorDetails(type=error["type"], loc=error["loc"], input=error.get("input"))
    if error.get("ctx"):
        known["ctx"] = error["ctx"]
    return known


def with_cross_checks(
    cls: type[BaseModel], data: Any, handler: Callable[[Any], Any], find: Callable[[Any], list[InitErrorDetails]]
) -> Any:
    """Field errors and the errors ``find`` sees in the raw data, in one ValidationError."""
    extra = find(data)
    try:
        model = handler(data)
    except ValidationError as exc:
        if not extra:
            raise
        explained = {tuple(e["loc"]) for e in extra}  # our message replaces “field not allowed” there
        errors = [
            _again(e)
            for e in exc.errors(include_url=False)
            if not (e["type"] == "extra_forbidden" and tuple(e["loc"]) in explained)
        ]
        raise ValidationError.from_exception_data(cls.__name__, [*errors, *extra]) from None
    if extra:
        raise ValidationError.from_exception_data(cls.__name__, extra)
    return model
