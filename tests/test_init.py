"""``reportgen init``: a complete, commented draft input for every kind that builds as it is."""

from __future__ import annotations

import importlib
import inspect
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from reportgen import kinds
from reportgen.author.fielddoc import children, doc, missing_docs, walk
from reportgen.author.scaffold import scaffold
from reportgen.author.xlsx_sheets import sheets
from reportgen.cli import main
from reportgen.make.pipeline import build_file
from scaffolds import fill_required

ROOT = Path(__file__).resolve().parents[1]


def _documented(kind: str) -> None:
    if missing_docs(kind):
        pytest.fail(f"{kind}: thiếu mô tả trường trong data/mo_ta/{kind}.yaml: {', '.join(missing_docs(kind))}")


def _optional_examples(kind: str, model: Any, prefix: str = "") -> set[str]:
    """Example texts of the optional plain fields outside list records: none of them may reach a document."""
    found: set[str] = set()
    for field in children(model, prefix):
        if field.model is not None:
            if not field.is_list:
                found |= _optional_examples(kind, field.model, field.path + ".")
            continue
        example_value = doc(kind, field.path).vi_du
        default = None if field.required else field.info.get_default(call_default_factory=True)
        plain_text = isinstance(example_value, str) and len(example_value) > 12
        if not field.required and plain_text and example_value != default:
            found.add(str(example_value))
    return found


@pytest.mark.parametrize("kind", kinds.available())
def test_init_output_is_refused_while_samples_remain_and_invents_nothing_once_filled(kind: str, tmp_path: Path) -> None:
    _documented(kind)
    target = tmp_path / f"{kind}-moi.yaml"
    for asset in (ROOT / "inputs").glob("*.png"):  # what an office keeps beside its inputs (its Quốc huy)
        shutil.copyfile(asset, tmp_path / asset.name)
    assert main(["init", kind, str(target)]) == 0
    refused = build_file(target, tmp_path / "out", templates=ROOT / "templates")
    assert not refused.ok and not refused.written
    samples = fill_required(kind, target)
    marked = {p.field for p in refused.problems if p.code == "sample"}
    assert marked == set(samples)
    assert all(p.line and p.file.endswith(target.name) for p in refused.problems)
    result = build_file(target, tmp_path / "out", templates=ROOT / "templates")
    assert result.ok, [p.render() for p in result.problems]
    if not kinds.get(kind).templates:  # a data kind (a partner list) renders nothing
        assert result.written == []
        return
    text = "".join(t.text or "" for t in Document(str(result.written[0])).element.body.iter(qn("w:t")))
    if "van_ban" in kinds.get(kind).input.model_fields:  # speeches have no number line
        assert re.search(r"Số:[\s\xa0]*/", text), "a draft shows the number line without a number"
    assert "None" not in text and "{{" not in text
    own_wording = inspect.getsource(
        importlib.import_module(f"reportgen.kinds.{kind}")
    )  # a kind's standard sentence for an empty field is no sample
    leaked = [e for e in _optional_examples(kind, kinds.get(kind).input) if e in text and e[:-1] not in own_wording]
    assert not leaked, f"sample text nobody typed reached the document: {leaked}"


