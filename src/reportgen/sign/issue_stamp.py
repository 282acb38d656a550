"""The văn thư's issuing signature on a PDF the leader has signed: number and date printed in its blank places.

The leader signs the PDF while its number and date are still blank (Nghị định 30 Điều 15.3: the system gives
them at issuance); rebuilding the page afterwards would break that signature. So the body's signature (chữ ký
số của cơ quan, tổ chức) is added as an incremental update whose visible appearance prints the number right of
"Số:" and the day and month on the place-date line, in Times New Roman 13. The places are read from the page
with poppler (``pdftotext -bbox-layout``), as the signature box of ``layout.py`` is. A new signature field with
its appearance is what PDF allows after an approval signature ("further signatures"), so the leader's signature
stays valid and covers the whole page it signed.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import ResourceType
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.stamp import BaseStamp, BaseStampStyle

from reportgen.problems import OutputError
from reportgen.sign.fonts import at_1000_units, times_font, times_italic_font
from reportgen.sign.layout import Line, Page, read_pages
from reportgen.sign.signer import _FontFromMemory
from reportgen.sign.verify import SignatureCheck, verify
from reportgen.vietnamese import short_date

FIELD = "ChuKyVanThu"
FONT_SIZE = 13  # the number line and the place-date line of Nghị định 30 Phụ lục I
# poppler's word box runs from the font's top to its bottom; LibreOffice writes no ascent in the font
# descriptor, so poppler takes the font's bounding box (981 above, 303 below the baseline per 1000 units of
# Liberation Serif / Times New Roman): the baseline lies this share of the box's height above its bottom.
BELOW_BASELINE = 303 / (981 + 303)
MIN_SQUEEZE = 0.8  # a number wider than its blank is narrowed at most to 80 % (three digits), never shrunk


@dataclass(frozen=True)
class Piece:
    """A text drawn at ``x`` (its left end) on ``baseline``, in PDF user space, horizontally scaled by ``squeeze``."""

    text: str
    x: float
    baseline: float
    width: float  # as drawn, squeeze included
    squeeze: float = 1.0
    italic: bool = False  # the place-date line is italic (Nghị định 30 Phụ lục I), the number line upright


@dataclass(frozen=True)
class Blanks:
    """The blank places of page ``page`` (1-based): the number's right end, the day's and month's centres."""

    page: int
    height: float  # of the page, to turn pdftotext's top-left coordinates into PDF's
    label: Line  # "Số:"
    symbol: Line  # the word after the blank: "/QĐ-SNgV"
    day_gap: tuple[Line, Line]  # "ngày", "tháng"
    month_gap: tuple[Line, Line]  # "tháng", "năm"
    year: int | None  # the year printed after "năm", when the draft had one


def _same_line(a: Line, b: Line) -> bool:
    return abs(a.y0 - b.y0) < 2 and abs(a.y1 - b.y1) < 2


def _words_by_line(page: Page) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for word in sorted(page.words, key=lambda w: (round(w.y0), w.x0)):
        if rows and _same_line(rows[-1][0], word):
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def find_blanks(pages: list[Page], name: str) -> Blanks:
    """The blank number and date of page 1; a Vietnamese refusal naming ``name`` when the page has none."""
    page = pages[0]
    number: tuple[Line, Line] | None = None
    issued: str | None = None
    dates: tuple[Line, Line, Line, Line | None] | None = None
    for row in _words_by_line(page):
        for i, word in enumerate(row[:-1]):
            after = row[i + 1]
            if word.text == "Số:" and number is None and issued is None:
                if after.text.startswith("/"):
                    number = (word, after)
                else:
                    issued = after.text
            if word.text == "ngày" and dates is None and i + 2 < len(row):
                month_word, year_word = row[i + 1], row[i + 2]
                if month_word.text == "tháng" and year_word.text == "năm":
                    dates = (word, month_word, year_word, row[i + 3] if i + 3 < len(row) else None)
    if issued is not None:
        raise OutputError(f"{name} đã có số ({issued}) ở dòng «Số:»: văn bản đã ký này đã được cấp số.")
    if number is None:
        raise OutputError(f"{name}: không tìm thấy chỗ để trống số sau «Số:» ở trang đầu (số/ký hiệu để trống).")
    if dates is None:
        raise OutputError(f"{name}: không tìm thấy dòng «…, ngày … tháng … năm …» để trống ngày ở trang đầu.")
    day_word, month_word, year_word, year_text = dates
    year = int(year_text.text.rstrip(".,")) if year_text and year_text.text.rstrip(".,").isdigit() else None
    return Blanks(page.number, page.height, number[0], number[1], (day_word, month_word), (month_word, year_word), year)


