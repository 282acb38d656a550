"""Document kinds, one module each, found by file name so that adding a kind means adding files.

A kind module defines:

- ``TITLE``: one Vietnamese line for ``reportgen kinds``;
- ``Input``: the pydantic model of its YAML input (top-level field ``loai`` equals the module name);
- ``documents(model, env) -> list[Document]``: the documents it produces, each naming its template
  (``templates/<name>.docx``) and carrying the display-ready context;
- optionally ``warnings(model) -> list[tuple[loc, message]]`` for suspicious but legal input.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel


@dataclass(frozen=True)
class Document:
    """One output file: which template renders it and with what context."""

    template: str
    suffix: str  # appended to the input's stem: "" for the main document, "-bang-khen" for certificates
    context: dict[str, Any]
    name_part: str | None = None  # a person's or a title's words, made into a safe file-name part by the writer


@dataclass(frozen=True)
class Related:
    """Another input a document refers to (last year's report, the report a speech quotes)."""

    path: Path
    model: BaseModel
    figures: dict[str, Any]


@dataclass
class BuildEnv:
    """What a kind may ask of the pipeline while it derives figures: other inputs, by path."""

    source: Path
    load_related: Callable[[Path, tuple[str | int, ...]], Related]
    extra: dict[str, Any] = field(default_factory=dict)
    checking: bool = False  # only checking the input (an editor, ``validate``): skip pictures and other costly output


class KindError(Exception):
    """A problem a kind finds after validation (a related file of the wrong kind), tied to a field."""

    def __init__(
        self, loc: tuple[str | int, ...], message: str, others: Sequence[tuple[tuple[str | int, ...], str]] = ()
    ) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message
        self.others = list(others)  # further problems of the same input, reported together

    @property
    def all(self) -> list[tuple[tuple[str | int, ...], str]]:
        return [(self.loc, self.message), *self.others]


def available() -> list[str]:
    """Names of every kind: the modules and packages here that do not start with an underscore."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def get(name: str) -> ModuleType:
    if name not in available():
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")
