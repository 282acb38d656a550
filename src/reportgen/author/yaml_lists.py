"""Replacing whole lists in a person's YAML file while keeping everything else exactly as written.

ruamel.yaml's round-trip mode keeps comments, quotes and block text, but it stores the comment lines
*after* a list on the list's last item: replacing the list naively would delete the comment that
introduces the next field. Those lines are moved onto the new list here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from reportgen.load import load_file, load_text
from reportgen.problems import InputError, Problem, display_path


def _yaml(indent: int, dash_offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line of prose
    yaml.indent(mapping=indent, sequence=indent + dash_offset, offset=dash_offset)
    return yaml


@dataclass(frozen=True)
class FileStyle:
    """How the person's editor saved the file (Notepad on Windows: a BOM and CRLF), kept when rewriting it."""

    bom: bool
    newline: str


def encode_like(text: str, style: FileStyle) -> bytes:
    """``text`` (``\\n`` line ends) as bytes written the way the original file was."""
    body = text.replace("\r\n", "\n").replace("\n", style.newline).encode("utf-8")
    return (b"\xef\xbb\xbf" if style.bom else b"") + body


def load_roundtrip(path: Path) -> tuple[Any, str, FileStyle]:
    """The file as ruamel's commented tree, its text with ``\\n`` line ends, and how it was saved.

    Unreadable YAML is reported as ``build`` would.
    """
    load_file(path)  # the same Vietnamese messages as every other command, before ruamel sees the file
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    crlf = text.count("\r\n")
    style = FileStyle(raw.startswith(b"\xef\xbb\xbf"), "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n")
    text = text.replace("\r\n", "\n")
    try:
        document = _yaml(2, 2).load(text)
    except YAMLError as exc:
        raise InputError([Problem(display_path(path), message=f"Không đọc được tệp YAML: {exc}")]) from None
    return document, text, style


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


# ---------------------------------------------------------------------------------- edits of any field


class Row(dict[str, Any]):
    """One record of an edited list; ``origin`` is its index in the file's list before the edit (None: new).

    Keeping the origin lets an edit reuse the record's own node, so its comments and any field the editor
    did not show survive reordering and deleting other records.
    """

    def __init__(self, values: dict[str, Any], origin: int | None = None) -> None:
        super().__init__(values)
        self.origin = origin


def _same(old: Any, new: Any) -> bool:
    return type(old) is type(new) and old == new


def _apply_list(parent: CommentedMap, key: str, rows: list[Any]) -> None:
    old = parent.get(key)
    old_items = list(old) if isinstance(old, CommentedSeq) else []
    nodes: list[Any] = []
    for row in rows:
        if isinstance(row, Row):
            origin = row.origin
            base = old_items[origin] if origin is not None and 0 <= origin < len(old_items) else None
            node = base if isinstance(base, CommentedMap) else CommentedMap()
            _apply_map(node, dict(row))
            nodes.append(node)
        else:
            nodes.append(_node(row))
    unchanged = len(nodes) == len(old_items) and all(
        a is b or _same(a, b) for a, b in zip(nodes, old_items, strict=True)
    )
    if isinstance(old, CommentedSeq) and unchanged and all(not isinstance(r, Row) for r in rows):
        return
    first_kept = bool(nodes) and bool(old_items) and nodes[0] is old_items[0]
    trailing = _take_trailing(parent, key) if key in parent else ""
    entry = parent.ca.items.get(key)
    if entry and len(entry) > 3 and not first_kept:
        entry[3] = None  # comments between the key and the old first record belong to that record
    parent[key] = CommentedSeq(nodes)
    _put_trailing(parent, key, trailing)


def _apply_map(node: CommentedMap, edits: dict[str, Any]) -> None:
    for key, value in edits.items():
        current = node.get(key)
        if isinstance(value, dict) and not isinstance(value, Row):
            if not value and key not in node:
                continue
            if not isinstance(current, CommentedMap):
                node[key] = current = CommentedMap()
            _apply_map(current, value)
        elif isinstance(value, list):
            if not value and key not in node:
                continue
            _apply_list(node, key, value)
        elif value is None and key not in node:
            continue
        elif not _same(current, value) and not (isinstance(current, str) and current == value):
            node[key] = _node(value)


