"""Checks a finished .docx against Nghị định 30/2020/NĐ-CP, so that a document that left the generator (or was
edited by hand afterwards) can be judged on what the file holds, not on what the generator meant to write.

Usage::

    findings = check_docx(Path("bao-cao.docx"))          # profile detected from the kind line
    errors = [f for f in findings if f.severity == "error"]

A file that cannot be opened as .docx yields one ``ND30-FILE-UNREADABLE`` finding rather than an exception, so
that a folder of documents can be checked in one run.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError

from .catalogue import RULES, finding
from .docxmodel import DocModel, load
from .findings import ERROR, WARNING, Finding, count_errors, findings_to_json
from .profiles import KIND_ABBREVIATIONS, PROFILES, SPEECH_TITLES, detect_profile, profile_of, profile_rules
from .rules_body import check_body
from .rules_citations import check_citations
from .rules_header import check_header
from .rules_page import check_page
from .rules_signature import check_signature
from .rules_text import check_text
from .structure import find_structure

__all__ = [
    "ERROR",
    "PROFILES",
    "RULES",
    "WARNING",
    "Finding",
    "check_docx",
    "count_errors",
    "detect_profile",
    "findings_to_json",
]


def check_docx(path_or_bytes: Path | bytes, profile: str | None = None) -> list[Finding]:
    """Every finding for one document; ``profile`` (one of ``PROFILES``) is detected when None."""
    if profile is not None and profile not in PROFILES:
        raise ValueError(f"loại văn bản «{profile}» không có; chọn một trong: {', '.join(PROFILES)}")
    try:
        model = load(path_or_bytes)
    except (PackageNotFoundError, zipfile.BadZipFile, SyntaxError, KeyError, OSError) as exc:
        where = str(path_or_bytes) if isinstance(path_or_bytes, Path) else "dữ liệu đầu vào"
        return [
            finding(
                "ND30-FILE-UNREADABLE",
                "Không đọc được tệp như một văn bản Word (.docx).",
                "tệp .docx hợp lệ",
                type(exc).__name__,
                where,
            )
        ]
    return check_model(model, profile)


def check_model(model: DocModel, profile: str | None = None) -> list[Finding]:
    structure = find_structure(model, KIND_ABBREVIATIONS, SPEECH_TITLES)
    rules = profile_rules(profile or profile_of(model, structure))
    findings = check_page(model, certificate=rules.layout_only) + check_text(model) + check_citations(model)
    if not rules.layout_only:
        findings += check_header(model, structure, rules)
        findings += check_body(model, structure, rules)
        findings += check_signature(model, structure, rules)
    return findings
