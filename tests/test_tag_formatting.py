"""Formatting a person gives a ``{{ … }}`` tag in Word (bold, italic, underline…) stays on the value printed there.

Word keeps an edited tag in several runs, and double-clicking the name inside the braces selects the name only;
the value used to take the plain formatting of the run holding ``{{``, so the bold vanished without a word.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pytest

from reportgen.make.render import render_file

NAME = "Nguyễn Văn An"
Runs = list[tuple[str, dict[str, bool]]]


def template(path: Path, paragraphs: list[Runs]) -> Path:
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, formatting in runs:
            run = paragraph.add_run(text)
            for attribute, value in formatting.items():
                setattr(run, attribute, value)
    document.save(str(path))
    return path


def rendered_runs(path: Path) -> list[list[tuple[str, bool, bool, bool]]]:
    """Each paragraph's non-empty runs as (text, bold, italic, underline)."""
    document = docx.Document(io.BytesIO(render_file(path, {"ten": NAME})))
    return [
        [(r.text, bool(r.bold), bool(r.italic), bool(r.underline)) for r in p.runs if r.text]
        for p in document.paragraphs
    ]


BOLD: dict[str, bool] = {"bold": True}
ITALIC: dict[str, bool] = {"italic": True}
UNDERLINE: dict[str, bool] = {"underline": True}
PLAIN: dict[str, bool] = {}


def test_the_name_made_bold_inside_plain_braces_prints_bold(tmp_path: Path) -> None:
    path = template(tmp_path / "t.docx", [[("Kính gửi: {{ ", PLAIN), ("ten", BOLD), (" }}, Giám đốc", PLAIN)]])
    assert rendered_runs(path) == [
        [("Kính gửi: ", False, False, False), (NAME, True, False, False), (", Giám đốc", False, False, False)]
    ]


@pytest.mark.parametrize("formatting", [BOLD, ITALIC, UNDERLINE], ids=["bold", "italic", "underline"])
def test_a_whole_tag_formatted_in_several_runs_keeps_it(tmp_path: Path, formatting: dict[str, bool]) -> None:
    path = template(tmp_path / "t.docx", [[("Ông ", PLAIN), ("{{ te", formatting), ("n }}", formatting), (".", PLAIN)]])
    [[before, value, after]] = rendered_runs(path)
    assert (before[0], value[0], after[0]) == ("Ông ", NAME, ".")
    assert value[1:] == (
        formatting.get("bold", False),
        formatting.get("italic", False),
        formatting.get("underline", False),
    )
    assert before[1:] == after[1:] == (False, False, False)


def test_a_plain_tag_in_one_run_is_unchanged(tmp_path: Path) -> None:
    path = template(tmp_path / "t.docx", [[("A {{ ten }} B", PLAIN)]])
    assert rendered_runs(path) == [[(f"A {NAME} B", False, False, False)]]


@pytest.mark.libreoffice
def test_a_bold_tag_saved_by_libreoffice_prints_bold(tmp_path: Path) -> None:
    source = template(tmp_path / "t.docx", [[("Kính gửi: {{ ", PLAIN), ("ten", BOLD), (" }}.", PLAIN)]])
    saved = tmp_path / "saved"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    [runs] = rendered_runs(saved / "t.docx")
    assert (NAME, True, False, False) in runs
    assert all(not bold for text, bold, _, _ in runs if text != NAME)
