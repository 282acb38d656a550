"""A paragraph and the lines a reader sees in it: where a person finds it, its text NFC-normalised, its spans.

Text is kept twice: ``raw`` as the file holds it (for the NFC rule) and ``text`` NFC-normalised, which every
rule matches against, so that a decomposed «Ộ» reads as the «Ộ» a person sees. A paragraph also splits into
``lines`` (at line breaks) and ``spans`` (lines cut at tabs or long runs of spaces), because staff lay out the
header, the signature and the Nơi nhận with tabs and spaces as often as with tables. Kept apart from the reading
of the file (``docxmodel.py``): this is where a line laid out by hand is understood, and it changes on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .ooxml import Element
from .runs import nfc, pieces

EXCERPT = 40
GAP = re.compile(r"\t+|\s{3,}")  # what separates the left and right halves of a line laid out by hand


@dataclass
class Span:
    """A stretch of one paragraph a reader takes as one line of text: a whole paragraph, one line of it, or
    one side of a line laid out with tabs or spaces. ``alone`` when it is the paragraph's only text, so the
    paragraph's alignment is its own."""

    para: Para
    text: str  # NFC, stripped
    runs: list[Element]
    alone: bool
    position: int = 0  # 0 for the first (left) span of its line, counted up
    of: int = 1  # spans on its line
    lead: int = 0  # leading blanks before it on its line (a tab counts as 8)
    cell_side: str = ""  # the side of the table column holding it, when that decides

    @property
    def location(self) -> str:
        return self.para.place_of(self.text)

    @property
    def stripped(self) -> str:
        return self.text

    @property
    def side(self) -> str:
        """«L», «R» or «C»: which half of a laid-out line this span is on («C»: the line has one span)."""
        if self.of == 1:
            return self.cell_side or "C"
        return "L" if self.position == 0 else "R"


@dataclass
class Para:
    """A paragraph and where a person would find it."""

    el: Element
    raw: str
    section: int
    place: str
    column: int = -1  # column of the table cell holding it (-1: body), counted from the left
    columns: int = 1  # columns of that table
    in_table: int = 0  # table number, 0 for a body paragraph
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = nfc(self.raw)

    def place_of(self, text: str) -> str:
        excerpt = " ".join(text.split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 1] + "…"
        return f"{self.place}: «{excerpt}»" if excerpt else self.place

    @property
    def location(self) -> str:
        return self.place_of(self.text)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @cached_property
    def lines(self) -> list[Span]:
        """The paragraph cut at its line breaks (the Quốc hiệu and Tiêu ngữ are often one paragraph)."""
        out: list[Span] = []
        for line in self._cut("\n"):
            span = self._merge(line)
            if span.text:
                text = "".join(t for _, t in line)
                blank = text[: len(text) - len(text.lstrip())]
                span.lead = len(blank) + 7 * blank.count("\t")  # a line pushed into place with spaces or tabs
                out.append(span)
        return out

    @cached_property
    def spans(self) -> list[Span]:
        """Lines cut again at tabs and long runs of spaces: «ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …» is two spans."""
        out: list[Span] = []
        for line in self._cut("\n"):
            text = "".join(t for _, t in line)
            blank = text[: len(text) - len(text.lstrip())]
            texts = _join_blanks([part for part in self._split_gaps(line) if "".join(t for _, t in part).strip()])
            for position, part in enumerate(texts):
                span = self._merge(part)
                span.position, span.of = position, len(texts)
                span.lead = len(blank) + 7 * blank.count("\t") if position == 0 else 0
                out.append(span)
        only = [s for s in out if s.text]
        for span in only:
            span.alone = len(only) == 1
        return only

    @cached_property
    def parts(self) -> list[tuple[Element | None, str]]:
        return pieces(self.el)

    @cached_property
    def run_texts(self) -> list[tuple[Element, str]]:
        """Each run carrying visible text, once, with its text (a run's text may come in several pieces)."""
        texts: dict[int, tuple[Element, list[str]]] = {}
        for run, text in self.parts:
            if run is not None and text not in ("\t", "\n"):
                texts.setdefault(id(run), (run, []))[1].append(text)
        return [(run, "".join(chunks)) for run, chunks in texts.values() if "".join(chunks).strip()]

    def _cut(self, mark: str) -> list[list[tuple[Element | None, str]]]:
        lines: list[list[tuple[Element | None, str]]] = [[]]
        for run, text in self.parts:
            chunks = text.split(mark)
            for index, chunk in enumerate(chunks):
                if index:
                    lines.append([])
                if chunk:
                    lines[-1].append((run, chunk))
        return lines

    @staticmethod
    def _split_gaps(line: list[tuple[Element | None, str]]) -> list[list[tuple[Element | None, str]]]:
        text = "".join(t for _, t in line)
        cuts = [m.span() for m in GAP.finditer(text.strip()) if m.group(0) != " "]
        if not cuts:
            return [line]
        offset = len(text) - len(text.lstrip())
        cuts = [(a + offset, b + offset) for a, b in cuts]
        parts: list[list[tuple[Element | None, str]]] = [[]]
        position = 0
        for run, chunk in line:
            for ch in chunk:
                if any(a <= position < b for a, b in cuts):
                    if parts[-1]:
                        parts.append([])
                else:
                    parts[-1].append((run, ch))
                position += 1
        return [part for part in parts if part]

    def _merge(self, part: list[tuple[Element | None, str]]) -> Span:
        runs: list[Element] = []
        for run, chunk in part:
            if run is not None and chunk.strip() and all(run is not r for r in runs):
                runs.append(run)
        text = nfc("".join(t for _, t in part)).strip()
        return Span(self, text, runs, alone=text == self.stripped)


BLANK_BEFORE = re.compile(r"(Số\s*:?|ngày|tháng|năm)$")
BLANK_AFTER = re.compile(r"^(/|tháng\b|năm\b)")


def _join_blanks(parts: list[list[tuple[Element | None, str]]]) -> list[list[tuple[Element | None, str]]]:
    """Glue back a gap that is a draft's blank, not a column break: «Số:      /UBND», «ngày      tháng»."""
    out: list[list[tuple[Element | None, str]]] = []
    for part in parts:
        text = "".join(t for _, t in part).strip()
        if out:
            before = "".join(t for _, t in out[-1]).strip()
            if BLANK_BEFORE.search(before) or BLANK_AFTER.match(text):
                out[-1] = [*out[-1], (None, " "), *part]
                continue
        out.append(part)
    return out
