"""Letters to foreign partners (Quyết định 3287/QĐ-BNG): công hàm, công thư and thư mời, and invitation cards.

They are not administrative documents of Nghị định 30 (no Quốc hiệu, no Nơi nhận; a công hàm is initialled and
sealed, not signed), so the NĐ30 header and signature rules would call every one of them wrong. A file is taken as
such a letter by what it says and how it is laid out: a note verbale's formula of courtesy, a công thư's "CT"
symbol or salutation, a card's page size. Then only these rules apply; the page's fonts and text rules still do.
The rules live in their own module and add their ids to the catalogue, as the citations rule does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import CLAUSES, RULES, SEVERITY, finding
from .docxmodel import DocModel, Para
from .findings import ERROR, Finding
from .ooxml import w

QD3287 = "Quyết định 3287/QĐ-BNG ngày 31/8/2016 của Bộ Ngoại giao (thể thức thư đối ngoại)"
_NEW: dict[str, tuple[str, str]] = {
    "DN-CH-FORMULA": (ERROR, "Công hàm mở đầu và kết thúc bằng công thức lịch thiệp, ngôi thứ ba."),
    "DN-CH-SIGNATURE": (ERROR, "Công hàm chỉ ký nháy và đóng dấu, không có khối chữ ký."),
    "DN-EMBLEM-MISSING": (ERROR, "Bản chính công hàm có Quốc huy."),
    "DN-EMBLEM-TRANSLATION": (ERROR, "Bản dịch trình bày như bản chính nhưng không có Quốc huy."),
    "DN-NUMBER-MISSING": (ERROR, "Công hàm, công thư có số và ký hiệu."),
    "DN-CT-SYMBOL": (ERROR, "Ký hiệu của công thư là CT."),
    "DN-CT-SIGNER": (ERROR, "Công thư ký đầy đủ, ghi đầy đủ họ tên và chức vụ."),
    "DN-CARD-SIZE": (ERROR, "Giấy mời chiêu đãi: chiều rộng 11–12 cm, chiều dài 15–18 cm."),
    "DN-CARD-CENTRE": (ERROR, "Giấy mời chiêu đãi: mọi dòng căn giữa."),
    "DN-PAIR-BLOCKS": (ERROR, "Bản dịch có cùng các phần, cùng thứ tự như bản chính."),
}
for _rule, (_severity, _text) in _NEW.items():
    RULES[_rule] = _text
    SEVERITY[_rule] = _severity
CLAUSES["DN"] = QD3287

NOTE_OPENING = re.compile(r"gửi lời chào trân trọng tới|presents its compliments to", re.IGNORECASE)
NOTE_CLOSING = re.compile(
    r"nhân dịp này xin gửi tới .* lời chào trân trọng|avails itself of this opportunity", re.IGNORECASE
)
SALUTATION = re.compile(r"^(Thưa (Ngài|Ông|Bà)|Dear |Excellency,)", re.IGNORECASE)
NUMBER = re.compile(r"^(Số|No\.)\s*:?\s*\S*/(?P<symbol>\S+)$")
CARD_MM = ((110, 120), (150, 180))
TWIPS_PER_MM = 1440 / 25.4


@dataclass(frozen=True)
class Letter:
    kind: str  # "note", "letter", "card"
    english: bool


def _texts(model: DocModel) -> list[Para]:
    return [p for p in model.all_paragraphs() if p.stripped]


def _card(model: DocModel) -> bool:
    sect = model.sects[0] if model.sects else None
    if sect is None or not sect.width or not sect.height:
        return False
    short, long = sorted((sect.width / TWIPS_PER_MM, sect.height / TWIPS_PER_MM))
    return short <= 130 and long <= 230  # narrower than A5 (148 mm): a card, judged by the card rules


def detect(model: DocModel) -> Letter | None:
    """The kind of letter ``model`` is, or None for any other document."""
    paras = _texts(model)
    if any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in p.text.upper() for p in paras[:12]):
        return None  # a Quốc hiệu: an administrative document of NĐ30 (a chỉ thị is numbered …/CT-… too)
    english = any(p.stripped.startswith("No.") or "presents its compliments" in p.text for p in paras[:12])
    if _card(model):
        return Letter("card", english)
    if any(NOTE_OPENING.search(p.text) for p in paras):
        return Letter("note", english)
    numbers = [m for p in paras[:8] if (m := NUMBER.match(p.stripped))]
    if any(m["symbol"].startswith("CT-") for m in numbers) or any(SALUTATION.match(p.stripped) for p in paras):
        return Letter("letter", english)
    return None


def _has_picture(para: Para) -> bool:
    return para.el.find(f".//{w('drawing')}") is not None or para.el.find(f".//{w('pict')}") is not None


def _emblem(model: DocModel, letter: Letter) -> list[Finding]:
    head = [p for p in model.all_paragraphs()][:4]
    pictured = any(_has_picture(p) for p in head)
    if letter.english and pictured:
        return [
            finding("DN-EMBLEM-TRANSLATION", "Bản dịch có hình Quốc huy.", "không có Quốc huy", "có hình", "đầu thư")
        ]
    if letter.kind == "note" and not letter.english and not pictured:
        return [
            finding("DN-EMBLEM-MISSING", "Công hàm thiếu hình Quốc huy.", "hình Quốc huy ở đầu", "không có", "đầu thư")
        ]
    return []


def _note(model: DocModel) -> list[Finding]:
    paras = [p for p in _texts(model) if p.in_table == 0 and p.section > 0]
    found: list[Finding] = []
    closing = [i for i, p in enumerate(paras) if NOTE_CLOSING.search(p.text)]
    if not closing:
        found.append(
            finding(
                "DN-CH-FORMULA",
                "Công hàm thiếu công thức lịch thiệp ở cuối.",
                "… lời chào trân trọng",
                "không có",
                "cuối thư",
            )
        )
        return found
    after = paras[closing[-1] + 1 :]
    extra = [p for p in after if not re.search(r"\d{4}\s*$", p.stripped)]  # only the place and date line
    if extra:
        found.append(
            finding(
                "DN-CH-SIGNATURE",
                "Công hàm có khối chữ ký; công hàm chỉ ký nháy và đóng dấu.",
                "chỉ địa danh, ngày tháng sau công thức kết",
                extra[0].stripped[:60],
                extra[0].location,
            )
        )
    return found


def _letter(model: DocModel) -> list[Finding]:
    paras = _texts(model)
    found: list[Finding] = []
    numbers = [(p, m) for p in paras[:8] if (m := NUMBER.match(p.stripped))]
    if numbers and not numbers[0][1]["symbol"].startswith("CT-"):
        para, match = numbers[0]
        found.append(finding("DN-CT-SYMBOL", "Ký hiệu công thư phải là CT.", "…/CT-…", match["symbol"], para.location))
    tail = [p for p in paras if p.in_table == 0 and p.section > 0][-3:]  # the body's, not a header's
    if len(tail) < 2 or tail[-1].stripped.isupper() or len(tail[-1].stripped.split()) > 8:
        found.append(
            finding(
                "DN-CT-SIGNER",
                "Cuối công thư không thấy chức vụ và họ tên người ký.",
                "chức vụ, họ tên",
                "không có",
                "cuối thư",
            )
        )
    return found


def _card_rules(model: DocModel) -> list[Finding]:
    found: list[Finding] = []
    sect = model.sects[0]
    short, long = sorted(((sect.width or 0) / TWIPS_PER_MM, (sect.height or 0) / TWIPS_PER_MM))
    (lo_w, hi_w), (lo_h, hi_h) = CARD_MM
    if not (lo_w <= round(short) <= hi_w and lo_h <= round(long) <= hi_h):
        found.append(
            finding(
                "DN-CARD-SIZE",
                "Khổ thiếp mời không đúng.",
                "11–12 × 15–18 cm",
                f"{short / 10:.1f} × {long / 10:.1f} cm",
                "khổ giấy",
            )
        )
    for para in _texts(model):
        if "đoạn" in para.place and model.styles.alignment(para.el) not in ("center", "centre"):
            found.append(
                finding(
                    "DN-CARD-CENTRE",
                    "Dòng trên thiếp mời không căn giữa.",
                    "căn giữa",
                    model.styles.alignment(para.el),
                    para.location,
                )
            )
            break
    return found


def _number(model: DocModel) -> list[Finding]:
    if any(NUMBER.match(p.stripped) for p in _texts(model)[:8]):
        return []
    return [
        finding("DN-NUMBER-MISSING", "Không thấy dòng số, ký hiệu của thư.", "Số: 45/SNgV-LS", "không có", "đầu thư")
    ]


def check_letter(model: DocModel, letter: Letter) -> list[Finding]:
    """The QĐ 3287/QĐ-BNG rules for a letter to a foreign partner."""
    found = _emblem(model, letter)
    if letter.kind != "card":
        found += _number(model)
    if letter.kind == "note":
        found += _note(model)
    elif letter.kind == "letter":
        found += _letter(model)
    else:
        found += _card_rules(model)
    return found


def block_sequence(model: DocModel) -> list[str]:
    """The letter's blocks in order, named by what they are, not by their words: compared across languages."""
    names: list[str] = []
    for para in _texts(model):
        text = para.stripped
        if NUMBER.match(text):
            name = "number"
        elif NOTE_OPENING.search(text):
            name = "opening"
        elif NOTE_CLOSING.search(text):
            name = "closing"
        elif SALUTATION.match(text):
            name = "salutation"
        elif "chân trang" in para.place or "footer" in para.place:
            name = "addressee"
        else:
            name = "paragraph"
        if not names or names[-1] != name or name != "paragraph":
            names.append(name)
    return names


def check_pair(original: DocModel, translation: DocModel) -> list[Finding]:
    """A translation laid out as its original: the same blocks in the same order (QĐ 3287/QĐ-BNG)."""
    ours, theirs = block_sequence(original), block_sequence(translation)
    if ours == theirs:
        return []
    return [
        finding(
            "DN-PAIR-BLOCKS",
            "Bản dịch không có cùng các phần, cùng thứ tự như bản chính.",
            " → ".join(ours),
            " → ".join(theirs),
            "toàn văn bản",
        )
    ]
