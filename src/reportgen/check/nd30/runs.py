"""The visible text of one paragraph, read from its XML runs.

python-docx's ``paragraph.text`` misses text in hyperlinks, fields and content controls and keeps hidden text,
text boxes and tracked deletions; the checker must read what the page shows, so it walks the runs itself here.
Kept apart from the paragraph model (``paragraphs.py``) because the sign layer and the page checks need only this
reading, not the splitting of a line into spans.
"""

from __future__ import annotations

import unicodedata

from .ooxml import FALSE_VALUES, Element, w, wattr

T, TAB, BR, CR, R, TXBX, DEL = (w(tag) for tag in ("t", "tab", "br", "cr", "r", "txbxContent", "del"))
RPR, VANISH, VAL = w("rPr"), w("vanish"), w("val")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _in_text_box(node: Element, p: Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in (w("txbxContent"), w("del")):
            return True
    return False


def pieces(p: Element) -> list[tuple[Element | None, str]]:
    """Visible text of a paragraph as (run, text) pieces: tabs and breaks kept, text boxes and deleted text
    left out."""
    parts: list[tuple[Element | None, str]] = []
    boxed = p.find(f".//{TXBX}") is not None or p.find(f".//{DEL}") is not None
    maybe_hidden = next(p.iter(VANISH), None) is not None  # most paragraphs hide nothing: skip the look-up
    for node in p.iter(T, TAB, BR, CR):
        if boxed and _in_text_box(node, p):
            continue
        tag = node.tag
        parent = node.getparent()
        run = parent if parent is not None and parent.tag == R else None
        if maybe_hidden and run is not None and _hidden(run):
            continue
        if tag == T:
            parts.append((run, node.text or ""))
        elif tag == TAB:
            if run is not None:
                parts.append((run, "\t"))
        elif wattr(node, "type") in (None, "textWrapping"):
            parts.append((run, "\n"))
    return parts


def _hidden(run: Element) -> bool:
    """Hidden text (Ẩn chữ): not on the page, so not judged."""
    rpr = run.find(RPR)
    vanish = None if rpr is None else rpr.find(VANISH)
    return vanish is not None and str(vanish.get(VAL, "true")).lower() not in FALSE_VALUES


def paragraph_text(p: Element) -> str:
    return "".join(text for _, text in pieces(p))


def own_runs(p: Element) -> list[Element]:
    """The runs of this paragraph that carry text (runs in hyperlinks and fields included, text boxes not)."""
    boxed = p.find(f".//{TXBX}") is not None or p.find(f".//{DEL}") is not None
    return [r for r in p.iter(R) if r.find(T) is not None and not (boxed and _in_text_box(r, p))]


def run_text(r: Element) -> str:
    return "".join(t.text or "" for t in r.iter(w("t")))
