"""Pictures placed by a template tag (``{{r bieu_do.theo_thang }}``) in a document rendered without python-docx.

A picture in a .docx is three things: the PNG part, a relationship from the document to it, and an inline
drawing in a run. The renderer collects the pictures a render used (through ``collecting``), then
``add_parts`` writes the parts and relationships into the zip it is assembling.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape

from markupsafe import Markup


@dataclass(frozen=True)
class Picture:
    """A picture for the document: PNG bytes and the size it takes on the page."""

    png: bytes
    width_cm: float
    height_cm: float
    title: str


EMU_PER_CM = 360000
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_COLLECTED: contextvars.ContextVar[list[Picture] | None] = contextvars.ContextVar("pictures", default=None)

_DRAWING = (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
    '<wp:docPr id="{doc_id}" name="Biểu đồ {n}" descr="{title}"/>'
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:nvPicPr><pic:cNvPr id="{n}" name="bieu_do_{n}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>"
)


def rel_id(n: int) -> str:
    return f"rIdReportgenPicture{n}"


def media_name(n: int) -> str:
    return f"word/media/reportgen_bieu_do_{n}.png"


@contextmanager
def collecting() -> Iterator[list[Picture]]:
    pictures: list[Picture] = []
    token = _COLLECTED.set(pictures)
    try:
        yield pictures
    finally:
        _COLLECTED.reset(token)


def drawing(picture: Picture) -> Markup:
    """The run that shows ``picture``; only our own code builds this XML, so it is marked safe."""
    pictures = _COLLECTED.get()
    if pictures is None:
        raise RuntimeError("a picture can only be rendered inside images.collecting()")
    pictures.append(picture)
    n = len(pictures)
    return Markup(
        _DRAWING.format(
            cx=int(picture.width_cm * EMU_PER_CM),
            cy=int(picture.height_cm * EMU_PER_CM),
            doc_id=90000 + n,
            n=n,
            title=escape(picture.title, quote=True),
            rid=rel_id(n),
        )
    )


def picture_parts(parts: dict[str, bytes], pictures: list[Picture]) -> dict[str, bytes]:
    """The parts to write for ``pictures``: media, the document's relationships, the PNG content type."""
    changed: dict[str, bytes] = {}
    rels_name = "word/_rels/document.xml.rels"
    rels = parts[rels_name].decode("utf-8")
    new = "".join(
        f'<Relationship Id="{rel_id(n)}" Type="{_REL_TYPE}" Target="media/reportgen_bieu_do_{n}.png"/>'
        for n in range(1, len(pictures) + 1)
    )
    changed[rels_name] = rels.replace("</Relationships>", new + "</Relationships>").encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    if not re.search(r'Extension="png"', types, re.IGNORECASE):
        types = types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/></Types>')
        changed["[Content_Types].xml"] = types.encode("utf-8")
    for n, picture in enumerate(pictures, 1):
        changed[media_name(n)] = picture.png
    return changed
