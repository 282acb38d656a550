"""Every example in inputs/ builds, and every document it makes passes the Nghị định 30 checker cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.check.nd30 import check_docx
from reportgen.make.pipeline import build_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "inputs").glob("*.yaml"))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    results = build_paths(EXAMPLES, tmp_path_factory.mktemp("examples"), jobs=2)
    assert [r.source for r in results if not r.ok] == []
    assert [w for r in results for w in r.warnings] == []
    return [path for r in results for path in r.written]


def test_every_kind_has_an_example() -> None:
    from reportgen import kinds

    assert {p.name.split("-", 1)[0] for p in EXAMPLES} == set(kinds.available())


def test_every_example_document_has_no_finding(outputs: list[Path]) -> None:
    assert len(outputs) >= len(EXAMPLES)
    findings = {path.name: [f.render() for f in check_docx(path)] for path in outputs}
    assert {name: found for name, found in findings.items() if found} == {}
