"""A generated document's own properties (Word's File → Info, the PDF's title): what it is, not what its template was.

A template made with python-docx, or saved on a colleague's Mac, carries "Microsoft Macintosh Word", a creation
date in 2013 and "1 page"; copied unchanged they would describe every document reportgen writes. Here the
document gets its title (the template's own Title property, itself a tag such as ``{{ trich_yeu }}``, so each
kind's template says which words are its title), "reportgen <version>" as the application, the build time as
created and modified, and no statistics at all: Word counts pages and words itself when it opens the file, and
a wrong count misleads an archive's index. LibreOffice takes the title into the PDF it exports.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from xml.etree import ElementTree

from reportgen import __version__
from reportgen.make.moment import document_time

CORE = "docProps/core.xml"
APP = "docProps/app.xml"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# What the template's app.xml says about the template's own content or its maker; none of it is true of a document.
_STATISTICS = (
    "Template",
    "TotalTime",
    "Pages",
    "Words",
    "Characters",
    "CharactersWithSpaces",
    "Lines",
    "Paragraphs",
    "HeadingPairs",
    "TitlesOfParts",
    "AppVersion",
)
_TAGS = re.compile(r"<[^>]+>")

for _prefix, _uri in (("cp", _CP), ("dc", _DC), ("dcterms", _DCTERMS), ("xsi", _XSI), ("vt", _VT)):
    ElementTree.register_namespace(_prefix, _uri)


def build_time() -> datetime:
    """The time of a document without an input file: now, or ``SOURCE_DATE_EPOCH`` (see ``moment``)."""
    return document_time(None)


def title_source(core: bytes | None) -> str:
    """The template's Title property as written (a tag, or fixed words); empty when it has none."""
    if not core:
        return ""
    found = ElementTree.fromstring(core).find(f"{{{_DC}}}title")
    return (found.text or "") if found is not None else ""


def plain_title(rendered: str) -> str:
    """A rendered title as one line of plain text (a line break in a value becomes a space)."""
    return " ".join(html.unescape(_TAGS.sub(" ", rendered)).split())


def _child(root: ElementTree.Element, tag: str) -> ElementTree.Element:
    found = root.find(tag)
    if found is None:
        found = ElementTree.SubElement(root, tag)
    return found


def core_properties(core: bytes | None, title: str | None, when: datetime) -> bytes:
    """The template's core.xml with the document's title (unchanged when None) and ``when`` as created, modified."""
    root = ElementTree.fromstring(core) if core else ElementTree.Element(f"{{{_CP}}}coreProperties")
    if title is not None:
        _child(root, f"{{{_DC}}}title").text = title
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for name in ("created", "modified"):
        element = _child(root, f"{{{_DCTERMS}}}{name}")
        element.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
        element.text = stamp
    _child(root, f"{{{_CP}}}revision").text = "1"
    data: bytes = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data


def app_properties(app: bytes | None) -> bytes:
    """The template's app.xml less its statistics and maker, with reportgen as the application."""
    root = ElementTree.fromstring(app) if app else ElementTree.Element(f"{{{_EXTENDED}}}Properties")
    for name in _STATISTICS:
        for element in root.findall(f"{{{_EXTENDED}}}{name}"):
            root.remove(element)
    _child(root, f"{{{_EXTENDED}}}Application").text = f"reportgen {__version__}"
    data: bytes = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True, default_namespace=_EXTENDED)
    return data


def document_properties(entries: dict[str, bytes], title: str | None, when: datetime | None = None) -> dict[str, bytes]:
    """The new core.xml and app.xml of a document whose template parts are ``entries`` (only those it has)."""
    found: dict[str, bytes] = {}
    if CORE in entries:
        found[CORE] = core_properties(entries[CORE], title, when or build_time())
    if APP in entries:
        found[APP] = app_properties(entries[APP])
    return found
