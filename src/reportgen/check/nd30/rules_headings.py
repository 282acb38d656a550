"""Headings of a text laid out in parts, chapters and sections (Phụ lục I, Mục II, khoản 6, điểm đ): «Phần»,
«Chương», «Mục» and its number on a line of their own, in lower case, centred, 13–14 pt, upright, bold, chapters
and parts numbered in Roman numerals and sections in Arabic ones; the title right under it centred, in capitals,
13–14 pt, upright, bold. Điều lệ, quy chế and quy định issued with a decision are laid out this way.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Span
from .elements import all_flag, check_element
from .findings import Finding, merge_similar
from .parts import Structure

# The number is Roman or Arabic: «Chương trình», «Mục tiêu», «Phần thứ nhất» are other words.
HEADING = re.compile(r"^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+([IVXLC]+|\d+)\s*[.:]?$")
ROMAN = re.compile(r"^[IVXLC]+$")
ARTICLE = re.compile(r"^(Điều|ĐIỀU)\s+\d+")
TITLE_LIMIT = 160  # a chapter's title is a line or two, not running text


def check_headings(model: DocModel, found: Structure) -> list[Finding]:
    out: list[Finding] = []
    body = found.body
    for index, para in enumerate(body):
        lines = para.lines
        match = HEADING.match(lines[0].text) if lines else None
        if match is None:
            continue
        out += _heading_line(model, lines[0], match[1], match[2])
        following = body[index + 1].lines if index + 1 < len(body) else []
        title = lines[1] if len(lines) > 1 else following[0] if following else None
        if title is not None and len(title.text) <= TITLE_LIMIT and not _other_heading(title.text):
            out += check_element(model, "CHUONG-TITLE", title)
    return merge_similar(out, by_actual=False)


def _heading_line(model: DocModel, span: Span, word: str, number: str) -> list[Finding]:
    out = check_element(model, "CHUONG", span)
    roman = word.lower() in ("phần", "chương")
    shown_upper = word.isupper() or all_flag(model, span, "caps")
    if shown_upper or not (ROMAN.match(number) if roman else number.isdigit()):
        expected = f"{word.capitalize()} {'I, II, III …' if roman else '1, 2, 3 …'}"
        message = f"Dòng «{word.capitalize()}» viết chữ thường, số {'La Mã' if roman else 'Ả Rập'}."
        out.append(finding("ND30-CHUONG-TEXT", message, expected, span.text, span.location))
    return out


def _other_heading(text: str) -> bool:
    return bool(HEADING.match(text) or ARTICLE.match(text))
