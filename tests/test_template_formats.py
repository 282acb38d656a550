"""A template saved as .odt, .doc or .dotx is used (converted by the real LibreOffice) or refused, never ignored.

Before, ``build`` read only ``<name>.docx``: an edit saved by LibreOffice as ``bien_ban.odt`` next to the original
never appeared, and a folder holding only the .odt failed with "template not found".
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reportgen.make import template_files
from reportgen.make.pipeline import BuildResult, build_file

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
EDIT = "Biên bản này được lập theo mẫu đã sửa"


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTGEN_CACHE", str(tmp_path / "cache"))


def edited_template(folder: Path, old: str = "{{ ten_cuoc_hop }}", new: str = "{{ ten_cuoc_hop }}") -> Path:
    """bien_ban.docx with a sentence added at the end (and ``old`` replaced by ``new``), as a person would edit it."""
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document(str(ROOT / "templates" / "bien_ban.docx"))
    texts = [t for t in document.element.body.iter(qn("w:t")) if t.text and old in t.text]
    texts[0].text = texts[0].text.replace(old, new, 1)
    document.add_paragraph(EDIT)
    target = folder / "bien_ban.docx"
    document.save(str(target))
    return target


def save_as(source: Path, target_format: str, work: Path) -> Path:
    """``source`` saved by the real LibreOffice in another format, beside it; the .docx itself is removed."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(source.parent),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    extension = target_format.split(":")[0]
    saved = source.with_suffix("." + extension)
    assert saved.is_file()
    source.unlink()
    return saved


def build(tmp_path: Path, templates: Path) -> BuildResult:
    return build_file(SOURCE, tmp_path / "out", templates=templates)


def text_of(result: BuildResult) -> str:
    assert result.ok, result.problems
    return "\n".join(p.text for p in docx.Document(str(result.written[0])).paragraphs)


@pytest.mark.libreoffice
@pytest.mark.parametrize("saved_as", ["odt", "doc", "dotx:MS Word 2007 XML Template"])
def test_a_template_saved_in_another_format_is_converted_and_its_edit_appears(tmp_path: Path, saved_as: str) -> None:
    templates = tmp_path / "templates"
    saved = save_as(edited_template(templates), saved_as, tmp_path)
    assert [p.name for p in templates.iterdir()] == [saved.name]
    result = build(tmp_path, templates)
    text = text_of(result)
    assert EDIT in text
    assert "BIÊN BẢN" in text and "{{" not in text
    again = build(tmp_path / "again", templates)  # converted once, then read from the cache
    assert text_of(again) == text
    assert len(list((tmp_path / "cache" / "templates").glob("*.docx"))) == 1


@pytest.mark.libreoffice
def test_a_mistake_in_a_converted_template_names_the_file_the_person_saved(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    save_as(edited_template(templates, new="{{ ten_cuoc_hopp }}"), "odt", tmp_path)
    result = build(tmp_path, templates)
    assert not result.written and result.problems
    assert all(p.file.endswith("bien_ban.odt") for p in result.problems), result.problems
    assert "ten_cuoc_hopp" in " ".join(p.message for p in result.problems)


def test_a_template_saved_beside_the_docx_is_refused_naming_both(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    edited_template(templates)
    shutil.copyfile(templates / "bien_ban.docx", templates / "bien_ban.odt")  # its content does not matter here
    result = build(tmp_path, templates)
    assert not result.written
    [problem] = result.problems
    assert "“bien_ban.docx” và “bien_ban.odt”" in problem.message
    assert "giữ lại đúng một tệp" in problem.message
    assert problem.file.endswith("bien_ban.odt")


def test_without_libreoffice_the_other_format_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    edited_template(templates).rename(templates / "bien_ban.doc")
    monkeypatch.setattr(template_files, "find_soffice", lambda: None)
    result = build(tmp_path, templates)
    assert not result.written
    [problem] = result.problems
    assert problem.file.endswith("bien_ban.doc")
    assert "cần LibreOffice để chuyển sang .docx" in problem.message
    assert "“bien_ban.docx”" in problem.message


def test_lock_files_and_other_documents_are_not_templates(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    edited_template(templates)
    (templates / "~$bien_ban.docx").write_bytes(b"lock")
    (templates / ".~lock.bien_ban.odt#").write_text("lock", encoding="utf-8")
    (templates / "ghi_chu.odt").write_bytes(b"not a template")
    assert EDIT in text_of(build(tmp_path, templates))


def _reports(templates: Path) -> dict[str, list[str]]:
    from reportgen.check.templates.contract import check_templates

    found = check_templates(templates, [SOURCE], scaffolds=False)
    return {r.path.name: [f"{f.rule}: {f.message}" for f in r.findings] for r in found}


@pytest.mark.libreoffice
def test_check_templates_checks_the_converted_template_under_the_name_saved(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    save_as(edited_template(templates, new="{{ ten_cuoc_hopp }}"), "odt", tmp_path)
    reports = _reports(templates)
    assert "bien_ban.docx" not in reports  # not "missing": the .odt is the template
    assert any(line.startswith("TEMPLATE-UNKNOWN-TAG") and "ten_cuoc_hopp" in line for line in reports["bien_ban.odt"])


def test_check_templates_refuses_two_files_for_one_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    edited_template(templates)
    shutil.copyfile(templates / "bien_ban.docx", templates / "bien_ban.doc")
    [line] = _reports(templates)["bien_ban.doc"]
    assert line.startswith("TEMPLATE-FORMAT: có 2 tệp mẫu cho cùng một văn bản: “bien_ban.docx” và “bien_ban.doc”")
