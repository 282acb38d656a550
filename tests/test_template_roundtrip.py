"""Every template opened and saved by the real LibreOffice still builds every example exactly as before.

LibreOffice (headless, as CI has it) re-writes the whole file: quotes become entities, style names lose
their accents, section breaks move onto neighbouring paragraphs. What a reader sees must not change:
the same text, the same sections with the same page set-up. And an edit made there – a word and its
formatting – must reach the next build.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from reportgen import kinds
from reportgen.make.pdf import find_soffice
from reportgen.make.pipeline import build_paths

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
INPUTS = ROOT / "inputs"
_PARAGRAPH = re.compile(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_SETUP = ("w", "h", "orient", "top", "bottom", "left", "right")


def save_with_libreoffice(sources: list[Path], out: Path, profile: Path) -> None:
    soffice = find_soffice()
    assert soffice is not None, "LibreOffice (soffice) is needed: .ci/run installs it"
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(out),
        *map(str, sources),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    for source in sources:
        assert (out / source.name).is_file(), f"LibreOffice did not save {source.name}"


def edit_xml(source: Path, target: Path, part: str, old: str, new: str) -> None:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename == part:
                text = data.decode("utf-8")
                assert old in text, f"{old} is not in {source.name}"
                data = text.replace(old, new, 1).encode("utf-8")
            out.writestr(info, data)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """templates/ as LibreOffice saves it, and ``edited/tham_luan.docx``: a word and its formatting changed."""
    work = tmp_path_factory.mktemp("roundtrip")
    staged = work / "in"
    staged.mkdir()
    sources = [shutil.copy(p, staged / p.name) for p in sorted(TEMPLATES.glob("*.docx"))]
    edit_xml(
        TEMPLATES / "tham_luan.docx",
        staged / "edited.docx",
        "word/document.xml",
        "<w:r><w:t>tại {{ su_kien }}</w:t></w:r>",
        '<w:r><w:t xml:space="preserve">trong khuôn khổ </w:t></w:r>'
        "<w:r><w:rPr><w:i/></w:rPr><w:t>{{ su_kien }}</w:t></w:r>",
    )
    out = work / "templates"
    save_with_libreoffice([*map(Path, sources), staged / "edited.docx"], out, work / "profile")
    (work / "edited").mkdir()
    (out / "edited.docx").rename(work / "edited" / "tham_luan.docx")
    return work


def reading(path: Path) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """The text a reader sees, paragraph by paragraph, and each section's page size, orientation and margins."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    text = [t for p in _PARAGRAPH.findall(xml) if (t := "".join(_TEXT.findall(p))).strip()]
    setups = []
    for section in re.findall(r"<w:sectPr[ >].*?</w:sectPr>", xml, re.DOTALL):
        size = re.search(r"<w:pgSz [^>]*>", section)
        margins = re.search(r"<w:pgMar [^>]*>", section)
        values = dict(
            re.findall(r'w:(\w+)="([^"]*)"', (size.group() if size else "") + (margins.group() if margins else ""))
        )
        setups.append(tuple(values.get(key, "portrait" if key == "orient" else None) for key in _SETUP))
    return text, setups


def built(templates: Path, out: Path) -> dict[str, Path]:
    results = build_paths([INPUTS], out, templates=templates, jobs=1)
    assert all(r.ok for r in results), [p.render() for r in results for p in r.problems]
    return {p.name: p for r in results for p in r.written}


@pytest.mark.libreoffice
def test_every_template_saved_by_libreoffice_builds_every_example_unchanged(saved: Path, tmp_path: Path) -> None:
    expected = built(TEMPLATES, tmp_path / "committed")
    got = built(saved / "templates", tmp_path / "saved")
    assert sorted(got) == sorted(expected)
    printing = {k for k in kinds.available() if kinds.get(k).templates}  # a data kind (partner list) prints nothing
    assert {name.split("-")[0].removesuffix(".docx") for name in got} == printing  # every kind built
    for name, path in expected.items():
        text, setups = reading(path)
        saved_text, saved_setups = reading(got[name])
        assert saved_text == text, name
        assert len(saved_setups) == len(setups), name
        assert saved_setups == setups, name
    assert max(len(reading(p)[1]) for p in expected.values()) == 7  # the yearly report's appendices


@pytest.mark.libreoffice
def test_a_wording_and_formatting_edit_made_in_libreoffice_shows_in_the_next_build(saved: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(saved / "templates", templates)
    shutil.copy(saved / "edited" / "tham_luan.docx", templates / "tham_luan.docx")
    source = INPUTS / "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.yaml"
    [document] = build_paths([source], tmp_path / "out", templates=templates, jobs=1)[0].written
    with zipfile.ZipFile(document) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    [paragraph] = [p for p in _PARAGRAPH.findall(xml) if "trong khuôn khổ" in p]
    assert " ".join("".join(_TEXT.findall(paragraph)).split()) == (  # no-break spaces keep "lần thứ XIII" whole
        "trong khuôn khổ Hội nghị Đối ngoại toàn quốc triển khai thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng"
    )
    [event_run] = [r for r in re.findall(r"<w:r[ >].*?</w:r>", paragraph, re.DOTALL) if "Hội nghị" in r]
    assert re.search(r"<w:i(?: w:val=\"(?:true|1|on)\")?/>", event_run)
    assert "tại Hội nghị" not in xml
