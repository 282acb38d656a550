"""A page break typed in a value (a form feed: what Word copies for Ctrl+Enter) is printed as Word would.

In the body's own paragraphs it is a page break. A table cell, a text box, a header or a footer cannot break a
page (Word shows such a break as a line break at best), so there it is a line break.
"""

from __future__ import annotations

import re

PAGE_BREAK = '</w:t><w:br w:type="page"/><w:t xml:space="preserve">'
_PAGE = b'<w:br w:type="page"/>'
_LINE = b"<w:br/>"
_BODY = "word/document.xml"
_NESTING = re.compile(rb'<w:(?:tc|txbxContent)[ >]|</w:(?:tc|txbxContent)>|<w:br w:type="page"/>')


def fit_page_breaks(part: str, xml: bytes) -> bytes:
    """``xml`` of ``part`` with every page break that cannot be one made a line break."""
    if _PAGE not in xml:
        return xml
    if part != _BODY:
        return xml.replace(_PAGE, _LINE)
    pieces: list[bytes] = []
    depth = 0
    start = 0
    for match in _NESTING.finditer(xml):
        token = match.group()
        if token == _PAGE:
            if depth:
                pieces += [xml[start : match.start()], _LINE]
                start = match.end()
        elif token.startswith(b"</"):
            depth -= 1
        else:
            depth += 1
    pieces.append(xml[start:])
    return b"".join(pieces)
