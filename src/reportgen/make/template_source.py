"""What Word and LibreOffice do to a template's XML, undone before docxtpl and Jinja see it.

Staff open a template, change a word and save it. Word's AutoCorrect turns the quotes typed inside a tag
into curly quotes and spaces into non-breaking ones; LibreOffice writes every quote of the text as
``&apos;``/``&quot;`` and moves a section break (``w:sectPr``) from an empty paragraph onto the
``{%p if %}`` paragraph before it, which the build removes, so the appendices silently lose their own
pages. Both also leave tracked changes and comments, which would be copied into every document. None of
that can be repaired from inside Word, so it is repaired here, or refused with a Vietnamese message naming
the paragraph by ``template_issues`` (its names are also this module's, as before the two were split).
"""

from __future__ import annotations

import re

from reportgen.make.tag_format import keep_tag_formatting
from reportgen.make.template_issues import Paragraph, TemplateIssue, find_issues, paragraphs

__all__ = ["Paragraph", "TemplateIssue", "find_issues", "keep_section_breaks", "normalise_tags", "paragraphs"]

_SECT_PR = re.compile(r"<w:sectPr(?:\s[^>]*)?(?:/>|>.*?</w:sectPr>)", re.DOTALL)
_P_PR = re.compile(r"<w:pPr(?:\s[^>]*)?(?:/>|>.*?</w:pPr>)", re.DOTALL)
_PARAGRAPH_TAG = re.compile(r"\{%p\s")

# docxtpl's first two clean-up steps (docxtpl.template.DocxTemplate.patch_xml): join ``{``/``{`` split by
# run boundaries, then drop the run boundaries inside a tag. Both are idempotent, so docxtpl running
# them again afterwards changes nothing; running them first lets a tag's text be seen whole.
_SPLIT_BRACES = re.compile(r"(?<={)(<[^>]*>)+(?=[\{%\#])|(?<=[%\}\#])(<[^>]*>)+(?=\})", re.DOTALL)
_TAG_SPAN = re.compile(r"{%(?:(?!%}).)*|{#(?:(?!#}).)*|{{(?:(?!}}).)*", re.DOTALL)
_RUN_BOUNDARY = re.compile(r"</w:t>.*?(<w:t>|<w:t [^>]*>)", re.DOTALL)
# What the editors put in place of the characters typed inside a tag. Curly quotes are also mapped by
# docxtpl; entities and spaces are not.
_TAG_CHARACTERS = {
    "&apos;": "'",
    "&#39;": "'",
    "&#x27;": "'",
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "&#160;": " ",
    "&#xA0;": " ",
    "&#xa0;": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u2060": "",
    "\ufeff": "",
}
_TAG_CHARACTER = re.compile("|".join(re.escape(k) for k in sorted(_TAG_CHARACTERS, key=len, reverse=True)))


def join_tag_runs(xml: str) -> str:
    """docxtpl's own first steps: a tag's characters brought into one ``w:t``."""
    xml = keep_tag_formatting(_SPLIT_BRACES.sub("", xml))  # formatting given to a tag stays on its value
    return _TAG_SPAN.sub(lambda m: _RUN_BOUNDARY.sub("", m.group()), xml)


def normalise_tags(xml: str) -> str:
    """Quotes and spaces inside ``{{ }}``/``{% %}`` back to what was typed (text outside tags is untouched)."""
    xml = _TAG_SPAN.sub(lambda m: _TAG_CHARACTER.sub(lambda c: _TAG_CHARACTERS[c.group()], m.group()), xml)
    # ``{%p`` needs a plain space after the ``p`` for docxtpl to see a paragraph tag
    return re.sub(r"\{(%|\{)(p|tr|tc|r)[ ]+", r"{\1\2 ", xml)


def keep_section_breaks(xml: str) -> str:
    """A section break carried by a ``{%p … %}`` paragraph moves to an empty paragraph of its own.

    The tag paragraph disappears from every document, so its ``w:sectPr`` would too. The break is put
    just inside the block: after an opening tag (``{%p if %}`` – the appendix it starts keeps its page
    set-up only when it is printed), before a closing one. The empty paragraph keeps the tag paragraph's
    formatting, so the page ends exactly where it ended in the editor.
    """
    pieces: list[str] = []
    last = 0
    for paragraph in paragraphs(xml):
        if "<w:sectPr" not in paragraph.xml or not _PARAGRAPH_TAG.search(paragraph.text):
            continue
        section = _SECT_PR.search(paragraph.xml)
        properties = _P_PR.search(paragraph.xml)
        if section is None or properties is None:
            continue
        tag_paragraph = paragraph.xml[: section.start()] + paragraph.xml[section.end() :]
        bare = _P_PR.search(tag_paragraph)
        inner = bare.group() if bare is not None else "<w:pPr></w:pPr>"
        if inner.endswith("/>"):
            inner = inner[:-2] + "></w:pPr>"
        empty = "<w:p>" + inner[: -len("</w:pPr>")] + section.group() + "</w:pPr></w:p>"
        closing = re.search(r"\{%p\s+end", paragraph.text) is not None
        pieces.append(xml[last : paragraph.start])
        pieces.append(empty + tag_paragraph if closing else tag_paragraph + empty)
        last = paragraph.end
    if not pieces:
        return xml
    pieces.append(xml[last:])
    return "".join(pieces)


def protect_escapes(source: str) -> str:
    """docxtpl's escapes ``{_{ }_} {_% %_}`` written in the template become literal text of the template.

    docxtpl undoes them on the finished document, which also rewrites a user's own ``{_{``; here they are
    Jinja literals, so only what the template wrote changes.
    """
    if "_}" not in source and "{_" not in source:
        return source
    return re.sub(
        r"\{_\{|\}_\}|\{_%|%_\}",
        lambda m: "{% raw %}" + m.group().replace("_", "") + "{% endraw %}",
        source,
    )
