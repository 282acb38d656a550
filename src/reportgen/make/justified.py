"""A line break typed in a value never lands inside a justified paragraph.

Word and LibreOffice stretch the line before a manual line break across the whole width of a justified
paragraph: a closing sentence typed over two lines in a YAML ``|`` block printed its first line with wide gaps
between the words, just above the signature. A centred title written on two lines keeps its break (that is why
the break exists), but in a justified paragraph, which is prose, a single line break is a hard wrap of the
typing: it becomes a space; a blank line is a new paragraph, formatted as the one it was typed in.

One rule at render time, from the paragraph's real alignment (its own, else its style's, following
``basedOn``), so it holds for every field of every kind and for any template a user edits in Word.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
JUSTIFIED = {"both", "distribute", "highKashida", "lowKashida", "mediumKashida", "thaiDistribute"}

# what render._finalize prints for a "\n" inside a value
LINE_BREAK = b'</w:t><w:br/><w:t xml:space="preserve">'
_BREAKS = re.compile(rb"[ \t]*" + re.escape(LINE_BREAK) + rb"(?:[ \t]*" + re.escape(LINE_BREAK) + rb")*[ \t]*")
_PARAGRAPH = re.compile(rb"<w:p(?=[ >])[^>]*>.*?</w:p>", re.DOTALL)
_P_PR = re.compile(rb"^(<w:p(?=[ >])[^>]*>)(<w:pPr>.*?</w:pPr>|<w:pPr/>)?", re.DOTALL)
_OWN_JC = re.compile(rb'<w:jc w:val="([A-Za-z]+)"')
_STYLE = re.compile(rb'<w:pStyle w:val="([^"]*)"')
_SECT = re.compile(rb"<w:sectPr\b.*?</w:sectPr>|<w:sectPr\b[^>]*/>", re.DOTALL)
_IDS = re.compile(rb' w14:(?:paraId|textId)="[^"]*"')
_RUN_START = re.compile(rb"<w:r(?=[ >])[^>]*>(?:<w:rPr>.*?</w:rPr>)?", re.DOTALL)


def justified_styles(styles_xml: bytes | None) -> tuple[frozenset[str], bool]:
    """The paragraph styles whose text is justified, and whether a paragraph with no style is."""
    if not styles_xml:
        return frozenset(), False
    root = ElementTree.fromstring(styles_xml)
    own: dict[str, str | None] = {}
    parent: dict[str, str] = {}
    default = None
    for style in root.iter(f"{W}style"):
        if style.get(f"{W}type") != "paragraph":
            continue
        sid = style.get(f"{W}styleId") or ""
        jc = style.find(f"{W}pPr/{W}jc")
        own[sid] = jc.get(f"{W}val") if jc is not None else None
        based = style.find(f"{W}basedOn")
        if based is not None:
            parent[sid] = based.get(f"{W}val") or ""
        if style.get(f"{W}default") in ("1", "true", "on"):
            default = sid
    doc_jc = root.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}jc")
    base = doc_jc.get(f"{W}val") if doc_jc is not None else None

    def resolved(sid: str, seen: frozenset[str] = frozenset()) -> str | None:
        if own.get(sid) is not None:
            return own[sid]
        if sid in parent and sid not in seen:
            return resolved(parent[sid], seen | {sid})
        return base

    justified = frozenset(sid for sid in own if resolved(sid) in JUSTIFIED)
    return justified, (resolved(default) if default else base) in JUSTIFIED


class Unbreaker:
    """Rewrites the paragraphs of one rendered part that are justified and hold a value's line break."""

    def __init__(self, styles_xml: bytes | None) -> None:
        self.styles, self.default = justified_styles(styles_xml)

    def __call__(self, xml: bytes) -> bytes:
        if LINE_BREAK not in xml:
            return xml
        return _PARAGRAPH.sub(self._paragraph, xml)

    def _justified(self, head: bytes) -> bool:
        ppr = _P_PR.match(head)
        props = ppr.group(2) or b"" if ppr else b""
        own = _OWN_JC.search(props)
        if own:
            return own.group(1).decode() in JUSTIFIED
        style = _STYLE.search(props)
        if style:
            return style.group(1).decode("utf-8") in self.styles
        return self.default

    def _paragraph(self, match: re.Match[bytes]) -> bytes:
        xml = match.group(0)
        if LINE_BREAK not in xml or not self._justified(xml):
            return xml
        head = _P_PR.match(xml)
        assert head is not None  # _PARAGRAPH only matches a paragraph's start tag
        opening, props = _IDS.sub(b"", head.group(1)), head.group(2) or b""
        before_last = opening + _SECT.sub(b"", props)

        def rewrite(found: re.Match[bytes]) -> bytes:
            if found.group(0).count(LINE_BREAK) == 1:
                return b" "
            runs = list(_RUN_START.finditer(xml, 0, found.start()))
            run = runs[-1].group(0) if runs else b"<w:r>"
            return b"</w:t></w:r></w:p>\x00" + run + b'<w:t xml:space="preserve">'

        pieces = _BREAKS.sub(rewrite, xml).split(b"\x00")
        if len(pieces) == 1:
            return pieces[0]
        # every new paragraph starts like the original; only the last keeps a section break it ended
        first = before_last + pieces[0][len(head.group(0)) :] if _SECT.search(props) else pieces[0]
        middle = [before_last + p for p in pieces[1:-1]]
        return b"".join([first, *middle, opening + props + pieces[-1]])
