"""Values the way staff write them: read correctly, or refused with a located Vietnamese hint — never misread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reportgen.kinds.bao_cao_nam import Input
from reportgen.load import load_text
from reportgen.make.validate import validate
from reportgen.problems import InputError

BASE = (Path(__file__).parent / "sample_report.yaml").read_text(encoding="utf-8")
INBOUND = next(line for line in BASE.splitlines() if "Gyeonggi" in line)
LINE = BASE.splitlines().index(INBOUND) + 1


def with_inbound(**fields: str) -> str:
    """The second inbound delegation rewritten in block style, one field per line from line LINE on."""
    record = {"ten_doan": "Đoàn thử", "quoc_gia": "Lào", "tu_ngay": "01/06/2022", "so_nguoi": "5", **fields}
    lines = [f"    {k}: {v}" for k, v in record.items()]
    lines[0] = "  - " + lines[0].lstrip()
    return BASE.replace(INBOUND, "\n".join(lines))


def line_of(text: str, field: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        if number >= LINE and line.lstrip(" -").startswith(field + ":"):
            return number, line.index(field + ":") + len(field) + 3
    raise AssertionError(field)


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        validate(load_text(text, "bc.yaml"))
    return [p.render() for p in caught.value.problems]


def model(text: str) -> Input:
    result = validate(load_text(text, "bc.yaml")).model
    assert isinstance(result, Input)
    return result


@pytest.mark.parametrize(
    ("written", "read"),
    [("2.100", 2100), ("12", 12), ("1.234.567", 1234567), ("'2.100'", 2100), ("07", 7), ("'03'", 3)],
)
def test_counts_written_the_vietnamese_way_are_read_correctly(written: str, read: int) -> None:
    assert model(with_inbound(so_nguoi=written)).doan_vao[1].so_nguoi == read


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "1:30",
            "“1:30” không phải là số; viết số theo cách Việt Nam: dấu chấm ngăn cách hàng nghìn (2.100), "
            "dấu phẩy trước phần thập phân (3,68)",
        ),
        ("0123", "“0123” bắt đầu bằng số 0; hãy bỏ số 0 ở đầu"),
        ("00", "“00” bắt đầu bằng số 0; hãy bỏ số 0 ở đầu"),
        ("3,5", "phải là số nguyên (không có phần thập phân)"),
        (
            "2.5",
            "“2.5” không rõ là số thập phân hay số hàng nghìn; viết số theo cách Việt Nam: dấu chấm ngăn cách "
            "hàng nghìn (2.100), dấu phẩy trước phần thập phân (3,68)",
        ),
        ("-4", "không được là số âm"),
        ("true", "phải là một số, không phải có/không"),
    ],
)
def test_counts_that_could_be_misread_are_refused(written: str, message: str) -> None:
    text = with_inbound(so_nguoi=written)
    line, column = line_of(text, "so_nguoi")
    assert problems(text) == [f"bc.yaml:{line}:{column}: doan_vao[1].so_nguoi: {message}"]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2023-02-31", "ngày 2023-02-31 không có thật trong lịch"),
        ("31/02/2022", "ngày 31/02/2022 không có thật trong lịch"),
        ("March 5", "“March 5” không phải là ngày; viết dạng ngày/tháng/năm, ví dụ 15/03/2022"),
    ],
)
def test_impossible_dates_are_refused(written: str, message: str) -> None:
    (rendered,) = problems(with_inbound(tu_ngay=written))
    assert rendered.endswith(f"doan_vao[1].tu_ngay: {message}")


def test_an_end_before_its_start_is_refused() -> None:
    (rendered,) = problems(with_inbound(tu_ngay="10/06/2022", den_ngay="08/06/2022"))
    assert rendered.endswith("doan_vao[1]: ngày kết thúc (08/06/2022) trước ngày bắt đầu (10/06/2022)")


AGREEMENT = (
    "thoa_thuan:\n  - ten: Bản ghi nhớ\n    doi_tac: Tỉnh Viêng Chăn\n    quoc_gia: Lào\n"
    "    ngay_ky: 05/05/2022\n    quan_he_moi: "
)


@pytest.mark.parametrize("written", ["NO", "yes", "on", "Off"])
def test_yaml_1_1_booleans_are_not_guessed(written: str) -> None:
    text = BASE + AGREEMENT + written + "\n"
    (rendered,) = problems(text)
    assert rendered.endswith("thoa_thuan[0].quan_he_moi: chỉ nhận true hoặc false (hoặc có/không)")


@pytest.mark.parametrize(("written", "read"), [("có", True), ("không", False), ("true", True)])
def test_vietnamese_yes_no_is_understood(written: str, read: bool) -> None:
    text = BASE + AGREEMENT + written + "\n"
    assert model(text).thoa_thuan[0].quan_he_moi is read


@pytest.mark.parametrize(
    ("written", "read"),
    [("11.974.405,56", Decimal("11974405.56")), ("3,68", Decimal("3.68")), ("250000", Decimal(250000))],
)
def test_amounts_written_the_vietnamese_way(written: str, read: Decimal) -> None:
    text = BASE + f"du_an_pcpnn:\n  - ten: Nước sạch\n    nha_tai_tro: JICA\n    cam_ket: {written}\n"
    assert model(text).du_an_pcpnn[0].cam_ket == read


def test_unknown_fields_are_errors_with_a_suggestion() -> None:
    (rendered,) = problems(BASE.replace("  luu: VT, HTQT", "  luu: VT, HTQT\n  noi_nhann: []"))
    assert rendered.endswith(
        "van_ban.noi_nhann: trường “noi_nhann” không có trong mẫu nhập liệu; có phải ý là “noi_nhan”?"
    )


def test_dates_outside_the_year_are_warnings_not_errors() -> None:
    text = with_inbound(tu_ngay="28/12/2021")
    validated = validate(load_text(text, "bc.yaml"))
    line, column = line_of(text, "tu_ngay")
    assert [w.render() for w in validated.warnings] == [
        f"bc.yaml:{line}:{column}: cảnh báo: doan_vao[1].tu_ngay: 01 mục có ngày ngoài kỳ báo cáo năm 2022 "
        "(01/01/2022–31/12/2022) nên không được tính: 01 đoàn vào (mục đầu tiên ngày 28/12/2021)"
    ]


def test_text_is_nfc_normalised() -> None:
    decomposed = "Đoàn Hòa Bình".replace("ò", "o\u0300")
    assert model(with_inbound(ten_doan=decomposed)).doan_vao[1].ten_doan == "Đoàn Hòa Bình"


def test_a_value_outside_a_list_of_choices_names_the_choices_in_vietnamese() -> None:
    text = BASE + "ky_bao_cao:\n  ky: nua_nam\n"
    (rendered,) = problems(text)
    assert rendered.endswith(
        "ky_bao_cao.ky: chỉ nhận một trong các giá trị: thang, quy, 6_thang_dau_nam, 9_thang, n_thang_dau_nam, nam,"
        " khoang_ngay, giai_doan"
    )


def test_a_document_number_written_with_its_leading_zero_is_read() -> None:
    """``so: 03`` as Nghị định 30 writes it; printed back as ``Số: 03/BC-…``."""
    text = with_inbound(so_nguoi="5").replace("  so: 5\n", "  so: 03\n", 1)
    assert "so: 03" in text
    assert model(text).van_ban.so == 3
