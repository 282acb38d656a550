"""Replacing whole lists in a person's YAML file while keeping everything else exactly as written.

ruamel.yaml's round-trip mode keeps comments, quotes and block text, but it stores the comment lines
*after* a list on the list's last item: replacing the list naively would delete the comment that
introduces the next field. Those lines are moved onto the new list here.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from reportgen.load import load_file
from reportgen.problems import InputError, Problem, display_path


def _yaml(indent: int, dash_offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line of prose
    yaml.indent(mapping=indent, sequence=indent + dash_offset, offset=dash_offset)
    return yaml


def load_roundtrip(path: Path) -> tuple[Any, str]:
    """The file as ruamel's commented tree, and its text; unreadable YAML is reported as ``build`` would."""
    load_file(path)  # the same Vietnamese messages as every other command, before ruamel sees the file
    text = path.read_bytes().decode("utf-8-sig")
    try:
        document = _yaml(2, 2).load(text)
    except YAMLError as exc:
        raise InputError([Problem(display_path(path), message=f"Không đọc được tệp YAML: {exc}")]) from None
    return document, text


def _guess_indent(text: str) -> tuple[int, int]:
    _, indent, dash_offset = load_yaml_guess_indent(text)
    indent = indent or 2
    dash_offset = 0 if dash_offset is None else dash_offset
    return (max(2, indent - dash_offset) if dash_offset else indent), dash_offset


def _last_slot(node: Any) -> tuple[Any, Any, int] | None:
    """(container, key, slot) of the comment that follows the deepest last value of ``node``."""
    if isinstance(node, CommentedMap) and node:
        key = list(node.keys())[-1]
        return _last_slot(node[key]) or (node, key, 2)
    if isinstance(node, CommentedSeq) and node:
        return _last_slot(node[-1]) or (node, len(node) - 1, 0)
    return None


def _take_trailing(parent: CommentedMap, key: str) -> str:
    """Remove and return the comment lines after ``parent[key]`` (not its end-of-line comment)."""
    slot = _last_slot(parent[key]) if key in parent else None
    container, where, index = slot or (parent, key, 2)
    entry = container.ca.items.get(where)
    if not entry or len(entry) <= index or entry[index] is None:
        return ""
    value = entry[index].value
    entry[index] = None
    return value[value.index("\n") + 1 :] if "\n" in value else ""


def _put_trailing(parent: CommentedMap, key: str, lines: str) -> None:
    if not lines:
        return
    container, where, index = _last_slot(parent[key]) or (parent, key, 2)
    entry = container.ca.items.setdefault(where, [None, None, None, None])
    entry[index] = CommentToken("\n" + lines, CommentMark(0), None)


def _node(value: Any) -> Any:
    if isinstance(value, dict):
        return CommentedMap((k, _node(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_node(v) for v in value)
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value


def replace_lists(document: CommentedMap, text: str, lists: dict[str, list[dict[str, Any]]]) -> str:
    """The YAML text with ``document[name]`` replaced by each list, every comment kept."""
    for name, records in lists.items():
        trailing = _take_trailing(document, name) if name in document else ""
        entry = document.ca.items.get(name)
        if entry and len(entry) > 3:
            entry[3] = None  # comments between the key and the old first record belong to that record
        document[name] = _node(records)
        _put_trailing(document, name, trailing)
    out = io.StringIO()
    _yaml(*_guess_indent(text)).dump(document, out)
    result = out.getvalue()
    # ruamel drops the final line break after a comment moved behind an empty list
    return result + "\n" if text.endswith("\n") and not result.endswith("\n") else result
