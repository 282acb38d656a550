"""Opening a Word package as the document python-docx can read.

python-docx opens only the plain document type; a template (.dotx), a macro document (.docm) or a Strict Open
XML file holds the same document under another content type or namespace, so the package is rewritten in memory
first (never on disk). Apart from the document model because it is about the zip, not about the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from .strict import is_strict, to_transitional

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
OTHER_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _as_document(data: bytes) -> bytes:
    """A template (.dotx), macro document (.docm) or macro template read as the document it holds: only the
    main part's content type differs, and python-docx refuses anything but the plain document type."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        try:
            types = package.read("[Content_Types].xml").decode("utf-8", "replace")
            strict = is_strict(package.read("_rels/.rels"))
        except KeyError:
            return data
        if strict:
            return _renamed(package, to_transitional)
        if not any(kind in types for kind in OTHER_MAIN_TYPES):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in package.infolist():
                body = package.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    for kind in OTHER_MAIN_TYPES:
                        types = types.replace(kind, DOCUMENT_TYPE)
                    body = types.encode("utf-8")
                copy.writestr(info, body)
        return out.getvalue()


def _renamed(package: zipfile.ZipFile, rename: Callable[[bytes], bytes]) -> bytes:
    """The package with every XML part and relationship part passed through ``rename``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            body = package.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                body = rename(body)
            copy.writestr(info, body)
    return out.getvalue()


def open_document(source: Path | bytes) -> DocxDocument:
    data = source if isinstance(source, bytes) else source.read_bytes()
    return docx.Document(io.BytesIO(_as_document(data)))
