"""The parts of a document once located: the record the structure finder fills and every rule reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from .docxmodel import Para, Span, TableInfo


@dataclass
class Structure:
    """The located parts; any may be missing (None or empty). ``role`` is what the file is: «main» (a full
    document), «appendix» (a separate Phụ lục file), «speech», or «attachment» (a text issued with another
    one: «(Ban hành kèm theo Quyết định số …)»)."""

    role: str = "main"
    header_table: TableInfo | None = None
    header_index: int = -1
    head: list[Span] = field(default_factory=list)  # lines of the header area, in reading order
    head_paras: list[Para] = field(default_factory=list)
    quoc: Span | None = None
    tieu: Span | None = None
    issuers: list[Span] = field(default_factory=list)
    number: Span | None = None
    date: Span | None = None
    vv: list[Span] = field(default_factory=list)
    kind: Span | None = None
    kind_index: int = -1
    summary: list[Span] = field(default_factory=list)
    body_start: int = 0
    sig_table: TableInfo | None = None
    sig_index: int = -1
    receivers_head: Span | None = None
    receivers: list[Span] = field(default_factory=list)
    signer: list[Span] = field(default_factory=list)
    sig_columns: list[list[Span]] = field(default_factory=list)  # signer columns, left to right (Biên bản)
    body: list[Para] = field(default_factory=list)  # non-empty body-level paragraphs before the signature
    draft: Para | None = None  # the «DỰ THẢO» mark above the header: number and date are left blank on purpose
