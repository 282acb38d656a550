"""Every document kind keeps its contract: all its parts exist, its documents are what its context documents, its
example passes the Nghị định 30 checker, and deleting a block its profile requires is noticed.

Nothing here names a kind: a kind added by following the README's recipe is tested the moment its files exist.
"""

from __future__ import annotations

import dataclasses
import io
import json
import typing
from functools import cache
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from reportgen import kinds
from reportgen.author.fielddoc import missing_docs
from reportgen.blocks.context import variables
from reportgen.blocks.profile import Block
from reportgen.check.nd30 import check_docx, from_blocks
from reportgen.check.report import declared_profiles
from reportgen.kinds import Kind
from reportgen.make.pipeline import Prepared, prepare
from reportgen.make.render import render_file

ROOT = Path(__file__).resolve().parents[1]
KINDS = kinds.available()
SCHEMA_LINE = "# yaml-language-server: $schema="


def examples(kind: str) -> list[Path]:
    return sorted((ROOT / "inputs").glob(f"{kind}-*.yaml"))


@pytest.mark.parametrize("kind", KINDS)
def test_kind_has_every_part(kind: str) -> None:
    """The files of the README's recipe, each of them: a missing one is named."""
    contract = kinds.get(kind)
    assert isinstance(contract, Kind)
    missing = []
    loai = contract.input.model_fields.get("loai")
    if loai is None or typing.get_args(loai.annotation) != (kind,):
        missing.append(f'Input.loai: Literal["{kind}"]')
    if not (ROOT / "src" / "reportgen" / "data" / "mo_ta" / f"{kind}.yaml").is_file():
        missing.append(f"src/reportgen/data/mo_ta/{kind}.yaml")
    generated = json.loads((ROOT / "tools" / "generated-templates.json").read_text(encoding="utf-8"))
    for template in contract.templates:
        for part in (f"templates/{template}.docx", f"tools/tpl_{template}.py"):
            if not (ROOT / part).is_file():
                missing.append(part)
        if template not in generated:
            missing.append(f"tools/generated-templates.json: {template}.docx (run make templates)")
    if not examples(kind):
        missing.append(f"inputs/{kind}-….yaml")
    for example in examples(kind):
        if not example.read_text(encoding="utf-8").startswith(SCHEMA_LINE):
            missing.append(f"{example.name}: first line {SCHEMA_LINE}…")
    for part in (f"schemas/{kind}.schema.json", f"tests/test_{kind}.py"):
        if not (ROOT / part).is_file():
            missing.append(part)
    assert missing == [], f"kind {kind} lacks: {missing}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_input_field_and_template_variable_is_described(kind: str) -> None:
    contract = kinds.get(kind)
    assert missing_docs(kind) == []
    assert contract.templates, "a kind renders at least one template"
    for template, context in contract.templates.items():
        assert dataclasses.is_dataclass(context), template
        undescribed = [v.path for v in variables(context) if not v.mo_ta]
        assert undescribed == [], f"{template}: variables without a Vietnamese description"


@cache
def prepared(example: Path) -> Prepared:
    return prepare(example)


def first_example(kind: str) -> Path:
    found = examples(kind)
    assert found, f"no example for {kind}"
    return found[0]


@pytest.mark.parametrize("kind", KINDS)
def test_documents_are_their_documented_context(kind: str) -> None:
    contract = kinds.get(kind)
    # A tờ trình's dự thảo is the drafted kind's own document: its template and context are that kind's.
    every = {t: c for k in KINDS for t, c in kinds.get(k).templates.items()}
    for example in examples(kind):
        for document in prepared(example).documents:
            assert document.template in contract.templates or document.suffix, document.template
            names = {f.name for f in dataclasses.fields(every[document.template])}
            assert set(document.context) == names, example.name


def main_document(kind: str) -> bytes:
    document = prepared(first_example(kind)).documents[0]
    return render_file(ROOT / "templates" / f"{document.template}.docx", document.context)


