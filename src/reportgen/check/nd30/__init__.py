"""Checks a finished .docx against Nghị định 30/2020/NĐ-CP, so that a document that left the generator (or was
edited by hand afterwards) can be judged on what the file holds, not on what the generator meant to write.

Usage::

    findings = check_docx(Path("bao-cao.docx"))          # profile detected from the kind line
    errors = [f for f in findings if f.severity == "error"]

A file that cannot be opened as .docx yields one ``ND30-FILE-UNREADABLE`` finding rather than an exception, and
a file that opens but breaks a rule's reading (a damaged part, XML no tool should write) yields
``ND30-FILE-BROKEN`` with the findings gathered so far, so that a folder of documents is always checked in one run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from reportgen.blocks.profile import Nd30Profile

from .catalogue import CLAUSES, RULES, SEVERITY, clause_of, finding
from .docxmodel import DocModel, load
from .findings import ERROR, WARNING, Finding, count_errors, findings_to_json
from .profiles import (
    KIND_ABBREVIATIONS,
    PROFILES,
    SPEECH_TITLES,
    Profile,
    detect_profile,
    from_blocks,
    profile_of,
    profile_rules,
)
from .rules_body import check_body
from .rules_citations import check_citations
from .rules_header import check_header
from .rules_page import check_page
from .rules_signature import check_signature
from .rules_text import check_text
from .structure import Structure, find_structure, kind_of

__all__ = [
    "CLAUSES",
    "ERROR",
    "PROFILES",
    "RULES",
    "SEVERITY",
    "WARNING",
    "Finding",
    "check_docx",
    "clause_of",
    "count_errors",
    "detect_profile",
    "findings_to_json",
    "from_blocks",
]


Declared = Callable[[], Mapping[str, Nd30Profile]]


def check_docx(
    path_or_bytes: Path | bytes, profile: str | Profile | None = None, declared: Declared | None = None
) -> list[Finding]:
    """Every finding for one document; ``profile`` (one of ``PROFILES``, or the rules a kind's declared NĐ30
    profile gives through ``from_blocks``) is detected when None. ``declared`` gives the profiles the document
    kinds declare, by kind line (``GIẤY MỜI``): a type this module has no rules for is judged by them."""
    if isinstance(profile, str) and profile not in PROFILES:
        raise ValueError(f"loại văn bản «{profile}» không có; chọn một trong: {', '.join(PROFILES)}")
    try:
        model = load(path_or_bytes)
    except Exception as exc:  # not a zip, no main part, XML that does not parse …: one finding, never a crash
        return [_unreadable(path_or_bytes, type(exc).__name__)]
    return check_model(model, profile, declared)


def _unreadable(path_or_bytes: Path | bytes, reason: str) -> Finding:
    where = str(path_or_bytes) if isinstance(path_or_bytes, Path) else "dữ liệu đầu vào"
    return finding(
        "ND30-FILE-UNREADABLE", "Không đọc được tệp như một văn bản Word (.docx).", "tệp .docx hợp lệ", reason, where
    )


def check_model(
    model: DocModel, profile: str | Profile | None = None, declared: Declared | None = None
) -> list[Finding]:
    """Each group of rules runs on its own: one that meets XML it cannot read becomes one ND30-FILE-BROKEN
    finding naming the part, and the other groups still report."""
    findings: list[Finding] = []
    broken: list[str] = []

    def run(part: str, check: Callable[[], list[Finding]]) -> None:
        try:
            findings.extend(check())
        except Exception as exc:  # a damaged file must give a finding, never a crash
            broken.append(f"{part} ({type(exc).__name__})")

    structure_box: list[Structure] = []

    def locate() -> list[Finding]:
        structure_box.append(find_structure(model, KIND_ABBREVIATIONS, SPEECH_TITLES))
        return []

    run("cấu trúc văn bản", locate)
    structure = structure_box[0] if structure_box else Structure()
    if isinstance(profile, Profile):
        rules = profile
    else:
        rules = _rules(profile or _safe_profile(model, structure), structure, declared)
    run(
        "khổ giấy, lề, số trang",
        lambda: check_page(model, rules.layout_only, tables=rules.code in ("APPENDIX", "BOOK")),
    )
    run("phông chữ, chữ", lambda: check_text(model))
    run("căn cứ", lambda: check_citations(model))
    if not rules.layout_only and structure_box:
        if rules.header or rules.number or rules.date or rules.kind_line:  # an appendix file has none of them
            run("phần đầu", lambda: check_header(model, structure, rules))
        run("nội dung", lambda: check_body(model, structure, rules))
        if rules.signature or rules.noi_nhan or rules.code == "SPEECH":
            run("chữ ký, nơi nhận", lambda: check_signature(model, structure, rules))
    if broken:
        findings.append(
            finding(
                "ND30-FILE-BROKEN",
                "Có phần của tệp không đọc được nên chưa kiểm tra được: " + ", ".join(broken) + ".",
                "tệp Word nguyên vẹn (mở và lưu lại bằng Word)",
                "phần hỏng",
                "toàn tệp",
            )
        )
    return findings


def _rules(code: str, structure: Structure, declared: Declared | None) -> Profile:
    """The rules of ``code``; for a type without rules of its own, those a document kind declares for it."""
    if code == "UNKNOWN" and declared is not None and structure.kind is not None:
        profiles = declared()
        name = kind_of(structure.kind.text, list(profiles))
        if name is not None:
            return from_blocks(profiles[name])
    return profile_rules(code)


def _safe_profile(model: DocModel, structure: Structure) -> str:
    try:
        return profile_of(model, structure)
    except Exception:  # an unreadable part leaves the profile unknown, not the run dead
        return "UNKNOWN"
