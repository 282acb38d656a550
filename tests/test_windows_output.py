"""Every command prints correct Vietnamese when its output is redirected on Windows (cp1252, cp1258).

A redirected stream takes the ANSI code page there, which has no “ộ”: without the UTF-8 switch in
``cli.main`` the commands died with exit 4 (``build`` after writing the .docx). Run as a separate process
through ``python -m reportgen``, exactly as the Windows README tells staff, with stdout and stderr in files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.make.pipeline import build_file

ROOT = Path(__file__).resolve().parents[1]
BIEN_BAN = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
ENCODINGS = ["cp1252", "cp1258"]


def run(encoding: str, folder: Path, *args: str) -> tuple[int, str, str]:
    """Run ``python -m reportgen`` with both streams redirected to files; return them decoded as strict UTF-8."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    out, err = folder / "ra.txt", folder / "loi.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        code = subprocess.run(
            [sys.executable, "-m", "reportgen", *args], cwd=ROOT, env=env, stdout=stdout, stderr=stderr, check=False
        ).returncode
    return code, out.read_bytes().decode("utf-8"), err.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build_file(BIEN_BAN, tmp_path_factory.mktemp("docx"), templates=ROOT / "templates")
    assert result.ok, result.problems
    return result.written[0]


CASES = {
    "help": (["--help"], 0, "Các lệnh"),
    "version": (["--version"], 0, "reportgen "),
    "kinds": (["kinds"], 0, "Biên bản"),
    "validate": (["validate", str(BIEN_BAN)], 0, "Kiểm tra: 1/1 tệp đầu vào thành công"),
    "schema": (["schema", "bien_ban"], 0, "Biên bản"),
    "check --explain": (["check", "--explain", "ND30-PAGE-MARGIN-LEFT"], 0, "Nghị định 30/2020/NĐ-CP"),
    "usage error": (["buil"], 2, "Lỗi: không có lệnh"),
    "input error": (["validate", "khong-co-tep.yaml"], 1, "khong-co-tep.yaml"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_simple_commands(encoding: str, case: str, tmp_path: Path) -> None:
    args, expected_code, expected_text = CASES[case]
    code, out, err = run(encoding, tmp_path, *args)
    assert code == expected_code, out + err
    assert expected_text in out + err
    assert "Lỗi bất ngờ" not in err


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_build_prints_vietnamese(encoding: str, tmp_path: Path) -> None:
    code, out, err = run(encoding, tmp_path, "build", str(BIEN_BAN), "-o", str(tmp_path / "ket-qua"))
    assert code == 0, out + err
    assert "Đã tạo " in out and "Sinh văn bản: 1/1 tệp đầu vào thành công" in out


@pytest.mark.libreoffice
def test_build_with_pdf_prints_vietnamese(tmp_path: Path) -> None:
    code, out, err = run("cp1258", tmp_path, "build", str(BIEN_BAN), "-o", str(tmp_path / "ket-qua"), "--pdf")
    assert "Lỗi bất ngờ" not in err, err
    assert code == 0, out + err
    assert "Sinh văn bản: 1/1 tệp đầu vào thành công" in out and ".pdf" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_text_and_json(encoding: str, tmp_path: Path, built: Path) -> None:
    code, out, err = run(encoding, tmp_path, "check", str(built))
    assert code == 0, out + err
    assert "Đã kiểm tra 1 tệp" in out
    code, out, err = run(encoding, tmp_path, "check", str(built), "--json")
    assert code == 0, out + err
    assert json.loads(out) == [] or all("message" in r for r in json.loads(out))


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_json_with_findings_is_utf8(encoding: str, tmp_path: Path, built: Path) -> None:
    """``check … --json > ket-qua.json``, the README's own example, on a document with findings."""
    from docx import Document
    from docx.shared import Mm

    document = Document(str(built))
    document.sections[0].left_margin = Mm(20)
    spoilt = tmp_path / "lề-sai.docx"
    document.save(str(spoilt))
    code, out, err = run(encoding, tmp_path, "check", str(spoilt), "--json")
    assert code == 1, out + err
    records = json.loads(out)
    assert records and any("lề" in r["message"].lower() for r in records), records


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_templates(encoding: str, tmp_path: Path) -> None:
    code, out, err = run(encoding, tmp_path, "check", "--templates")
    assert code == 0, out + err
    templates = len(list((ROOT / "templates").glob("*.docx")))
    assert f"Đã kiểm tra {templates} mẫu" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_init_and_import(encoding: str, tmp_path: Path) -> None:
    target = tmp_path / "báo-cáo.yaml"
    code, out, err = run(encoding, tmp_path, "init", "bao_cao_nam", str(target))
    assert code == 0, out + err
    assert "Đã tạo" in out and "báo-cáo.xlsx" in out
    code, out, err = run(encoding, tmp_path, "import-xlsx", str(target.with_suffix(".xlsx")), "--into", str(target))
    assert "Đã nhập vào" in out, out + err
    assert "Lỗi bất ngờ" not in err
