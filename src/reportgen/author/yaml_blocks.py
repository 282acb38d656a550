"""Edits of a few fields of a long input, made on the top-level blocks they touch instead of the whole file.

ruamel's round trip keeps every comment, but it is slow: a 1,000-line report takes about a second to read
and write again, which a web save would pay on every click. A form edit usually touches one or two
top-level fields (``noi_dung``, ``doan_vao``): only those blocks go through ruamel, the others stay as
written, byte for byte. The result is checked to read back as the whole-file edit would (same data for
every untouched field); anything unusual falls back to :func:`apply_edits` on the whole text.
"""

from __future__ import annotations

from typing import Any

from reportgen.author.yaml_lists import _blocks, _key_lines, apply_edits, roundtrip_text
from reportgen.load import load_text
from reportgen.problems import InputError


def edit_text(text: str, display: str, edits: dict[str, Any]) -> str:
    """``text`` with ``edits`` applied (see :func:`apply_edits`), touching only the edited top-level fields."""
    if not edits:
        return text
    try:
        original = load_text(text, display).data
    except InputError:
        return apply_edits(roundtrip_text(text, display), text, edits)
    keys = [str(k) for k in original]
    starts = _key_lines(text, keys)
    if starts is None or not set(edits) <= set(keys) or not text.endswith("\n"):
        return apply_edits(roundtrip_text(text, display), text, edits)
    head, blocks = _blocks(text, keys, starts)
    for key in edits:
        block = blocks[key]
        blocks[key] = apply_edits(roundtrip_text(block, display), block, {key: edits[key]})
        if not blocks[key].endswith("\n"):
            blocks[key] += "\n"
    spliced = head + "".join(blocks[key] for key in keys)
    try:
        after = load_text(spliced, display).data
    except InputError:
        return apply_edits(roundtrip_text(text, display), text, edits)
    same_rest = list(after) == keys and all(after[k] == original[k] for k in keys if k not in edits)
    return spliced if same_rest else apply_edits(roundtrip_text(text, display), text, edits)


def _split(text: str) -> tuple[str, dict[str, str]] | None:
    try:
        keys = [str(k) for k in load_text(text, "x.yaml").data]
    except InputError:
        return None
    starts = _key_lines(text, keys)
    if starts is None or not text.endswith("\n"):
        return None
    return _blocks(text, keys, starts)


def merge_texts(base: str, theirs: str, mine: str) -> str | None:
    """A three-way merge of whole texts by top-level field: each field as the one who changed it left it.

    None when both changed the same field differently, or the files cannot be cut into fields the same way
    (the person is then shown both versions).
    """
    parts = [_split(t) for t in (base, theirs, mine)]
    if any(p is None for p in parts):
        return None
    (head_b, b), (head_t, t), (head_m, m) = parts  # type: ignore[misc]
    if not (list(b) == list(t) == list(m)):
        return None
    merged = []
    for old, now, new in [(head_b, head_t, head_m), *((b[k], t[k], m[k]) for k in b)]:
        if now in (old, new):
            merged.append(new)
        elif new == old:
            merged.append(now)
        else:
            return None
    return "".join(merged)
