"""Rules on every run of text wherever it sits (body, tables, headers, footers): font, colour, leftovers.

A wrong font usually comes from one style and shows on hundreds of runs, so findings of the same rule and the
same actual value are merged into one, placed at the first occurrence, with the count of the others.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .catalogue import finding
from .docxmodel import DocModel, Para
from .findings import Finding, merge_similar
from .styles import FONT_SLOTS

FONT = "Times New Roman"
BLACK = ("auto", "000000", "theme:text1", "theme:dark1")
# Legacy Vietnamese encodings of Times (TCVN3 .VnTime, VNI-Times) draw plain ASCII — digits, Latin letters
# without marks, punctuation — with Times glyphs: a page number in them looks like Times New Roman.
LEGACY_TIMES = re.compile(r"^(\.?vn ?time|vni[- ]times)", re.IGNORECASE)
INVISIBLE = ("ffffff", "theme:background1", "theme:light1")  # white text: nothing on the page to mark
LEFTOVER = re.compile(r"\$\{[^}]*\}?|\{\{|\}\}|\{%|%\}|\{#|\bNone\b")
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # Unicode category Cc, less tab and breaks


def check_text(model: DocModel) -> list[Finding]:
    paragraphs = list(model.all_paragraphs())
    found = merge_similar(_font_findings(model, paragraphs))
    found += merge_similar((f for para in paragraphs for f in _text_findings(para)), by_actual=False)
    return found


def _font_findings(model: DocModel, paragraphs: Iterable[Para]) -> Iterable[Finding]:
    for para in paragraphs:
        for run, text in para.run_texts:
            slots = {slot: model.styles.run_font(run, para.el, slot) for slot in FONT_SLOTS}
            themed = sorted(
                f"{slot}: {font.theme} ({font.name or 'không rõ'})"
                for slot, font in slots.items()
                if font.theme and font.name != FONT  # a theme naming Times New Roman shows Times New Roman
            )
            if themed:
                yield finding(
                    "ND30-FONT-THEME",
                    "Phông chữ lấy theo chủ đề (theme), không phải Times New Roman.",
                    FONT,
                    "; ".join(themed),
                    para.location,
                )
            plain = text.isascii()
            wrong = sorted(
                f"{slot}: {font.name}"
                for slot, font in slots.items()
                if not font.theme and font.name != FONT and not (plain and LEGACY_TIMES.match(font.name))
            )
            if wrong:
                yield finding(
                    "ND30-FONT-NAME",
                    "Phông chữ không phải Times New Roman.",
                    FONT,
                    "; ".join(wrong),
                    para.location,
                )
            color = model.styles.run_color(run, para.el)
            if color not in BLACK and color not in INVISIBLE:
                yield finding("ND30-FONT-COLOR", "Chữ không phải màu đen.", "đen", color, para.location)


def _text_findings(para: Para) -> list[Finding]:
    found: list[Finding] = []
    text = para.text
    match = LEFTOVER.search(text)
    if match:
        found.append(
            finding(
                "ND30-LEFTOVER",
                "Còn sót thẻ mẫu hoặc giá trị rỗng trong văn bản.",
                "không có thẻ mẫu, không có chữ «None»",
                match[0],
                para.location,
            )
        )
    if not unicodedata.is_normalized("NFC", para.raw):
        found.append(
            finding(
                "ND30-NFC",
                "Văn bản không ở dạng Unicode dựng sẵn (NFC).",
                "NFC",
                "dạng tổ hợp (NFD hoặc lẫn lộn)",
                para.location,
            )
        )
    controls = sorted({f"U+{ord(ch):04X}" for ch in CONTROLS.findall(text)})
    if controls:
        found.append(
            finding(
                "ND30-CONTROL-CHAR",
                "Văn bản chứa ký tự điều khiển.",
                "không có",
                ", ".join(controls),
                para.location,
            )
        )
    return found