def _baseline(word: Line, height: float) -> float:
    return height - (word.y1 - (word.y1 - word.y0) * BELOW_BASELINE)


def pieces(
    blanks: Blanks, number: int, day: date, width: Callable[[str], float], italic_width: Callable[[str], float]
) -> list[Piece]:
    """What is printed and where: ``12`` ending at the "/" of the symbol, the day and month centred in their gaps."""
    shown = f"{number:02d}"
    day_text, month_text, _ = short_date(day).split("/")
    right = blanks.symbol.x0
    room = right - blanks.label.x1 - width(" ")
    natural = width(shown)
    squeeze = min(1.0, room / natural)
    if squeeze < MIN_SQUEEZE:
        raise OutputError(
            f"Số {shown} dài hơn chỗ để trống sau «Số:» trên bản đã ký; hãy cho mẫu văn bản chỗ trống rộng hơn."
        )
    baseline = _baseline(blanks.symbol, blanks.height)
    drawn = [Piece(shown, right - natural * squeeze, baseline, natural * squeeze, squeeze)]
    for text, (left, after) in ((day_text, blanks.day_gap), (month_text, blanks.month_gap)):
        centre = (left.x1 + after.x0) / 2
        wide = italic_width(text)
        if wide > after.x0 - left.x1:
            raise OutputError(f"Không có chỗ trống giữa «{left.text}» và «{after.text}» để ghi {text} trên bản đã ký.")
        drawn.append(Piece(text, centre - wide / 2, _baseline(left, blanks.height), wide, italic=True))
    if blanks.year is None:  # a draft that left the year blank too: it follows "năm"
        year, nam = str(day.year), blanks.month_gap[1]
        x = nam.x1 + italic_width(" ")
        drawn.append(Piece(year, x, _baseline(nam, blanks.height), italic_width(year), italic=True))
    return drawn


@dataclass(frozen=True)
class _PlacedTextStyle(BaseStampStyle):
    """A stamp that is nothing but texts at given places: no border, no background, no image."""

    placed: tuple[Piece, ...] = ()
    origin: tuple[float, float] = (0.0, 0.0)  # the widget's lower-left corner on the page
    font_file: str = ""
    italic_file: str = ""

    def create_stamp(self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]) -> Any:
        return _PlacedText(writer, self, box)


class _PlacedText(BaseStamp):
    def _render_inner_content(self) -> list[bytes]:
        style: _PlacedTextStyle = self.style
        assert self.writer is not None
        engines = {}
        for italic, name, file in ((False, "/F1", style.font_file), (True, "/F2", style.italic_file)):
            if any(piece.italic == italic for piece in style.placed):
                engine = _FontFromMemory(file, font_size=FONT_SIZE).create_font_engine(self.writer)
                self.set_resource(ResourceType.FONT, pdf_name(name), engine.as_resource())
                engines[italic] = (name, engine)
        ops = [b"BT", b"0 g"]
        for piece in style.placed:
            name, engine = engines[piece.italic]
            x, y = piece.x - style.origin[0], piece.baseline - style.origin[1]
            ops.append(b"%s %d Tf %g Tz" % (name.encode("ascii"), FONT_SIZE, round(piece.squeeze * 100, 2)))
            ops.append(b"1 0 0 1 %g %g Tm" % (round(x, 3), round(y, 3)))
            ops.append(engine.shape(piece.text).graphics_ops)
        ops.append(b"ET")
        return ops


def width_of(font: Path) -> Callable[[str], float]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font)) as tt:
        cmap = tt.getBestCmap()
        metrics = tt["hmtx"].metrics
        per_em = tt["head"].unitsPerEm

    def width(text: str) -> float:
        return float(sum(metrics[cmap.get(ord(c), ".notdef")][0] for c in text) * FONT_SIZE / per_em)

    return width


