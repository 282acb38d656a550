"""Every example in inputs/ builds, and every document it makes passes the Nghị định 30 checker cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.check.nd30 import check_docx
from reportgen.make.pipeline import build_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "inputs").glob("*.yaml"))
# Last year's example files list the year's aid projects as the published year reports do, without approval dates:
# a report whose window is cut from them cannot compare its aid, and says so as it would to a user (one warning
# naming last year's file and its projects). No other example warns.
EXPECTED_WARNINGS = {
    ("bao_cao_nam-da-nang-10-thang-2022.yaml", "tệp năm trước “bao_cao_nam-da-nang-2021.yaml” có 24 dự án không ghi"),
    ("bao_cao_nam-da-nang-thang-7-2023.yaml", "tệp năm trước “bao_cao_nam-da-nang-2022.yaml” có 29 dự án không ghi"),
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    results = build_paths(EXAMPLES, tmp_path_factory.mktemp("examples"), jobs=2)
    assert [r.source for r in results if not r.ok] == []
    said = [(r.source.name, w.message) for r in results for w in r.warnings]
    assert len(said) == len(EXPECTED_WARNINGS)
    assert {
        (name, start) for name, start in EXPECTED_WARNINGS for n, m in said if (n, m[: len(start)]) == (name, start)
    } == (EXPECTED_WARNINGS)
    return [path for r in results for path in r.written]


def test_every_kind_has_an_example() -> None:
    from reportgen import kinds

    assert {p.name.split("-", 1)[0] for p in EXAMPLES} == set(kinds.available())


def test_every_example_document_has_no_finding(outputs: list[Path]) -> None:
    assert len(outputs) >= len(EXAMPLES)
    findings = {path.name: [f.render() for f in check_docx(path)] for path in outputs}
    assert {name: found for name, found in findings.items() if found} == {}
