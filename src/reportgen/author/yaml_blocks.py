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
