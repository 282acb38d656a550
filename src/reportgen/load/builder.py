"""Builds plain Python values from the parser's event stream, keeping each value's line/column and
collecting every structural problem (aliases, tags, bad or duplicate keys, depth) in Vietnamese."""

from __future__ import annotations

import gc
import re
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

from reportgen.load.characters import FORBIDDEN, PAGE_BREAK, SOFT_BREAK, Text, char_message
from reportgen.load.collector import ProblemCollector
from reportgen.load.common import MAX_DEPTH, Loc
from reportgen.load.parser import DEPTH_MESSAGE, clean, plain
from reportgen.load.syntax import SYNTAX_FALLBACK, syntax_problem
from reportgen.problems import Problem


class _Frame:
    """One open mapping or list: where its values go and what its keys have been so far."""

    __slots__ = ("container", "discard", "expect_key", "is_map", "key", "key_lines", "loc")

    def __init__(self, container: dict[str, Any] | list[Any], loc: Loc) -> None:
        self.container = container
        self.loc = loc
        self.is_map = isinstance(container, dict)
        self.expect_key = self.is_map  # a list never expects a key
        self.discard = False
        self.key: str = ""
        self.key_lines: dict[str, Any] = {}  # key -> mark of its first occurrence


NO_ROOT = object()
_KEYWORDS = frozenset({"true", "false", "null"})
_SPECIAL_FIRST = frozenset("+-0123456789tTfFnN~")


class Builder(ProblemCollector):
    """Plain values and positions from the event stream; problems are collected, never raised."""

    def __init__(self, doc: Text, display: str) -> None:
        self.doc = doc
        super().__init__(display)
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.root: Any = NO_ROOT
        self.root_style: str | None = None
        self.documents = 0

    def run(self, text: str, events: type[yaml.SafeLoader]) -> None:
        """Build from ``text`` with parser class ``events``; a syntax error becomes one more problem."""
        loader = events(text)
        collecting = gc.isenabled()
        gc.disable()  # the build allocates only acyclic containers; collection passes cost ~30% here
        try:
            self._consume(loader)
        except yaml.MarkedYAMLError as err:
            if "nesting depth" in (err.problem or ""):
                # PyYAML >= 6.0.2 stops at its own depth limit; our limit is lower and already said so.
                if not any(p.code == "depth" for p in self.problems):
                    self.problem("depth", err.problem_mark, DEPTH_MESSAGE)
            else:
                self.problems.append(syntax_problem(err, self.doc, self.display))
        except yaml.YAMLError:
            self.problems.append(Problem(self.display, message=SYNTAX_FALLBACK, code="syntax"))
        finally:
            loader.dispose()
            if collecting:
                gc.enable()
        self.finish()

    def _consume(self, loader: Any) -> None:
        """Build plain values from the parser's events.

        This loop is the hot path (it runs once per key and per value of a file of up to 20 MB), so it
        stays one flat loop on purpose: ordinary keys and scalar values are handled inline, without a
        call per event; collection starts (far fewer) and anything unusual go to helpers.
        """
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
                        value = plain(value)
                elif style == '"' and FORBIDDEN.search(value):
                    self._escaped_characters(value, mark, loc)
                if value.__class__ is str and (style == '"' or not value.isascii()):
                    value = clean(value)
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
                skip = self._open(event, stack)
                top = stack[-1] if stack else None
                continue
            if kind is DocumentStartEvent:
                if self._second_document(event):
                    return
            elif kind is StreamEndEvent or event is None:
                return

    def _open(self, event: Any, stack: list[_Frame]) -> int:
        """A collection start or an alias; pushes the new frame, returns how many levels to skip."""
        top = stack[-1] if stack else None
        if top is not None and top.expect_key:
            return self._key(event, top)
        if top is None:
            loc: Loc = ()
        elif top.is_map:
            loc = (*top.loc, top.key)
        else:
            loc = (*top.loc, len(top.container))
        mark = event.start_mark
        if event.__class__ is AliasEvent:
            self.problem(
                "alias",
                mark,
                f"Không dùng được tham chiếu «*{event.anchor}» (bí danh YAML) trong tệp này; "
                "hãy chép đầy đủ giá trị vào đây.",
                loc,
            )
            self._place(top, None)
            return 0
        self.positions[loc] = (mark.line + 1, mark.column + 1)
        if event.tag is not None:
            self._tag_problem(event, loc)
        if len(stack) >= MAX_DEPTH:
            self.problem("depth", mark, DEPTH_MESSAGE)
            self._place(top, None)
            return 1
        container: dict[str, Any] | list[Any] = {} if event.__class__ is MappingStartEvent else []
        if top is None:
            self.root = container
        else:
            self._place(top, container)
        stack.append(_Frame(container, loc))
        return 0

    def _second_document(self, event: Any) -> bool:
        """Counts documents; a second one (after «---») is reported and ends the build."""
        self.documents += 1
        if self.documents > 1:
            self.problem(
                "documents",
                event.start_mark,
                "Mỗi tệp chỉ được chứa một văn bản YAML, nhưng từ dòng này (dấu «---») lại bắt đầu "
                "văn bản thứ hai; hãy xóa dòng «---» hoặc tách phần sau ra một tệp riêng.",
            )
            return True
        return False

    @staticmethod
    def _place(top: _Frame | None, value: Any) -> None:
        """Store ``value`` where the frame expects it (unless its key was refused)."""
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
        """Handle a mapping key the fast path did not take; returns how many collection levels to skip."""
        top.expect_key = False
        top.discard = True
        top.key = "?"  # names the place of anything found inside a value that will be dropped
        if not isinstance(event, ScalarEvent):
            return self._not_a_key(event, top.loc)
        mark: Any = event.start_mark
        if event.tag is not None:
            self._tag_problem(event, top.loc)
        raw = event.value
        if event.style == '"':
            self._escaped_characters(raw, mark, top.loc)
        key = top.key = clean(raw)
        if not event.style and not self._plain_key_is_text(raw, mark, top.loc):
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

    def _not_a_key(self, event: Event, loc: Loc) -> int:
        """An alias or a collection where a key belongs is reported; a collection is then skipped whole."""
        mark: Any = event.start_mark
        if isinstance(event, AliasEvent):
            self.problem(
                "alias",
                mark,
                f"Không dùng được tham chiếu «*{event.anchor}» (bí danh YAML) trong tệp này; hãy ghi rõ tên mục.",
                loc,
            )
            return 0
        self.problem(
            "key",
            mark,
            "Tên mục phải là một chữ đơn giản, không được là danh sách hay nhóm mục "
            "(dấu «?» hoặc ngoặc «[ ]», «{ }» đặt ở vị trí tên mục).",
            loc,
        )
        return 1

    def _plain_key_is_text(self, raw: str, mark: Any, loc: Loc) -> bool:
        """An unquoted key must be text by our scalar rules; empty, numbers, true/false and null are reported."""
        if raw == "":
            self.problem("key", mark, "Thiếu tên mục trước dấu hai chấm «:».", loc)
            return False
        resolved = plain(raw)
        if isinstance(resolved, str):
            return True
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
            loc,
        )
        return False

    def _tag_problem(self, event: Any, loc: Loc) -> None:
        """Explicit tags are refused; the message quotes the tag as written, not PyYAML's expanded form."""
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
        for match in FORBIDDEN.finditer(raw):
            if match.group() not in (SOFT_BREAK, PAGE_BREAK):
                self.problem("character", mark, char_message(match.group()), loc)
                return
