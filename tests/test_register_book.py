"""``reportgen register``: the printed sổ đăng ký văn bản đi, with exactly the columns of NĐ30 Phụ lục IV."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from reportgen.cli import main
from reportgen.register.open import open_register
from reportgen.register.series import Series
from reportgen.register.store import Issued

# Nghị định 30/2020/NĐ-CP, Phụ lục IV, I.2 "Nội dung đăng ký văn bản đi", copied from the decree.
PHU_LUC_IV = [
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]


def record(workspace: Path, series: Series, tail: str, subject: str, day: date) -> int:
    with open_register(None, workspace) as register, register.reserve(series) as slot:
        slot.record(
            Issued(
                symbol_tail=tail,
                issued_on=day,
                issued_at=datetime(day.year, day.month, day.day, 2, tzinfo=UTC),
                type_name="Quyết định",
                subject=subject,
                signer="Phan Văn An",
                recipients=("Như Điều 3", "Sở Nội vụ", "Lưu: VT, VP"),
                copies=4,
                content_hash="0" * 64,
                source="qd.yaml",
                body_name="Ủy ban nhân dân thành phố Đà Nẵng\nSở Ngoại vụ",
            )
        )
    return slot.number


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for i in range(1, 4):
        record(tmp_path, Series("SNgV", 2026), "QĐ-SNgV", f"Về việc tặng Giấy khen đợt {i}", date(2026, 3, i))
    record(tmp_path, Series("SNgV", 2026, secret=True), "QĐ-SNgV", "Về việc mật", date(2026, 3, 4))
    record(tmp_path, Series("SNgV", 2025), "QĐ-SNgV", "Về việc năm trước", date(2025, 12, 30))
    with open_register(None, tmp_path) as register:
        second = register.find("02/QĐ-SNgV", 2026)[0]
        register.cancel(second.id, "Ban hành nhầm", datetime(2026, 3, 5, 3, tzinfo=UTC))
    return tmp_path


def test_the_book_has_exactly_the_columns_of_phu_luc_iv_and_passes_the_checker(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["register", "--year", "2026", "-o", "so", "--workspace", "."]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Đã tạo so/so-dang-ky-van-ban-di-SNgV-2026.xlsx",
        "Đã tạo so/so-dang-ky-van-ban-di-SNgV-2026.docx",
        "Đã tạo so/so-dang-ky-van-ban-di-SNgV-2026-mat.xlsx",
        "Đã tạo so/so-dang-ky-van-ban-di-SNgV-2026-mat.docx",
    ]
    book = docx.Document(str(workspace / "so" / "so-dang-ky-van-ban-di-SNgV-2026.docx"))
    table = book.tables[0]
    assert [c.text for c in table.rows[0].cells] == PHU_LUC_IV
    assert [c.text for c in table.rows[1].cells] == [f"({i})" for i in range(1, 11)]
    rows = [[c.text for c in r.cells] for r in table.rows[2:]]
    assert [r[0] for r in rows] == ["01/QĐ-SNgV", "02/QĐ-SNgV", "03/QĐ-SNgV"]  # the secret one is in its own book
    assert rows[1][1:7] == ["02/3/2026", "Quyết định\nVề việc tặng Giấy khen đợt 2", "Phan Văn An",
                            "- Như Điều 3\n- Sở Nội vụ", "VT, VP", "4"]  # fmt: skip
    assert rows[1][9] == "Đã hủy ngày 05/3/2026: Ban hành nhầm" and rows[0][9] == ""
    paragraphs = [p.text for p in book.paragraphs if p.text]
    assert paragraphs == [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "SỞ NGOẠI VỤ",
        "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
        "Năm: 2026",
        "Từ ngày 01/3/2026 đến ngày 03/3/2026",
        "Từ số 01 đến số 03",
    ]

    sheet = load_workbook(workspace / "so" / "so-dang-ky-van-ban-di-SNgV-2026.xlsx").active
    assert sheet is not None
    values = [[c for c in r] for r in sheet.iter_rows(values_only=True)]
    header = values.index(PHU_LUC_IV)  # type: ignore[arg-type]
    assert values[header + 1] == [f"({i})" for i in range(1, 11)]
    assert [r[0] for r in values[header + 2 :]] == ["01/QĐ-SNgV", "02/QĐ-SNgV", "03/QĐ-SNgV"]

    secret = docx.Document(str(workspace / "so" / "so-dang-ky-van-ban-di-SNgV-2026-mat.docx"))
    assert [c.text for c in secret.tables[0].rows[0].cells] == PHU_LUC_IV
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI MẬT" in [p.text for p in secret.paragraphs]

    assert main(["check", "so"]) == 0
    assert capsys.readouterr().out.strip().endswith("Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo")


def test_a_range_of_years_and_a_year_with_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", "--year", "2025-2026", "-o", "so", "--workspace", "."]) == 0
    book = docx.Document(str(workspace / "so" / "so-dang-ky-van-ban-di-SNgV-2025-2026.docx"))
    assert [r.cells[0].text for r in book.tables[0].rows[2:]] == [
        "01/QĐ-SNgV",
        "01/QĐ-SNgV",
        "02/QĐ-SNgV",
        "03/QĐ-SNgV",
    ]
    assert "Năm: 2025 - 2026" in [p.text for p in book.paragraphs]
    capsys.readouterr()
    assert main(["register", "--year", "2024", "-o", "so", "--workspace", "."]) == 3
    assert capsys.readouterr().err.startswith("Lỗi sổ đăng ký: sổ đăng ký chưa có văn bản nào ban hành trong năm 2024")
    assert main(["register", "--year", "2026-2024", "--workspace", "."]) == 2
    assert "“2026-2024” không phải là một năm (2026) hay một khoảng năm (2024-2026)" in capsys.readouterr().err


def test_cancel_keeps_the_line_and_its_number(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cancel", "03/QĐ-SNgV", "--year", "2026", "--reason", "Sai tên người nhận", "--workspace", "."]) == 0
    assert capsys.readouterr().out == (
        "Đã ghi hủy văn bản số 03/QĐ-SNgV ngày 03 tháng 3 năm 2026; số này không cấp lại.\n"
    )
    assert main(["cancel", "03/QĐ-SNgV", "--year", "2026", "--reason", "lần nữa", "--workspace", "."]) == 3
    assert capsys.readouterr().err == ("Lỗi sổ đăng ký: sổ năm 2026 không có văn bản số 03/QĐ-SNgV còn hiệu lực\n")
    with open_register(None, workspace) as register:
        lines = [(e.symbol, e.cancel_reason) for e in register.entries(2026) if not e.secret]
    assert lines == [("01/QĐ-SNgV", ""), ("02/QĐ-SNgV", "Ban hành nhầm"), ("03/QĐ-SNgV", "Sai tên người nhận")]
