"""Benchmark inputs, generated with a fixed seed so that every run measures the same documents.

An annual report with N activity rows (the appendix tables: delegations in and out, agreements,
conferences, NGO projects) and an award decision with N awardees.  Names and places are drawn from small
Vietnamese pools; the text is plausible, not real.  Run directly to write them to a folder:

    .venv/bin/python benchmarks/make_inputs.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 20251
YEAR = 2024

# Share of the N rows that each appendix table gets; the rest goes to doan_vao.
SHARES = {"doan_ra": 0.25, "thoa_thuan": 0.15, "hoi_nghi": 0.15, "du_an_pcpnn": 0.10}

COUNTRIES = [
    "Nhật Bản",
    "Hàn Quốc",
    "Lào",
    "Campuchia",
    "Thái Lan",
    "Pháp",
    "Đức",
    "Hoa Kỳ",
    "Australia",
    "Singapore",
    "Ấn Độ",
    "Liên bang Nga",
    "Trung Quốc",
    "Canada",
    "Italia",
    "Hà Lan",
]
SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Quang", "Thu", "Hữu", "Thanh", "Đức", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hằng",
    "Khánh",
    "Lan",
    "Mai",
    "Nam",
    "Oanh",
    "Phúc",
    "Quyên",
    "Sơn",
    "Tâm",
    "Uyên",
    "Việt",
    "Xuân",
    "Yến",
    "Ánh",
    "Ẩn",
    "Ưng",
    "Ơn",
    "Đạt",
]
LEVELS = ["Cấp cao", "Cấp bộ", "Cấp tỉnh", "Cấp sở, ngành"]
FIELDS = ["Giáo dục", "Y tế", "Nông nghiệp", "Du lịch", "Môi trường", "Văn hóa", "Thương mại", "Đầu tư"]
UNITS = [
    "Sở Ngoại vụ",
    "Sở Công Thương",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Kế hoạch và Đầu tư",
    "Trung tâm Dịch vụ đối ngoại",
    "Ủy ban nhân dân quận Hải Châu",
]
CURRENCIES = ["USD", "USD", "USD", "EUR", "JPY"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _span(rng: random.Random) -> tuple[str, str]:
    start = date(YEAR, 1, 1) + timedelta(days=rng.randrange(360))
    end = start + timedelta(days=rng.randrange(6))
    return start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")


def _doan_vao(rng: random.Random, i: int) -> dict[str, object]:
    start, end = _span(rng)
    country = rng.choice(COUNTRIES)
    return {
        "ten_doan": f"Đoàn công tác số {i + 1} của {country}",
        "truong_doan": f"Ngài {_name(rng)}",
        "quoc_gia": country,
        "cap": rng.choice(LEVELS),
        "tu_ngay": start,
        "den_ngay": end,
        "so_nguoi": rng.randrange(3, 40),
        "nguoi_tiep": f"Phó Chủ tịch {_name(rng)}",
        "noi_dung": f"Trao đổi hợp tác về {rng.choice(FIELDS).lower()} và xúc tiến đầu tư",
    }


def _doan_ra(rng: random.Random, i: int) -> dict[str, object]:
    start, end = _span(rng)
    return {
        "truong_doan": f"Ông {_name(rng)}, Phó Giám đốc {rng.choice(UNITS)}",
        "thanh_phan": "Lãnh đạo và chuyên viên các sở, ngành",
        "quoc_gia": rng.sample(COUNTRIES, rng.randrange(1, 3)),
        "tu_ngay": start,
        "den_ngay": end,
        "so_nguoi": rng.randrange(2, 15),
        "muc_dich": f"Xúc tiến hợp tác {rng.choice(FIELDS).lower()}",
        "ket_qua": f"Ký kết {rng.randrange(1, 4)} biên bản ghi nhớ",
    }


def _thoa_thuan(rng: random.Random, i: int) -> dict[str, object]:
    country = rng.choice(COUNTRIES)
    return {
        "ten": f"Thỏa thuận hợp tác số {i + 1} về {rng.choice(FIELDS).lower()}",
        "doi_tac": f"Chính quyền địa phương đối tác số {i + 1}",
        "quoc_gia": country,
        "ngay_ky": _span(rng)[0],
        "loai": rng.choice(["Thỏa thuận hợp tác", "Bản ghi nhớ"]),
        "co_quan_ky": rng.choice(UNITS),
        "linh_vuc": rng.choice(FIELDS),
        "quan_he_moi": rng.random() < 0.1,
    }


def _hoi_nghi(rng: random.Random, i: int) -> dict[str, object]:
    start, end = _span(rng)
    return {
        "ten": f"Hội thảo quốc tế số {i + 1} về {rng.choice(FIELDS).lower()}",
        "don_vi_to_chuc": rng.choice(UNITS),
        "tu_ngay": start,
        "den_ngay": end,
        "dia_diem": "Trung tâm Hội nghị thành phố",
        "dai_bieu_viet_nam": rng.randrange(20, 300),
        "dai_bieu_nuoc_ngoai": rng.randrange(5, 120),
    }


def _du_an(rng: random.Random, i: int) -> dict[str, object]:
    committed = rng.randrange(10, 500) * 1000
    return {
        "ten": f"Dự án hỗ trợ {rng.choice(FIELDS).lower()} số {i + 1}",
        "nha_tai_tro": f"Tổ chức phi chính phủ số {rng.randrange(1, 200)}",
        "quoc_gia": rng.choice(COUNTRIES),
        "linh_vuc": rng.choice(FIELDS),
        "dia_ban": "Huyện Hòa Vang",
        "cam_ket": committed,
        "giai_ngan": committed * rng.randrange(0, 100) // 100,
        "tien_te": rng.choice(CURRENCIES),
    }


MAKERS = {
    "doan_vao": _doan_vao,
    "doan_ra": _doan_ra,
    "thoa_thuan": _thoa_thuan,
    "hoi_nghi": _hoi_nghi,
    "du_an_pcpnn": _du_an,
}

HEADER = """\
loai: bao_cao_nam
nam: {year}
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ thành phố Đà Nẵng
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban:
  so: 5
  ngay: 06/01/{next}
  noi_nhan: [Như trên, Bộ Ngoại giao (Vụ Địa phương)]
  luu: VT, HTQT
