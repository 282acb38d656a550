"""Bold, italic or any run formatting a person gave a ``{{ … }}`` tag in Word stays on the printed value.

Word keeps a tag in several runs once it has been edited (spell-check marks, revision ids), and selecting a
word by double-clicking it takes the name inside the braces but not the braces. The clean-up that brings a
tag's characters into one run keeps the run of the opening ``{{``, so ``{{ ``·**trich_yeu**·`` }}`` printed
the value in plain type: the formatting was dropped without a word. Here the tag is given the formatting of
the run holding the first character of its expression, and the text around the tag keeps its own.
"""

from __future__ import annotations

import itertools
import re

_PRINT_TAG = re.compile(r"\{\{(?:(?!\}\}).)*", re.DOTALL)  # up to the closing braces, as docxtpl reads it
_BOUNDARY = re.compile(r"</w:t>.*?(?:<w:t>|<w:t [^>]*>)", re.DOTALL)
_RUN_OPEN = re.compile(r"<w:r(?:\s[^>]*)?>")
_RUN_PROPERTIES = re.compile(r"\s*(<w:rPr(?:\s[^>]*)?(?:/>|>.*?</w:rPr>))", re.DOTALL)
_TEXT_OPEN = re.compile(r"<w:t(?:\s[^>]*)?>")
_OPEN_TEXT = '<w:t xml:space="preserve">'


def _properties_after_run_open(xml: str, end: int | None = None) -> str:
    """The ``w:rPr`` of the last run opened in ``xml[:end]`` ("" when that run has none)."""
    opened = list(_RUN_OPEN.finditer(xml, 0, len(xml) if end is None else end))
    if not opened:
        return ""
    found = _RUN_PROPERTIES.match(xml, opened[-1].end())
    return found.group(1) if found else ""


def _split_run(properties: str) -> str:
    return "</w:t></w:r><w:r>" + properties + _OPEN_TEXT


def _preserve_last_text(xml: str) -> str:
    """The last ``w:t`` opened keeps its spaces (a run cut after "Tên: " must not lose the space)."""
    opened = list(_TEXT_OPEN.finditer(xml))
    if not opened or "xml:space" in opened[-1].group():
        return xml
    last = opened[-1]
    return xml[: last.start()] + _OPEN_TEXT + xml[last.end() :]


def keep_tag_formatting(xml: str) -> str:
    """Each ``{{ … }}`` spread over runs gets the formatting of its expression's first run (see the module)."""
    pieces: list[str] = []
    last = 0
    for tag in _PRINT_TAG.finditer(xml):
        text = tag.group()
        boundaries = list(_BOUNDARY.finditer(text))
        if not boundaries:
            continue
        first = _properties_after_run_open(xml, tag.start())
        closing = _properties_after_run_open(boundaries[-1].group())
        chunks = [text[2 : boundaries[0].start()]]
        chunks += [text[b.end() : n.start()] for b, n in itertools.pairwise(boundaries)]
        chunks.append(text[boundaries[-1].end() :])
        owner = next((i for i, chunk in enumerate(chunks) if chunk.strip()), 0)
        wanted = first if owner == 0 else _properties_after_run_open(boundaries[owner - 1].group())
        if wanted == first and wanted == closing:
            continue
        before = xml[last : tag.start()]
        if wanted != first:
            before = _preserve_last_text(before) + _split_run(wanted)
        pieces.append(before + text)
        last = tag.end()
        if wanted != closing and xml.startswith("}}", last):
            pieces.append("}}" + _split_run(closing))
            last += 2
    if not pieces:
        return xml
    pieces.append(xml[last:])
    return "".join(pieces)
