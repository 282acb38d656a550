"""The defensive front door for input files.

Inputs are typed by civil servants in Notepad, Word or Excel, often pasted from old documents
typed in TCVN3/VNI fonts. Plain ``yaml.safe_load`` would either crash on such files, answer in
English, or quietly change the data (YAML 1.1 turns ``no`` into False, ``0123`` into 83 and
``1:30`` into 90). Everything here exists so that what reaches the validator is exactly the text the
person wrote, and so that every problem is reported at once, in Vietnamese, with its line.

Choices worth knowing:

* We read the *event stream* of PyYAML's parser (libyaml's through ``CSafeLoader`` when available,
  else ``SafeLoader``; both with their implicit resolvers emptied) and build plain Python values
  ourselves, keeping each node's line/column from the event marks. The composed-node API was not
  used: the C composer recurses in C and crashes the interpreter on deep nesting, and it calls back
  into Python to resolve every scalar, which made it several times slower than events.
* Plain scalars are resolved by our own rules, never by PyYAML's implicit resolvers: true/false and
  null/~/empty (any case), integers without a leading zero; everything else stays text.
* YAML aliases (``*name``) are rejected outright: nobody needs them in these files, and rejecting
  them makes "billion laughs" expansion impossible rather than merely bounded. Anchors alone are
  harmless and allowed.
* Explicit tags (``!!str``, ``!!python/object``, ``!x``...) are rejected: the files are data.
* Limits: 20 MB, 50 levels of nesting, and more than 1000 unclosed brackets are refused before
  parsing (libyaml's scanner is quadratic in bracket depth). At most 20 problems of one kind are
  listed, then one line counts the rest.
"""

from __future__ import annotations

import bisect
import gc
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from reportgen.problems import InputError, Problem, display_path

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "LoadedInput",
    "field_name",
    "load_file",
    "load_text",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 50
MAX_PROBLEMS_PER_KIND = 20

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedInput:
    path: Path
    display: str
    data: dict[str, Any]
    positions: dict[Loc, tuple[int, int]] = field(repr=False)

    def position(self, loc: Loc) -> tuple[int, int]:
        """(line, column) of ``loc``, or of its nearest ancestor the file actually contains."""
        for end in range(len(loc), -1, -1):
            found = self.positions.get(loc[:end])
            if found is not None:
                return found
        return (0, 0)


def field_name(loc: Sequence[str | int]) -> str:
    """``("doan_vao", 3, "so_nguoi")`` -> ``"doan_vao[3].so_nguoi"``."""
    out = ""
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def load_file(path: Path) -> LoadedInput:
    display = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError([Problem(display, message=_too_big(size), code="size")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(display, message="Không tìm thấy tệp này.", code="read")]) from None
    except IsADirectoryError:
        raise InputError([Problem(display, message="Đây là một thư mục, không phải tệp.", code="read")]) from None
    except PermissionError:
        raise InputError([Problem(display, message="Không có quyền đọc tệp này.", code="read")]) from None
    except OSError:
        raise InputError([Problem(display, message="Không đọc được tệp này.", code="read")]) from None
    return _load(raw, display, path)


def load_text(text: str | bytes, display: str = "<văn bản>") -> LoadedInput:
    return _load(text, display, Path(display))


# --------------------------------------------------------------------------------------------------
# Messages

_RESAVE = (
    "Hãy mở tệp và lưu lại với mã hóa UTF-8: trong Word/Notepad chọn Lưu thành… và mã hóa UTF-8; "
    "trong Excel/LibreOffice cũng chọn Lưu thành… và chọn bộ ký tự UTF-8."
)


def _too_big(size: int) -> str:
    shown = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return (
        f"Tệp quá lớn ({shown} MB), vượt giới hạn {MAX_BYTES // 1024 // 1024} MB; "
        "hãy kiểm tra xem có chọn nhầm tệp không."
    )


def _char_message(ch: str) -> str:
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return f"Ký tự U+{cp:04X} là mã lẻ không hợp lệ, không phải ký tự văn bản; hãy xóa ký tự này."
    if cp < 0x20 or 0x7F <= cp <= 0x9F:
        return (
            f"Ký tự điều khiển U+{cp:04X} không được phép (ký tự ẩn, thường lẫn vào khi sao chép); hãy xóa ký tự này."
        )
    return f"Ký tự U+{cp:04X} không phải là ký tự văn bản hợp lệ; hãy xóa ký tự này."


