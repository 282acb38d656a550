"""What a report says without a pass in Word (issue 22, item 4): names with their capital, one country read as
one, one way of writing đồng, a tie never cut, every quotable figure listed."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from reportgen.blocks import locality
from reportgen.kinds.bao_cao_nam import quoted_wording
from reportgen.kinds.bao_cao_nam.charts import leading
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.quotable import QUOTABLE, RUNNING_ONLY, quotable_names
from reportgen.kinds.bao_cao_nam.wording import amounts
from reportgen.models import CoQuan
from test_bao_cao_nam import base, body_text, build, delegation

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("place", "name", "said"),
    [
        ("Thành phố Hồ Chí Minh", "Sở Ngoại vụ Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Hồ Chí Minh", "Sở Ngoại vụ Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Đà Nẵng", "Sở Ngoại vụ thành phố Đà Nẵng", "thành phố Đà Nẵng"),
        ("Thành phố Đà Nẵng", "Sở Ngoại vụ", "thành phố Đà Nẵng"),
        ("Quảng Trị", "Sở Ngoại vụ tỉnh Quảng Trị", "tỉnh Quảng Trị"),
    ],
)
def test_a_level_joined_to_a_proper_name_keeps_its_capital(place: str, name: str, said: str) -> None:
    issuer = CoQuan(ban_hanh=["SỞ NGOẠI VỤ"], ten=name, viet_tat="SNgV", dia_danh=place)
    assert locality(issuer) == said


def test_one_country_is_named_not_counted(tmp_path: Path) -> None:
    records = [delegation(i, country="Lào") for i in range(3)]
    data = base(doan_vao=records, doan_ra=[], nam_truoc=None)
    data["dia_phuong_doi_tac"] = [
        {"ten": f"Tỉnh {n}", "quoc_gia": "Lào", "nam_thiet_lap": 2010} for n in ("Sekong", "Attapeu", "Salavan")
    ]
    text = body_text(build(tmp_path, data))
    assert "đã đón tiếp 03 đoàn khách quốc tế của Lào với 24 lượt người đến thăm và làm việc." in text
    assert "Các đoàn đến từ" not in text and "01 quốc gia" not in text
    assert "có quan hệ hợp tác với 03 địa phương của Lào." in text


def test_several_countries_are_counted_and_the_leading_ones_named(tmp_path: Path) -> None:
    records = [delegation(1, country="Lào"), delegation(2, country="Lào"), delegation(3, country="Hàn Quốc")]
    text = body_text(build(tmp_path, base(doan_vao=records, nam_truoc=None)))
    assert "đã đón tiếp 03 đoàn khách quốc tế với 24 lượt người" in text
    assert "Các đoàn đến từ 02 quốc gia, vùng lãnh thổ và tổ chức quốc tế, nhiều nhất là Lào (02 đoàn)" in text


def test_dong_is_written_one_way_in_a_sentence() -> None:
    assert amounts({"VND": Decimal("1730000000")}) + " và " + amounts({"VND": Decimal("980000000")}) == (
        "1,73 tỷ đồng và 980 triệu đồng"
    )
    assert amounts({"VND": Decimal(0)}) == ""


def test_the_top_ten_never_cuts_a_tie() -> None:
    ranked = [("A", 5), ("B", 4), *[(f"C{i}", 3) for i in range(7)], ("D", 2), ("E", 2)]
    assert leading(ranked) == ranked[:9]  # the two at 2 delegations would make eleven: both left out
    assert leading([(f"X{i}", 1) for i in range(12)]) == []  # twelve share the first place: no chart
    assert leading(ranked[:3]) == ranked[:3]


def test_every_quotable_figure_is_listed_and_every_listed_one_exists() -> None:
    model = Input.model_validate(base())
    words = quoted_wording(figures_of(model, {"doan_vao": 1, "doan_ra": 1, "thoa_thuan": 1}))
    with_estimates = {group: set(v) for group, v in words.items() if group != "khac"}
    listed = {group: set(names) for group, names in quotable_names().items()}
    for group, names in with_estimates.items():
        assert names <= listed[group], (group, names - listed[group])
        only_when_typed = {"uoc_ca_nam"} | {n for g, n in RUNNING_ONLY if g == group}  # estimate, running total
        assert listed[group] - names <= only_when_typed, group


def test_the_readme_lists_every_quotable_figure_with_its_words() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for q in QUOTABLE:
        row = f"| `{q.group}` | `{q.name}` | {q.meaning} | {q.example} |"
        assert row in readme, row
    rows = re.findall(r"^\s*\| `(\w+)` \| `(\w+)` \|", readme, flags=re.MULTILINE)
    assert len([r for r in rows if r[0] != "khac"]) == len(QUOTABLE)


def test_an_aid_project_without_approval_date_is_named_in_a_period_report() -> None:
    from reportgen.kinds.bao_cao_nam import warnings

    data = base(nam_truoc=None, ky_bao_cao={"ky": "6_thang_dau_nam"}, doan_vao=[delegation(1)])
    data["du_an_pcpnn"] = [
        {"ten": "Nước sạch", "nha_tai_tro": "Tổ chức A", "cam_ket": "1.000", "ngay_phe_duyet": "10/03/2022"},
        {"ten": "Y tế", "nha_tai_tro": "Tổ chức B", "cam_ket": "2.000"},
    ]
    (warning,) = warnings(Input.model_validate(data))
    assert warning[0] == ("du_an_pcpnn", 1, "ngay_phe_duyet")
    assert warning[1].startswith("01 dự án không ghi “ngay_phe_duyet” (“Y tế”) nên được tính vào 6 tháng đầu năm 2022")


def test_approximate_and_cumulative_figures_are_written_as_reports_write_them(tmp_path: Path) -> None:
    data = base(nam_truoc={"so_lieu": {"doan_vao": 1}})
    data["so_lieu_khac"] = [
        {
            "ten": "Lượt khách tham quan",
            "don_vi": "lượt",
            "gia_tri": 800,
            "cach_ghi": "hon",
            "muc": "doan_vao",
            "cung_ky": 700,
        },
        {"ten": "Tỷ lệ hồ sơ trực tuyến", "don_vi": "%", "gia_tri": 45, "cach_ghi": "khoang", "muc": "lanh_su"},
        {
            "ten": "Thỏa thuận quốc tế đã ký",
            "don_vi": "thỏa thuận",
            "gia_tri": 103,
            "luy_ke": True,
            "muc": "thoa_thuan",
            "cung_ky": 98,
        },
    ]
    doc = build(tmp_path, data)
    text = body_text(doc)
    assert "Trong năm 2022, lượt khách tham quan là hơn 800 lượt." in text  # an approximation is not compared
    assert "Trong năm 2022, tỷ lệ hồ sơ trực tuyến là khoảng 45%." in text
    assert (
        "Lũy kế đến nay, thỏa thuận quốc tế đã ký là 103 thỏa thuận, tăng 05 thỏa thuận (5,1%) so với năm 2021." in text
    )
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows if len(r.cells) > 3]
    assert ["Lượt khách tham quan", "lượt", "700", "Hơn 800", ""] in [r[1:6] for r in rows]
    assert any(r[1] == "Thỏa thuận quốc tế đã ký (lũy kế)" for r in rows)
