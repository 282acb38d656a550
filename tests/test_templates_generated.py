"""The committed templates are exactly what their generators make, and regenerating never loses a user's edit."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import make_templates  # noqa: E402 - tools/ is put on the path just above

NAMES = make_templates.generator_names()


def test_every_template_has_a_generator() -> None:
    assert sorted(p.stem for p in (ROOT / "templates").glob("*.docx")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_committed_template_is_what_its_generator_makes(name: str) -> None:
    committed = (ROOT / "templates" / f"{name}.docx").read_bytes()
    assert make_templates.generate(name) == committed, f"chạy `make templates` rồi commit templates/{name}.docx"


def test_generation_record_matches_committed_templates() -> None:
    record = json.loads(make_templates.RECORD.read_text(encoding="utf-8"))
    for name in NAMES:
        data = (ROOT / "templates" / f"{name}.docx").read_bytes()
        assert record[name] == make_templates._sha(data)


def test_regenerating_keeps_an_edited_template_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    record = tmp_path / "record.json"
    name = "bien_ban"
    assert make_templates.update([name], folder, record) == [f"đã tạo {name}.docx"]
    edited = (folder / f"{name}.docx").read_bytes() + b"\0"  # stands for a save from Word
    (folder / f"{name}.docx").write_bytes(edited)
    said = make_templates.update([name], folder, record)
    assert said[0].startswith(f"bỏ qua {name}.docx")
    assert (folder / f"{name}.docx").read_bytes() == edited
    assert make_templates.update([name], folder, record, force=True) == [f"đã tạo {name}.docx"]
    assert (folder / f"{name}.docx").read_bytes() == make_templates.generate(name)


def test_untouched_template_follows_its_generator(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    record = tmp_path / "record.json"
    shutil.copy(ROOT / "templates" / "tham_luan.docx", folder / "tham_luan.docx")
    old = b"an older generation"
    (folder / "tham_luan.docx").write_bytes(old)
    record.write_text(json.dumps({"tham_luan": make_templates._sha(old)}), encoding="utf-8")
    assert make_templates.update(["tham_luan"], folder, record) == ["đã tạo tham_luan.docx"]
    assert make_templates.update(["tham_luan"], folder, record) == ["không đổi tham_luan.docx"]


@pytest.mark.parametrize("name", NAMES)
def test_templates_carry_no_metadata_of_the_tools(name: str) -> None:
    """The Author of every document and PDF built from a template would otherwise read "python-docx"."""
    import docx

    props = docx.Document(str(ROOT / "templates" / f"{name}.docx")).core_properties
    assert (props.author, props.comments, props.last_modified_by) == ("", "", "")
    assert props.title == "" or props.title.startswith("{{"), props.title  # a title is a tag: each document's own
