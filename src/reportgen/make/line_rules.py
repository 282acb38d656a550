"""Where lines of the rendered document may break: never at a typed line break inside a justified paragraph,
never inside a name or between a number and its word on a centred line.

Word and LibreOffice stretch the line before a manual line break across the whole width of a justified
paragraph: a closing sentence typed over two lines in a YAML ``|`` block printed its first line with wide gaps
between the words, just above the signature. A centred title written on two lines keeps its break (that is why
the break exists), but in a justified paragraph, which is prose, a single line break is a hard wrap of the
typing: it becomes a space; a blank line is a new paragraph, formatted as the one it was typed in.

A centred line outside a table is a title, a heading or a certificate line, read at a glance: "6 / tháng",
"quý IV năm / 2021" or "tỉnh / Quảng Trị" across two lines reads as two pieces, so their spaces are made
no-break spaces (``keep_phrases_whole``). Table cells keep ordinary spaces: their columns are sized for them.

The rules are applied at render time, from the paragraph's real alignment (its own, else its style's,
following ``basedOn``), so they hold for every field of every kind and for any template a user edits in Word.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from reportgen.vietnamese import keep_phrases_whole

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
JUSTIFIED = {"both", "distribute", "highKashida", "lowKashida", "mediumKashida", "thaiDistribute"}
CENTRED = {"center"}

# what render._finalize prints for a "\n" inside a value
LINE_BREAK = b'</w:t><w:br/><w:t xml:space="preserve">'
_BREAKS = re.compile(rb"[ \t]*" + re.escape(LINE_BREAK) + rb"(?:[ \t]*" + re.escape(LINE_BREAK) + rb")*[ \t]*")
_PARAGRAPH = re.compile(rb"<w:tbl>|</w:tbl>|<w:p(?=[ >])[^>]*>.*?</w:p>", re.DOTALL)
_TEXT = re.compile(rb"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")
_P_PR = re.compile(rb"^(<w:p(?=[ >])[^>]*>)(<w:pPr>.*?</w:pPr>|<w:pPr/>)?", re.DOTALL)
_OWN_JC = re.compile(rb'<w:jc w:val="([A-Za-z]+)"')
_STYLE = re.compile(rb'<w:pStyle w:val="([^"]*)"')
_SECT = re.compile(rb"<w:sectPr\b.*?</w:sectPr>|<w:sectPr\b[^>]*/>", re.DOTALL)
_IDS = re.compile(rb' w14:(?:paraId|textId)="[^"]*"')
_RUN_START = re.compile(rb"<w:r(?=[ >])[^>]*>(?:<w:rPr>.*?</w:rPr>)?", re.DOTALL)


def style_alignments(styles_xml: bytes | None) -> tuple[dict[str, str], str]:
    """The alignment of every paragraph style, and of a paragraph with no style (``left`` when none is set)."""
    if not styles_xml:
        return {}, "left"
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

    return {sid: resolved(sid) or "left" for sid in own}, (resolved(default) if default else base) or "left"


class LineRules:
    """Applies both rules to one rendered part; a part without line breaks or centred text is left as it is."""

    def __init__(self, styles_xml: bytes | None) -> None:
        self.styles, self.default = style_alignments(styles_xml)

    def __call__(self, xml: bytes) -> bytes:
        depth = 0

        def each(match: re.Match[bytes]) -> bytes:
            nonlocal depth
            token = match.group(0)
            if token == b"<w:tbl>":
                depth += 1
            elif token == b"</w:tbl>":
                depth -= 1
            else:
                alignment = self._alignment(token)
                if alignment in JUSTIFIED and LINE_BREAK in token:
                    return self._unbreak(token)
                if alignment in CENTRED and depth == 0:
                    return _keep_whole(token)
            return token

        return _PARAGRAPH.sub(each, xml)

    def _alignment(self, paragraph: bytes) -> str:
        ppr = _P_PR.match(paragraph)
        props = (ppr.group(2) or b"") if ppr else b""
        own = _OWN_JC.search(props)
        if own:
            return own.group(1).decode()
        style = _STYLE.search(props)
        if style:
            return self.styles.get(style.group(1).decode("utf-8"), self.default)
        return self.default

    @staticmethod
    def _unbreak(xml: bytes) -> bytes:
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


def _keep_whole(paragraph: bytes) -> bytes:
    """``keep_phrases_whole`` over the paragraph's text as one string, so a phrase split between runs is kept
    too; only spaces change (into no-break spaces), so every piece keeps its length and its run."""
    texts = _TEXT.findall(paragraph)
    if not texts:
        return paragraph
    whole = b"".join(t[1] for t in texts).decode("utf-8")
    kept = keep_phrases_whole(whole)
    if kept == whole or len(kept) != len(whole):
        return paragraph
    out: list[str] = []
    at = 0
    for _, text, _ in texts:
        size = len(text.decode("utf-8"))
        out.append(kept[at : at + size])
        at += size
    pieces = iter(out)
    return _TEXT.sub(lambda m: m.group(1) + next(pieces).encode("utf-8") + m.group(3), paragraph)
