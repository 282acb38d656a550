"""The command line: Vietnamese help and messages, documented exit codes, no traceback on user error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportgen.cli import cli, main

SAMPLE = Path(__file__).parent / "sample_report.yaml"
ENGLISH = ("Usage:", "Options:", "Commands:", "Show this message", "[default", "PATH", "DIRECTORY", "Error")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [[], *([name] for name in cli.commands)])
def test_every_help_page_is_vietnamese(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("Cách dùng: reportgen")
    assert "Tùy chọn:" in out and "Xem hướng dẫn này rồi thoát." in out
    assert not [word for word in ENGLISH if word in out]


def test_build_writes_and_reports_each_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "build", str(SAMPLE), "-o", str(tmp_path))
    assert code == 0, err
    assert f"Đã tạo {tmp_path / 'sample_report.docx'}" in out
    assert "Sinh văn bản: 1/1 tệp đầu vào thành công" in out


def test_input_errors_exit_1_without_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "hong.yaml"
    bad.write_text("loai: bao_cao_nam\nnam: hai nghìn\n", encoding="utf-8")
    code, _, err = run(capsys, "build", str(bad), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "Traceback" not in err
    assert f"{bad}:2:6: nam: phải là số nguyên, ví dụ 12" in err.splitlines()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


def test_unknown_kind_lists_the_kinds(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("loai: bao_cao_thang\n", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert f"{bad}:1:7: loai: không có loại văn bản “bao_cao_thang”; chọn một trong: " in err
    assert "bao_cao_nam" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build"], "Lỗi: thiếu đối số ĐƯỜNG_DẪN..."),
        (["build", "x.yaml", "--nope"], "Lỗi: không có tùy chọn --nope; có phải ý là --force?"),
        (["xay-dung"], "Lỗi: không có lệnh xay-dung; xem reportgen --help"),
    ],
)
def test_usage_errors_exit_2_in_vietnamese(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.splitlines()[0] == message


def test_output_that_is_a_file_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "ket-qua"
    blocker.write_text("tệp thường, không phải thư mục", encoding="utf-8")
    code, _, err = run(capsys, "build", str(SAMPLE), "-o", str(blocker))
    assert code == 3
    assert "Traceback" not in err


def test_edited_output_is_not_overwritten_without_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "bc.yaml"
    shutil.copy(SAMPLE, source)
    assert run(capsys, "build", str(source), "-o", str(tmp_path))[0] == 0
    target = tmp_path / "bc.docx"
    target.write_bytes(target.read_bytes() + b"\0")  # a person saved it again in Word
    edited = target.read_bytes()
    code, _, err = run(capsys, "build", str(source), "-o", str(tmp_path))
    assert code == 3 and "--force" in err
    assert target.read_bytes() == edited
    assert run(capsys, "build", str(source), "-o", str(tmp_path), "--force")[0] == 0
    assert target.read_bytes() != edited


def test_kinds_lists_every_kind_with_its_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kinds")
    assert code == 0
    assert any(line.startswith("bao_cao_nam ") and "Báo cáo công tác đối ngoại" in line for line in out.splitlines())