@dataclass(frozen=True)
class Stamped:
    data: bytes
    pieces: tuple[Piece, ...]


def stamp_issue(data: bytes, blanks: Blanks, signer: signers.Signer, number: int, day: date) -> Stamped:
    """``data`` with the body's signature appended: its appearance prints ``number`` and ``day`` in the blanks."""
    font, italic = at_1000_units(times_font()), at_1000_units(times_italic_font())
    drawn = pieces(blanks, number, day, width_of(font), width_of(italic))
    top = max(blanks.height - w.y0 for w in (blanks.label, *blanks.day_gap, *blanks.month_gap))
    bottom = min(blanks.height - w.y1 for w in (blanks.label, *blanks.day_gap, *blanks.month_gap))
    box = (int(min(p.x for p in drawn)) - 1, int(bottom) - 1, int(max(p.x + p.width for p in drawn)) + 2, int(top) + 2)
    style = _PlacedTextStyle(
        border_width=0,
        background=None,
        placed=tuple(drawn),
        origin=(box[0], box[1]),
        font_file=str(font),
        italic_file=str(italic),
    )
    spec = SigFieldSpec(sig_field_name=FIELD, on_page=blanks.page - 1, box=box)
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name=FIELD), signer=signer, stamp_style=style, new_field_spec=spec
    )
    out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False))
    return Stamped(out.getvalue(), tuple(drawn))


# ------------------------------------------------------------------------- is this the leader-signed document?


def leader_signatures(path: Path) -> list[SignatureCheck]:
    """The signatures of ``path``; refused unless there is one, each intact and valid, none followed by edits."""
    report = verify(path, [])
    if not report.signatures:
        raise OutputError(f"{path.name} chưa có chữ ký số nào: lãnh đạo phải ký số trước khi văn thư cấp số.")
    bad = [c for c in report.signatures if not (c.intact and c.valid) or c.changed_after]
    if bad:
        who = ", ".join(c.signer or c.field_name for c in bad)
        raise OutputError(
            f"Chữ ký số của {who} trên {path.name} không hợp lệ (tệp đã bị sửa sau khi ký hoặc chữ ký hỏng):"
            " không cấp số cho tệp này."
        )
    if any(c.field_name == FIELD for c in report.signatures):
        raise OutputError(f"{path.name} đã có chữ ký ban hành của văn thư: văn bản đã được cấp số.")
    return report.signatures


def _words(data: bytes) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="reportgen-doi-chieu-") as folder:
        copy = Path(folder) / "ban.pdf"
        copy.write_bytes(data)
        return [word.text for page in read_pages(copy) for word in page.words]


def same_document(signed: bytes, ready: list[Path], name: str) -> None:
    """Refuse ``signed`` unless it is one of the sign-ready PDFs with updates appended, or has the very same words."""
    found = [path for path in ready if path.is_file()]
    if not found:
        wanted = " hoặc ".join(path.name for path in ready)
        raise OutputError(f"Không có bản PDF sẵn sàng ký ({wanted}) để đối chiếu với {name}; hãy xuất lại bản đó.")
    originals = [path.read_bytes() for path in found]
    if any(len(signed) > len(o) and signed.startswith(o) for o in originals):
        return
    words = _words(signed)
    if any(_words(o) == words for o in originals):
        return
    raise OutputError(
        f"{name} không phải bản đã ký của văn bản này: nội dung khác với bản PDF sẵn sàng ký {found[0].name}."
    )


def prepare(signed: Path, ready: list[Path], signer: signers.Signer) -> Callable[[int, date], Stamped]:
    """Every check done before a number is taken; the returned function stamps the number and date."""
    data = signed.read_bytes()
    leader_signatures(signed)
    same_document(data, ready, signed.name)
    blanks = find_blanks(read_pages(signed), signed.name)

    def stamp(number: int, day: date) -> Stamped:
        if blanks.year is not None and blanks.year != day.year:
            raise OutputError(
                f"{signed.name} ghi năm {blanks.year} nhưng ngày ban hành là {short_date(day)}:"
                " lãnh đạo phải ký lại bản có năm đúng."
            )
        return stamp_issue(data, blanks, signer, number, day)

    return stamp
