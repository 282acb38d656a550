"""``reportgen check``: Nghị định 30 findings on .docx files and folders, JSON output, exit codes, templates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

from reportgen.check.nd30 import RULES
from reportgen.cli import main
from reportgen.make.pipeline import build_file
from test_contract import retag

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).parent / "sample_report.yaml"
KEYS = {"file", "rule", "severity", "message", "expected", "actual", "location"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report as built today, minus the literal ``{{ x }}`` the sample types to test escaping.

    A document that shows ``{{ x }}`` is not ready to sign whoever typed it, so the checker rightly reports it
    (ND30-LEFTOVER); that is covered in ``test_text_typed_like_a_tag_is_reported``.
    """
    folder = tmp_path_factory.mktemp("check")
    text = SAMPLE.read_text(encoding="utf-8")
    assert "{{ x }}" in text
    source = folder / "sample_report.yaml"
    source.write_text(text.replace(" {{ x }}", ""), encoding="utf-8")
    result = build_file(source, folder / "outputs", templates=ROOT / "templates")
    assert result.ok, result.problems
    return result.written[0]


def spoilt(generated: Path, target: Path) -> Path:
    document = Document(str(generated))
    document.sections[0].left_margin = Mm(20)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


def test_generated_report_passes(capsys: pytest.CaptureFixture[str], generated: Path) -> None:
    code, out, err = run(capsys, "check", str(generated))
    assert code == 0, out + err
    assert out.splitlines()[-1] == "Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo"


def test_wrong_margin_exits_1_and_names_the_rule(
    capsys: pytest.CaptureFixture[str], generated: Path, tmp_path: Path
) -> None:
    bad = spoilt(generated, tmp_path / "le-hep.docx")
    code, out, _ = run(capsys, "check", str(bad))
    assert code == 1
    [line] = [x for x in out.splitlines() if "[ND30-PAGE-MARGIN-LEFT]" in x]
    assert line.startswith(f"{bad}: [ND30-PAGE-MARGIN-LEFT] lỗi: ")
    assert "(cần: 30 mm – 35 mm; thấy: 20 mm) — mục 1" in line
    assert out.splitlines()[-1] == f"Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo; tệp có lỗi: {bad}"


def test_json_is_an_array_of_findings(capsys: pytest.CaptureFixture[str], generated: Path, tmp_path: Path) -> None:
    bad = spoilt(generated, tmp_path / "le-hep.docx")
    code, out, _ = run(capsys, "check", "--json", str(bad), str(generated))
    assert code == 1
    records = json.loads(out)
    assert records and all(set(r) == KEYS for r in records)
    [margin] = [r for r in records if r["rule"] == "ND30-PAGE-MARGIN-LEFT"]
    assert (margin["file"], margin["severity"], margin["actual"]) == (str(bad), "error", "20 mm")
    assert all(r["rule"] in RULES for r in records)


def test_text_typed_like_a_tag_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = build_file(SAMPLE, tmp_path, templates=ROOT / "templates")
    code, out, _ = run(capsys, "check", str(result.written[0]))
    assert code == 1
    assert "[ND30-LEFTOVER] lỗi: " in out and "{{ x" in out


@pytest.mark.parametrize(("name", "content"), [("ghi-chu.txt", b"Bao cao"), ("gia.docx", b"khong phai zip")])
def test_file_that_is_not_a_docx_exits_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "check", str(path))
    assert code == 3
    assert f"{path}: [ND30-FILE-UNREADABLE] lỗi: Tệp không phải là văn bản Word (.docx)." in out.splitlines()
    assert "Traceback" not in out + err


def test_missing_file_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "check", str(tmp_path / "khong-co.docx"))
    assert code == 3
    assert "lỗi: Không tìm thấy tệp." in out


def test_folder_is_searched_skipping_lock_and_hidden_files(
    capsys: pytest.CaptureFixture[str], generated: Path, tmp_path: Path
) -> None:
    shutil.copy(generated, tmp_path / "tot.docx")
    bad = spoilt(generated, tmp_path / "con" / "le-hep.docx")
    (tmp_path / "~$tot.docx").write_bytes(b"Word lock file")
    (tmp_path / ".an").mkdir()
    (tmp_path / ".an" / "x.docx").write_bytes(b"hidden")
    (tmp_path / "ghi-chu.txt").write_text("không phải văn bản", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1
    assert "[ND30-PAGE-MARGIN-LEFT]" in out and str(bad) in out
    assert "~$" not in out and ".an" not in out
    assert out.splitlines()[-1].startswith("Đã kiểm tra 2 tệp: 1 lỗi")


def test_empty_folder_and_no_argument(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "check", str(tmp_path))
    assert (code, err) == (0, "Không tìm thấy tệp .docx nào để kiểm tra (thư mục trống): không có gì để báo.\n")
    code, _, err = run(capsys, "check")
    assert code == 2
    assert err.startswith("Lỗi: thiếu đối số TỆP|THƯ_MỤC...")


def test_check_templates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs)
    code, out, err = run(capsys, "check", "--templates", "--inputs-dir", str(inputs))
    assert code == 0, out + err
    assert out.splitlines()[-1].startswith(f"Đã kiểm tra {len(list((ROOT / 'templates').glob('*.docx')))} mẫu: 0 lỗi")


def test_check_templates_reports_a_misspelt_tag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder, inputs = tmp_path / "mau", tmp_path / "inputs"
    shutil.copytree(ROOT / "templates", folder)
    shutil.copytree(ROOT / "inputs", inputs)
    retag(ROOT / "templates" / "bao_cao_nam.docx", folder / "bao_cao_nam.docx", "{{ dia_phuong }}", "{{ dia_phuongg }}")
    code, out, _ = run(capsys, "check", "--templates-dir", str(folder), "--inputs-dir", str(inputs), "--json")
    assert code == 1
    [record] = [r for r in json.loads(out) if r["severity"] == "error"]
    assert (record["file"], record["rule"]) == (str(folder / "bao_cao_nam.docx"), "TEMPLATE-UNKNOWN-TAG")
    assert record["message"].endswith("có phải ý là “dia_phuong”?")


def test_readme_lists_every_rule_as_the_catalogue_says() -> None:
    from reportgen.check.report import rules_table
    from reportgen.check.templates.contract import RULES as TEMPLATE_RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Kiểm tra thể thức văn bản") : readme.index("## For developers")]
    assert rules_table(RULES) in section
    assert rules_table(TEMPLATE_RULES) in section
