"""Document kinds, one module (or package) each, found by name so that adding a kind means adding files.

A kind module ``kinds/<slug>.py`` (or ``kinds/<slug>/__init__.py``) defines ``KIND = Kind(...)``: the one typed
contract that ``kinds.get("<slug>")`` returns and every front end, the schema, ``init``, the Excel import, the
web form and the checker read. Nothing outside a kind's own files names a kind or its fields. See
``Kind`` for what it holds and the README's "Adding a document kind" for the files a new kind brings.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from reportgen.blocks.context import as_context
from reportgen.blocks.profile import Nd30Profile

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Document:
    """One output file: which template renders it and with what context."""

    template: str
    suffix: str  # appended to the input's stem: "" for the main document, "-bang-khen" for certificates
    context: dict[str, Any]
    name_part: str | None = None  # a person's or a title's words, made into a safe file-name part by the writer

    @classmethod
    def of(cls, template: str, context: Any, suffix: str = "", name_part: str | None = None) -> Document:
        """A document rendered from a context dataclass instance (the kind's documented ``Context``)."""
        return cls(template=template, suffix=suffix, context=as_context(context), name_part=name_part)


@dataclass(frozen=True)
class Related:
    """Another input a document refers to (last year's report, the report a speech quotes)."""

    path: Path
    model: BaseModel
    figures: dict[str, Any]


@dataclass
class BuildEnv:
    """What a kind may ask of the pipeline while it derives figures: other inputs, by path; and where it tells
    what it found only while deriving (``warn``)."""

    source: Path
    load_related: Callable[[Path, tuple[str | int, ...]], Related]
    extra: dict[str, Any] = field(default_factory=dict)
    checking: bool = False  # only checking the input (an editor, ``validate``): skip pictures and other costly output
    # warnings found while deriving, which ``Kind.warnings(model)`` cannot see (what another input read here lacks)
    notes: list[tuple[Loc, str]] = field(default_factory=list)

    def warn(self, loc: Loc, message: str) -> None:
        """A warning tied to a field of this input, shown with its ``Kind.warnings``; said once."""
        if (loc, message) not in self.notes:
            self.notes.append((loc, message))


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


@dataclass(frozen=True)
class Symbol:
    """How a kind's number line reads.

    ``type_code`` is the NĐ30 abbreviation of the document type (``Số: 05/TB-SNgV``); ``None`` for a công văn,
    whose symbol is the issuer's then the drafting unit's abbreviation (``Số: 12/SNgV-HTQT``), both from data.
    """

    type_code: str | None


def _no_warnings(model: Any) -> list[tuple[Loc, str]]:
    return []


@dataclass(frozen=True)
class Kind(Generic[M]):
    """The typed contract of one document kind.

    - ``title``: one Vietnamese line for ``reportgen kinds`` and the web's list of kinds;
    - ``input``: the pydantic model of its YAML input (``loai: Literal["<slug>"]``);
    - ``templates``: each template it renders (``templates/<name>.docx``) with its documented context dataclass
      (``reportgen fields <slug>`` lists the variables; the first template is the main document);
    - ``documents(model, env)``: the documents one input gives, each rendered from an instance of its context;
    - ``profile``: its NĐ30 type and the blocks its main document must show (``blocks.profile``);
    - ``symbol``: how its number line reads, or ``None`` when it has no number (speeches);
    - ``warnings(model)``: suspicious but legal input, each tied to a field;
    - ``figures(model, env)``: the figures another kind's input may quote from it, or ``None``;
    - ``listing_label(model)``: what one input covers, for the web page's list (a report's period), or ``None``;
    - ``field_words(data)``: the words its field labels take from one input, still unchecked (a report's period:
      ``{"ky_sau": "6 tháng cuối năm 2023"}`` fills ``{ky_sau|năm sau}`` in ``data/mo_ta``), or ``None``.
    """

    title: str
    input: type[M]
    templates: Mapping[str, type[Any]]
    documents: Callable[[M, BuildEnv], list[Document]]
    profile: Nd30Profile
    symbol: Symbol | None
    warnings: Callable[[M], list[tuple[Loc, str]]] = _no_warnings
    figures: Callable[[M, BuildEnv], dict[str, Any]] | None = None
    listing_label: Callable[[M], str] | None = None  # what an input covers, for listings (a report's period)
    field_words: Callable[[Mapping[str, Any]], dict[str, str]] | None = None  # label words from one input's data


def available() -> list[str]:
    """Names of every kind: the modules and packages here that do not start with an underscore.

    Listed again only when the folder changes (a kind added is a file added), not on every call: a web page
    asks for several kinds' contracts and each asked this.
    """
    stamp = tuple(os.stat(folder).st_mtime_ns for folder in __path__)
    if _listed[0] != stamp:
        _listed[:] = [stamp, sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))]
    return list(_listed[1])


_listed: list[Any] = [None, []]  # (modification times of the folder, kind names) of the last listing


def get(name: str) -> Kind[Any]:
    """The contract of kind ``name``; ``KeyError`` when there is no such kind."""
    if name not in available():
        raise KeyError(name)
    module = importlib.import_module(f"{__name__}.{name}")
    kind = getattr(module, "KIND", None)
    if not isinstance(kind, Kind):
        raise TypeError(f"{module.__name__} must define KIND = Kind(...)")
    return kind
