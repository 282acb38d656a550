"""A letter to a foreign partner and its English translation, checked together when both are checked.

``reportgen build`` writes such a letter (công hàm, công thư, thư mời, giấy mời chiêu đãi) as two files side by
side: ``X.docx`` in Vietnamese and ``X-en.docx`` in English. QĐ 3287/QĐ-BNG wants the translation laid out as its
original (the same blocks in the same order), which no rule can judge on one file alone: this module finds such
pairs among the files of one run by that naming and adds what ``check_pair`` finds to the translation's report.
Only files the user asked to check are paired (a lone file is judged alone), and only when one of the two reads
as a letter: an NĐ30 document and its English version are not bound by these rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportgen.check.nd30.docxmodel import load
from reportgen.check.nd30.rules_doi_ngoai import check_pair, detect
from reportgen.check.report import FileReport
from reportgen.problems import display_path

TRANSLATION_ENDING = "-en"  # what the build appends to the stem of the English file (the kinds' f"-{lang}")


@dataclass(frozen=True)
class Pair:
    """An original and its translation, checked together."""

    original: Path
    translation: Path


def original_of(path: Path) -> Path | None:
    """``X.docx`` for ``X-en.docx``; None for a file not named as a translation."""
    stem = path.stem
    if not stem.lower().endswith(TRANSLATION_ENDING) or len(stem) == len(TRANSLATION_ENDING):
        return None
    return path.with_name(stem[: -len(TRANSLATION_ENDING)] + path.suffix)


def check_pairs(reports: Sequence[FileReport]) -> tuple[list[FileReport], list[Pair]]:
    """The reports with each translation's pair findings added, and the pairs checked together."""
    by_path = {report.path: index for index, report in enumerate(reports)}
    updated = list(reports)
    pairs: list[Pair] = []
    for index, report in enumerate(reports):
        original = original_of(report.path)
        if original is None or original not in by_path:
            continue
        if report.unreadable or reports[by_path[original]].unreadable:
            continue  # a file that cannot be read already has its finding; there is nothing to compare
        pair = Pair(original, report.path)
        try:
            first, second = load(original), load(report.path)
            if detect(first) is None and detect(second) is None:
                continue
            found = check_pair(first, second)
        except Exception:  # a part the checker cannot read: the file's own report already says so
            continue
        pairs.append(pair)
        where = f"toàn văn bản, so với bản chính {display_path(original)}"
        updated[index] = replace(report, findings=[*report.findings, *(replace(f, location=where) for f in found)])
    return updated, pairs


def pair_lines(pairs: Sequence[Pair]) -> list[str]:
    """One sentence per pair a run checked together, in the user's words."""
    return [
        f"Đã đối chiếu bản dịch tiếng Anh {display_path(p.translation)} với bản chính {display_path(p.original)} "
        "(các phần và thứ tự của chúng)"
        for p in pairs
    ]