# --------------------------------------------------------------------------------------------------
# Text-level checks, before YAML sees anything

_NONCHARS = "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
_FORBIDDEN_BMP = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_FORBIDDEN = re.compile(f"[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff{_NONCHARS}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Line breaks that are not YAML line ends for us: they become "\n" inside the value. Until the
# value is built they are carried by a non-character, which the scan above keeps out of user text.
_SOFT_BREAK = "\ufdd0"
_SOFT_BREAKS = re.compile("[\x0b\u2028\u2029]")
_VALUE_BREAKS = re.compile("\r\n|[\r\x0b\u2028\u2029\ufdd0]")


class _Text:
    """The decoded, line-end-normalised text, with line/column look-ups (1-based, in characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._lines: list[str] | None = None

    def line_col(self, index: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1

    def line(self, number: int) -> str:
        """Line ``number`` (1-based), or "" past the end."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""


def _decode(raw: bytes, display: str) -> str:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError([Problem(display, 1, 1, message=_not_utf8("UTF-32"), code="encoding")])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(display, 1, 1, message=_not_utf8("UTF-16"), code="encoding")])
    sample = raw[:4096]
    if sample.count(0) * 4 >= len(sample) > 0:
        line, col = _byte_position(raw, raw.index(0))
        raise InputError([Problem(display, line, col, message=_not_utf8("UTF-16"), code="encoding")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _byte_position(raw, err.start)
        message = (
            f"Tệp không được lưu ở mã hóa UTF-8 (byte 0x{raw[err.start]:02X} ở vị trí này không hợp lệ); "
            "có thể tệp đã được lưu bằng bảng mã cũ như Windows-1258, TCVN3 hoặc VNI. " + _RESAVE
        )
        raise InputError([Problem(display, line, col, message=message, code="encoding")]) from None


def _not_utf8(encoding: str) -> str:
    return f"Tệp đang được lưu ở mã hóa {encoding}, không phải UTF-8. " + _RESAVE


def _byte_position(raw: bytes, index: int) -> tuple[int, int]:
    prefix = raw[:index].decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    start = prefix.rfind("\n") + 1
    return prefix.count("\n") + 1, len(prefix) - start + 1


def _scan_characters(doc: _Text, display: str) -> tuple[list[Problem], str]:
    """Problems for forbidden characters, and the text YAML may safely parse."""
    problems: list[Problem] = []
    text = doc.text
    pattern = _FORBIDDEN if _ASTRAL.search(text) else _FORBIDDEN_BMP  # the short class is ~10x faster
    matches = list(pattern.finditer(text))
    for count, match in enumerate(matches):
        line, col = doc.line_col(match.start())
        if count == MAX_PROBLEMS_PER_KIND:
            message = f"Còn {len(matches) - count} ký tự không hợp lệ khác, kể từ vị trí này; hãy xóa chúng."
            problems.append(Problem(display, line, col, message=message, code="character"))
            break
        problems.append(Problem(display, line, col, message=_char_message(match.group()), code="character"))
    if matches:
        text = pattern.sub("\ufffd", text)
    if _SOFT_BREAKS.search(text):
        text = _SOFT_BREAKS.sub(_SOFT_BREAK, text)
    return problems, text


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


def _scan_mojibake(doc: _Text, display: str) -> list[Problem]:
    text = doc.text
    tcvn3: dict[int, int] = {}
    vni: dict[int, list[int]] = {}
    for candidate in _MOJIBAKE_CANDIDATE.finditer(text):
        pos = candidate.start()
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

    problems: list[Problem] = []
    for line in sorted(found):
        col, font = found[line]
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
        problems.append(Problem(display, line, start + 1, message=message, code="mojibake"))
    return problems


# --------------------------------------------------------------------------------------------------
# YAML

_DEPTH = f"Dữ liệu lồng nhau quá sâu (quá {MAX_DEPTH} cấp); hãy kiểm tra lại việc thụt lề và các dấu ngoặc."
# libyaml's scanner is quadratic in the depth of [ ] / { } nesting (200 000 levels: minutes), so a
# file with more open brackets than this is refused before it is parsed. Brackets inside quoted text
# are counted too, which only makes the guard stricter; the exact MAX_DEPTH check is in _Builder.
_BRACKET_GUARD = 1000
_BRACKETS = re.compile(r"[\[\]{}]")


def _deep_brackets(text: str) -> int | None:
    """Index of the first bracket opened beyond _BRACKET_GUARD unclosed ones, if any."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth > _BRACKET_GUARD:
                return match.start()
        elif depth:
            depth -= 1
    return None


class _SafeEvents(yaml.SafeLoader):
    """Only the parser is used; the resolvers are emptied so nothing can resolve by YAML 1.1 rules."""

    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012


_FastEvents: type[yaml.SafeLoader] | None
try:

    class _CSafeEvents(yaml.CSafeLoader):
        yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012

    _FastEvents = _CSafeEvents  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _FastEvents = None


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_NULLS = frozenset({"", "~"})
_STR_DIGITS_LIMIT = 4000  # Python refuses to convert much longer digit strings; keep them as text


def _plain(value: str) -> Any:
    if len(value) <= 5:
        lowered = value.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        if value in _NULLS or lowered == "null":
            return None
    if value[:1] in "+-0123456789" and len(value) <= _STR_DIGITS_LIMIT and _INT.fullmatch(value):
        return int(value)
    return value


def _clean(value: str) -> str:
    if value.isascii():
        if "\r" in value or "\x0b" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
        return value
    value = _VALUE_BREAKS.sub("\n", value).replace("\ufeff", "")
    return unicodedata.normalize("NFC", value)


class _Frame:
    __slots__ = ("container", "discard", "expect_key", "is_map", "key", "key_lines", "loc")

    def __init__(self, container: dict[str, Any] | list[Any], loc: Loc) -> None:
        self.container = container
        self.loc = loc
        self.is_map = isinstance(container, dict)
        self.expect_key = self.is_map  # a list never expects a key
        self.discard = False
        self.key: str = ""
        self.key_lines: dict[str, Any] = {}  # key -> mark of its first occurrence


_NO_ROOT = object()
_KEYWORDS = frozenset({"true", "false", "null"})
_SPECIAL_FIRST = frozenset("+-0123456789tTfFnN~")


class _Builder:
    def __init__(self, doc: _Text, display: str) -> None:
        self.doc = doc
        self.display = display
        self.problems: list[Problem] = []
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.root: Any = _NO_ROOT
        self.root_style: str | None = None
        self.documents = 0
        self.counts: dict[str, int] = {}
        self.more: dict[str, tuple[int, int]] = {}

    def problem(self, code: str, mark: Any, message: str, loc: Loc | None = None) -> None:
        count = self.counts[code] = self.counts.get(code, 0) + 1
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        if count <= MAX_PROBLEMS_PER_KIND:
            name = field_name(loc) if loc else ""
            self.problems.append(Problem(self.display, line, col, name, message, code))
        elif count == MAX_PROBLEMS_PER_KIND + 1:
            self.more[code] = (line, col)

    def finish(self) -> None:
        """One closing line per kind of problem that was too frequent to list."""
        for code, (line, col) in self.more.items():
            rest = self.counts[code] - MAX_PROBLEMS_PER_KIND
            message = f"Còn {rest} chỗ khác có lỗi cùng loại, kể từ vị trí này."
            self.problems.append(Problem(self.display, line, col, message=message, code=code))

    def run(self, text: str) -> None:
        loader = (_FastEvents or _SafeEvents)(text)
        collecting = gc.isenabled()
        gc.disable()  # the build allocates only acyclic containers; collection passes cost ~30% here
        try:
            self._consume(loader)
        except yaml.MarkedYAMLError as err:
            self.problems.append(_syntax_problem(err, self.doc, self.display))
        except yaml.YAMLError:
            self.problems.append(Problem(self.display, message=_SYNTAX_FALLBACK, code="syntax"))
        finally:
            loader.dispose()
            if collecting:
                gc.enable()
        self.finish()

    def _consume(self, loader: Any) -> None:
        """Build plain values from the parser's events. This loop is the hot path: ordinary keys and
        values are handled inline, anything unusual goes to a helper."""
        get_event = loader.get_event
        positions = self.positions
        stack: list[_Frame] = []
        top: _Frame | None = None
        skip = 0
        while True:
            event = get_event()
            kind = event.__class__
            if skip:
                if kind is MappingStartEvent or kind is SequenceStartEvent:
                    skip += 1
                elif kind is MappingEndEvent or kind is SequenceEndEvent:
                    skip -= 1
                continue
            if kind is ScalarEvent:
                if top is not None and top.expect_key:
                    raw = event.value
                    if (
                        not event.style
                        and event.tag is None
                        and raw.isascii()
                        and raw.isidentifier()
                        and raw not in top.key_lines
                        and (len(raw) > 5 or raw.lower() not in _KEYWORDS)
                    ):
                        top.key_lines[raw] = event.start_mark
                        top.key = raw
                        top.expect_key = False
                        top.discard = False
                    else:
                        self._key(event, top)
                    continue
                if top is None:
                    loc: Loc = ()
                elif top.is_map:
                    loc = (*top.loc, top.key)
                else:
                    loc = (*top.loc, len(top.container))
                mark = event.start_mark
                positions[loc] = (mark.line + 1, mark.column + 1)
                if event.tag is not None:
                    self._tag_problem(event, loc)
                value: Any = event.value
                style = event.style
                if not style:
                    if not value or value[0] in _SPECIAL_FIRST:
                        value = _plain(value)
                elif style == '"' and _FORBIDDEN.search(value):
                    self._escaped_characters(value, mark, loc)
                if value.__class__ is str and (style == '"' or not value.isascii()):
                    value = _clean(value)
                if top is None:
                    self.root, self.root_style = value, style
                elif top.is_map:
                    if not top.discard:
                        top.container[top.key] = value  # type: ignore[call-overload]
                    top.expect_key = True
                else:
                    top.container.append(value)  # type: ignore[union-attr]
                continue
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                top = stack[-1] if stack else None
                continue
            if kind is MappingStartEvent or kind is SequenceStartEvent or kind is AliasEvent:
                if top is not None and top.expect_key:
                    skip = self._key(event, top)
                    continue
                if top is None:
                    loc = ()
                elif top.is_map:
                    loc = (*top.loc, top.key)
                else:
                    loc = (*top.loc, len(top.container))
                mark = event.start_mark
                if kind is AliasEvent:
                    self.problem(
                        "alias",
                        mark,
                        f"Không dùng được tham chiếu «*{event.anchor}» (bí danh YAML) trong tệp này; "
                        "hãy chép đầy đủ giá trị vào đây.",
                        loc,
                    )
                    self._place(top, None)
                    continue
                positions[loc] = (mark.line + 1, mark.column + 1)
                if event.tag is not None:
                    self._tag_problem(event, loc)
                if len(stack) >= MAX_DEPTH:
                    self.problem("depth", mark, _DEPTH)
                    self._place(top, None)
                    skip = 1
                    continue
                container: dict[str, Any] | list[Any] = {} if kind is MappingStartEvent else []
                if top is None:
                    self.root = container
                else:
                    self._place(top, container)
                top = _Frame(container, loc)
                stack.append(top)
                continue
            if kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    self.problem(
                        "documents",
                        event.start_mark,
                        "Mỗi tệp chỉ được chứa một văn bản YAML, nhưng từ dòng này (dấu «---») lại bắt đầu "
                        "văn bản thứ hai; hãy xóa dòng «---» hoặc tách phần sau ra một tệp riêng.",
                    )
                    return
            elif kind is StreamEndEvent or event is None:
                return

    @staticmethod
    def _place(top: _Frame | None, value: Any) -> None:
        if top is None:
            return
        if top.is_map:
            if not top.discard:
                top.container[top.key] = value  # type: ignore[call-overload]
            top.discard = False
            top.expect_key = True
        else:
            top.container.append(value)  # type: ignore[union-attr]

    def _key(self, event: Event, top: _Frame) -> int:
        """Handle a mapping key; returns how many collection levels to skip (a complex key)."""
        top.expect_key = False
        top.discard = True
        top.key = "?"  # names the place of anything found inside a value that will be dropped
        mark: Any = event.start_mark
        if isinstance(event, AliasEvent):
            self.problem(
                "alias",
                mark,
                f"Không dùng được tham chiếu «*{event.anchor}» (bí danh YAML) trong tệp này; hãy ghi rõ tên mục.",
                top.loc,
            )
            return 0
        if not isinstance(event, ScalarEvent):
            self.problem(
                "key",
                mark,
                "Tên mục phải là một chữ đơn giản, không được là danh sách hay nhóm mục "
                "(dấu «?» hoặc ngoặc «[ ]», «{ }» đặt ở vị trí tên mục).",
                top.loc,
            )
            return 1
        if event.tag is not None:
            self._tag_problem(event, top.loc)
        raw = event.value
        if event.style == '"':
            self._escaped_characters(raw, mark, top.loc)
        key = top.key = _clean(raw)
        if not event.style:
            resolved = _plain(raw)
            if raw == "":
                self.problem("key", mark, "Thiếu tên mục trước dấu hai chấm «:».", top.loc)
                return 0
            if not isinstance(resolved, str):
                if resolved is None:
                    what = "giá trị rỗng"
                elif isinstance(resolved, bool):
                    what = "giá trị đúng/sai"
                else:
                    what = "một số"
                self.problem(
                    "key",
                    mark,
                    f"Tên mục phải là chữ, nhưng «{raw}» ở đây được hiểu là {what}; nếu đúng là tên mục, "
                    f'hãy đặt trong dấu nháy kép, ví dụ «"{raw}": …».',
                    top.loc,
                )
                return 0
        first = top.key_lines.get(key)
        if first is not None:
            self.problem(
                "duplicate-key",
                mark,
                f"Mục «{key}» bị khai báo hai lần, ở dòng {first.line + 1} và dòng {mark.line + 1}; "
                "hãy xóa hoặc gộp một trong hai.",
                (*top.loc, key),
            )
            return 0
        top.key_lines[key] = mark
        top.discard = False
        return 0

    def _tag_problem(self, event: Any, loc: Loc) -> None:
        mark = event.start_mark
        found = re.compile(r"!\S*").search(self.doc.line(mark.line + 1), mark.column)
        shown = found.group() if found else event.tag
        self.problem(
            "tag",
            mark,
            f"Không dùng được thẻ kiểu dữ liệu «{shown}» trong tệp này; hãy xóa thẻ và chỉ ghi giá trị "
            "(nếu cần giữ nguyên dạng chữ, hãy đặt giá trị trong dấu nháy kép).",
            loc,
        )

    def _escaped_characters(self, raw: str, mark: Any, loc: Loc) -> None:
        """Double-quoted escapes (``"\\a"``, ``"\\ud800"``) can produce what the text scan forbids."""
        for match in _FORBIDDEN.finditer(raw):
            if match.group() != _SOFT_BREAK:
                self.problem("character", mark, _char_message(match.group()), loc)
                return


# PyYAML/libyaml problem texts -> our sentence. The position used is that of the problem, unless
# the entry says the context (where the construct started) is the more useful one.
_SYNTAX_FALLBACK = (
    "Tệp không đúng cú pháp YAML ở vị trí này; hãy kiểm tra dấu hai chấm, dấu nháy và việc thụt lề "
    "của dòng này và dòng ngay phía trên."
)
_TAB = "Dòng này được thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách để thụt lề. Hãy thay Tab bằng dấu cách."


def _syntax_problem(err: yaml.MarkedYAMLError, doc: _Text, display: str) -> Problem:
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    use = mark

    def char_at(m: Any) -> str:
        if m is None:
            return ""
        line = doc.line(m.line + 1)
        return line[m.column] if m.column < len(line) else ""

    if "tab" in problem or ("cannot start any token" in problem and char_at(mark) == "\t"):
        message = _TAB
    elif "cannot start any token" in problem:
        ch = char_at(mark)
        if ch in ("@", "`"):
            message = (
                f'Giá trị không được bắt đầu bằng ký tự «{ch}»; hãy đặt cả giá trị trong dấu nháy kép, ví dụ: "{ch}…".'
            )
        else:
            message = (
                f"Ký tự «{ch}» không được đứng ở vị trí này; nếu đây là một phần của giá trị, hãy đặt cả "
                "giá trị trong dấu nháy kép."
            )
    elif "quoted scalar" in context and ("end of stream" in problem or "document indicator" in problem):
        use = err.context_mark or mark
        quote = char_at(use) or '"'
        message = f"Dấu nháy «{quote}» mở ở đây chưa được đóng; hãy thêm dấu nháy «{quote}» ở cuối giá trị."
    elif "mapping values are not allowed" in problem:
        message = (
            "Dấu hai chấm «:» ở đây không hợp lệ: hoặc dòng này thụt lề sai so với dòng trên, hoặc giá trị "
            "có chứa «: » mà chưa được đặt trong dấu nháy kép."
        )
    elif "could not find expected ':'" in problem:
        use = err.context_mark or mark
        message = (
            "Dòng này thiếu dấu hai chấm «:» sau tên mục (hoặc giá trị ở dòng trên bị xuống dòng mà chưa "
            "được đặt trong dấu nháy kép)."
        )
    elif ("did not find expected key" in problem or "expected <block end>" in problem) and char_at(mark) == ":":
        message = "Thiếu tên mục trước dấu hai chấm «:»."
    elif "expected '-' indicator" in problem or ("expected <block end>" in problem and "collection" in context):
        message = (
            "Dòng này thụt lề không khớp với danh sách phía trên: mỗi phần tử của danh sách phải bắt đầu "
            "bằng «- » và thẳng hàng với các phần tử khác."
        )
    elif "did not find expected key" in problem or "expected <block end>" in problem:
        message = (
            "Nội dung ở đây không khớp với cấu trúc phía trên; hãy kiểm tra việc thụt lề (chỉ dùng dấu cách) "
            "và xem có chữ thừa sau dấu nháy hoặc dấu ngoặc đóng không."
        )
    elif "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        use = err.context_mark or mark
        opening = "[" if "]" in problem else "{"
        closing = "]" if opening == "[" else "}"
        message = (
            f"Dấu ngoặc «{opening}» mở ở đây chưa được đóng bằng «{closing}», hoặc thiếu dấu phẩy giữa các phần tử."
        )
    elif "escape" in problem or "hexdecimal" in problem or "hexadecimal" in problem:
        message = (
            "Trong dấu nháy kép, dấu «\\» bắt đầu một mã thoát không hợp lệ; nếu muốn viết dấu «\\», "
            "hãy viết hai lần («\\\\») hoặc dùng dấu nháy đơn."
        )
    elif "sequence entries are not allowed" in problem:
        message = (
            "Dấu «- » của danh sách không được đặt ở đây; mỗi phần tử danh sách phải nằm trên một dòng "
            "riêng, thụt lề dưới tên mục."
        )
    elif "expected node content" in problem:
        message = (
            "Thiếu giá trị ở đây, hoặc có ký tự không đúng chỗ (như «]», «}», «,»); nếu đó là một phần của "
            "giá trị, hãy đặt cả giá trị trong dấu nháy kép."
        )
    else:
        message = _SYNTAX_FALLBACK
    if use is None:
        return Problem(display, message=message, code="syntax")
    return Problem(display, use.line + 1, use.column + 1, message=message, code="syntax")


# --------------------------------------------------------------------------------------------------


def _load(source: str | bytes, display: str, path: Path) -> LoadedInput:
    size = len(source)
    if size > MAX_BYTES:
        raise InputError([Problem(display, message=_too_big(size), code="size")])
    text = _decode(source, display) if isinstance(source, bytes) else source
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")  # BOMs left by concatenating or pasting files; invisible
    if not text.strip(" \t\n"):
        raise InputError([Problem(display, message="Tệp trống, chưa có nội dung nào.", code="empty")])

    doc = _Text(text)
    problems, parse_text = _scan_characters(doc, display)
    problems += _scan_mojibake(doc, display)

    builder = _Builder(doc, display)
    too_deep = _deep_brackets(parse_text)
    if too_deep is None:
        builder.run(parse_text)
    else:
        line, col = doc.line_col(too_deep)
        builder.problems.append(Problem(display, line, col, message=_DEPTH, code="depth"))
    problems += builder.problems
    root = builder.root
    if not builder.problems:
        if root is _NO_ROOT or (root is None and not builder.root_style):
            problems.append(
                Problem(
                    display,
                    message="Tệp chưa có nội dung: chỉ có dòng trống, dòng chú thích (bắt đầu bằng «#») "
                    "hoặc dấu «---».",
                    code="empty",
                )
            )
        elif not isinstance(root, dict):
            what = "một danh sách (dòng bắt đầu bằng «- »)" if isinstance(root, list) else "một giá trị đơn lẻ"
            line, col = builder.positions.get((), (0, 0))
            problems.append(
                Problem(
                    display,
                    line,
                    col,
                    message=f"Nội dung tệp phải gồm các mục dạng «tên_mục: giá trị», nhưng ở đây là {what}.",
                    code="structure",
                )
            )
    if problems:
        raise InputError(problems)
    return LoadedInput(path=path, display=display, data=root, positions=builder.positions)
