"""Which rules apply to which kind of document, since a Biên bản has no date line and a speech has no number.

The kind is read from the kind line by its first words (``BÁO CÁO``, ``BIÊN BẢN LÀM VIỆC`` is a Biên bản …);
without one, from the abbreviation in the number symbol; a landscape first page titled ``BẰNG KHEN`` is a
certificate, checked only for page and fonts. The document's role comes first: a separate appendix file (it
opens with «Phụ lục», without a header) is checked for page, fonts and its heading; a text issued with another
one («(Ban hành kèm theo …)») needs no number, date, signature or Nơi nhận of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument

from reportgen.blocks.profile import Block, Nd30Profile

from .docxmodel import DocModel, load
from .structure import Structure, find_structure, kind_of, parse_symbol

KIND_ABBREVIATIONS = {
    "NGHỊ ĐỊNH": "NĐ",
    "NGHỊ QUYẾT": "NQ",
    "QUYẾT ĐỊNH": "QĐ",
    "CHỈ THỊ": "CT",
    "QUY CHẾ": "QC",
    "QUY ĐỊNH": "QyĐ",
    "THÔNG CÁO": "TC",
    "THÔNG BÁO": "TB",
    "HƯỚNG DẪN": "HD",
    "CHƯƠNG TRÌNH": "CTr",
    "KẾ HOẠCH": "KH",
    "PHƯƠNG ÁN": "PA",
    "ĐỀ ÁN": "ĐA",
    "DỰ ÁN": "DA",
    "BÁO CÁO": "BC",
    "BIÊN BẢN": "BB",
    "TỜ TRÌNH": "TTr",
    "HỢP ĐỒNG": "HĐ",
    "CÔNG ĐIỆN": "CĐ",
    "BẢN GHI NHỚ": "BGN",
    "BẢN THỎA THUẬN": "BTT",
    "GIẤY ỦY QUYỀN": "GUQ",
    "GIẤY MỜI": "GM",
    "GIẤY GIỚI THIỆU": "GGT",
    "GIẤY NGHỈ PHÉP": "GNP",
    "PHIẾU GỬI": "PG",
    "PHIẾU CHUYỂN": "PC",
    "PHIẾU BÁO": "PB",
}
PROFILE_CODES = ("BC", "QĐ", "TB", "BB", "TTr", "KH", "CTr", "NĐ", "GM")
SPEECH_TITLES = ("BÀI PHÁT BIỂU", "THAM LUẬN", "DIỄN VĂN", "BÀI NÓI")
CERT_TITLES = ("BẰNG KHEN", "GIẤY KHEN")
# A register printed to be bound (sổ đăng ký văn bản đi, NĐ30 Phụ lục IV) is a form, not a document: its title
# opens the file and only the page and font rules apply (landscape allowed: it is one wide table).
BOOK_TITLES = ("SỔ ĐĂNG KÝ VĂN BẢN",)
PROFILES = (*PROFILE_CODES, "CV", "SPEECH", "CERT", "APPENDIX", "ATTACHMENT", "BOOK", "UNKNOWN")


@dataclass(frozen=True)
class Profile:
    """What a kind of document must, may and must not hold."""

    code: str
    number: bool = True  # a "Số:" line is required
    date: bool = True  # a date line is required (False: forbidden for BB)
    kind_line: bool = True
    signature: bool = True
    noi_nhan: bool = True
    end_mark: bool = True
    layout_only: bool = False  # only page and font rules (certificates)
    header: bool = True  # issuing body, Quốc hiệu and Tiêu ngữ
    summary: bool = True  # a trích yếu under the kind line
    body: bool = True  # running-text layout


def profile_rules(code: str) -> Profile:
    if code == "CV":
        return Profile(code, kind_line=False)
    if code == "BB":
        return Profile(code, date=False, noi_nhan=False)
    if code == "SPEECH":
        return Profile(code, number=False, date=False, kind_line=False, signature=False, noi_nhan=False, end_mark=False)
    if code == "CERT":
        return Profile(
            code,
            number=False,
            date=False,
            kind_line=False,
            signature=False,
            noi_nhan=False,
            end_mark=False,
            layout_only=True,
        )
    if code in ("APPENDIX", "BOOK"):
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
        )
    if code == "ATTACHMENT":
        return Profile(code, number=False, date=False, signature=False, noi_nhan=False, end_mark=False)
    if code == "UNKNOWN":
        return Profile(code, kind_line=False, noi_nhan=False)
    return Profile(code)


ROLE_CODES = ("SPEECH", "CERT", "APPENDIX", "ATTACHMENT")


def from_blocks(declared: Nd30Profile) -> Profile:
    """The rules for a document whose kind declares its NĐ30 blocks (``Kind.profile``): what it must show."""
    if declared.code in ROLE_CODES:
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
    if structure.role == "appendix":
        return "APPENDIX"
    if structure.role == "speech":
        return "SPEECH"
    if structure.role == "attachment":
        return "ATTACHMENT"
    if structure.kind is not None:
        name = kind_of(structure.kind.text, [*KIND_ABBREVIATIONS, *SPEECH_TITLES]) or ""
        if name in SPEECH_TITLES:
            return "SPEECH"
        code = KIND_ABBREVIATIONS.get(name, "")
        return code if code in PROFILE_CODES else "UNKNOWN"
    symbol = parse_symbol(structure.number.stripped) if structure.number else None
    if symbol is not None:
        first = symbol.kind
        if first in PROFILE_CODES:
            return first
        if first not in KIND_ABBREVIATIONS.values():
            return "CV"
    if structure.vv is not None:
        return "CV"
    return "UNKNOWN"


def _is_certificate(model: DocModel) -> bool:
    first = model.sections[0] if model.sections else None
    if first is None or not first.landscape:
        return False
    return any(p.stripped.upper() in CERT_TITLES for p in model.all_paragraphs())
