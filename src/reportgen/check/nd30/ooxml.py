"""WordprocessingML names and the few lxml helpers every rule reads elements with."""

from __future__ import annotations

import re
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {
    "w": W_NS,
    "a": A_NS,
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
Element = Any  # lxml elements of python-docx's oxml classes; their stubs are not precise enough to help
FALSE_VALUES = ("0", "false", "off")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def wattr(el: Element | None, name: str) -> str | None:
    if el is None:
        return None
    value = el.get(w(name))
    return None if value is None else str(value)


def element_of(obj: object) -> Element:
    """The lxml element behind a python-docx object: the only place private attributes are read."""
    for name in ("element", "_element", "_p", "_tbl"):
        el = getattr(obj, name, None)
        if el is not None:
            return el
    raise TypeError(f"không lấy được phần tử XML của {type(obj).__name__}")


UNITS = {"mm": 56.6929, "cm": 566.929, "in": 1440.0, "pt": 20.0, "pc": 240.0, "pi": 240.0}
MEASURE = re.compile(r"^\s*([-+]?\d+(?:[.,]\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$")


def measure(value: str | None, unit: float = 1.0) -> float | None:
    """A length attribute in the file's own unit (``unit`` twips per unit: 1 for twips, 10 for half-points),
    returned in that unit: «1701», «1701.0», «3cm» and «72pt» all read; anything else is None."""
    if value is None:
        return None
    match = MEASURE.match(value)
    if match is None:
        return None
    number = float(match[1].replace(",", "."))
    return number if match[2] is None else number * UNITS[match[2]] / unit