@pytest.mark.parametrize("kind", KINDS)
def test_example_has_no_finding(kind: str) -> None:
    """No finding as ``reportgen check`` judges it, and none under the kind's own declared profile."""
    own = from_blocks(kinds.get(kind).profile)
    for example in examples(kind):
        for i, document in enumerate(prepared(example).documents):
            data = render_file(ROOT / "templates" / f"{document.template}.docx", document.context)
            found = check_docx(data, declared=declared_profiles)  # as reportgen check judges it
            assert [f.render() for f in found] == [], f"{example.name} → {document.template}"
            if i == 0:  # the profile is the main document's
                assert [f.render() for f in check_docx(data, own)] == [], f"{example.name}, own profile"


def _cells(doc: typing.Any, skip_header: bool = False) -> list[_Cell]:
    tables = doc.tables[1:] if skip_header else doc.tables  # the first table is the header of page 1
    return [cell for table in tables for row in table.rows for cell in row.cells]


def _clear(paragraph: Paragraph) -> None:
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)


def _texts(cell: _Cell) -> list[str]:
    return [p.text.strip() for p in cell.paragraphs if p.text.strip()]


def _is_signer(cell: _Cell) -> bool:
    """A cell whose lines are a title in capitals and, last, a name."""
    lines = _texts(cell)
    return len(lines) >= 2 and lines[0].isupper() and len(lines[0]) > 3 and not lines[-1].isupper()


def _without(data: bytes, block: Block) -> bytes:
    doc = open_docx(io.BytesIO(data))
    cells = _cells(doc)
    if block is Block.SO_KY_HIEU:
        targets = [p for c in cells for p in c.paragraphs if p.text.strip().startswith("Số")]
    elif block is Block.NOI_NHAN:
        holder = [c for c in cells if _texts(c)[:1] == ["Nơi nhận:"]]
        targets = [p for c in holder for p in c.paragraphs]
    else:
        signers = [c for c in _cells(doc, skip_header=True) if _is_signer(c)]
        targets = [p for c in signers for p in c.paragraphs]
    assert targets, f"the example shows no {block.ten}"
    for paragraph in targets:
        _clear(paragraph)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# The block, and a word of the rule id the checker reports its absence under.
REMOVABLE = {Block.SO_KY_HIEU: "NUMBER", Block.NOI_NHAN: "NOI-NHAN", Block.CHU_KY: "SIGN"}
CASES = [(k, b) for k in KINDS for b in REMOVABLE if kinds.get(k).profile.requires(b)]


@pytest.mark.parametrize(("kind", "block"), CASES, ids=[f"{k}-{b.value}" for k, b in CASES])
def test_deleting_a_required_block_is_reported(kind: str, block: Block) -> None:
    """Under the kind's own profile, and as ``reportgen check`` judges the file (type detected from the page)."""
    data = _without(main_document(kind), block)
    for how in (from_blocks(kinds.get(kind).profile), None):
        rules = [f.rule for f in check_docx(data, how, declared=declared_profiles)]
        assert any(REMOVABLE[block] in rule for rule in rules), f"{kind} without its {block.ten} ({how}): {rules}"


@pytest.mark.parametrize("kind", KINDS)
def test_number_line_follows_the_declared_symbol_rule(kind: str) -> None:
    """``Symbol("TB")``: ``Số: 05/TB-…``; ``Symbol(None)`` (công văn): no type code; no symbol: no number at all."""
    from reportgen.check.nd30.profiles import KIND_ABBREVIATIONS

    contract = kinds.get(kind)
    context = prepared(first_example(kind)).documents[0].context
    if contract.symbol is None:
        assert "so_ky_hieu" not in context and not contract.profile.requires(Block.SO_KY_HIEU)
        return
    symbol = context["so"].split("/", 1)[1]
    code = contract.symbol.type_code
    if code is None:
        assert symbol.split("-")[0] not in KIND_ABBREVIATIONS.values() and contract.profile.code == "CV"
    else:
        assert symbol.startswith(code + "-") and contract.profile.code == code
    assert context["so_ky_hieu"] == f"Số: {context['so']}"
