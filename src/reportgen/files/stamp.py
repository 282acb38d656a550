"""A document's own proof that reportgen made it and nobody changed it since: a content hash inside the .docx.

The manifest beside the outputs says which bytes reportgen wrote; when it is lost (a folder copied without it,
a disk that failed mid-write), each generated document still carries, as a custom document property, the
SHA-256 of all its other parts. Word or LibreOffice saving the file rewrites those parts, so the hash no longer
matches: an unchanged generated document is recognised, an edited one is not (and is never overwritten
silently).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

CUSTOM_PART = "docProps/custom.xml"
PROPERTY = "reportgen_ma_noi_dung"  # shown in Word under File → Properties → Custom
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_EMPTY = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>'
)
_OURS = re.compile(rf'<property [^>]*name="{PROPERTY}"[^>]*>.*?</property>', re.DOTALL)
_VALUE = re.compile(rf'<property [^>]*name="{PROPERTY}"[^>]*>\s*<vt:lpwstr>([0-9a-f]{{64}})</vt:lpwstr>')


def content_digest(parts: Iterable[tuple[str, bytes]]) -> str:
    """SHA-256 of every part but the custom properties, names and lengths included, in package order."""
    digest = hashlib.sha256()
    for name, data in parts:
        if name != CUSTOM_PART:
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def stamped(parts: dict[str, bytes]) -> dict[str, bytes]:
    """``parts`` (name → bytes, in package order) with the custom property part holding their hash.

    The content types and the package relationships name the custom part first, since they are hashed too.
    """
    result = dict(parts)
    types = result["[Content_Types].xml"].decode("utf-8")
    if "/docProps/custom.xml" not in types:
        override = f'<Override PartName="/docProps/custom.xml" ContentType="{_CUSTOM_TYPE}"/>'
        result["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode("utf-8")
    rels = result.get("_rels/.rels")
    if rels is not None and _CUSTOM_REL.encode() not in rels:
        relation = f'<Relationship Id="rIdReportgenCustom" Type="{_CUSTOM_REL}" Target="docProps/custom.xml"/>'
        result["_rels/.rels"] = rels.decode("utf-8").replace("</Relationships>", relation + "</Relationships>").encode()
    custom = _OURS.sub("", result.get(CUSTOM_PART, _EMPTY.encode()).decode("utf-8"))
    pids = [int(pid) for pid in re.findall(r'pid="(\d+)"', custom)]
    result.setdefault(CUSTOM_PART, b"")
    value = content_digest(result.items())
    ours = (
        f'<property fmtid="{_FMTID}" pid="{max(pids, default=1) + 1}" name="{PROPERTY}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
    )
    result[CUSTOM_PART] = custom.replace("</Properties>", ours + "</Properties>").encode("utf-8")
    return result


def is_unchanged_output(path: Path) -> bool:
    """Whether the .docx at ``path`` is exactly as reportgen made it (its stamp matches its parts).

    The zip itself must also be as written: no byte before it, none after its end record (reportgen writes
    no zip comment), so any change to the file, not only to a part, counts as an edit.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
            handle.seek(-22, 2)
            if handle.read(4) != b"PK\x05\x06":
                return False
        with zipfile.ZipFile(path) as archive:
            found = _VALUE.search(archive.read(CUSTOM_PART).decode("utf-8", errors="replace"))
            if found is None:
                return False
            parts = ((info.filename, archive.read(info)) for info in archive.infolist())
            return content_digest(parts) == found.group(1)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def stamp_of(data: bytes) -> str | None:
    """The content hash a .docx carries, if any (tests, diagnostics)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = _VALUE.search(archive.read(CUSTOM_PART).decode("utf-8", errors="replace"))
    except (KeyError, zipfile.BadZipFile, ValueError):
        return None
    return found.group(1) if found else None
