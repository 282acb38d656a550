"""The partner list: checked like any input, builds no file, and a key used twice is refused with its line."""

from __future__ import annotations

from pathlib import Path

from letter_helpers import INPUTS, PARTNERS, run


def test_partner_list_builds_nothing(tmp_path: Path) -> None:
    result = run("build", INPUTS / PARTNERS, "-o", tmp_path / "outputs")
    assert result.returncode == 0, result.stderr
    assert "1/1 tệp đầu vào thành công" in result.stderr + result.stdout
    assert not any((tmp_path / "outputs").glob("*.docx"))


def test_a_key_used_twice_is_refused(tmp_path: Path) -> None:
    source = tmp_path / PARTNERS
    source.write_text(
        (INPUTS / PARTNERS).read_text(encoding="utf-8").replace("ma: tlsq-han-quoc", "ma: tlsq-hoa-ky"),
        encoding="utf-8",
    )
    result = run("validate", source)
    assert result.returncode == 1 and "mã đối tác “tlsq-hoa-ky” xuất hiện hai lần" in result.stderr
