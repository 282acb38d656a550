"""A text typed over several lines (a YAML ``|`` block) never leaves a line break inside a justified paragraph.

Every text field of every kind's examples is hard-wrapped at once, as a person typing in a ``|`` block does
(fields that refuse a line break are left alone: they say so when loaded); the documents are built and every
justified paragraph is read: it holds no line break.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from pydantic import ValidationError

from reportgen import kinds
from reportgen.check.nd30.docxmodel import load
from reportgen.load import load_file
from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from test_hostile_text import TEMPLATES, base_inputs, replaced, text_leaves

W_BR = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br"


def wrapped(text: str, blank: bool) -> str:
    """``text`` with a line break at its middle space (a blank line when ``blank``)."""
    words = text.split(" ")
    half = len(words) // 2
    return " ".join(words[:half]) + ("\n\n" if blank else "\n") + " ".join(words[half:])


def accepting_leaves(kind: str, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The text leaves of ``data`` with two words or more whose field takes a line break."""
    model = kinds.get(kind).input
    out = []
    for leaf in text_leaves(data):
        value = _at(data, leaf)
        if len(value.split()) < 2:
            continue
        try:
            model.model_validate(replaced(data, leaf, wrapped(value, False)))
        except ValidationError:  # a field that refuses a line break says so when loaded
            continue
        out.append(leaf)
    return out


def _at(data: Any, loc: tuple[Any, ...]) -> Any:
    for key in loc:
        data = data[key]
    return data


def justified_breaks(docx: bytes) -> list[str]:
    """The text of every justified paragraph that holds a line break."""
    model = load(docx)
    found = []
    for para in model.all_paragraphs():
        if model.styles.alignment(para.el) in ("both", "distribute") and para.el.find(f".//{W_BR}") is not None:
            found.append(para.text)
    return found


@pytest.mark.parametrize("blank", [False, True], ids=["line", "blank-line"])
@pytest.mark.parametrize("path", base_inputs(), ids=lambda p: p.name)
def test_hard_wrapped_text_leaves_no_break_in_a_justified_paragraph(tmp_path: Path, path: Path, blank: bool) -> None:
    data = load_file(path).data
    leaves = accepting_leaves(data["loai"], data)
    assert leaves, "every example has prose a person types"
    for leaf in leaves:
        data = replaced(data, leaf, wrapped(_at(data, leaf), blank))
    for sibling in [*path.parent.glob("*.yaml"), *path.parent.glob("*.png")]:  # last year's report, the emblem…
        shutil.copy(sibling, tmp_path / sibling.name)
    target = tmp_path / path.name
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for document in prepare(target).documents:
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        assert justified_breaks(docx) == []


def test_a_blank_line_starts_a_new_paragraph_formatted_like_the_first(tmp_path: Path) -> None:
    sample = Path(__file__).parent / "sample_report.yaml"
    data = load_file(sample).data
    data["noi_dung"]["ket_thuc"] = "Trên đây là báo cáo\ncủa Sở Ngoại vụ.\n\nĐề nghị Bộ Ngoại giao\nxem xét"
    target = tmp_path / "bc.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (document,) = prepare(target).documents
    docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
    paragraphs = [p for p in Document(io.BytesIO(docx)).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    first = texts.index("Trên đây là báo cáo của Sở Ngoại vụ.")
    assert texts[first + 1] == "Đề nghị Bộ Ngoại giao xem xét./."
    styles = [paragraphs[first].style, paragraphs[first + 1].style]
    assert styles[0] is not None and styles[1] is not None and styles[0].name == styles[1].name
