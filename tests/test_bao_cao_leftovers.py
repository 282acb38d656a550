"""Leftovers of issue 22 in the year report: the running window's new partner localities said and quotable, one
"gấp … lần" rule for every comparison (free-form figures too), the 2022 examples agreeing on their partners, and a
partner set up after the report's last day named in a warning, never left out silently.

Every figure asserted is counted by hand from the records of each test (helpers of ``test_periods``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import test_periods as tp
from reportgen.kinds import BuildEnv, Related
from reportgen.kinds.bao_cao_nam import figures, quoted_wording, warnings
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.partners import partner_figures
from reportgen.kinds.bao_cao_nam.quotable import QUOTABLE
from reportgen.kinds.bao_cao_nam.wording import change_phrase
from reportgen.load import load_file
from reportgen.make.validate import validate
from reportgen.vietnamese import compare_phrase, times

ROOT = Path(__file__).resolve().parents[1]
JULY = {"ky": "thang", "thang": 7, "luy_ke_dau_nam": "co"}


def partner(name: str, day: str) -> dict[str, Any]:
    return {"ten": name, "quoc_gia": "Lào", "ngay_thiet_lap": day}


def july(**changes: Any) -> dict[str, Any]:
    """A report of July 2023 with its running total: an inbound delegation on the 10th of each month."""
    inbound = [tp.inbound(f"10/{m:02d}/2023") for m in range(1, 8)]
    return tp.report(ky_bao_cao=JULY, doan_vao=inbound, doan_ra=[tp.outbound("15/07/2023")], **changes)


# Sekong before the year; Attapeu in March and Salavan in May are new in the year so far, none in July
PARTNERS = [
    {"ten": "Tỉnh Sekong", "quoc_gia": "Lào", "nam_thiet_lap": 2010},
    partner("Tỉnh Attapeu", "15/03/2023"),
    partner("Tỉnh Salavan", "20/05/2023"),
]


def body_of(tmp_path: Path, data: dict[str, Any]) -> tuple[str, list[str]]:
    doc, found = tp.build(tmp_path, data)
    return " ".join(tp.text(doc).split()), found


def _no_related(path: Path, loc: tuple[str | int, ...]) -> Related:
    raise AssertionError(f"no other input is read: {path} at {loc}")


def test_the_running_windows_new_partners_are_quotable(tmp_path: Path) -> None:
    model = Input.model_validate(july(dia_phuong_doi_tac=PARTNERS))
    env = BuildEnv(source=tmp_path / "bao_cao.yaml", load_related=_no_related)
    words = quoted_wording(figures(model, env))["dia_phuong_doi_tac"]
    assert (words["so_moi"], words["luy_ke_so_moi"], words["tong_so"]) == ("0", "02", "03")
    listed = [q for q in QUOTABLE if (q.group, q.name) == ("dia_phuong_doi_tac", "luy_ke_so_moi")]
    assert len(listed) == 1 and listed[0].meaning.endswith("(chỉ khi báo cáo có luy_ke_dau_nam)")


def test_a_two_window_report_says_the_running_windows_new_partners(tmp_path: Path) -> None:
    body, _ = body_of(tmp_path, july(dia_phuong_doi_tac=PARTNERS))
    assert "Đến nay, tỉnh Quảng Trị có quan hệ hợp tác với 03 địa phương của Lào." in body
    assert "Lũy kế 7 tháng đầu năm 2023, tỉnh Quảng Trị đã thiết lập quan hệ hợp tác với 02 địa phương mới." in body


def test_the_running_sentence_is_left_out_when_the_months_says_it_all(tmp_path: Path) -> None:
    partners = [PARTNERS[0], partner("Tỉnh Salavan", "20/07/2023")]  # the year's only new partner, in July
    body, _ = body_of(tmp_path, july(dia_phuong_doi_tac=partners))
    assert "Trong tháng 7 năm 2023, tỉnh Quảng Trị đã thiết lập quan hệ hợp tác với 01 địa phương mới" in body
    assert "Lũy kế 7 tháng đầu năm 2023, tỉnh Quảng Trị đã thiết lập" not in body
    body, _ = body_of(tmp_path, july(dia_phuong_doi_tac=PARTNERS[:1]))  # none new this year: nothing to add
    assert "địa phương mới" not in body


def test_growth_from_twofold_reads_gap_for_every_comparison() -> None:
    against = "cùng kỳ năm 2022"
    assert change_phrase(31, 6, against, "cuốn") == "tăng 25 cuốn, gấp 5,2 lần cùng kỳ năm 2022"
    assert change_phrase(12, 6, against, "đoàn") == "tăng 06 đoàn, gấp 2 lần cùng kỳ năm 2022"
    assert change_phrase(11, 6, against, "đoàn") == "tăng 05 đoàn (83,3%) so với cùng kỳ năm 2022"
    assert change_phrase(3, 6, against, "vụ") == "giảm 03 vụ (50%) so với cùng kỳ năm 2022"
    assert change_phrase(Decimal("7.5"), Decimal("2.5"), against, "tỷ đồng") == (
        "tăng 5 tỷ đồng, gấp 3 lần cùng kỳ năm 2022"
    )
    assert change_phrase(4, 0, against, "đoàn") == "tăng 04 đoàn so với cùng kỳ năm 2022"  # no ratio from zero
    # the same rule in the generic phrase and in the aid sums (one ``times`` for all)
    assert compare_phrase(12, 4, 2021, "đoàn") == "tăng 08 đoàn, gấp 3 lần năm 2021"
    assert compare_phrase(7, 4, 2021, "đoàn") == "tăng 03 đoàn (75%) so với năm 2021"
    assert times(Decimal("2.8"), 1) == "2,8" and times(199, 100) == "" and times(5, 0) == ""


def test_a_free_form_figure_grown_several_fold_reads_gap(tmp_path: Path) -> None:
    passports = {"ten": "Hộ chiếu công vụ cấp mới", "don_vi": "cuốn", "gia_tri": 31, "cung_ky": 6, "muc": "lanh_su"}
    passports |= {"ma": "ho_chieu", "gia_tri_luy_ke": 72, "cung_ky_luy_ke": 29}
    body, _ = body_of(tmp_path, july(so_lieu_khac=[passports], nam_truoc={"so_lieu": {"doan_vao": 1}}))
    assert (
        "Trong tháng 7 năm 2023, hộ chiếu công vụ cấp mới là 31 cuốn, tăng 25 cuốn, gấp 5,2 lần cùng kỳ năm 2022; "
        "lũy kế 7 tháng đầu năm 2023 là 72 cuốn, tăng 43 cuốn, gấp 2,5 lần cùng kỳ năm 2022." in body
    )
    assert "%)" not in body.split("hộ chiếu công vụ cấp mới là", 1)[1].split(".", 1)[0]


def _example(name: str) -> Input:
    model = validate(load_file(ROOT / "inputs" / name)).model
    assert isinstance(model, Input)
    return model


def test_the_2022_examples_agree_on_their_partners() -> None:
    """What one example counts at its day, the year's file counts alike: its records cut by the same window."""
    year = _example("bao_cao_nam-da-nang-2022.yaml").dia_phuong_doi_tac
    for name in ("bao_cao_nam-da-nang-10-thang-2022.yaml", "bao_cao_nam-da-nang-quy-iii-2022.yaml"):
        model = _example(name)
        mine = partner_figures(model.dia_phuong_doi_tac, model.period)
        assert mine == partner_figures(year, model.period), name
        assert all(p in year for p in model.dia_phuong_doi_tac), name  # copied records, none of their own


