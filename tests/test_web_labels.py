"""Written for the people it is for: periods, choices and problems in words, not codes."""

from __future__ import annotations

import shutil
from pathlib import Path

from starlette.testclient import TestClient

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
