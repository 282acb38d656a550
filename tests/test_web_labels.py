"""Written for the people it is for: periods, choices and problems in words, not codes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from starlette.testclient import TestClient

from reportgen import kinds
from reportgen.author.fielddoc import doc, fill_words
from reportgen.web.app import Settings, create_app
from reportgen.web.forms import label

ROOT = Path(__file__).resolve().parents[1]
HALF = "bao_cao_nam-da-nang-6-thang-2023.yaml"


def test_home_shows_the_period_and_the_form_shows_choices_in_words(tmp_path: Path) -> None:
    for name in (HALF, "bao_cao_nam-da-nang-6-thang-2022.yaml", "bao_cao_nam-da-nang-2022.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    with TestClient(create_app(Settings(tmp_path, require_login=False)), base_url="http://127.0.0.1") as client:
        home = client.get("/").text
        assert "<td>6 tháng đầu năm 2023</td>" in home and "<td>Năm 2022</td>" in home
        assert "(bao_cao_nam)" not in home
        form = client.get(f"/sua/{HALF}").text
        assert '<option value="6_thang_dau_nam" selected>Báo cáo 6 tháng đầu năm</option>' in form
        assert 'id="muc-luc"' in form and '<details class="phan" id="phan-doan_vao" open>' in form


def test_a_problem_is_named_as_the_page_shows_it() -> None:
    assert label("bao_cao_nam", "doan_vao[2].tu_ngay") == "Đoàn vào, dòng 3, Từ ngày"
    assert label("bao_cao_nam", "co_quan.ten") == "Cơ quan ban hành, Tên cơ quan trong câu văn"
    assert label("bao_cao_nam", "") == ""


def _label(page: str, path: str) -> str:
    """The label text of a field (its title), as the form shows it."""
    found = re.search(rf'<label for="o-{re.escape(path)}" class="nhan-truong">([^<]*)', page)
    assert found, path
    return found[1].strip()


def _help(page: str, path: str) -> str:
    found = re.search(rf'id="truong-{re.escape(path)}">(.*?)</div>', page, re.DOTALL)
    assert found, path
    hints = re.findall(r'<span class="goi-y">([^<]*)</span>', found[1])
    return " ".join(hints)


def test_labels_follow_the_period_of_the_report(tmp_path: Path) -> None:
    """A 6-month report's tasks are for “6 tháng cuối năm 2023”, its comparison “cùng kỳ năm 2022”; a year
    report's for “năm 2023”; general files (scaffold, schema) keep the general words."""
    for name in (HALF, "bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    with TestClient(create_app(Settings(tmp_path, require_login=False)), base_url="http://127.0.0.1") as client:
        half = client.get(f"/sua/{HALF}").text
        year = client.get("/sua/bao_cao_nam-da-nang-2022.yaml").text
    assert _label(half, "noi_dung.muc_tieu") == "Mục tiêu 6 tháng cuối năm 2023"
    assert "Mục tiêu chung của công tác đối ngoại 6 tháng cuối năm 2023" in _help(half, "noi_dung.muc_tieu")
    assert "dự báo tình hình 6 tháng cuối năm 2023" in _help(half, "noi_dung.du_bao")
    assert "rút ra trong 6 tháng đầu năm 2023" in _help(half, "noi_dung.bai_hoc")
    assert "năm sau" not in half and "Mục tiêu kỳ sau" not in half
    assert _label(year, "noi_dung.muc_tieu") == "Mục tiêu năm 2023"
    assert "dự báo tình hình năm 2023" in _help(year, "noi_dung.du_bao")
    assert "năm sau" not in year
    # without an input the words stay general, as the scaffold and the editor schema write them
    general = doc("bao_cao_nam", "noi_dung.muc_tieu")
    assert general.tieu_de == "Mục tiêu kỳ sau" and "năm sau" in general.mo_ta and "{" not in general.mo_ta
    assert doc("bao_cao_nam", "noi_dung.muc_tieu").worded({}) == general


def test_a_kind_words_labels_only_from_a_period_it_can_read() -> None:
    words = kinds.get("bao_cao_nam").field_words
    assert words is not None
    assert words({"nam": 2023, "ky_bao_cao": {"ky": "quy", "quy": "IV"}})["ky_sau"] == "quý I năm 2024"
    running = words({"nam": 2023, "ky_bao_cao": {"ky": "thang", "thang": 7, "luy_ke_dau_nam": "có"}})
    assert (running["ky"], running["ky_sau"]) == ("tháng 7 và 7 tháng đầu năm 2023", "5 tháng cuối năm 2023")
    span = words({"nam": 2025, "ky_bao_cao": {"ky": "giai_doan", "tu_nam": 2021}})
    assert span["ky_sau"].replace("\u2060", "") == "giai đoạn 2026–2030"  # a word joiner keeps the years together
    assert words({"nam": "hai nghìn", "ky_bao_cao": {"ky": "6_thang_dau_nam"}}) == {}
    assert words({"ky_bao_cao": "6 tháng"}) == {}
    assert fill_words("Nhiệm vụ {ky_sau|năm sau}", {}) == "Nhiệm vụ năm sau"
    assert fill_words("Nhiệm vụ {ky_sau|năm sau}", {"ky_sau": "quý II năm 2026"}) == "Nhiệm vụ quý II năm 2026"