def test_a_partner_set_up_after_the_reports_last_day_is_named() -> None:
    later = [*PARTNERS, partner("Tỉnh Champasak", "09/08/2023"), partner("Tỉnh Luang Prabang", "01/09/2023")]
    [(loc, message)] = warnings(Input.model_validate(july(dia_phuong_doi_tac=later)))
    assert loc == ("dia_phuong_doi_tac", 3, "ngay_thiet_lap")
    assert message == (
        "02 địa phương đối tác thiết lập quan hệ sau ngày 31/7/2023, cuối kỳ báo cáo tháng 7 và 7 tháng đầu năm "
        "2023, nên không được tính vào số địa phương mới và tổng số: “Tỉnh Champasak” (09/8/2023) và "
        "“Tỉnh Luang Prabang” (01/9/2023); hãy kiểm tra lại ngày thiết lập"
    )
    year_only = {"ten": "Tỉnh Oudomxay", "quoc_gia": "Lào", "nam_thiet_lap": 2024}
    [(loc, message)] = warnings(Input.model_validate(july(dia_phuong_doi_tac=[*PARTNERS, year_only])))
    assert loc == ("dia_phuong_doi_tac", 3, "nam_thiet_lap") and "“Tỉnh Oudomxay” (năm 2024)" in message
    assert warnings(Input.model_validate(july(dia_phuong_doi_tac=PARTNERS))) == []
