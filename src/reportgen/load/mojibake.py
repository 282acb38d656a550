"""Detection of text typed in the legacy TCVN3 and VNI fonts and pasted without conversion, which
would otherwise reach a signed document as gibberish."""

from __future__ import annotations

import re

from reportgen.load.characters import Text
from reportgen.load.common import MAX_PROBLEMS_PER_KIND
from reportgen.problems import Problem

# Text typed in TCVN3 (ABC) or VNI fonts, pasted or converted as if it were Windows-1252, gives
# "Bé Ngo¹i giao" / "Boä Ngoaïi giao". Real Vietnamese in Unicode, and European names such as
# Müller, José or Zoë, never put these characters in these places.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_TCVN3_SIGNS = "\u00a1-\u00aa\u00ac-\u00ae\u00b5-\u00b9\u00bc-\u00be\u00d7\u00f7"
_TCVN3 = re.compile(
    f"(?<=[{_LATIN}])[{_TCVN3_SIGNS}](?=[{_LATIN}])"  # Ngo¹i, c¸c, ng­êi
    f"|(?<![{_LATIN}{_TCVN3_SIGNS}])[\u00a7\u00ae](?=[{_LATIN}{_TCVN3_SIGNS}])"  # ®Þnh, §µ
    f"|(?<=[a-z])[\u00b5-\u00b9](?![{_LATIN}{_TCVN3_SIGNS}])"  # vµ, lµ
    "|(?<=[a-z])[\u00c0-\u00d6\u00d8-\u00de]"  # ViÖt, vÒ, tØnh
)
_VNI_VOWELS = "aeiouyAEIOUY\u00e2\u00ea\u00f4\u00f6\u00c2\u00ca\u00d4\u00d6"
_VNI_STRONG = re.compile(f"(?<=[{_VNI_VOWELS}])[\u00e4\u00e5\u00e6\u00f8\u00fb]")  # Boä, Haø, Sôû
_VNI_WEAK = re.compile(f"(?<=[aeiouyAEIOUY])[\u00e8\u00eb\u00ef\u00f5\u00f9]|(?<![{_LATIN}])[\u00d1\u00f1](?=[aeiouy])")


# Every character any of the three patterns can match: one pass with this short class is fast, the
# patterns (with their look-behinds) then only run where it found something.
_MOJIBAKE_CANDIDATE = re.compile(
    "[\u00a1-\u00aa\u00ac-\u00ae\u00b5-\u00b9\u00bc-\u00be\u00c0-\u00de"
    "\u00e4-\u00e6\u00e8\u00eb\u00ef\u00f1\u00f5\u00f7-\u00f9\u00fb]"
)


def scan_mojibake(doc: Text, display: str) -> list[Problem]:
    """One problem per line with legacy-font text (comments excepted), naming a word and the Unikey fix."""
    problems: list[Problem] = []
    for line, (col, font) in sorted(_suspect_lines(doc).items()):
        content = doc.line(line)
        if content.lstrip().startswith("#") or " #" in content[: col - 1]:
            continue  # a comment: it does not reach the document
        if len(problems) == MAX_PROBLEMS_PER_KIND:
            problems.append(
                Problem(
                    display,
                    line,
                    1,
                    message="Từ dòng này trở đi còn nhiều dòng khác bị lỗi phông chữ.",
                    code="mojibake",
                )
            )
            break
        problems.append(_font_problem(display, line, col, font, content))
    return problems


def _suspect_lines(doc: Text) -> dict[int, tuple[int, str]]:
    """line -> (column of the first suspect character, "TCVN3" or "VNI"); VNI needs stronger evidence."""
    text = doc.text
    tcvn3: dict[int, int] = {}
    vni: dict[int, list[int]] = {}
    for candidate in _MOJIBAKE_CANDIDATE.finditer(text):
        pos = candidate.start()
        if candidate.group() == "\u00ad":
            continue  # a soft hyphen (Word's optional hyphen) is real text; TCVN3's "ư" never comes alone
        if _TCVN3.match(text, pos):
            if candidate.group() == "\u00b7" and text[pos - 1 : pos + 2] == "l\u00b7l":
                continue  # Catalan "col·lecció"
            line, col = doc.line_col(pos)
            tcvn3.setdefault(line, col)
            continue
        strong = _VNI_STRONG.match(text, pos)
        if strong or _VNI_WEAK.match(text, pos):
            line, col = doc.line_col(pos)
            counts = vni.setdefault(line, [0, 0, col])
            counts[1 if strong else 0] += 1
    found: dict[int, tuple[int, str]] = {}
    for line, col in tcvn3.items():
        found[line] = (col, "TCVN3")
    for line, (weak, n_strong, col) in vni.items():
        if line not in found and n_strong and n_strong + weak >= 2:
            found[line] = (col, "VNI")
    return found


def _font_problem(display: str, line: int, col: int, font: str, content: str) -> Problem:
    """Quote the whole garbled word, since the column alone means little to the person fixing it."""
    start = max(content.rfind(" ", 0, col - 1), content.rfind("\t", 0, col - 1)) + 1
    end = min(i for i in (content.find(" ", col), content.find("\t", col), len(content)) if i >= 0)
    word = content[start:end].strip(".,;:!?\"'()[]{}")
    name = "TCVN3 (phông .Vn…)" if font == "TCVN3" else "VNI (phông VNI-…)"
    source = "TCVN3" if font == "TCVN3" else "VNI Windows"
    message = (
        f"Dòng này có chữ bị lỗi phông (ví dụ «{word}»): có vẻ văn bản được chép từ tài liệu gõ bằng "
        f"bảng mã {name} mà chưa chuyển sang Unicode. Hãy dùng chức năng chuyển mã của Unikey "
        f"(từ {source} sang Unicode) rồi chép lại đoạn này."
    )
    return Problem(display, line, start + 1, message=message, code="mojibake")
