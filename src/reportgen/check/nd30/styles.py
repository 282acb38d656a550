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
THEME_ATTRS = {"ascii": "asciiTheme", "hAnsi": "hAnsiTheme", "cs": "cstheme"}


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

    def _chain(self, style_id: str | None) -> list[Element]:
        chain: list[Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = wattr(style.find(w("basedOn")), "val")
        return chain

    def _para_style_chain(self, p: Element) -> list[Element]:
        ppr = p.find(w("pPr"))
        sid = wattr(None if ppr is None else ppr.find(w("pStyle")), "val") or self._default_para
        return self._chain(sid)

    def rpr_levels(self, r: Element, p: Element) -> list[Element]:
        """The rPr elements that may define a run property, most specific first."""
        levels: list[Element] = []
        rpr = r.find(w("rPr"))
        if rpr is not None:
            levels.append(rpr)
            levels.extend(s.find(w("rPr")) for s in self._chain(wattr(rpr.find(w("rStyle")), "val")))
        levels.extend(s.find(w("rPr")) for s in self._para_style_chain(p))
        levels.append(self._doc_rpr)
        return [level for level in levels if level is not None]

    def ppr_levels(self, p: Element) -> list[Element]:
        levels = [p.find(w("pPr"))]
        levels.extend(s.find(w("pPr")) for s in self._para_style_chain(p))
        levels.append(self._doc_ppr)
        return [level for level in levels if level is not None]

    def ppr_attr(self, p: Element, child: str, attr: str) -> str | None:
        """First value of ``child/@attr`` along the paragraph chain; ``child`` may be a path (pBdr/bottom)."""
        path = "/".join(w(part) for part in child.split("/"))
        for level in self.ppr_levels(p):
            value = wattr(level.find(path), attr)
            if value is not None:
                return value
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

    def numbered(self, p: Element) -> bool:
        """The paragraph is a list item (its number or bullet and its indent come from the numbering part)."""
        for level in self.ppr_levels(p):
            num = level.find(w("numPr"))
            if num is not None:
                return wattr(num.find(w("numId")), "val") not in (None, "0")
        return False

    def run_color(self, r: Element, p: Element) -> str:
        for level in self.rpr_levels(r, p):
            el = level.find(w("color"))
            if el is not None:
                theme = wattr(el, "themeColor")
                if theme:
                    return f"theme:{theme}"
                return (wattr(el, "val") or "auto").lower()
        return "auto"

    def run_font(self, r: Element, p: Element, slot: str) -> FontSlot:
        for level in self.rpr_levels(r, p):
            fonts = level.find(w("rFonts"))
            if fonts is None:
                continue
            theme = wattr(fonts, THEME_ATTRS[slot])
            if theme:
                return FontSlot(self.theme_fonts.get(theme, theme), theme)
            name = wattr(fonts, slot)
            if name:
                return FontSlot(name)
        return FontSlot("Times New Roman")  # what Word falls back to when nothing names a font


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
