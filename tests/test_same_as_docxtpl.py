"""The fast renderer gives what a plain docxtpl render of the same template and context gives.

reportgen renders the patched template XML with one compiled Jinja template and writes the zip itself
(render.py); docxtpl re-parses and re-serialises the document through python-docx.  For every example input
both are opened with python-docx and compared: paragraph texts and styles, every run's text, bold, italic,
size and font, table cell texts (with their runs), section page setup and header/footer texts.

Nothing needs normalising for what is compared.  What docxtpl changes harmlessly is simply not compared:
it re-serialises the XML (attribute order, namespace declarations, whitespace between elements), renumbers
drawing ids (``fix_docpr_ids``), widens table grids when ``{%tc%}`` adds cells (``fix_tables``; no template
uses it) and renders the core properties (docProps/core.xml).  Charts are reportgen's own addition: docxtpl
is given the same drawing runs (rendered inside ``images.collecting()``) but not the PNG parts, which are
not compared. The line and table rules reportgen applies after rendering (``finish``) are left out here: they
are reportgen's own, tested in ``test_justified_breaks``, ``test_line_rules``, ``test_table_rules`` and
``test_table_widths``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate

from reportgen import kinds
from reportgen.images import collecting
from reportgen.make.pipeline import prepare
from reportgen.make.render import make_environment, render_file

ROOT = Path(__file__).resolve().parents[1]
# every example that prints something (a partner list is a data input: it renders nothing to compare)
INPUTS = [p for p in sorted((ROOT / "inputs").glob("*.yaml")) if kinds.get(p.name.split("-")[0]).templates]


def _paragraph(p: Paragraph) -> tuple[Any, ...]:
    runs = tuple((r.text, r.bold, r.italic, r.font.size, r.font.name) for r in p.runs)
    return (p.text, p.style.name if p.style is not None else None, p.alignment, runs)


def _table(t: Table) -> list[Any]:
    return [
        [[_paragraph(p) for p in cell.paragraphs] + [_table(inner) for inner in cell.tables] for cell in row.cells]
        for row in t.rows
    ]


def _part_texts(part: Any) -> list[Any]:
    return [_paragraph(p) for p in part.paragraphs] + [_table(t) for t in part.tables]


def snapshot(data: bytes) -> dict[str, Any]:
    document: DocxDocument = docx.Document(io.BytesIO(data))
    sections = [
        {
            "page": (s.page_width, s.page_height, s.orientation),
            "margins": (s.left_margin, s.right_margin, s.top_margin, s.bottom_margin),
            "header": _part_texts(s.header),
            "first_header": _part_texts(s.first_page_header),
            "footer": _part_texts(s.footer),
            "first_footer": _part_texts(s.first_page_footer),
        }
        for s in document.sections
    ]
    return {
        "paragraphs": [_paragraph(p) for p in document.paragraphs],
        "tables": [_table(t) for t in document.tables],
        "sections": sections,
    }


def docxtpl_render(template: Path, context: dict[str, Any]) -> bytes:
    doc = DocxTemplate(template)
    with collecting():
        doc.render(context, jinja_env=make_environment(), autoescape=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("source", INPUTS, ids=[p.stem for p in INPUTS])
def test_fast_render_equals_docxtpl(source: Path) -> None:
    documents = prepare(source).documents
    assert documents
    for document in documents[:3]:  # split certificate files repeat the second document one person at a time
        template = ROOT / "templates" / f"{document.template}.docx"
        ours = snapshot(render_file(template, document.context, finish=False))
        theirs = snapshot(docxtpl_render(template, document.context))
        assert ours["paragraphs"] or ours["tables"], f"{document.template}: empty document"
        for key in ("sections", "paragraphs", "tables"):
            assert ours[key] == theirs[key], f"{source.name} → {document.template}: {key} differ"


def test_the_comparison_sees_a_difference() -> None:
    # Guard against a comparison that can never fail: a changed word or a lost bold run must show.
    source = next(p for p in INPUTS if p.name.startswith("bao_cao_nam-"))
    document = prepare(source).documents[0]
    template = ROOT / "templates" / f"{document.template}.docx"
    ours = snapshot(render_file(template, document.context, finish=False))
    changed = snapshot(render_file(template, {**document.context, "trich_yeu": "Khác"}, finish=False))
    assert ours["paragraphs"] != changed["paragraphs"]
