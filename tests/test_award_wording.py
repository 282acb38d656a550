"""Award decisions as they are made (issue 22, item 5): no doubled word between position and unit, "ông/bà" in lower
case inside a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.kinds.quyet_dinh_khen_thuong.model import CaNhan
from reportgen.kinds.quyet_dinh_khen_thuong.wording import in_sentence, position_unit
from test_quyet_dinh_khen_thuong import BASE, build, table_rows, texts


@pytest.mark.parametrize(
    ("position", "unit", "said"),
    [
        ("Chủ tịch UBND xã", "xã Cát Hải", "Chủ tịch UBND xã Cát Hải"),
        ("Phó Giám đốc Sở Ngoại vụ", "Sở Ngoại vụ thành phố Đà Nẵng", "Phó Giám đốc Sở Ngoại vụ thành phố Đà Nẵng"),
        ("Chủ tịch", "Ủy ban nhân dân xã Cát Hải", "Chủ tịch Ủy ban nhân dân xã Cát Hải"),
        ("Trưởng phòng Hợp tác quốc tế", "Sở Ngoại vụ", "Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ"),
    ],
)
def test_position_and_unit_never_say_a_word_twice(position: str, unit: str, said: str) -> None:
    person = CaNhan(ho_ten="Nguyễn Văn A", gioi_tinh="nam", chuc_vu=position, don_vi=unit)
    assert position_unit(person) == said


def test_a_doubled_level_never_reaches_the_list(tmp_path: Path) -> None:
    text = BASE.replace(
        "    chuc_vu: Chuyên viên\n    don_vi: Phòng Hợp tác quốc tế\n",
        "    chuc_vu: Chủ tịch UBND xã\n    don_vi: xã Cát Hải\n",
    )
    decision, certificates = build(tmp_path, text)
    units = [r[2] for r in table_rows(decision)[1]]
    assert "Chủ tịch UBND xã Cát Hải" in units
    assert not any("xã xã" in t.replace("\xa0", " ") for t in texts(decision) + texts(certificates))


def test_mr_and_mrs_inside_a_sentence_are_lower_case() -> None:
    assert in_sentence("Bà Trần Thị B") == "bà Trần Thị B"
    assert in_sentence("Ông Nguyễn Văn A") == "ông Nguyễn Văn A"
    assert in_sentence("Phòng Hợp tác quốc tế") == "Phòng Hợp tác quốc tế"
