"""Problems in a template, in Vietnamese: the file, the part (body, header, Title property), the paragraph.

Jinja writes its syntax errors in English; the usual ones are translated here, the rare other kept in brackets.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.make import properties, template_source
from reportgen.problems import InputError, Problem, display_path

_TAGS = re.compile(r"<[^>]+>")


def _excerpt(source: str, lineno: int | None) -> str:
    if not lineno:
        return ""
    line = source.splitlines()[lineno - 1] if lineno <= len(source.splitlines()) else ""
    text = " ".join(_TAGS.sub("", line).split())
    return text[:80] + ("…" if len(text) > 80 else "")


def _place(part: str) -> str:
    if part == properties.CORE:
        return "thuộc tính Tiêu đề (Title) của tệp mẫu"
    return "phần đầu trang" if "header" in part else ("phần chân trang" if "footer" in part else "thân văn bản")


def template_problem(path: Path, part: str, lineno: int | None, source: str, message: str) -> InputError:
    excerpt = _excerpt(source, lineno)
    where = f" (đoạn “{excerpt}”)" if excerpt else ""
    return InputError([Problem(display_path(path), 0, 0, _place(part), message + where, code="template")])


def issue_problems(path: Path, part: str, xml: str) -> list[Problem]:
    """Tracked changes, comments and tags not closed or nested properly, each naming its paragraph."""
    problems = []
    for issue in template_source.find_issues(xml):
        where = ""
        if issue.paragraph is not None:
            where = f" (đoạn “{issue.paragraph.excerpt(issue.tag)}”)" if issue.paragraph.text.strip() else ""
        message = ("thẻ mẫu viết sai cú pháp: " if issue.syntax else "") + issue.message + where
        problems.append(Problem(display_path(path), 0, 0, _place(part), message, code="template"))
    return problems


_JINJA_MESSAGES = (
    (r"unexpected char '(.+)' at \d+", r"ký tự “\1” không được phép trong thẻ"),
    (r"unexpected '(.+)'", r"thẻ có “\1” không đúng chỗ"),
    (r"expected token '(.+)', got '(.+)'", r"thẻ viết sai: cần “\1” nhưng gặp “\2”"),
    (r"Encountered unknown tag '(\w+)'\..*", r"không có thẻ “\1” (viết sai tên thẻ, hoặc thiếu thẻ mở tương ứng)"),
    (r"unexpected end of template.*", "thiếu thẻ đóng ở cuối mẫu"),
    (r"tag name expected", "thiếu tên thẻ sau “{%”"),
    (r"No filter named '(\w+)'.*", r"không có bộ lọc “\1” (chữ sau dấu “|” viết sai?)"),
    (r"No test named '(\w+)'.*", r"không có phép thử “\1” (chữ sau “is” viết sai?)"),
    (r"expected an expression.*", "thẻ thiếu biểu thức"),
    (r"unexpected end of (print statement|statement block)", "thẻ kết thúc khi chưa viết xong"),
)


def jinja_message(message: str | None) -> str:
    """Jinja's English syntax messages in Vietnamese; the original is kept for the rare one not listed."""
    text = (message or "").strip()
    for pattern, replacement in _JINJA_MESSAGES:
        if re.fullmatch(pattern, text, flags=re.DOTALL):
            return re.sub(pattern, replacement, text, flags=re.DOTALL)
    return f"thẻ viết sai (Jinja: {text})"
