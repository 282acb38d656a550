"""Strict Open XML (ISO/IEC 29500 Strict), which Word writes when «Strict Open XML Document» is chosen in Save As
and which Word and LibreOffice open: the same parts as a normal .docx under other namespace names. It is read by
renaming those namespaces to the transitional ones python-docx knows, part by part; lengths that Strict writes
with units («30mm», «12pt») are read by ``ooxml.measure`` already.
"""

from __future__ import annotations

STRICT_MARK = b"http://purl.oclc.org/ooxml/"
# Longest first: a shorter prefix must not rename part of a longer one.
RENAMES = (
    (
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        "http://purl.oclc.org/ooxml/officeDocument/customProperties",
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    ),
    (
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
    ("http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    ("http://purl.oclc.org/ooxml/drawingml/", "http://schemas.openxmlformats.org/drawingml/2006/"),
)


def is_strict(part: bytes) -> bool:
    return STRICT_MARK in part[:4096]


def to_transitional(part: bytes) -> bytes:
    """One XML part (or .rels) of a Strict package with its namespaces and relationship types renamed."""
    for strict, transitional in RENAMES:
        part = part.replace(strict.encode(), transitional.encode())
    return part
