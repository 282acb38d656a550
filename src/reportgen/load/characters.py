"""Text-level checks before YAML sees anything: forbidden characters are reported (and replaced so
parsing can go on and find the other problems), soft line breaks are protected until values are built."""

from __future__ import annotations

import bisect
import re

from reportgen.load.common import MAX_PROBLEMS_PER_KIND
from reportgen.problems import Problem

_NONCHARS = "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
# What Word's text brings along is not refused but kept for what it is: a form feed (manual page break, see
# PAGE_BREAK), a column break (\x0e) as a line break, Word's non-breaking and optional hyphens (\x1e, \x1f)
# as U+2011 and U+00AD. Every other control character is refused (NEL too: YAML itself reads it as a line end).
_FORBIDDEN_BMP = re.compile("[\x00-\x08\x0f-\x1d\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
FORBIDDEN = re.compile(f"[\x00-\x08\x0f-\x1d\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff{_NONCHARS}]")
WORD_HYPHENS = str.maketrans({"\x1e": "\u2011", "\x1f": "\u00ad"})
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Line breaks that are not YAML line ends for us: they become "\n" inside the value. Until the
# value is built they are carried by a non-character, which the scan above keeps out of user text.
SOFT_BREAK = "\ufdd0"
# A form feed (what Word copies for a manual page break) is carried the same way and becomes "\f" in the
# value: a page break where the document's paragraph can take one, else a line break (``make.page_breaks``).
PAGE_BREAK = "\ufdd1"
_SOFT_BREAKS = re.compile("[\x0b\x0e\u2028\u2029]")
VALUE_BREAKS = re.compile("\r\n|[\r\x0b\x0e\u2028\u2029\ufdd0]")


class Text:
    """The decoded, line-end-normalised text, with line/column look-ups (1-based, in characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._lines: list[str] | None = None

    def line_col(self, index: int) -> tuple[int, int]:
        """Position of character ``index``; line starts are computed once, only when a problem needs them."""
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1

    def line(self, number: int) -> str:
        """Line ``number`` (1-based), or "" past the end."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""


def char_message(ch: str) -> str:
    """Why this character is refused, with its code point, since most of them are invisible."""
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return f"Ký tự U+{cp:04X} là mã lẻ không hợp lệ, không phải ký tự văn bản; hãy xóa ký tự này."
    if cp < 0x20 or 0x7F <= cp <= 0x9F:
        return (
            f"Ký tự điều khiển U+{cp:04X} không được phép (ký tự ẩn, thường lẫn vào khi sao chép); hãy xóa ký tự này."
        )
    return f"Ký tự U+{cp:04X} không phải là ký tự văn bản hợp lệ; hãy xóa ký tự này."


def scan_characters(doc: Text, display: str) -> tuple[list[Problem], str]:
    """Problems for forbidden characters, and the text YAML may safely parse."""
    problems: list[Problem] = []
    text = doc.text
    pattern = FORBIDDEN if _ASTRAL.search(text) else _FORBIDDEN_BMP  # the short class is ~10x faster
    matches = list(pattern.finditer(text))
    for count, match in enumerate(matches):
        line, col = doc.line_col(match.start())
        if count == MAX_PROBLEMS_PER_KIND:
            message = f"Còn {len(matches) - count} ký tự không hợp lệ khác, kể từ vị trí này; hãy xóa chúng."
            problems.append(Problem(display, line, col, message=message, code="character"))
            break
        problems.append(Problem(display, line, col, message=char_message(match.group()), code="character"))
    if matches:
        text = pattern.sub("\ufffd", text)
    if _SOFT_BREAKS.search(text):
        text = _SOFT_BREAKS.sub(SOFT_BREAK, text)
    if "\x0c" in text:
        text = text.replace("\x0c", PAGE_BREAK)
    if "\x1e" in text or "\x1f" in text:
        text = text.translate(WORD_HYPHENS)
    return problems, text
