"""The shape of a template context (which keys, nested, and through lists), merged over several examples.

The template contract compares what a template reads with what a document kind provides. Values do not
matter, only structure: a mapping's keys, a list's element, or a plain value. A key that is ``None`` in
every example has no known structure; what a template reads below it cannot be checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Shape:
    """What one value of the context looks like, across every example that was merged into it."""

    fields: dict[str, Shape] | None = None  # a mapping: its keys
    element: Shape | None = None  # a list or tuple: its items
    scalar: bool = False  # a string, number or boolean
    opaque: bool = False  # not data (``loop``, a call's result): anything may be read from it
    seen: set[str] = field(default_factory=set)  # for the top level: keys a template read

    @property
    def known(self) -> bool:
        return self.opaque or self.scalar or self.fields is not None or self.element is not None


OPAQUE = Shape(opaque=True)


def shape_of(value: Any) -> Shape:
    if value is None:
        return Shape()
    if isinstance(value, Mapping):
        return Shape(fields={str(k): shape_of(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return Shape(element=merge_all(shape_of(v) for v in value))
    return Shape(scalar=True)


def merge(a: Shape, b: Shape) -> Shape:
    """A value that may look like ``a`` or like ``b`` (None merged with a mapping is that mapping)."""
    fields: dict[str, Shape] | None = None
    if a.fields is not None or b.fields is not None:
        fields = dict(a.fields or {})
        for key, sub in (b.fields or {}).items():
            fields[key] = merge(fields[key], sub) if key in fields else sub
    element = a.element if b.element is None else (b.element if a.element is None else merge(a.element, b.element))
    return Shape(fields, element, a.scalar or b.scalar, a.opaque or b.opaque)


def merge_all(shapes: Iterable[Shape]) -> Shape:
    result = Shape()
    for shape in shapes:
        result = merge(result, shape)
    return result


def context_shape(contexts: Iterable[Mapping[str, Any]]) -> Shape:
    """The shape of every context of one template, as one mapping."""
    shape = merge_all(shape_of(dict(c)) for c in contexts)
    return shape if shape.fields is not None else Shape(fields={})
