"""LibreOffice kept running between conversions (the web page's previews): real soffice, real uno."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgen.make.pdf import find_soffice, pdf_page_count, pdf_text
from reportgen.make.pipeline import build_file
from reportgen.make.warm_pdf import WarmConverter, find_uno_python
from reportgen.problems import OutputError

INPUTS = Path(__file__).resolve().parents[1] / "inputs"


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmConverter]:
    soffice = find_soffice()
    assert soffice is not None, "LibreOffice is installed by .ci/run"
    python = find_uno_python(soffice)
    assert python is not None, "python3-uno is installed by .ci/run"
    converter = WarmConverter(soffice, python)
    yield converter
    converter.close()


def test_one_running_office_converts_document_after_document(warm: WarmConverter, tmp_path: Path) -> None:
    built = build_file(INPUTS / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml", tmp_path / "out")
    assert built.ok
    (docx,) = built.written
    pid = warm.office_pid
    first = warm.convert(docx, tmp_path / "a.pdf")
    second = warm.convert(docx, tmp_path / "b.pdf")
    assert warm.office_pid == pid and warm.alive()
    assert pdf_page_count(first) == pdf_page_count(second) >= 1
    assert "BIÊN BẢN" in pdf_text(first, 1)


def test_a_broken_document_is_a_vietnamese_error_and_the_office_goes_on(warm: WarmConverter, tmp_path: Path) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not a document")
    with pytest.raises(OutputError, match=r"LibreOffice không chuyển được hong\.docx sang PDF"):
        warm.convert(broken, tmp_path / "hong.pdf")
    good = tmp_path / "tot.docx"
    shutil.copy(build_file(INPUTS / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml", tmp_path / "o").written[0], good)
    assert pdf_page_count(warm.convert(good, tmp_path / "tot.pdf")) >= 1


def test_closing_stops_the_office(tmp_path: Path) -> None:
    soffice = find_soffice()
    assert soffice is not None
    python = find_uno_python(soffice)
    assert python is not None
    converter = WarmConverter(soffice, python)
    assert converter.alive()
    converter.close()
    assert not converter.alive()
    with pytest.raises(OutputError, match="đã dừng"):
        converter.convert(tmp_path / "x.docx", tmp_path / "x.pdf")
