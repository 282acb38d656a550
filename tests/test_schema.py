"""The editor schema: every field documented in Vietnamese, every example valid, committed copies current."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reportgen import kinds
from reportgen.author.fielddoc import docs, field_example, missing_docs, unknown_docs
from reportgen.author.fielddoc import walk as walk_fields
from reportgen.author.schema import _property as schema_property
from reportgen.author.schema import json_schema, schema_comment, schema_text
from reportgen.cli import main
from reportgen.load import load_file

ROOT = Path(__file__).resolve().parents[1]
KINDS = kinds.available()
INPUTS = sorted((ROOT / "inputs").glob("*.yaml"))


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(kind: str, data: Any) -> list[str]:
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(kind).iter_errors(data)]


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_has_vietnamese_title_description_and_example(kind: str) -> None:
    missing = missing_docs(kind)
    assert not missing, (
        f"src/reportgen/data/mo_ta/{kind}.yaml thiếu tieu_de/mo_ta (và vi_du cho trường lá) của: " + ", ".join(missing)
    )
    assert not unknown_docs(kind), f"mo_ta/{kind}.yaml mô tả trường không còn tồn tại: {unknown_docs(kind)}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_property_carries_vietnamese_documentation(kind: str) -> None:
    schema = json_schema(kind)

    def walk(node: Any, where: str) -> None:
        for name, prop in node.get("properties", {}).items():
            assert prop.get("title") and prop.get("description"), f"{where}.{name}"
            assert prop.get("markdownDescription", "").startswith(prop["description"]), f"{where}.{name}"
            assert not prop["title"].replace(" ", "").isascii() or prop["title"].islower(), prop["title"]

    for name, definition in schema["$defs"].items():
        walk(definition, name)
        assert definition.get("description"), f"$defs.{name} has no Vietnamese description"
    walk(schema, "")


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_example_validates_against_its_own_schema(kind: str) -> None:
    schema = json_schema(kind)
    checked = 0

    for field in walk_fields(kinds.get(kind).input):
        prop = schema_property(schema, field.path)
        sample = field_example(kind, field)
        jsonschema.validate(sample, {"$defs": schema["$defs"], **prop}, cls=jsonschema.Draft202012Validator)
        checked += 1
    assert checked >= len(docs(kind))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_example_inputs_validate_against_the_printed_schema(path: Path) -> None:
    data = load_file(path).data
    assert _errors(data["loai"], data) == []


def test_schema_admits_what_the_validators_read_and_rejects_the_rest() -> None:
    base = load_file(ROOT / "inputs" / "bao_cao_nam-da-nang-2022.yaml").data
    record = {"ten_doan": "Đoàn A", "quoc_gia": "Lào", "tu_ngay": "15/03/2022", "so_nguoi": "2.100"}
    fine = [
        {**record},
        {**record, "so_nguoi": 2.1},  # what an editor reads from an unquoted 2.100
        {**record, "tu_ngay": "2022-03-15", "den_ngay": None},
    ]
    for doan in fine:
        assert _errors("bao_cao_nam", {**base, "doan_vao": [doan]}) == []
    assert (
        _errors(
            "bao_cao_nam",
            {
                **base,
                "thoa_thuan": [
                    {"ten": "MOU", "doi_tac": "X", "quoc_gia": "Lào", "ngay_ky": "01/02/2022", "quan_he_moi": "Có"}
                ],
            },
        )
        == []
    )
    bad = [
        ({**record, "tu_ngay": "mười lăm tháng ba"}, "doan_vao.0.tu_ngay"),
        ({**record, "so_nguoi": "nhiều"}, "doan_vao.0.so_nguoi"),
        ({**record, "so_nguoi": -3}, "doan_vao.0.so_nguoi"),
        ({**record, "so_nguoii": 3}, "doan_vao.0"),
    ]
    for doan, where in bad:
        errors = _errors("bao_cao_nam", {**base, "doan_vao": [doan]})
        assert [e for e in errors if e.startswith(where + ":")], (doan, errors)


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_up_to_date(kind: str) -> None:
    committed = ROOT / "schemas" / f"{kind}.schema.json"
    assert committed.is_file(), f"thiếu {committed.name}; chạy: reportgen schema -o schemas"
    assert committed.read_text(encoding="utf-8") == schema_text(kind), "chạy lại: reportgen schema -o schemas"


def test_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "bao_cao_nam"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema("bao_cao_nam")
    assert printed["$defs"]["DoanVao"]["properties"]["so_nguoi"]["title"] == "Số người"


def test_cli_schema_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "bao_cao"]) == 2
    assert "không có loại văn bản “bao_cao”; chọn một trong: " in capsys.readouterr().err


def test_cli_writes_schema_files(tmp_path: Path) -> None:
    assert main(["schema", "bao_cao_nam", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "bao_cao_nam.schema.json").read_text(encoding="utf-8") == schema_text("bao_cao_nam")


def test_schema_comment_is_an_absolute_uri_that_survives_moving_the_input(tmp_path: Path) -> None:
    line = schema_comment("bao_cao_nam", tmp_path / "a" / "x.yaml", tmp_path / "schemas")
    assert line == f"# yaml-language-server: $schema={(tmp_path / 'schemas' / 'bao_cao_nam.schema.json').as_uri()}"
    assert schema_comment("bao_cao_nam", tmp_path / "b" / "c" / "x.yaml", tmp_path / "schemas") == line
    assert schema_comment("bao_cao_nam", ROOT / "inputs" / "x.yaml") == (
        f"# yaml-language-server: $schema={(ROOT / 'schemas' / 'bao_cao_nam.schema.json').as_uri()}"
    )


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_example_inputs_start_with_the_editor_schema_line(path: Path) -> None:
    kind = load_file(path).data["loai"]
    if missing_docs(kind):
        pytest.skip(f"{kind} chưa có mô tả trường")  # the documentation test above fails for it already
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"
