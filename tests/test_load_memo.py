"""One text read several times in a row is parsed once; every reader gets its own data; a related input read
once is read again as soon as it (or a file it read) changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reportgen.load as load_module
from reportgen.load import load_text
from reportgen.make.pipeline import check_text
from reportgen.problems import InputError

ROOT = Path(__file__).resolve().parents[1]


def test_a_text_is_parsed_once_and_each_reader_gets_its_own_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = load_module._parse

    def counting(source: str | bytes, display: str, path: Path) -> object:
        parsed.append(display)
        return real(source, display, path)

    monkeypatch.setattr(load_module, "_parse", counting)
    text = "loai: cong_van\nghi_chu: một dòng được ghi nhớ theo nội dung 4711\n"
    first = load_text(text, "a.yaml")
    first.data["ghi_chu"] = "đã sửa bởi người đọc thứ nhất"
    second = load_text(text.encode("utf-8"), "a.yaml")  # the same text as bytes: the same load
    assert parsed == ["a.yaml"]
    assert second.data["ghi_chu"] == "một dòng được ghi nhớ theo nội dung 4711"
    load_text(text, "b.yaml")  # another name: problems would name it, so it is loaded for it
    assert parsed == ["a.yaml", "b.yaml"]


def test_problems_are_remembered_too() -> None:
    bad = "loai: [chưa đóng ngoặc 4712\n"
    with pytest.raises(InputError) as first:
        load_text(bad, "hong.yaml")
    with pytest.raises(InputError) as second:
        load_text(bad, "hong.yaml")
    assert first.value.problems == second.value.problems and first.value.problems


def test_a_related_input_is_read_again_once_it_changes(tmp_path: Path) -> None:
    for name in ("bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    report = tmp_path / "bao_cao_nam-da-nang-2022.yaml"
    assert not check_text(report.read_bytes(), report).problems
    assert not check_text(report.read_bytes(), report).problems  # last year's report read once, kept
    last_year = tmp_path / "bao_cao_nam-da-nang-2021.yaml"
    last_year.write_text(last_year.read_text(encoding="utf-8").replace("nam: 2021", "nam: 2020", 1), encoding="utf-8")
    problems = check_text(report.read_bytes(), report).problems
    assert any("nam_truoc" in p.field and "2020" in p.message for p in problems), problems
