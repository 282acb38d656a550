"""What in a template's XML would make the build fail, or copy editing marks into every document, in Vietnamese.

Syntax problems are found paragraph by paragraph, before docxtpl joins the runs: docxtpl's clean-up
would otherwise swallow everything up to the next ``}}`` when one ``}`` is missing, and Jinja, seeing the
whole part, can only say which line of XML it gave up on. Tracked changes and comments left by Word or
LibreOffice are refused, saying how to remove them in the editor. ``template_source`` repairs what can be
repaired; this module names what cannot, paragraph by paragraph.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
# Revision marks of WordprocessingML (§17.13.5): inserted/deleted/moved content and changed formatting.
_REVISION = re.compile(
    r"<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|tblPrExChange|trPrChange"
    r"|tcPrChange|tblGridChange|numberingChange|cellIns|cellDel|cellMerge)[\s>/]"
)
_COMMENT = re.compile(r"<w:(commentReference|commentRangeStart)[\s>/]")
_DELIMITER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_CLOSER = {"{{": "}}", "{%": "%}", "{#": "#}"}
_BLOCK_TAG = re.compile(r"\{%-?(?:(?:p|tr|tc|r)\s+)?\s*([A-Za-z_]+)([^%]*)%\}")
_OPENERS = {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "raw", "trans"}
_MIDDLES = {"elif": {"if"}, "else": {"if", "for"}}
_WINDOW = 70


@dataclass(frozen=True)
class Paragraph:
    """One ``w:p`` of a part: where it is in the XML and the text a reader sees."""

    start: int
    end: int
    xml: str
    text: str

    def excerpt(self, around: str = "") -> str:
        text = " ".join(self.text.split())
        if len(text) <= _WINDOW:
            return text
        at = max(text.find(around), 0) if around else 0
        start = max(0, min(at - _WINDOW // 3, len(text) - _WINDOW))
        return ("…" if start else "") + text[start : start + _WINDOW] + ("…" if start + _WINDOW < len(text) else "")


@dataclass(frozen=True)
class TemplateIssue:
    """A problem of one paragraph of a template part, in Vietnamese."""

    paragraph: Paragraph | None
    message: str
    tag: str = ""
    syntax: bool = True  # False for editing marks (tracked changes, comments)


def paragraphs(xml: str) -> Iterator[Paragraph]:
    for match in _PARAGRAPH.finditer(xml):
        text = html.unescape("".join(_TEXT.findall(match.group())))
        yield Paragraph(match.start(), match.end(), match.group(), text)


def _delimiter_issues(paragraph: Paragraph) -> list[TemplateIssue]:
    """Every ``{{``/``{%``/``{#`` closed in its own paragraph by its own closer; no closer without an opener."""
    issues: list[TemplateIssue] = []
    text = paragraph.text
    opened: tuple[str, int] | None = None
    for match in _DELIMITER.finditer(text):
        mark = match.group()
        if opened is None:
            if mark in _CLOSER:
                opened = (mark, match.start())
            else:
                before = text[max(0, match.start() - 30) : match.end()].lstrip()
                issues.append(
                    TemplateIssue(
                        paragraph,
                        f"dấu đóng thẻ “{mark}” không có dấu mở tương ứng (thiếu “{_opener_of(mark)}” ở trước"
                        " hoặc thừa dấu đóng)",
                        before,
                    )
                )
        elif mark == _CLOSER[opened[0]]:
            opened = None
        elif mark in _CLOSER:
            tag = text[opened[1] : match.start()].rstrip()
            issues.append(TemplateIssue(paragraph, f"thẻ “{tag}” thiếu dấu đóng “{_CLOSER[opened[0]]}”", tag))
            opened = (mark, match.start())
    if opened is not None:
        tag = text[opened[1] : opened[1] + 60].rstrip()
        issues.append(
            TemplateIssue(
                paragraph,
                f"thẻ “{tag}” thiếu dấu đóng “{_CLOSER[opened[0]]}” (một thẻ phải mở và đóng trong cùng một đoạn)",
                tag,
            )
        )
    return issues


def _opener_of(closer: str) -> str:
    return next(opener for opener, close in _CLOSER.items() if close == closer)


def _block_issues(found: list[Paragraph]) -> list[TemplateIssue]:
    """``if``/``for``/… opened and closed in order, across the paragraphs of one part."""
    issues: list[TemplateIssue] = []
    stack: list[tuple[str, str, Paragraph]] = []
    for paragraph in found:
        for match in _BLOCK_TAG.finditer(paragraph.text):
            name, rest, tag = match.group(1), match.group(2), match.group()
            if name in _OPENERS or (name == "set" and "=" not in rest):
                stack.append((name, tag, paragraph))
            elif name in _MIDDLES:
                if not stack or stack[-1][0] not in _MIDDLES[name]:
                    issues.append(
                        TemplateIssue(
                            paragraph,
                            f"thẻ “{tag}” đứng ngoài mọi thẻ “{{%p if … %}}”"
                            + (" hoặc “{%p for … %}”" if name == "else" else "")
                            + " (thiếu thẻ mở ở trước)",
                            tag,
                        )
                    )
            elif name.startswith("end"):
                opener = name[3:]
                if stack and stack[-1][0] == opener:
                    stack.pop()
                elif any(entry[0] == opener for entry in stack):
                    while stack[-1][0] != opener:
                        inner, inner_tag, inner_paragraph = stack.pop()
                        issues.append(_unclosed(inner, inner_tag, inner_paragraph, before=tag))
                    stack.pop()
                else:
                    issues.append(
                        TemplateIssue(
                            paragraph,
                            f"thẻ “{tag}” không có thẻ mở “{{%p {opener} … %}}” tương ứng ở trước"
                            " (thừa thẻ đóng, hoặc thẻ mở bị xóa hay viết sai)",
                            tag,
                        )
                    )
    issues.extend(_unclosed(name, tag, paragraph) for name, tag, paragraph in reversed(stack))
    return issues


def _unclosed(name: str, tag: str, paragraph: Paragraph, before: str = "") -> TemplateIssue:
    where = f" trước thẻ “{before}”" if before else ""
    return TemplateIssue(paragraph, f"thẻ “{tag}” chưa được đóng bằng thẻ “{{%p end{name} %}}”{where}", tag)


def _revision_issues(found: list[Paragraph], xml: str) -> list[TemplateIssue]:
    issues: list[TemplateIssue] = []
    tracked = [p for p in found if _REVISION.search(p.xml)]
    commented = [p for p in found if _COMMENT.search(p.xml)]
    if tracked or (not found and _REVISION.search(xml)):
        first = tracked[0] if tracked else None
        more = f" (và {len(tracked) - 1} đoạn khác)" if len(tracked) > 1 else ""
        issues.append(
            TemplateIssue(
                first,
                "mẫu còn thay đổi được theo dõi (Track Changes) chưa được chấp nhận hay từ chối"
                f"{more}; chúng sẽ bị chép vào mọi văn bản sinh ra. Trong Word: Xem lại (Review) → Chấp nhận"
                " (Accept) → Chấp nhận tất cả thay đổi, rồi tắt Theo dõi thay đổi; trong LibreOffice: Sửa → Theo"
                " dõi thay đổi → Quản lý → Chấp nhận tất cả. Lưu lại mẫu rồi chạy lại.",
                syntax=False,
            )
        )
    if commented:
        more = f" (và {len(commented) - 1} đoạn khác)" if len(commented) > 1 else ""
        issues.append(
            TemplateIssue(
                commented[0],
                f"mẫu còn chú thích (Comment){more}; chúng sẽ bị chép vào mọi văn bản sinh ra. Hãy xóa mọi chú"
                " thích (Word: Xem lại → Xóa → Xóa mọi chú thích trong tài liệu) rồi lưu lại mẫu.",
                syntax=False,
            )
        )
    return issues


def find_issues(xml: str) -> list[TemplateIssue]:
    """Everything in one part that would make the build fail or copy editing marks into the documents."""
    found = list(paragraphs(xml))
    issues = _revision_issues(found, xml)
    delimiter_issues = [issue for p in found if "{" in p.text or "}" in p.text for issue in _delimiter_issues(p)]
    issues += delimiter_issues
    if not delimiter_issues:  # with a tag left open, the block structure cannot be read reliably
        issues += _block_issues([p for p in found if "{%" in p.text])
    return issues
