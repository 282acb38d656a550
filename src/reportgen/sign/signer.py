"""Signing a PDF with the office's own key (a .p12 file), for offices that sign outside the government tool.

The key is read for one signing and never stored. Two ways to place the signature: into a field the sign-ready
PDF already has (the leader's, between title and name), or as the issuing body's signature on an attachment: text
only, top right of page 1, number and symbol and the signing time in ISO 8601 with +07:00, Times New Roman 10
(Nghị định 30 Phụ lục I).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.stamp import NoOpStampStyle, TextStampStyle

from reportgen.problems import OutputError
from reportgen.sign.fonts import at_1000_units, times_font

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
MM = 72 / 25.4
FONT_SIZE = 10
LEADING = 12


@dataclass(frozen=True)
class _FontFromMemory(GlyphAccumulatorFactory):
    """pyHanko's font factory, reading the file into memory: its own leaves the font file open after signing."""

    def create_font_engine(self, writer: BasePdfFileWriter, obj_stream: Any = None) -> GlyphAccumulator:
        handle = io.BytesIO(Path(self.font_file).read_bytes())
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()  # type: ignore[no-untyped-call]
        return GlyphAccumulator(writer=writer, font_handle=handle, font_size=self.font_size, obj_stream=obj_stream)


def load_key(p12: Path, password: bytes | None) -> signers.SimpleSigner:
    """The signer of a PKCS#12 file; a wrong password or a damaged file is said in Vietnamese."""
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=password)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as exc:
        raise OutputError(
            f"Không mở được tệp khóa {p12.name}: sai mật khẩu hoặc tệp không phải .p12 ({exc})."
        ) from None
    if not isinstance(signer, signers.SimpleSigner):
        raise OutputError(f"Không mở được tệp khóa {p12.name}: sai mật khẩu hoặc tệp không phải .p12.")
    return signer


def load_key_data(data: bytes, password: bytes | None, name: str) -> signers.SimpleSigner:
    """The signer of a PKCS#12 file's bytes (sent with one web request, kept in memory, never written)."""
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=password)
    except (OSError, ValueError, TypeError) as exc:
        raise OutputError(f"Không mở được tệp khóa {name}: sai mật khẩu hoặc tệp không phải .p12 ({exc}).") from None
    if not isinstance(signer, signers.SimpleSigner):
        raise OutputError(f"Không mở được tệp khóa {name}: sai mật khẩu hoặc tệp không phải .p12.")
    return signer


@contextmanager
def token_key(library: Path, pin: str, token: str | None = None, key: str | None = None) -> Iterator[signers.Signer]:
    """The signer of a key on a PKCS#11 token (a USB token, a smart card), open while the block runs.

    ``library`` is the token's PKCS#11 module (a .dll on Windows, a .so on Linux) from its vendor; ``token`` and
    ``key`` are labels, the first token and the key holding the certificate by default. The PIN is used for this
    session only.
    """
    try:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError:
        raise OutputError("Chưa cài gói python-pkcs11 để ký bằng USB token (pip install python-pkcs11).") from None
    try:
        label = token or _first_token(library)
        session = open_pkcs11_session(str(library), token_criteria=TokenCriteria(label=label), user_pin=pin)
    except Exception as exc:  # the PKCS#11 library raises its own error classes, each a refusal of the token
        raise OutputError(f"Không mở được USB token qua {library.name}: {type(exc).__name__} {exc}".strip()) from None
    try:
        yield PKCS11Signer(session, key_label=key) if key else _first_key(session)
    finally:
        session.close()


def _first_token(library: Path) -> str:
    """The label of the first slot holding a token: a PKCS#11 module often lists empty slots too."""
    import pkcs11

    for slot in pkcs11.lib(str(library)).get_slots(token_present=True):
        return str(slot.get_token().label)
    raise OutputError(f"Không thấy USB token nào qua {library.name}; hãy cắm token rồi thử lại.")


def _first_key(session: Any) -> signers.Signer:
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        return PKCS11Signer(session, cert_id=cert[Attribute.ID])
    raise OutputError("USB token không có chứng thư số nào.")


