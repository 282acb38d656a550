"""PyYAML/libyaml syntax errors (English, technical) turned into Vietnamese sentences a civil servant
can act on, placed where the fix is."""

from __future__ import annotations

from typing import Any

import yaml

from reportgen.load.characters import Text
from reportgen.problems import Problem

# PyYAML/libyaml problem texts -> our sentence. The position used is that of the problem, unless
# the entry says the context (where the construct started) is the more useful one.
SYNTAX_FALLBACK = (
    "Tệp không đúng cú pháp YAML ở vị trí này; hãy kiểm tra dấu hai chấm, dấu nháy và việc thụt lề "
    "của dòng này và dòng ngay phía trên."
)
_TAB = "Dòng này được thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách để thụt lề. Hãy thay Tab bằng dấu cách."


# Each rule group answers (message, use_context_mark) or None; they are tried in this order, and within a
# group the first matching test wins, exactly as one long if/elif chain would.
_Found = tuple[str, bool] | None


def syntax_problem(err: yaml.MarkedYAMLError, doc: Text, display: str) -> Problem:
    """Our sentence for a parser error, placed at the problem or, when more useful, where the construct began."""
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    here = _char_at(doc, mark)
    opened = _char_at(doc, err.context_mark or mark)
    found = (
        _token_rules(problem, context, here, opened) or _indent_rules(problem, context, here) or _other_rules(problem)
    )
    message, at_context = found or (SYNTAX_FALLBACK, False)
    use = (err.context_mark or mark) if at_context else mark
    if use is None:
        return Problem(display, message=message, code="syntax")
    return Problem(display, use.line + 1, use.column + 1, message=message, code="syntax")


def _char_at(doc: Text, mark: Any) -> str:
    """The character at a parser mark, "" past the end of its line or without a mark."""
    if mark is None:
        return ""
    line = doc.line(mark.line + 1)
    return line[mark.column] if mark.column < len(line) else ""


def _token_rules(problem: str, context: str, here: str, opened: str) -> _Found:
    """Tabs, characters that cannot start a value, unclosed quotes."""
    if "tab" in problem or ("cannot start any token" in problem and here == "\t"):
        return _TAB, False
    if "cannot start any token" in problem:
        if here in ("@", "`"):
            return (
                f"Giá trị không được bắt đầu bằng ký tự «{here}»; hãy đặt cả giá trị trong dấu nháy kép, "
                f'ví dụ: "{here}…".'
            ), False
        return (
            f"Ký tự «{here}» không được đứng ở vị trí này; nếu đây là một phần của giá trị, hãy đặt cả "
            "giá trị trong dấu nháy kép."
        ), False
    if "quoted scalar" in context and ("end of stream" in problem or "document indicator" in problem):
        quote = opened or '"'
        return f"Dấu nháy «{quote}» mở ở đây chưa được đóng; hãy thêm dấu nháy «{quote}» ở cuối giá trị.", True
    return None


def _indent_rules(problem: str, context: str, here: str) -> _Found:
    """Colons and indentation: the mistakes people make most often when editing by hand."""
    if "mapping values are not allowed" in problem:
        return (
            "Dấu hai chấm «:» ở đây không hợp lệ: hoặc dòng này thụt lề sai so với dòng trên, hoặc giá trị "
            "có chứa «: » mà chưa được đặt trong dấu nháy kép."
        ), False
    if "could not find expected ':'" in problem:
        return (
            "Dòng này thiếu dấu hai chấm «:» sau tên mục (hoặc giá trị ở dòng trên bị xuống dòng mà chưa "
            "được đặt trong dấu nháy kép)."
        ), True
    if ("did not find expected key" in problem or "expected <block end>" in problem) and here == ":":
        return "Thiếu tên mục trước dấu hai chấm «:».", False
    if "expected '-' indicator" in problem or ("expected <block end>" in problem and "collection" in context):
        return (
            "Dòng này thụt lề không khớp với danh sách phía trên: mỗi phần tử của danh sách phải bắt đầu "
            "bằng «- » và thẳng hàng với các phần tử khác."
        ), False
    if "did not find expected key" in problem or "expected <block end>" in problem:
        return (
            "Nội dung ở đây không khớp với cấu trúc phía trên; hãy kiểm tra việc thụt lề (chỉ dùng dấu cách) "
            "và xem có chữ thừa sau dấu nháy hoặc dấu ngoặc đóng không."
        ), False
    return None


def _other_rules(problem: str) -> _Found:
    """Brackets, escapes, misplaced list dashes, missing values."""
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        opening = "[" if "]" in problem else "{"
        closing = "]" if opening == "[" else "}"
        return (
            f"Dấu ngoặc «{opening}» mở ở đây chưa được đóng bằng «{closing}», hoặc thiếu dấu phẩy giữa các phần tử."
        ), True
    if "escape" in problem or "hexdecimal" in problem or "hexadecimal" in problem:
        return (
            "Trong dấu nháy kép, dấu «\\» bắt đầu một mã thoát không hợp lệ; nếu muốn viết dấu «\\», "
            "hãy viết hai lần («\\\\») hoặc dùng dấu nháy đơn."
        ), False
    if "sequence entries are not allowed" in problem:
        return (
            "Dấu «- » của danh sách không được đặt ở đây; mỗi phần tử danh sách phải nằm trên một dòng "
            "riêng, thụt lề dưới tên mục."
        ), False
    if "expected node content" in problem:
        return (
            "Thiếu giá trị ở đây, hoặc có ký tự không đúng chỗ (như «]», «}», «,»); nếu đó là một phần của "
            "giá trị, hãy đặt cả giá trị trong dấu nháy kép."
        ), False
    return None
