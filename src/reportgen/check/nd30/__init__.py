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
from dataclasses import replace
from pathlib import Path

from reportgen.blocks.profile import Nd30Profile

from .catalogue import CLAUSES, RULES, SEVERITY, clause_of, finding
from .docxmodel import DocModel, load
from .findings import ERROR, WARNING, Finding, count_errors, findings_to_json
from .parts import Structure
from .profiles import (
    KIND_ABBREVIATIONS,
    PROFILES,
    TYPES,
    Profile,
    detect_profile,
    from_blocks,
    profile_of,
    profile_rules,
)
from .roles import SPEECH_TITLES
from .rules_body import check_body
from .rules_citations import check_citations
from .rules_copies import check_copies
from .rules_doi_ngoai import check_letter, detect
from .rules_header import check_header
from .rules_mark_place import check_mark_place
from .rules_marks import check_marks
from .rules_page import check_page
from .rules_signature import check_signature
from .rules_text import check_text
from .structure import find_structure
from .wording import kind_of

__all__ = [
    "CLAUSES",
    "ERROR",
    "PROFILES",
    "RULES",
    "SEVERITY",
    "TYPES",
    "WARNING",
    "Finding",
    "check_docx",
    "clause_of",
    "count_errors",
    "describe_document",
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


def describe_document(path_or_bytes: Path | bytes) -> str:
    """The role and type the checker gives a file: «main:BC», «appendix», «attachment» …"""
    model = load(path_or_bytes)
    structure = find_structure(model, KIND_ABBREVIATIONS, SPEECH_TITLES)
    code = profile_of(model, structure)
    rules = profile_rules(code)
    return f"{rules.role}:{code}" if rules.role == "main" else rules.role


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

    letter = detect(model)
    if letter is not None:  # a letter to a foreign partner: QĐ 3287/QĐ-BNG, not the NĐ30 blocks
        run("chữ, phông", lambda: check_text(model))
        if letter.kind != "card":  # a card has its own size, judged by the letter rules
            run("khổ giấy, lề", lambda: check_page(model, False, tables=False))
        run("thư đối ngoại", lambda: check_letter(model, letter))
        return findings
    run("cấu trúc văn bản", locate)
    structure = structure_box[0] if structure_box else Structure()
    if isinstance(profile, Profile):
        rules = profile
    else:
        rules = _rules(profile or _safe_profile(model, structure), structure, declared)
    code = rules.code
    if code == "NOT-ADMIN":
        return [_not_administrative(structure)]
    if code == "UNKNOWN":
        findings.append(_unknown_type(structure))
    paper_only = rules.layout_only or rules.code == "FORM"  # a form keeps its own frame: paper size only
    run("khổ giấy, lề, số trang", lambda: check_page(model, paper_only, tables=rules.code in TABLE_ROLES))
    run("phông chữ, chữ", lambda: check_text(model))
    run("căn cứ", lambda: check_citations(model))
    header = rules.header or structure.quoc is not None  # header rules only where a header is present
    if not rules.layout_only and structure_box:
        if header or rules.number or rules.date or rules.kind_line:
            run("phần đầu", lambda: check_header(model, structure, replace(rules, header=header)))
        run("nội dung", lambda: check_body(model, structure, rules))
        if rules.signature or rules.noi_nhan or rules.code == "SPEECH":
            run("chữ ký, nơi nhận", lambda: check_signature(model, structure, rules))
        run("kính gửi, điều, dấu", lambda: check_marks(model, structure, rules))
        run("độ khẩn, bản sao, địa chỉ", lambda: check_copies(model, structure.sig_index))
        run("vị trí dấu độ mật, độ khẩn", lambda: check_mark_place(model, structure))
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


TABLE_ROLES = ("APPENDIX", "FORM", "BOOK")  # a list or a score sheet may be landscape from its first page


def _not_administrative(structure: Structure) -> Finding:
    first = structure.kind.text if structure.kind is not None else "không có phần đầu, số, tên loại"
    return finding(
        "ND30-ROLE-NOT-ADMIN",
        "Tệp này không phải văn bản hành chính (không có Quốc hiệu, số, ký hiệu, tên loại văn bản hay chữ ký): "
        "không áp dụng thể thức Nghị định 30.",
        "văn bản hành chính",
        first,
        "toàn tệp",
    )


def _unknown_type(structure: Structure) -> Finding:
    kind = structure.kind
    what = (
        f"«{kind.text}» (không thuộc 29 loại của Điều 7)" if kind else "(không thấy tên loại, ký hiệu không cho biết)"
    )
    return finding(
        "ND30-TYPE-UNKNOWN",
        f"Không nhận ra loại văn bản {what}: chỉ kiểm tra phần đầu, khổ giấy và phông chữ.",
        "tên loại của Điều 7 (BÁO CÁO, TỜ TRÌNH, GIẤY MỜI …) hoặc ký hiệu công văn",
        kind.text if kind else "không có",
        kind.location if kind else "đầu văn bản",
    )


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
