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

from pathlib import Path
from typing import Any

from reportgen.load.builder import NO_ROOT, Builder
from reportgen.load.characters import Text, scan_characters
from reportgen.load.common import MAX_BYTES, MAX_DEPTH, LoadedInput, Loc, field_name
from reportgen.load.decoding import decode, too_big
from reportgen.load.memo import remembered
from reportgen.load.mojibake import scan_mojibake
from reportgen.load.parser import DEPTH_MESSAGE, SafeEvents, deep_brackets
from reportgen.load.parser import FastEvents as _FastEvents
from reportgen.load.samples import MARK, sample_lines
from reportgen.problems import InputError, Problem, display_path

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "LoadedInput",
    "field_name",
    "load_file",
    "load_text",
]


def load_file(path: Path) -> LoadedInput:
    """Load a file from disk; unreadable or oversized files get a Vietnamese reason instead of a traceback."""
    display = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError([Problem(display, message=too_big(size), code="size")])
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
    """Load text that is not (yet) a file, e.g. from a test or an import; same checks as ``load_file``."""
    return _load(text, display, Path(display))


def _load(source: str | bytes, display: str, path: Path) -> LoadedInput:
    """Every check in order, once per content (``load/memo.py``); all problems are raised together."""
    return remembered(source, display, path, _FastEvents is not None, lambda: _parse(source, display, path))


def _parse(source: str | bytes, display: str, path: Path) -> LoadedInput:
    """Every check in order; all problems found are raised together so the user fixes them in one go."""
    doc = Text(_text(source, display))
    problems, parse_text = scan_characters(doc, display)
    problems += scan_mojibake(doc, display)
    builder = _build(doc, parse_text, display)
    problems += builder.problems
    if not builder.problems:
        problems += _root_problems(builder.root, builder.root_style, builder.positions, display)
    if problems:
        raise InputError(problems)
    marked = tuple(sample_lines(doc.text)) if MARK in doc.text else ()
    return LoadedInput(path=path, display=display, data=builder.root, positions=builder.positions, samples=marked)


def _text(source: str | bytes, display: str) -> str:
    """The decoded text with "\n" line ends and no BOM; refuses oversized and empty input up front."""
    size = len(source)
    if size > MAX_BYTES:
        raise InputError([Problem(display, message=too_big(size), code="size")])
    text = decode(source, display) if isinstance(source, bytes) else source
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")  # BOMs left by concatenating or pasting files; invisible
    if not text.strip(" \t\n"):
        raise InputError([Problem(display, message="Tệp trống, chưa có nội dung nào.", code="empty")])
    return text


def _build(doc: Text, parse_text: str, display: str) -> Builder:
    """Parse unless the bracket guard refuses the text.

    ``_FastEvents`` is read here, from the package, so that setting ``reportgen.load._FastEvents`` to
    None (as the tests do, and as a PyYAML without libyaml is) switches to the pure-Python parser.
    """
    builder = Builder(doc, display)
    too_deep = deep_brackets(parse_text)
    if too_deep is None:
        builder.run(parse_text, _FastEvents or SafeEvents)
    else:
        line, col = doc.line_col(too_deep)
        builder.problems.append(Problem(display, line, col, message=DEPTH_MESSAGE, code="depth"))
    return builder


def _root_problems(
    root: Any, root_style: str | None, positions: dict[Loc, tuple[int, int]], display: str
) -> list[Problem]:
    """A file that parsed but is empty, a list or a single value is not an input: say which."""
    if root is NO_ROOT or (root is None and not root_style):
        return [
            Problem(
                display,
                message="Tệp chưa có nội dung: chỉ có dòng trống, dòng chú thích (bắt đầu bằng «#») hoặc dấu «---».",
                code="empty",
            )
        ]
    if not isinstance(root, dict):
        what = "một danh sách (dòng bắt đầu bằng «- »)" if isinstance(root, list) else "một giá trị đơn lẻ"
        line, col = positions.get((), (0, 0))
        return [
            Problem(
                display,
                line,
                col,
                message=f"Nội dung tệp phải gồm các mục dạng «tên_mục: giá trị», nhưng ở đây là {what}.",
                code="structure",
            )
        ]
    return []
