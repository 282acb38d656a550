"""``reportgen check`` on a folder or several files compares a letter with its English translation.

The build writes ``X.docx`` and ``X-en.docx``; the checker pairs them by that naming (only among the files it
was asked to check), says which pairs it compared, and reports a translation whose blocks differ from its
original's on the translation's line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from letter_helpers import build_pair, workspace
from reportgen.check.pairs import original_of
from reportgen.cli import main

EXAMPLE = "cong_thu-so-ngoai-vu-quang-nam-chuc-mung-quoc-khanh.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_pair(workspace(tmp_path_factory.mktemp("pair"), EXAMPLE))


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str]]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, (out + err).splitlines()


def copied(built: tuple[Path, Path], folder: Path, english: bool = True) -> tuple[Path, Path]:
    folder.mkdir()
    original, translation = (folder / path.name for path in built)
    shutil.copyfile(built[0], original)
    if english:
        shutil.copyfile(built[1], translation)
    return original, translation


def paired(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("Đã đối chiếu")]


def test_a_pair_in_a_folder_is_compared_and_said(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, Path], tmp_path: Path
) -> None:
    original, translation = copied(built, tmp_path / "thu")
    code, lines = run(capsys, "check", tmp_path / "thu")
    assert code == 0, lines
    assert paired(lines) == [
        f"Đã đối chiếu bản dịch tiếng Anh {translation} với bản chính {original} (các phần và thứ tự của chúng)"
    ]
    assert lines[-1] == "Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo"


def test_a_translation_without_its_salutation_is_reported_on_its_line(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, Path], tmp_path: Path
) -> None:
    original, translation = copied(built, tmp_path / "thu")
    document = docx.Document(str(translation))
    salutation = next(p for p in document.paragraphs if p.text.startswith("Dear "))
    salutation._element.getparent().remove(salutation._element)
    document.save(str(translation))
    code, lines = run(capsys, "check", original, translation)  # several files: paired as a folder is
    assert code == 1, lines
    found = [line for line in lines if "[DN-PAIR-BLOCKS]" in line]
    assert len(found) == 1 and found[0].startswith(f"{translation}: [DN-PAIR-BLOCKS] lỗi: Bản dịch không có")
    assert "salutation" in found[0] and found[0].endswith(f"toàn văn bản, so với bản chính {original}")
    assert len(paired(lines)) == 1
    assert lines[-1] == f"Đã kiểm tra 2 tệp: 1 lỗi, 0 cảnh báo; tệp có lỗi: {translation}"


def test_a_lone_file_is_judged_alone(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, Path], tmp_path: Path
) -> None:
    original, translation = copied(built, tmp_path / "thu")
    for path in (original, translation):  # its partner beside it on disk is not checked unless asked for
        code, lines = run(capsys, "check", path)
        assert code == 0 and paired(lines) == [], lines
        assert lines == ["Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo"]


def test_a_letter_whose_translation_is_missing_is_checked_alone(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, Path], tmp_path: Path
) -> None:
    original, translation = copied(built, tmp_path / "thu", english=False)
    assert original.exists() and not translation.exists()
    code, lines = run(capsys, "check", tmp_path / "thu")
    assert code == 0 and lines == ["Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo"], lines


def test_two_letters_that_are_not_a_pair_are_not_compared(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "hai"
    folder.mkdir()
    shutil.copyfile(built[0], folder / "thu-a.docx")
    shutil.copyfile(built[0], folder / "thu-b-en.docx")  # a translation whose original is not there
    code, lines = run(capsys, "check", folder)
    assert code == 0 and paired(lines) == [] and lines[-1] == "Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo", lines


def test_an_administrative_document_named_like_a_translation_is_not_paired(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "nd30"
    folder.mkdir()
    for name in ("bao-cao.docx", "bao-cao-en.docx"):
        document = docx.Document()
        document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        document.add_paragraph("BÁO CÁO" if name == "bao-cao.docx" else "Dear colleagues,")
        document.save(str(folder / name))
    _, lines = run(capsys, "check", folder)
    assert paired(lines) == [] and not any("DN-PAIR-BLOCKS" in line for line in lines), lines


def test_the_original_of_a_translation_by_name() -> None:
    assert original_of(Path("a/thu-moi-en.docx")) == Path("a/thu-moi.docx")
    assert original_of(Path("a/thu-moi-EN.docx")) == Path("a/thu-moi.docx")
    assert original_of(Path("a/thu-moi.docx")) is None
    assert original_of(Path("a/-en.docx")) is None
