"""Which rules apply to which document: first its role (see ``roles``), then, for a main document, its type.

Every one of the 29 types of Điều 7 has a profile here, with the blocks its model form in Phụ lục III gives it
(Mẫu 1.1 Nghị quyết, 1.2–1.3 Quyết định, 1.4 every other type with a kind line, 1.5 Công văn, 1.6 Công điện,
1.7 Giấy mời, 1.8 Giấy giới thiệu, 1.9 Biên bản, 1.10 Giấy nghỉ phép); Hợp đồng, Bản ghi nhớ, Bản thỏa thuận and
Thư công have no form there and are judged on what every document shares. The type is read from the kind line
(``BÁO CÁO``; ``BIÊN BẢN LÀM VIỆC`` is a Biên bản); without one, from the symbol (``Số: 12/SNV-HTQT`` has no type
code: a Công văn) or from a «V/v» line. A kind line naming no type of Điều 7 leaves the type unknown: the file
is said to be of an unknown type (one informational finding) and judged on its header, never as a Công văn.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docx.document import Document as DocxDocument

from reportgen.blocks.profile import Block, Nd30Profile

from .docxmodel import DocModel, load
from .parts import Structure
from .roles import SPEECH_TITLES as SPEECH_TITLES  # re-exported: other packages read it here
from .structure import find_structure
from .wording import kind_of, parse_symbol

# A register printed to be bound (sổ đăng ký văn bản đi, NĐ30 Phụ lục IV) is a form, not a document: its title
# opens the file and only the page and font rules apply (landscape allowed: it is one wide table).
BOOK_TITLES = ("SỔ ĐĂNG KÝ VĂN BẢN",)


@dataclass(frozen=True)
class Profile:
    """What a document must, may and must not hold."""

    code: str
    name: str = ""  # the kind line, in capitals («» for a Công văn)
    form: str = ""  # the model form of Phụ lục III, «» when there is none
    number: bool = True  # a "Số:" line is required
    date: bool = True  # a date line is required (False: forbidden for BB)
    kind_line: bool = True
    signature: bool = True
    noi_nhan: bool = True
    end_mark: bool = True
    layout_only: bool = False  # only page and font rules (certificates)
    header: bool = True  # issuing body, Quốc hiệu and Tiêu ngữ are required
    summary: bool = True  # a trích yếu under the kind line
    body: bool = True  # running-text layout
    recipient: bool = False  # a «Kính gửi» block is part of the form (Công văn)
    role: str = "main"


_FORM_14 = "Mẫu 1.4"
_NO_FORM = {"form": "", "number": True, "summary": False, "signature": False, "noi_nhan": False, "end_mark": False}
TYPES: dict[str, Profile] = {
    p.code: p
    for p in (
        Profile("NQ", "NGHỊ QUYẾT", "Mẫu 1.1"),
        Profile("QĐ", "QUYẾT ĐỊNH", "Mẫu 1.2, Mẫu 1.3"),
        Profile("CT", "CHỈ THỊ", _FORM_14),
        Profile("QC", "QUY CHẾ", _FORM_14),
        Profile("QyĐ", "QUY ĐỊNH", _FORM_14),
        Profile("TC", "THÔNG CÁO", _FORM_14),
        Profile("TB", "THÔNG BÁO", _FORM_14),
        Profile("HD", "HƯỚNG DẪN", _FORM_14),
        Profile("CTr", "CHƯƠNG TRÌNH", _FORM_14),
        Profile("KH", "KẾ HOẠCH", _FORM_14),
        Profile("PA", "PHƯƠNG ÁN", _FORM_14),
        Profile("ĐA", "ĐỀ ÁN", _FORM_14),
        Profile("DA", "DỰ ÁN", _FORM_14),
        Profile("BC", "BÁO CÁO", _FORM_14),
        Profile("BB", "BIÊN BẢN", "Mẫu 1.9", date=False, noi_nhan=False),
        Profile("TTr", "TỜ TRÌNH", _FORM_14),
        Profile("HĐ", "HỢP ĐỒNG", **_NO_FORM),  # type: ignore[arg-type]
        Profile("CV", "", "Mẫu 1.5", kind_line=False, summary=False, recipient=True),
        Profile("CĐ", "CÔNG ĐIỆN", "Mẫu 1.6", summary=False),
        Profile("GN", "BẢN GHI NHỚ", **_NO_FORM),  # type: ignore[arg-type]
        Profile("TTh", "BẢN THỎA THUẬN", **_NO_FORM),  # type: ignore[arg-type]
        Profile("GUQ", "GIẤY ỦY QUYỀN", _FORM_14, summary=False),
        Profile("GM", "GIẤY MỜI", "Mẫu 1.7", summary=False),
        Profile("GGT", "GIẤY GIỚI THIỆU", "Mẫu 1.8", summary=False),
        Profile("GNP", "GIẤY NGHỈ PHÉP", "Mẫu 1.10", summary=False),
        Profile("PG", "PHIẾU GỬI", _FORM_14, summary=False),
        Profile("PC", "PHIẾU CHUYỂN", _FORM_14, summary=False),
        Profile("PB", "PHIẾU BÁO", _FORM_14, summary=False),
        Profile("TCg", "THƯ CÔNG", **_NO_FORM),  # type: ignore[arg-type]
    )
}
# A decree is a legal normative document (Nghị định 34/2016/NĐ-CP), judged here as the decree file itself is laid
# out: like a type of Điều 7 with a kind line.
LEGAL = {"NĐ": Profile("NĐ", "NGHỊ ĐỊNH", "")}
KIND_ABBREVIATIONS = {p.name: code for code, p in {**TYPES, **LEGAL}.items() if p.name}
# Older spellings and the decree's own variants read as the same kind line.
KIND_ABBREVIATIONS.update({"BẢN THOẢ THUẬN": "TTh", "GIẤY UỶ QUYỀN": "GUQ"})
CERT_TITLES = ("BẰNG KHEN", "GIẤY KHEN")


def _page_and_fonts(code: str, role: str) -> Profile:
    """A file with no block of its own to judge (a separate appendix, a form, the register book): page and fonts."""
    return Profile(
        code,
        number=False,
        date=False,
        kind_line=False,
        signature=False,
        noi_nhan=False,
        end_mark=False,
        header=False,
        summary=False,
        body=False,
        role=role,
    )


ROLE_PROFILES: dict[str, Profile] = {
    "SPEECH": Profile(
        "SPEECH",
        number=False,
        date=False,
        kind_line=False,
        signature=False,
        noi_nhan=False,
        end_mark=False,
        role="speech",
    ),
    "CERT": Profile(
        "CERT",
        number=False,
        date=False,
        kind_line=False,
        signature=False,
        noi_nhan=False,
        end_mark=False,
        layout_only=True,
        role="certificate",
    ),
    # Mẫu 2.1: «Phụ lục», its title and «(Kèm theo …)»; no header, number, date or signature of its own.
    "APPENDIX": _page_and_fonts("APPENDIX", "appendix"),
    # Mẫu 1.3's attached text: header, title, «(Kèm theo Quyết định …)», Chương/Điều, «./.»; nothing else.
    "ATTACHMENT": Profile(
        "ATTACHMENT", number=False, date=False, signature=False, noi_nhan=False, header=False, role="attachment"
    ),
    # A form or sheet (not one of Điều 7's types): page, fonts and, where there is one, the header.
    "FORM": _page_and_fonts("FORM", "form"),
    "NOT-ADMIN": Profile("NOT-ADMIN", layout_only=True, role="not_admin"),
    # The register book (Phụ lục IV): one wide table under its title; page and fonts.
    "BOOK": _page_and_fonts("BOOK", "form"),
    # A main document whose kind line names no type of Điều 7: its header only.
    "UNKNOWN": Profile(
        "UNKNOWN",
        number=False,
        date=False,
        kind_line=False,
        signature=False,
        noi_nhan=False,
        end_mark=False,
        summary=False,
        body=False,
    ),
}
PROFILES = (*TYPES, *LEGAL, *ROLE_PROFILES)
ROLE_CODES = {"appendix": "APPENDIX", "speech": "SPEECH", "attachment": "ATTACHMENT", "form": "FORM"}
ROLE_CODES["not_admin"] = "NOT-ADMIN"


def profile_rules(code: str) -> Profile:
    if code in TYPES or code in LEGAL:
        return {**TYPES, **LEGAL}[code]
    return ROLE_PROFILES.get(code, replace(ROLE_PROFILES["UNKNOWN"], code=code))


DECLARED_ROLES = ("SPEECH", "CERT", "APPENDIX", "ATTACHMENT", "FORM", "BOOK")


def from_blocks(declared: Nd30Profile) -> Profile:
    """The rules for a document whose kind declares its NĐ30 blocks (``Kind.profile``): what it must show."""
    if declared.code in DECLARED_ROLES:
        return profile_rules(declared.code)
    has = declared.requires
    return Profile(
        declared.code,
        number=has(Block.SO_KY_HIEU),
        date=has(Block.DIA_DANH_NGAY),
        kind_line=has(Block.TEN_LOAI),
        signature=has(Block.CHU_KY),
        noi_nhan=has(Block.NOI_NHAN),
        end_mark=has(Block.KET_THUC),
        header=has(Block.QUOC_HIEU) or has(Block.CO_QUAN),
        summary=has(Block.TRICH_YEU) or has(Block.VV),
    )


def detect_profile(doc: DocxDocument | DocModel) -> str:
    """The profile code of a document: one of ``PROFILES``."""
    model = load(doc)
    return profile_of(model, find_structure(model, KIND_ABBREVIATIONS, SPEECH_TITLES))


def profile_of(model: DocModel, structure: Structure) -> str:
    if _is_certificate(model):
        return "CERT"
    if any(p.stripped.upper().startswith(BOOK_TITLES) for p in model.body_paragraphs()[:8]):
        return "BOOK"
    if structure.role in ROLE_CODES:
        return ROLE_CODES[structure.role]
    if structure.kind is not None:
        name = kind_of(structure.kind.text, [*KIND_ABBREVIATIONS, *SPEECH_TITLES]) or ""
        if name in SPEECH_TITLES:
            return "SPEECH"
        return KIND_ABBREVIATIONS.get(name, "UNKNOWN")
    symbol = parse_symbol(structure.number.stripped) if structure.number else None
    if symbol is not None:
        if symbol.kind in TYPES or symbol.kind in LEGAL:
            return symbol.kind
        if symbol.kind not in {*KIND_ABBREVIATIONS.values(), "BGN", "BTT"}:
            return "CV"
    if structure.vv or any(p.stripped.startswith("Kính gửi") for p in structure.body[:3]):
        return "CV"
    return "UNKNOWN"


def _is_certificate(model: DocModel) -> bool:
    first = model.sections[0] if model.sections else None
    if first is None or not first.landscape:
        return False
    return any(p.stripped.upper() in CERT_TITLES for p in model.all_paragraphs())
