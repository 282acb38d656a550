"""Sample records a scaffold writes to show a list's shape, marked so that none reaches a finished document.

``reportgen init`` and the web page's "Tạo văn bản mới" leave every plain field empty (the example is a hint
in the comment or the form's grey placeholder), but a list of records is easier to fill when one record
shows its shape. That record carries a marker comment on its first line; while a marker remains, the input
is refused by ``validate`` and ``build`` with the place of each sample, so nothing a person did not keep on
purpose is ever printed. Keeping a sample on purpose is deleting its marker (or, on the page, editing it).
"""

from __future__ import annotations

import re

from reportgen.load.common import LoadedInput, Loc

MARK = "MẪU"
MARK_COMMENT = (
    f"# {MARK}: mục ví dụ, chưa phải nội dung thật. Sửa thành nội dung thật rồi xóa chú thích này, hoặc xóa cả mục"
)
_MARKED = re.compile(rf"(?:^|\s)#\s*{MARK}\b")
SAMPLE_MESSAGE = (
    "còn mục mẫu của reportgen init (dòng có chú thích “# MẪU”); sửa thành nội dung thật rồi xóa chú thích đó, "
    "hoặc xóa cả mục"
)


def sample_lines(text: str) -> list[int]:
    """1-based numbers of the lines carrying a sample marker (as a comment, not inside a value)."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = _MARKED.search(line)
        if match and not _inside_quotes(line[: match.start()]):
            found.append(number)
    return found


def _inside_quotes(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("'") % 2 == 1


def unmark(text: str, lines: list[int]) -> str:
    """``text`` with the marker comment removed from each of ``lines`` (the line itself stays)."""
    out = text.split("\n")
    for number in lines:
        if 1 <= number <= len(out):
            match = _MARKED.search(out[number - 1])
            if match:
                out[number - 1] = out[number - 1][: match.start()].rstrip()
    return "\n".join(out)


def sample_places(loaded: LoadedInput, lines: list[int]) -> list[Loc]:
    """The record each marked line starts (``doan_vao[0]``), or the field on that line when it is no record."""
    wanted = set(lines)
    by_line: dict[int, Loc] = {}
    for loc, (line, _) in loaded.positions.items():
        if line in wanted and loc and (line not in by_line or len(loc) > len(by_line[line])):
            by_line[line] = loc
    return [_record(by_line.get(line, ())) for line in lines]


def _record(loc: Loc) -> Loc:
    indexes = [i for i, part in enumerate(loc) if isinstance(part, int) and not isinstance(part, bool)]
    return loc[: indexes[-1] + 1] if indexes else loc
