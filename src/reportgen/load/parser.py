"""The YAML parser set-up and our own scalar rules, so nothing is resolved by YAML 1.1 guessing
(``no`` -> False, ``0123`` -> 83), plus the bracket guard that keeps libyaml's scanner fast."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml

from reportgen.load.characters import PAGE_BREAK, VALUE_BREAKS, WORD_HYPHENS
from reportgen.load.common import MAX_DEPTH

DEPTH_MESSAGE = f"Dữ liệu lồng nhau quá sâu (quá {MAX_DEPTH} cấp); hãy kiểm tra lại việc thụt lề và các dấu ngoặc."
# libyaml's scanner is quadratic in the depth of [ ] / { } nesting (200 000 levels: minutes), so a
# file with more open brackets than this is refused before it is parsed. Brackets inside quoted text
# are counted too, which only makes the guard stricter; the exact MAX_DEPTH check is in Builder.
_BRACKET_GUARD = 1000
_BRACKETS = re.compile(r"[\[\]{}]")


def deep_brackets(text: str) -> int | None:
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


class SafeEvents(yaml.SafeLoader):
    """Only the parser is used; the resolvers are emptied so nothing can resolve by YAML 1.1 rules."""

    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012


FastEvents: type[yaml.SafeLoader] | None
try:

    class _CSafeEvents(yaml.CSafeLoader):
        """libyaml's parser, several times faster; the same emptied resolvers."""

        yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012

    FastEvents = _CSafeEvents  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    FastEvents = None


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_NULLS = frozenset({"", "~"})
_STR_DIGITS_LIMIT = 4000  # Python refuses to convert much longer digit strings; keep them as text


def plain(value: str) -> Any:
    """An unquoted scalar by our rules: true/false, null/~/empty (any case), integers without a leading zero."""
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


def clean(value: str) -> str:
    """The value as the person wrote it: soft line breaks as "\\n", no stray BOM, NFC (the fast path is ASCII)."""
    if value.isascii():
        if "\r" in value or "\x0b" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
        if "\x0e" in value or "\x1e" in value or "\x1f" in value:  # from a double-quoted escape
            value = value.replace("\x0e", "\n").translate(WORD_HYPHENS)
        return value
    value = VALUE_BREAKS.sub("\n", value).replace("\ufeff", "").replace(PAGE_BREAK, "\f").translate(WORD_HYPHENS)
    return unicodedata.normalize("NFC", value)
