"""One ``reportgen check`` run as a library call: documents and/or templates checked, lines and verdict ready.

The front end only validates its options, prints :meth:`CheckRun.lines` (or :meth:`CheckRun.records` as JSON)
and maps :attr:`CheckRun.verdict` to an exit code; what is checked, in which order and what the worst
finding means lives here, so the web page or a script gets exactly the command's answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from reportgen.check.pairs import Pair, check_pairs, pair_lines
from reportgen.check.report import FileReport, check_paths, finding_line, finding_record, summary_line


class Verdict(Enum):
    """The worst outcome of a run, most severe first in the order the command reports it."""

    NOTHING_FOUND = "nothing_found"  # documents were asked for but the paths held no .docx
    UNREADABLE = "unreadable"  # a file is not a readable Word document
    ERRORS = "errors"  # at least one error finding
    CLEAN = "clean"  # no error (warnings allowed)


@dataclass(frozen=True)
class CheckRun:
    """The reports of one run: ``documents`` when paths were given, ``templates`` when templates were checked;
    ``pairs``: the letters checked together with their English translation."""

    documents: list[FileReport] | None
    templates: list[FileReport] | None
    pairs: list[Pair] = field(default_factory=list)

    @property
    def batches(self) -> list[tuple[list[FileReport], str]]:
        """Each checked batch with the word its summary line uses for one item."""
        found = [(self.documents, "tệp"), (self.templates, "mẫu")]
        return [(batch, what) for batch, what in found if batch is not None]

    @property
    def reports(self) -> list[FileReport]:
        return [report for batch, _ in self.batches for report in batch]

    def lines(self) -> list[str]:
        """Every finding, one line each, the pairs checked together, then one summary line per batch."""
        found = [finding_line(r.path, f) for r in self.reports for f in r.findings]
        return found + pair_lines(self.pairs) + [summary_line(batch, what) for batch, what in self.batches]

    def records(self) -> list[dict[str, str]]:
        """Every finding as a JSON-ready record naming its file."""
        return [finding_record(r.path, f) for r in self.reports for f in r.findings]

    @property
    def verdict(self) -> Verdict:
        if self.documents is not None and not self.documents:
            return Verdict.NOTHING_FOUND
        if any(r.unreadable for r in self.reports):
            return Verdict.UNREADABLE
        if any(r.errors for r in self.reports):
            return Verdict.ERRORS
        return Verdict.CLEAN


def run_check(
    paths: Sequence[Path],
    *,
    templates: bool = False,
    templates_dir: Path | None = None,
    inputs_dir: Path | None = None,
) -> CheckRun:
    """Check the documents under ``paths`` (if any) and, with ``templates``, the templates' tags against the kinds.

    A letter and its English translation (``X.docx``, ``X-en.docx``) among the documents are also compared."""
    documents = check_paths(paths) if paths else None
    pairs: list[Pair] = []
    if documents:
        documents, pairs = check_pairs(documents)
    checked_templates = None
    if templates:
        from reportgen.check.templates.contract import check_templates

        checked_templates = check_templates(templates_dir, [inputs_dir] if inputs_dir else None)
    return CheckRun(documents, checked_templates, pairs)