def apply_edits(document: CommentedMap, text: str, edits: dict[str, Any]) -> str:
    """The YAML text with the values of ``edits`` set, everything the edit did not change kept as written.

    ``edits`` mirrors the input: nested dicts for groups of fields, lists of :class:`Row` for lists of
    records, plain values otherwise. A value equal to the file's is not touched (quotes and style stay); an
    empty value for a field the file does not have is not added. Fields absent from ``edits`` stay as they are.
    """
    before = [str(key) for key in document]
    _apply_map(document, edits)
    out = io.StringIO()
    _yaml(*_guess_indent(text)).dump(document, out)
    result = out.getvalue()
    result = result + "\n" if text.endswith("\n") and not result.endswith("\n") else result
    return _keep_untouched(text, before, result, [str(key) for key in document], set(edits))


def _key_lines(text: str, keys: list[str]) -> list[int] | None:
    """The line of each top-level ``key:`` in order (block style puts them at column 0); None if one is missing."""
    lines = text.splitlines()
    found, at = [], 0
    for key in keys:
        while at < len(lines) and not (
            lines[at].startswith(key + ":") and lines[at][len(key) + 1 : len(key) + 2] in ("", " ")
        ):
            at += 1
        if at == len(lines):
            return None
        found.append(at)
        at += 1
    return found


def _blocks(text: str, keys: list[str], starts: list[int]) -> tuple[str, dict[str, str]]:
    """The text before the first field, and each top-level field's lines (with the comments that follow it)."""
    lines = text.splitlines(keepends=True)
    ends = [*starts[1:], len(lines)]
    head = "".join(lines[: starts[0]]) if starts else text
    return head, {key: "".join(lines[a:b]) for key, a, b in zip(keys, starts, ends, strict=True)}


def _keep_untouched(original: str, old_keys: list[str], result: str, new_keys: list[str], edited: set[str]) -> str:
    """``result`` with every top-level field the edit did not touch copied back from the original text.

    ruamel writes a long plain scalar that the person wrapped over several lines back as one line; copying
    untouched fields keeps their wrapping, so the history shows only what was really changed. Used only when
    the spliced text reads back exactly as ruamel's, else ruamel's text is returned.
    """
    old_starts, new_starts = _key_lines(original, old_keys), _key_lines(result, new_keys)
    if not old_keys or old_starts is None or new_starts is None or new_keys[: len(old_keys)] != old_keys:
        return result
    old_head, old_blocks = _blocks(original, old_keys, old_starts)
    _, new_blocks = _blocks(result, new_keys, new_starts)
    spliced = old_head + "".join(
        new_blocks[key] if key in edited or key not in old_blocks else old_blocks[key] for key in new_keys
    )
    try:
        same = load_text(spliced, "x.yaml").data == load_text(result, "x.yaml").data
    except InputError:
        same = False
    return spliced if same else result


def _lines_after(parent: CommentedMap, key: str) -> str:
    """Take the comment lines after ``parent[key]``'s value, leaving its end-of-line comment where it is."""
    container, where, index = _last_slot(parent[key]) or (parent, key, 2)
    entry = container.ca.items.get(where)
    token = entry[index] if entry and len(entry) > index else None
    if token is None or "\n" not in str(token.value).rstrip("\n"):
        return ""
    eol, _, lines = str(token.value).partition("\n")
    token.value = eol + "\n"
    return lines


def move_into(document: CommentedMap, block: str, keys: tuple[str, ...]) -> None:
    """Move the top-level ``keys`` into the map ``document[block]``, each with its end-of-line comments.

    The comment lines after a moved key introduce the next top-level field, so they stay at the top level: after
    the block (the file's last key's: at the end of the file). A key left empty at the top does not replace a
    value the block has.
    """
    node = document[block]
    following, closing = "", ""
    for key in keys:
        if key == list(document.keys())[-1]:
            closing = _lines_after(document, key)
        else:
            following += _lines_after(document, key)
        value = document.pop(key)
        comments = document.ca.items.pop(key, None)
        if key in node and value in (None, "", []):
            continue
        node[key] = value
        if comments is not None:
            node.ca.items[key] = comments
    if following and node:
        _put_trailing(document, block, following)
    if closing:
        _put_trailing(document, list(document.keys())[-1], closing)


def roundtrip_text(text: str, display: str) -> Any:
    """ruamel's commented tree of ``text`` (not yet a file), for :func:`apply_edits`."""
    try:
        return _yaml(2, 2).load(text)
    except YAMLError as exc:
        raise InputError([Problem(display, message=f"Không đọc được tệp YAML: {exc}")]) from None
