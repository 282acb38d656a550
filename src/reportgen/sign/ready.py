"""A sign-ready PDF: the PDF/A file with an empty signature field where each signer's image belongs.

The government signing software fills an existing field (or takes its coordinates), so the image lands between
the title and the name as Nghị định 30 Phụ lục I asks, never over the name. The field is added as an incremental
update, which keeps the PDF/A file's own bytes untouched.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from reportgen.files.atomic import replace_atomically
from reportgen.sign.layout import SignatureBox, signature_boxes


@dataclass(frozen=True)
class SignReady:
    pdf: Path
    boxes: list[SignatureBox]

    @property
    def fields(self) -> list[str]:
        return [field_name(i) for i in range(len(self.boxes))]


def field_name(index: int) -> str:
    """``ChuKy1``, ``ChuKy2``… left to right, the names the signing software is told to fill."""
    return f"ChuKy{index + 1}"


def add_fields(pdf_bytes: bytes, boxes: list[SignatureBox]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    for index, box in enumerate(boxes):
        spec = SigFieldSpec(
            sig_field_name=field_name(index),
            on_page=box.page - 1,
            box=(round(box.x0), round(box.y0), round(box.x1), round(box.y1)),
        )
        append_signature_field(writer, spec)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def make_sign_ready(docx: Path, pdf: Path) -> SignReady:
    """Rewrite ``pdf`` (rendered from ``docx``) in place with one empty signature field per signer found."""
    boxes = signature_boxes(docx, pdf)
    if boxes:
        replace_atomically(pdf, add_fields(pdf.read_bytes(), boxes))
    return SignReady(pdf, boxes)
