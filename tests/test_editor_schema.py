"""The schemas as the real editor sees them: yaml-language-server (VS Code's YAML engine) over LSP.

jsonschema (tests/test_schema.py) is not what staff run: yaml-language-server reads YAML 1.2, applies
JSON Schema ``format`` checks (it flagged the biên bản's ``08:00`` as "String is not a RFC3339 time") and
finds the schema from the file's first line. Installed from tools/editor-check/package-lock.json
(``npm ci --prefix tools/editor-check``; ``make test`` and ``.ci/run`` do it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lsp_client import YamlLanguageServer
from reportgen import kinds
from reportgen.author.scaffold import init_input

ROOT = Path(__file__).resolve().parents[1]
INPUTS = sorted((ROOT / "inputs").glob("*.yaml"))


@pytest.fixture(scope="module", params=["pinned", "current"])
def server(request: pytest.FixtureRequest) -> Iterator[YamlLanguageServer]:
    """Every test runs against the pinned release and the current one (what a VS Code installed today runs)."""
    running = YamlLanguageServer(request.param)
    yield running
    running.close()


def _shown(diagnostics: list[dict[str, Any]]) -> list[str]:
    return [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in diagnostics]


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_no_problem_on_any_example_input(server: YamlLanguageServer, path: Path) -> None:
    assert _shown(server.diagnostics(path)) == []


@pytest.mark.parametrize("kind", kinds.available())
def test_no_problem_on_what_init_writes_even_after_moving_it(
    server: YamlLanguageServer, kind: str, tmp_path: Path
) -> None:
    written = init_input(kind, tmp_path / "moi" / f"{kind}.yaml", ROOT / "schemas")[0]
    lines = written.read_text(encoding="utf-8").split("\n")
    flagged = [int(p.split(":", 1)[0]) for p in _shown(server.diagnostics(written))]
    # the only complaints are the required fields init leaves empty for the person to fill
    assert all(lines[n - 1].rstrip().endswith((":", ": []")) for n in flagged), [lines[n - 1] for n in flagged]
    moved = tmp_path / "thu-muc-khac" / "sau" / written.name
    moved.parent.mkdir(parents=True)
    shutil.move(written, moved)
    misspelt = moved.read_text(encoding="utf-8").replace("\nloai:", "\nloaii:", 1)
    problems = _shown(server.diagnostics(moved, misspelt))
    assert not [p for p in problems if "Unable to load schema" in p], problems
    assert any("Tên trường hoặc giá trị không đúng" in p for p in problems), problems


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_a_misspelt_field_is_flagged_in_vietnamese_on_its_line(server: YamlLanguageServer, tmp_path: Path) -> None:
    source = ROOT / "inputs" / "bao_cao_nam-da-nang-2022.yaml"
    text = source.read_text(encoding="utf-8").replace("\n    so_nguoi:", "\n    so_nguoii:", 1)
    text = text.replace("\nnam: ", "\nnam: hai nghìn # ", 1)
    copy = ROOT / "inputs" / "zz-sai-chinh-ta.yaml"  # beside the examples: their relative schema line must resolve
    problems = _shown(server.diagnostics(copy, text))
    misspelt = _line(text, "so_nguoii:")
    assert f"{misspelt}: Tên trường hoặc giá trị không đúng trong “Đoàn vào”. Các trường có thể ghi: " in (
        "\n".join(problems)
    ), problems
    year = _line(text, "nam: hai nghìn")
    assert any(p.startswith(f"{year}: Giá trị của “Năm báo cáo” không đúng.") for p in problems), problems
    assert not copy.exists()


def test_times_and_vietnamese_values_are_accepted(server: YamlLanguageServer, tmp_path: Path) -> None:
    source = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
    text = source.read_text(encoding="utf-8")
    assert 'gio_bat_dau: "08:00"' in text
    for written, fine in (("8 giờ 30", True), ("14h", True), ("8h30", True), ("mười giờ", False)):
        changed = text.replace('gio_bat_dau: "08:00"', f"gio_bat_dau: {written}")
        problems = _shown(server.diagnostics(ROOT / "inputs" / f"zz-gio-{written.replace(' ', '-')}.yaml", changed))
        assert (problems == []) == fine, (written, problems)
        if not fine:
            assert "Giá trị của “Giờ bắt đầu” không đúng" in problems[0]


def test_a_missing_required_field_is_named(server: YamlLanguageServer) -> None:
    """1.25 and later used to say only the object's message, without the field; 1.19 says it in English."""
    source = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
    text = "\n".join(
        line for line in source.read_text(encoding="utf-8").split("\n") if not line.startswith("dia_diem:")
    )
    problems = _shown(server.diagnostics(ROOT / "inputs" / "zz-thieu-truong.yaml", text))
    named = [p for p in problems if "dia_diem" in p]
    assert named, problems
    if server.release == "current":
        assert any(
            "Thiếu trường bắt buộc “dia_diem” (Địa điểm) trong “Biên bản cuộc họp, hội nghị”." in p for p in named
        )


def test_hover_shows_the_vietnamese_title_once_and_the_example_in_vietnamese(server: YamlLanguageServer) -> None:
    source = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
    lines = source.read_text(encoding="utf-8").split("\n")
    server.diagnostics(source)
    for key, title in (("ten_cuoc_hop:", "Tên cuộc họp"), ("co_quan:", "Cơ quan ban hành")):
        shown = server.hover(source, next(i for i, line in enumerate(lines) if line.startswith(key)), 2)
        assert shown.startswith(f"#### {title}\n"), shown
        assert f"**{title}**" not in shown, shown  # the heading is the title; the text is the description
        assert "Example" not in shown, shown
    shown = server.hover(source, next(i for i, line in enumerate(lines) if line.startswith("ten_cuoc_hop:")), 2)
    assert "Ví dụ: `Cuộc họp tổng kết công tác đối ngoại năm 2022`" in shown