def test_a_sample_record_is_named_with_its_line_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bc.yaml"
    assert main(["init", "bao_cao_nam", str(target)]) == 0
    capsys.readouterr()
    assert main(["build", str(target), "-o", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    line = next(i for i, t in enumerate(target.read_text(encoding="utf-8").split("\n"), 1) if "- ten_doan:" in t)
    assert f"bc.yaml:{line}:1: doan_vao[0]: còn mục mẫu" in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


@pytest.mark.parametrize("kind", kinds.available())
def test_every_field_is_present_with_a_comment_above_it(kind: str, tmp_path: Path) -> None:
    _documented(kind)
    target = tmp_path / "x.yaml"
    made = scaffold(kind, target, ROOT / "schemas")
    lines = made.yaml_text.split("\n")
    assert lines[0].startswith("# yaml-language-server: $schema=")
    assert lines[0].endswith(f"schemas/{kind}.schema.json")
    key = 0
    fields = walk(kinds.get(kind).input)
    values = {f.path for f in fields if f.model is None}
    for field in fields:  # the scaffold writes fields in this order
        if field.path.rsplit(".", 1)[0].removesuffix("[]") in values:
            continue  # records a value may also be written as (dated amounts): the value's comment says how
        entry = doc(kind, field.path)
        key = next(
            i
            for i in range(key + 1, len(lines))
            if lines[i].strip().removeprefix("# ").removeprefix("- ").startswith(field.name + ":")
        )
        assert lines[key - 1].strip().startswith(f"# {entry.tieu_de}"), (field.path, lines[key - 1])
        assert entry.mo_ta in lines[key - 1]


def test_annual_report_scaffold_is_a_draft_with_the_expected_comments(tmp_path: Path) -> None:
    text = scaffold("bao_cao_nam", tmp_path / "bc.yaml").yaml_text
    assert "  so:\n" in text and "  ngay:\n" in text
    assert (
        "  # Số văn bản: Số thứ tự của văn bản trong năm do văn thư cấp; để trống khi còn là dự thảo. Ví dụ: 15\n"
    ) in text
    assert "    # Số người (bắt buộc): Số thành viên của đoàn, số nguyên.\n    so_nguoi: 12\n" in text
    assert "# Các danh sách có thể nhập từ Excel: reportgen import-xlsx bc.xlsx --into bc.yaml\n" in text


def test_init_writes_an_excel_template_with_vietnamese_headers(tmp_path: Path) -> None:
    assert main(["init", "bao_cao_nam", str(tmp_path / "bc.yaml")]) == 0
    book = load_workbook(tmp_path / "bc.xlsx")
    expected = [s.title for s in sheets("bao_cao_nam")]
    assert book.sheetnames == ["Hướng dẫn", *expected]
    assert expected == [
        "Đoàn vào",
        "Đoàn ra",
        "Thỏa thuận quốc tế",
        "Hội nghị quốc tế",
        "Dự án PCPNN",
        "Địa phương đối tác",
        "Số liệu khác",
        "Số liệu theo năm",
    ]
    headers = [c.value for c in book["Đoàn vào"][1]]
    assert headers == [
        "Tên đoàn",
        "Trưởng đoàn",
        "Quốc gia",
        "Cấp đoàn",
        "Từ ngày",
        "Đến ngày",
        "Số người",
        "Người tiếp",
        "Nội dung làm việc",
    ]
    note = book["Đoàn vào"]["E1"].comment
    assert note is not None and "Ví dụ: 15/03/2024" in note.text and "(Bắt buộc)" in note.text
    assert book["Đoàn vào"].column_dimensions["E"].number_format == "DD/MM/YYYY"


@pytest.mark.parametrize("kind", kinds.available())
def test_sheet_names_and_headers_are_usable_in_excel(kind: str) -> None:
    for spec in sheets(kind):
        assert len(spec.title) <= 31 and not set(spec.title) & set("[]:*?/\\")
        headers = [c.header for c in spec.columns]
        assert len(headers) == len(set(headers)), f"{kind}/{spec.title}: tiêu đề cột trùng nhau"
        assert spec.field.model is not None
        assert [c.field.name for c in spec.columns] == [
            f.name for f in children(spec.field.model, spec.field.path + "[].") if f.model is None
        ]


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bc.yaml"
    target.write_text("# của tôi\n", encoding="utf-8")
    assert main(["init", "bao_cao_nam", str(target)]) == 3
    assert target.read_text(encoding="utf-8") == "# của tôi\n"
    assert not (tmp_path / "bc.xlsx").exists()
    err = capsys.readouterr().err
    assert "bc.yaml đã có; reportgen không ghi đè. Hãy chọn tên tệp khác hoặc tự xóa tệp cũ." in err


def test_init_refuses_when_only_the_workbook_exists(tmp_path: Path) -> None:
    (tmp_path / "bc.xlsx").write_bytes(b"x")
    assert main(["init", "bao_cao_nam", str(tmp_path / "bc.yaml")]) == 3
    assert not (tmp_path / "bc.yaml").exists()


def test_init_unknown_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["init", "bao_cao", str(tmp_path / "x.yaml")]) == 2
    assert "không có loại văn bản “bao_cao”" in capsys.readouterr().err


def test_the_workbook_has_drop_downs_vietnamese_formats_and_a_frozen_header(tmp_path: Path) -> None:
    assert main(["init", "bao_cao_nam", str(tmp_path / "bc.yaml")]) == 0
    book = load_workbook(tmp_path / "bc.xlsx")
    projects, agreements, visits = book["Dự án PCPNN"], book["Thỏa thuận quốc tế"], book["Đoàn vào"]
    lists = {str(v.sqref): v for v in projects.data_validations.dataValidation if v.type == "list"}
    currencies = lists["H2:H1000"]
    assert currencies.formula1 == '"VND,USD,EUR,JPY,KRW,AUD,GBP,CHF,CAD,SGD,CNY,THB"'
    assert currencies.errorStyle == "information"  # a suggestion: any other ISO 4217 code is accepted
    yes_no = [v for v in agreements.data_validations.dataValidation if v.type == "list"]
    assert [(str(v.sqref), v.formula1) for v in yes_no] == [("H2:H1000", '"Có,Không"')]
    assert yes_no[0].error == "Thiết lập quan hệ mới: chọn một trong: Có, Không."
    whole = [v for v in visits.data_validations.dataValidation if v.type == "whole"]
    assert [str(v.sqref) for v in whole] == ["G2:G1000"]
    assert visits.column_dimensions["E"].number_format == "DD/MM/YYYY"
    assert visits.column_dimensions["G"].number_format == "#,##0"
    assert projects.column_dimensions["F"].number_format == "#,##0.00"
    assert all(ws.freeze_panes == "A2" for ws in book.worksheets[1:])


def test_a_list_left_empty_on_purpose_has_no_sample_record_and_shows_its_shape(tmp_path: Path) -> None:
    """The per-year totals of a span report are refused in any other report: a sample record there would stop a
    year report made from the scaffold from being saved once its required fields are typed."""
    text = scaffold("bao_cao_nam", tmp_path / "x.yaml", ROOT / "schemas").yaml_text
    data = yaml.safe_load(text)
    assert data["so_lieu_theo_nam"] == [] and data["doan_vao"]  # other lists keep their one sample
    after = text[text.index("so_lieu_theo_nam: []") :].split("\n")
    assert after[2].strip() == "# - nam: 2021"  # the shape, commented: uncomment to use
