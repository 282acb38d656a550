"""Rules on the title area: header table, Quốc hiệu, Tiêu ngữ, issuing body, number, date, kind and summary.

The header is read from the first table: its left column holds the parent and issuing bodies, its right column
the Quốc hiệu and Tiêu ngữ; the number and date lines are checked in ``rules_numbering``.
"""

from __future__ import annotations

from .catalogue import finding
from .docxmodel import DocModel, Para, TableInfo
from .elements import all_flag, check_element
from .findings import Finding
from .profiles import Profile
from .rules_numbering import check_date, check_number
from .structure import (
    Structure,
    has_line_shape,
    has_rule,
    paras_after,
    table_has_borders,
)

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"


def check_header(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    out: list[Finding] = []
    table = found.header_table
    if profile.code == "SPEECH":  # not an administrative document: no header table, no number
        return check_number(model, found, profile) + check_date(model, found, profile)
    if table is None or table.columns < 2:
        out.append(
            finding(
                "ND30-HEADER-TABLE",
                "Không thấy bảng đầu văn bản hai cột.",
                "bảng 2 cột: cơ quan ban hành | Quốc hiệu, Tiêu ngữ",
                "không có bảng" if table is None else f"bảng {table.columns} cột",
                "đầu văn bản",
            )
        )
    else:
        out += check_borders(table, "ND30-HEADER-BORDERS", "Bảng đầu văn bản có kẻ viền.")
        out += _check_national(model, table.column(-1))
        out += _check_bodies(model, table.column(0))
    if found.vv is not None:
        out += check_element(model, "VV", found.vv)
    out += check_number(model, found, profile)
    out += check_date(model, found, profile)
    out += _check_kind(model, found, profile)
    return out


def check_borders(table: TableInfo, rule: str, message: str) -> list[Finding]:
    if not table_has_borders(table):
        return []
    return [finding(rule, message, "không viền", "có viền", f"bảng {table.number}")]


def _check_national(model: DocModel, cell: list[Para]) -> list[Finding]:
    texts = [p for p in cell if p.stripped]
    place = "bảng 1, cột phải"
    quoc = next((p for p in texts if p.stripped.upper().startswith("CỘNG H")), None)
    if quoc is None or quoc.stripped != QUOC_HIEU:
        return [
            finding(
                "ND30-QUOC-HIEU-TEXT",
                "Quốc hiệu thiếu hoặc sai chữ.",
                QUOC_HIEU,
                quoc.stripped if quoc else "không có",
                quoc.location if quoc else place,
            )
        ]
    out = check_element(model, "QUOC-HIEU", quoc)
    following = texts[texts.index(quoc) + 1 :]
    tieu = following[0] if following else None
    if tieu is None or tieu.stripped != TIEU_NGU:
        out.append(
            finding(
                "ND30-TIEU-NGU-TEXT",
                "Tiêu ngữ thiếu hoặc sai chữ.",
                TIEU_NGU,
                tieu.stripped if tieu else "không có",
                tieu.location if tieu else place,
            )
        )
    if tieu is not None:
        out += check_element(model, "TIEU-NGU", tieu)
        if not _rule_under(model, cell, tieu):
            out.append(
                finding(
                    "ND30-TIEU-NGU-RULE",
                    "Thiếu đường kẻ dưới Tiêu ngữ.",
                    "đường kẻ nét liền",
                    "không có",
                    tieu.location,
                )
            )
    return out


def _rule_under(model: DocModel, cell: list[Para], anchor: Para) -> bool:
    return has_rule(model, paras_after(cell, anchor)) or any(has_line_shape(p) for p in cell)


def _check_bodies(model: DocModel, cell: list[Para]) -> list[Finding]:
    """The issuing body is the block of bold lines just above the rule (it may take two lines, as in
    «ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG»); the lines above that block name the parent body."""
    names = []
    for para in cell:
        if not para.stripped or para.stripped.startswith(("Số", "V/v")):
            break
        names.append(para)
    if not names:
        message = "Thiếu tên cơ quan ban hành ở cột trái."
        return [finding("ND30-HEADER-TABLE", message, "tên cơ quan in hoa", "không có", "bảng 1, cột trái")]
    start = len(names) - 1
    while start > 0 and all_flag(model, names[start - 1], "b"):
        start -= 1
    out: list[Finding] = []
    for parent in names[:start]:
        out += check_element(model, "PARENT", parent)
    for issuer in names[start:]:
        out += check_element(model, "ISSUER", issuer)
    if not _rule_under(model, cell, names[-1]):
        message = "Thiếu đường kẻ dưới tên cơ quan ban hành."
        out.append(finding("ND30-ISSUER-RULE", message, "đường kẻ nét liền", "không có", names[-1].location))
    return out


def _check_kind(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    if found.kind is None:
        if not profile.kind_line:
            return []
        return [
            finding(
                "ND30-KIND-MISSING",
                "Không thấy tên loại văn bản.",
                "ví dụ BÁO CÁO",
                "không có",
                "đầu văn bản",
            )
        ]
    if profile.code == "SPEECH":
        return []
    out = check_element(model, "KIND", found.kind)
    if found.summary is None:
        return [
            *out,
            finding(
                "ND30-SUMMARY-MISSING",
                "Thiếu trích yếu dưới tên loại.",
                "trích yếu nội dung",
                "không có",
                found.kind.location,
            ),
        ]
    out += check_element(model, "SUMMARY", found.summary)
    paras = [b for b in model.blocks if isinstance(b, Para)]
    if not has_rule(model, paras_after(paras, found.summary)):
        out.append(
            finding(
                "ND30-SUMMARY-RULE",
                "Thiếu đường kẻ dưới trích yếu.",
                "đường kẻ nét liền",
                "không có",
                found.summary.location,
            )
        )
    return out