kinh_gui: [Bộ Ngoại giao, Ủy ban nhân dân thành phố]
nguoi_ky: {{tham_quyen: KT. Giám đốc, chuc_vu: Phó Giám đốc, ho_ten: Trần Văn Bình}}
nam_truoc:
  so_lieu: {{doan_vao: 40, luot_nguoi_vao: 300, doan_ra: 20, thoa_thuan: 10, hoi_nghi: 12}}
noi_dung:
  mo_dau: "Thực hiện Công văn số 1234/BNG-ĐP, Sở Ngoại vụ báo cáo tổng kết công tác đối ngoại như sau:"
  tinh_hinh_chung: Năm {year}, công tác đối ngoại của thành phố được triển khai đồng bộ, toàn diện.
  uu_diem: Hoạt động đối ngoại được tổ chức chu đáo, an toàn.
  han_che: Công tác phối hợp giữa một số sở, ngành còn chậm.
  nhiem_vu: [Tiếp tục triển khai Chương trình hành động về công tác đối ngoại, Nâng cao hiệu quả ngoại giao kinh tế]
"""


def _flow(record: dict[str, object]) -> str:
    """One record per line as a YAML flow mapping (JSON strings are valid YAML and quote everything)."""
    return "{" + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in record.items()) + "}"


def _chart_switch() -> str:
    """Charts are a fixed cost per report (matplotlib), not per row, and need fonts: off when they exist."""
    from reportgen.kinds.bao_cao_nam import Input

    return "bieu_do: false\n" if "bieu_do" in Input.model_fields else ""


def report_yaml(rows: int, seed: int = SEED) -> str:
    """An annual report whose appendix tables hold ``rows`` rows in all."""
    rng = random.Random(seed + rows)
    sizes = {key: int(rows * share) for key, share in SHARES.items()}
    sizes = {"doan_vao": rows - sum(sizes.values()), **sizes}
    lines = [HEADER.format(year=YEAR, next=YEAR + 1) + _chart_switch()]
    for key, size in sizes.items():
        lines.append(f"{key}:")
        lines.extend(f"  - {_flow(MAKERS[key](rng, i))}" for i in range(size))
    return "\n".join(lines) + "\n"


AWARD_HEADER = """\
loai: quyet_dinh_khen_thuong
co_quan:
  ban_hanh: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ten: Ủy ban nhân dân thành phố Đà Nẵng
  viet_tat: UBND
  dia_danh: Đà Nẵng
van_ban:
  so: 245
  ngay: 20/01/2026
  noi_nhan: [Như Điều 3, Sở Nội vụ]
  luu: VT, NC
tham_quyen: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng
hinh_thuc: Bằng khen
thanh_tich: Đã có thành tích xuất sắc trong công tác đối ngoại năm 2025
sap_xep: theo_ten
so_vang_bat_dau: 1001
thi_hanh: [Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Nội vụ]
nguoi_ky: {tham_quyen: KT. Chủ tịch, chuc_vu: Phó Chủ tịch, ho_ten: Lê Quang Nam}
tach_tep: %s
ca_nhan:
"""


def award_yaml(awardees: int, seed: int = SEED, *, split: bool = False) -> str:
    """An award decision for ``awardees`` individuals; ``split`` also asks for one certificate file each."""
    rng = random.Random(seed + awardees)
    lines = [AWARD_HEADER % ("true" if split else "false")]
    names = [f"{s} {m} {g}" for s in SURNAMES for m in MIDDLE for g in GIVEN]  # a person is listed once
    for name in rng.sample(names, awardees):
        person = {
            "ho_ten": name,
            "gioi_tinh": rng.choice(["nam", "nữ"]),
            "chuc_vu": rng.choice(["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Phó Giám đốc"]),
            "don_vi": rng.choice(UNITS) + " thành phố Đà Nẵng",
        }
        lines.append(f"  - {_flow(person)}")
    return "\n".join(lines) + "\n"


def write_all(folder: Path, report_rows: list[int], awardees: int, pdf_awardees: int) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for rows in report_rows:
        made[f"report-{rows}"] = folder / f"bao_cao_nam-{rows}.yaml"
        made[f"report-{rows}"].write_text(report_yaml(rows), encoding="utf-8")
    made["award"] = folder / f"quyet_dinh_khen_thuong-{awardees}.yaml"
    made["award"].write_text(award_yaml(awardees), encoding="utf-8")
    made["award-pdf"] = folder / f"quyet_dinh_khen_thuong-pdf-{pdf_awardees}.yaml"
    made["award-pdf"].write_text(award_yaml(pdf_awardees, split=True), encoding="utf-8")
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/results/inputs")
    for name, path in write_all(target, [1000, 5000, 20000], 1000, 50).items():
        print(f"{name}: {path}")