def iso_time(moment: datetime) -> str:
    """``2026-12-07T09:15:00+07:00``: the form Nghị định 30 Phụ lục I asks for (ISO 8601, Vietnam time)."""
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def empty_fields(data: bytes) -> list[str]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    form = reader.root.get("/AcroForm")
    names: list[str] = []
    if form is None:
        return names
    for ref in form.get_object().get("/Fields", []):
        field = ref.get_object()
        if field.get("/FT") == "/Sig" and "/V" not in field:
            names.append(str(field.get("/T")))
    return names


def sign_field(data: bytes, signer: signers.Signer, field: str | None = None) -> bytes:
    """Sign into ``field`` (default: the first empty signature field), with no drawn appearance of its own."""
    free = empty_fields(data)
    target = field or (free[0] if free else None)
    if target is None:
        raise OutputError("Tệp PDF không có ô chữ ký trống; hãy xuất lại bản PDF sẵn sàng ký (build --pdf-ky).")
    if target not in free:
        raise OutputError(f"Tệp PDF không có ô chữ ký trống tên «{target}» (có: {', '.join(free) or 'không có'}).")
    meta = signers.PdfSignatureMetadata(field_name=target)
    # pyHanko's default appearance is an English "Digitally signed by" stamp in a font without Vietnamese letters
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=NoOpStampStyle())
    out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False))
    return bytes(out.getvalue())


@dataclass(frozen=True)
class AttachmentMark:
    """The issuing body's signature line on an attachment: where it is and what it says."""

    lines: tuple[str, ...]
    box: tuple[int, int, int, int]


def attachment_lines(number_symbol: str, moment: datetime) -> tuple[str, ...]:
    return (number_symbol, iso_time(moment))


def sign_attachment(data: bytes, signer: signers.Signer, number_symbol: str) -> tuple[bytes, AttachmentMark]:
    """The body's visible signature at the top right of page 1: text only, no image."""
    font = at_1000_units(times_font())
    moment = datetime.now(VIETNAM)
    lines = attachment_lines(number_symbol, moment)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    _, _, x1, y1 = (float(v) for v in reader.root["/Pages"]["/Kids"][0].get_object()["/MediaBox"])
    width = _text_width(font, lines) + 2
    right = x1 - 20 * MM  # the right margin of Nghị định 30
    top = y1 - 8 * MM  # inside the top margin, above the first line of text
    box = (round(right - width), round(top - LEADING * len(lines) - 4), round(right), round(top))
    tight = SimpleBoxLayoutRule(
        x_align=AxisAlignment.ALIGN_MAX,
        y_align=AxisAlignment.ALIGN_MAX,
        margins=Margins(0, 0, 0, 0),
        inner_content_scaling=InnerScaling.NO_SCALING,  # 10 pt means 10 pt: never shrunk to fit a box
    )
    style = TextStampStyle(
        stamp_text="\n".join(line.replace("%", "%%") for line in lines),
        text_box_style=TextBoxStyle(
            font=_FontFromMemory(str(font)), font_size=FONT_SIZE, leading=LEADING, box_layout_rule=tight
        ),
        border_width=0,
        background=None,
        inner_content_layout=tight,
    )
    spec = SigFieldSpec(sig_field_name="ChuKyCoQuan", on_page=0, box=box)
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="ChuKyCoQuan"), signer=signer, stamp_style=style, new_field_spec=spec
    )
    out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False))
    return out.getvalue(), AttachmentMark(lines, box)


def _text_width(font: Path, lines: tuple[str, ...]) -> float:
    """Widest line in points at 10 pt, from the font's own advance widths."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font)) as tt:
        cmap = tt.getBestCmap()
        metrics = tt["hmtx"].metrics
        per_em = tt["head"].unitsPerEm
        widths = [sum(metrics[cmap.get(ord(c), ".notdef")][0] for c in line) * FONT_SIZE / per_em for line in lines]
    return float(max(widths))
