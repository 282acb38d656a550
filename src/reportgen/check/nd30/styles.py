"""The style chain, resolved the way Word resolves it, so that a rule judges what the reader sees.

Table styles and numbering levels also carry formatting in OOXML; they are not resolved (the project's
documents do not format text through them), which is the one known gap.

Order for run properties: direct → character style (and its basedOn chain) → paragraph style (and its chain) →
document defaults. Paragraph properties: direct → paragraph style chain → document defaults. Each attribute is
resolved on its own, because a style may set ``w:spacing/@w:after`` while the paragraph sets ``@w:line``.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from .ooxml import FALSE_VALUES, NS, Element, element_of, measure, w, wattr

# The slots Vietnamese text is drawn with: Word uses the complex-script (cs) font only for Arabic, Hebrew,
# Thai … runs, so a theme font or another name left there changes nothing a reader sees.
FONT_SLOTS = ("ascii", "hAnsi")
P_PR, P_STYLE, R_PR, R_STYLE = w("pPr"), w("pStyle"), w("rPr"), w("rStyle")
COLOR, THEME_COLOR, VAL, R_FONTS = w("color"), w("themeColor"), w("val"), w("rFonts")
_PATHS: dict[str, str] = {}
FOOTNOTE, ENDNOTE, VERT_ALIGN = w("footnoteReference"), w("endnoteReference"), w("vertAlign")
THEME_ATTRS = {"ascii": "asciiTheme", "hAnsi": "hAnsiTheme", "cs": "cstheme"}
THEME_KEYS = {slot: w(attr) for slot, attr in THEME_ATTRS.items()}
NAME_KEYS = {slot: w(slot) for slot in THEME_ATTRS}


@dataclass(frozen=True)
class FontSlot:
    """The effective font of one rFonts slot; ``theme`` names the theme attribute when one decided it."""

    name: str
    theme: str = ""


class StyleResolver:
    """Resolves effective run and paragraph properties for one document."""

    def __init__(self, document: DocxDocument) -> None:
        root = element_of(document.styles)
        self._styles: dict[str, Element] = {}
        self._default_para: str | None = None
        for style in root.findall(w("style")):
            sid = wattr(style, "styleId") or ""
            self._styles[sid] = style
            if wattr(style, "type") == "paragraph" and wattr(style, "default") in ("1", "true", "on"):
                self._default_para = sid
        defaults = root.find(w("docDefaults"))
        self._doc_rpr = None if defaults is None else defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
        self._doc_ppr = None if defaults is None else defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
        self.theme_fonts = _theme_fonts(document)
        self._chains: dict[str | None, list[Element]] = {}
        self._style_rprs: dict[tuple[str | None, str | None], list[Element]] = {}
        self._style_pprs: dict[str | None, list[Element]] = {}
        self._pstyle_ids: dict[int, tuple[Element, str | None]] = {}
        self._run_levels: dict[int, tuple[Element, tuple[Element | None, list[Element], list[Element]]]] = {}
        self._fonts: dict[tuple[int, str], tuple[list[Element], FontSlot]] = {}

    def _chain(self, style_id: str | None) -> list[Element]:
        """A style and the styles it is based on (cached: a document uses a few styles on thousands of runs)."""
        cached = self._chains.get(style_id)
        if cached is None:
            cached = self._chains[style_id] = self._walk(style_id)
        return cached

    def _walk(self, style_id: str | None) -> list[Element]:
        chain: list[Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = wattr(style.find(w("basedOn")), "val")
        return chain

    def _para_style_id(self, p: Element) -> str | None:
        hit = self._pstyle_ids.get(id(p))
        if hit is not None and hit[0] is p:
            return hit[1]
        ppr = p.find(P_PR)
        sid = wattr(None if ppr is None else ppr.find(P_STYLE), "val") or self._default_para
        self._pstyle_ids[id(p)] = (p, sid)
        return sid

    def _para_style_chain(self, p: Element) -> list[Element]:
        return self._chain(self._para_style_id(p))

    def rpr_levels(self, r: Element, p: Element) -> list[Element]:
        """The rPr elements that may define a run property, most specific first (cached per run: font, colour
        and size are each asked of the same run)."""
        return self._run_parts(r, p)[2]

    def _run_parts(self, r: Element, p: Element) -> tuple[Element | None, list[Element], list[Element]]:
        """(the run's own rPr, the style levels shared by every run with the same styles, both together)."""
        hit = self._run_levels.get(id(r))
        if hit is not None and hit[0] is r:
            return hit[1]
        rpr = r.find(R_PR)
        rstyle = None if rpr is None else wattr(rpr.find(R_STYLE), "val")
        key = (rstyle, self._para_style_id(p))
        styled = self._style_rprs.get(key)
        if styled is None:
            levels = [s.find(R_PR) for s in self._chain(rstyle)] if rstyle else []
            levels += [s.find(R_PR) for s in self._chain(key[1])]
            levels.append(self._doc_rpr)
            styled = self._style_rprs[key] = [level for level in levels if level is not None]
        parts = (rpr, styled, [rpr, *styled] if rpr is not None else styled)
        self._run_levels[id(r)] = (r, parts)
        return parts

    def ppr_levels(self, p: Element) -> list[Element]:
        sid = self._para_style_id(p)
        styled = self._style_pprs.get(sid)
        if styled is None:
            levels = [s.find(P_PR) for s in self._chain(sid)] + [self._doc_ppr]
            styled = self._style_pprs[sid] = [level for level in levels if level is not None]
        ppr = p.find(P_PR)
        return [ppr, *styled] if ppr is not None else styled

    def ppr_attr(self, p: Element, child: str, attr: str) -> str | None:
        """First value of ``child/@attr`` along the paragraph chain; ``child`` may be a path (pBdr/bottom)."""
        path = _PATHS.get(child) or _PATHS.setdefault(child, "/".join(w(part) for part in child.split("/")))
        name = w(attr)
        for level in self.ppr_levels(p):
            el = level.find(path)
            if el is not None:
                value = el.get(name)
                if value is not None:
                    return str(value)
        return None

    def alignment(self, p: Element) -> str:
        return self.ppr_attr(p, "jc", "val") or "left"

    def run_toggle(self, r: Element, p: Element, tag: str) -> bool:
        for level in self.rpr_levels(r, p):
            el = level.find(w(tag))
            if el is not None:
                return (wattr(el, "val") or "true").lower() not in FALSE_VALUES
        return False

    def run_size(self, r: Element, p: Element) -> float:
        for level in self.rpr_levels(r, p):
            value = measure(wattr(level.find(w("sz")), "val"), unit=10.0)  # half-points; «12pt» reads too
            if value is not None and value > 0:
                return value / 2
        return 10.0

    def raised(self, r: Element, p: Element) -> bool:
        """A superscript or subscript run, or a footnote or endnote mark."""
        if r.find(FOOTNOTE) is not None or r.find(ENDNOTE) is not None:
            return True
        for level in self.rpr_levels(r, p):
            el = level.find(VERT_ALIGN)
            if el is not None:
                return el.get(VAL) in ("superscript", "subscript")
        return False

    def numbered(self, p: Element) -> bool:
        """The paragraph is a list item (its number or bullet and its indent come from the numbering part)."""
        for level in self.ppr_levels(p):
            num = level.find(w("numPr"))
            if num is not None:
                return wattr(num.find(w("numId")), "val") not in (None, "0")
        return False

    def run_color(self, r: Element, p: Element) -> str:
        for level in self.rpr_levels(r, p):
            el = level.find(COLOR)
            if el is not None:
                theme = el.get(THEME_COLOR)
                if theme:
                    return f"theme:{theme}"
                return str(el.get(VAL) or "auto").lower()
        return "auto"

    def run_font(self, r: Element, p: Element, slot: str) -> FontSlot:
        """The run's own rFonts first; what the styles give is resolved once per style combination."""
        own, levels, _ = self._run_parts(r, p)
        if own is not None:
            found = self._font_in(own, slot)
            if found is not None:
                return found
        key = (id(levels), slot)
        hit = self._fonts.get(key)
        if hit is not None and hit[0] is levels:
            return hit[1]
        font = next((f for f in (self._font_in(level, slot) for level in levels) if f is not None), None)
        font = font or FontSlot("Times New Roman")  # what Word falls back to when nothing names a font
        self._fonts[key] = (levels, font)
        return font

    def _font_in(self, level: Element, slot: str) -> FontSlot | None:
        fonts = level.find(R_FONTS)
        if fonts is None:
            return None
        theme = fonts.get(THEME_KEYS[slot])
        if theme:
            return FontSlot(self.theme_fonts.get(theme, theme), theme)
        name = fonts.get(NAME_KEYS[slot])
        return FontSlot(str(name)) if name else None


def _theme_fonts(document: DocxDocument) -> dict[str, str]:
    """Typefaces of the theme slots (minorHAnsi → Calibri …), empty when the package has no theme."""
    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return {}
    root: Element = parse_xml(part.blob)  # a plain lxml element: the theme has no oxml class
    result: dict[str, str] = {}
    for scheme, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        for child, slots in (("latin", ("HAnsi", "Ascii")), ("cs", ("Bidi",)), ("ea", ("EastAsia",))):
            found = root.xpath(f".//a:fontScheme/a:{scheme}/a:{child}/@typeface", namespaces=NS)
            for slot in slots:
                result[f"{prefix}{slot}"] = str(found[0]) if found else ""
    return result
