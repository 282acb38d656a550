"""The shared NĐ30 blocks every kind prints, and ``reportgen fields`` listing what a template may use."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from reportgen import kinds
from reportgen.blocks import attachments, header, kinh_gui, receivers, vv
from reportgen.blocks.context import ChuKy, KinhGui, variables
from reportgen.cli import main
from reportgen.models import CoQuan, NguoiKy, VanBan, VanBanCongVan

VP = CoQuan(chu_quan=["Ủy ban nhân dân", "tỉnh Quảng Trị"], ban_hanh=["Văn phòng"], ten="Văn phòng UBND tỉnh",
            viet_tat="VP", dia_danh="Quảng Trị")  # fmt: skip


def test_one_recipient_on_the_line_several_as_a_dashed_list() -> None:
    assert kinh_gui(["Bộ Ngoại giao;"]) == KinhGui(dong_dau="Kính gửi: Bộ Ngoại giao.", cac_dong=[])
    assert kinh_gui(["Sở Công Thương", "Công an tỉnh."]) == KinhGui(
        dong_dau="Kính gửi:", cac_dong=["- Sở Công Thương;", "- Công an tỉnh."]
    )


@pytest.mark.parametrize("typed", ["V/v chuẩn bị đón đoàn.", "về việc chuẩn bị đón đoàn", "chuẩn bị đón đoàn"])
def test_vv_is_written_once_whatever_was_typed(typed: str) -> None:
    assert vv(typed) == "V/v chuẩn bị đón đoàn"


def test_attachments_line() -> None:
    assert attachments([]) == ""
    assert attachments(["Dự thảo;", "Danh sách đoàn."]) == "Kèm theo: Dự thảo; Danh sách đoàn."


def test_cong_van_number_has_the_drafting_unit_and_its_storage_line() -> None:
    van_ban = VanBanCongVan(so=7, noi_nhan=["Chủ tịch UBND tỉnh"], don_vi_soan_thao="NV")
    assert header(VP, van_ban, None, 2026)["so_ky_hieu"] == "Số: 07/VP-NV"
    assert header(VP, van_ban, None, 2026)["chu_quan"] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"]
    assert receivers(van_ban, as_above=True) == ["- Như trên;", "- Chủ tịch UBND tỉnh;", "- Lưu: VT, NV."]
    own = VanBanCongVan(so=7, noi_nhan=["Như trên"], don_vi_soan_thao="NV", luu="VT, NV, 02b")
    assert receivers(own, as_above=True) == ["- Như trên;", "- Lưu: VT, NV, 02b."]


def test_a_number_without_type_code_needs_a_drafting_unit() -> None:
    with pytest.raises(TypeError):
        header(VP, VanBan(noi_nhan=["x"]), None, 2026)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("KT. Giám đốc", "KT. Giám đốc"), ("kt.Giám đốc", "KT. Giám đốc"), ("tm. Ủy ban nhân dân", "TM. Ủy ban nhân dân"),
     ("TL. Chủ tịch", "TL. Chủ tịch"), ("TUQ. Chủ tịch", "TUQ. Chủ tịch"), ("Q. Giám đốc", "Q. Giám đốc")],
)  # fmt: skip
def test_the_five_authority_prefixes(typed: str, kept: str) -> None:
    assert NguoiKy(tham_quyen=typed, chuc_vu="Phó Giám đốc", ho_ten="A").tham_quyen == kept


@pytest.mark.parametrize("typed", ["K/T Giám đốc", "T/M UBND", "Thay mặt Giám đốc", "KT Giám đốc"])
def test_other_authority_lines_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="không phải thẩm quyền ký"):
        NguoiKy(tham_quyen=typed, chuc_vu="Phó Giám đốc", ho_ten="A")


def test_nested_context_variables_are_listed_with_their_description() -> None:
    found = {v.path: v for v in variables(ChuKy)}
    assert list(found) == ["tham_quyen", "chuc_vu", "ho_ten"]
    assert all(v.kind == "chữ" and v.mo_ta for v in found.values())


@pytest.mark.parametrize("kind", kinds.available())
def test_fields_command_lists_every_variable(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields", kind]) == 0
    out = capsys.readouterr().out
    for template, context in kinds.get(kind).templates.items():
        assert f"templates/{template}.docx" in out
        assert all(f"  {v.path} " in out for v in variables(context))


def test_fields_command_refuses_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields", "cong_vann"]) == 2
    assert "không có loại văn bản “cong_vann”" in capsys.readouterr().err


def test_a_vice_chief_signing_for_the_chairman_takes_two_authority_lines() -> None:
    signer = NguoiKy(tham_quyen="TL. Chủ tịch\nkt. Chánh Văn phòng", chuc_vu="Phó Chánh Văn phòng", ho_ten="A")
    assert signer.tham_quyen == "TL. Chủ tịch\nKT. Chánh Văn phòng"
    with pytest.raises(ValidationError, match="“Chánh Văn phòng” không phải thẩm quyền ký"):
        NguoiKy(tham_quyen="TL. Chủ tịch\nChánh Văn phòng", chuc_vu="Phó Chánh Văn phòng", ho_ten="A")
