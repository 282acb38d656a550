"""Write a large award input (hundreds of awardees) to exercise batches: the danh sách and the certificates.

The names are made up from common Vietnamese family, middle and given names (with đ, ư, ơ and every tone) and a
few foreign ones; a fixed seed makes the file the same on every run, so it can be committed and diffed.

    python tools/make_large_awards.py                       # inputs/quyet_dinh_khen_thuong-lon.yaml, 320 người
    python tools/make_large_awards.py --ca-nhan 1000 -o /tmp/khen_thuong_1000.yaml
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY = [
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
    "Đinh",
    "Trương",
    "Lương",
    "Tạ",
    "Ưng",
    "Ông",
    "Từ",
    "Mạc",
]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Đình", "Thế", "Bá"]
MIDDLE_F = ["Thị", "Thị Thu", "Ngọc", "Thị Mỹ", "Thùy", "Thị Ánh", "Kim", "Thị Hồng", "Phương", "Diệu"]
GIVEN_M = [
    "An",
    "Anh",
    "Ân",
    "Bảo",
    "Cường",
    "Dũng",
    "Đạt",
    "Đức",
    "Hải",
    "Hòa",
    "Hỏa",
    "Hùng",
    "Khánh",
    "Lâm",
    "Long",
    "Lực",
    "Mạnh",
    "Nam",
    "Nghĩa",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thắng",
    "Toàn",
    "Trí",
    "Tuấn",
    "Ưng",
    "Việt",
    "Vũ",
]
GIVEN_F = [
    "Ánh",
    "Ảnh",
    "Ãnh",
    "Ạnh",
    "Anh",
    "Châu",
    "Dung",
    "Đào",
    "Giang",
    "Hà",
    "Hằng",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Ngân",
    "Nhung",
    "Oanh",
    "Ơn",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Thư",
    "Trang",
    "Uyên",
    "Ư",
    "Vân",
    "Xuân",
    "Yến",
]
FOREIGN = [
    ("Kim Min-jun", "nam", "Hàn Quốc"),
    ("Park Ji-yeon", "nữ", "Hàn Quốc"),
    ("Sato Haruto", "nam", "Nhật Bản"),
    ("Suzuki Aoi", "nữ", "Nhật Bản"),
    ("Bounmy Keomany", "nam", "Lào"),
    ("Somphone Sayavong", "nữ", "Lào"),
    ("John Miller", "nam", "Hoa Kỳ"),
    ("Emma Schmidt", "nữ", "Đức"),
    ("Pierre Dubois", "nam", "Pháp"),
    ("Olivia Brown", "nữ", "Ô-xtrây-li-a"),
]
UNITS = [
    "Sở Ngoại vụ thành phố Đà Nẵng",
    "Sở Công Thương thành phố Đà Nẵng",
    "Sở Du lịch thành phố Đà Nẵng",
    "Công an thành phố Đà Nẵng",
    "Trung tâm Dịch vụ đối ngoại thành phố Đà Nẵng",
    "Trung tâm Xúc tiến đầu tư thành phố Đà Nẵng",
    "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng",
    "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng",
    "Ủy ban nhân dân phường Hải Châu",
    "Ủy ban nhân dân phường Sơn Trà",
    "Ủy ban nhân dân xã Hòa Vang",
]
POSITIONS = [
    "Chuyên viên",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Phó Giám đốc",
    "Biên dịch viên",
    "Kế toán",
    "Phó Chánh Văn phòng",
    "Cán bộ",
]
COLLECTIVES = [
    "Phòng Hợp tác quốc tế",
    "Phòng Lãnh sự - Người Việt Nam ở nước ngoài",
    "Văn phòng",
    "Phòng Thông tin đối ngoại",
    "Phòng Quản lý xuất nhập cảnh",
    "Phòng Xúc tiến đầu tư",
]

ND98 = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số "
    "điều của Luật Thi đua, khen thưởng"
)
HEADER = """# yaml-language-server: $schema=../schemas/quyet_dinh_khen_thuong.schema.json
# Tệp được sinh bởi tools/make_large_awards.py (seed {seed}); đừng sửa tay, hãy chạy lại script.
loai: quyet_dinh_khen_thuong
co_quan:
  ban_hanh: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ten: Ủy ban nhân dân thành phố Đà Nẵng
  viet_tat: UBND
  dia_danh: Đà Nẵng
van_ban:
  so: 1320
  ngay: 30/12/2025
  noi_nhan:
    - Như Điều 3
    - Sở Nội vụ
  luu: VT, NC
tham_quyen: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng
hinh_thuc: Bằng khen
# Căn cứ ghi đủ ở đây: căn cứ mặc định “Nghị định số 152/2025/NĐ-CP” trong tệp dữ liệu chưa có ngày ban hành
# và trích yếu, nên chưa được viện dẫn; bổ sung theo văn bản gốc rồi ghi thêm vào danh sách này.
can_cu:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022
  - {nd98}
de_nghi: Giám đốc Sở Nội vụ
thanh_tich: Đã có thành tích xuất sắc trong công tác phục vụ các sự kiện đối ngoại năm 2025
sap_xep: theo_ten
tien_thuong:
  muc_luong_co_so: 2.340.000
  nguon_kinh_phi: Quỹ Thi đua, khen thưởng thành phố năm 2025
so_vang_bat_dau: 5001
thi_hanh:
  - Chánh Văn phòng Ủy ban nhân dân thành phố
  - Giám đốc Sở Nội vụ
  - Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1
nguoi_ky:
  tham_quyen: KT. CHỦ TỊCH
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Hồ Kỳ Minh
"""


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct awardees as YAML list items; about one in twenty is a foreigner."""
    seen: set[tuple[str, str]] = set()
    items: list[str] = []
    while len(items) < count:
        if rng.random() < 0.05:
            name, gender, country = rng.choice(FOREIGN)
            unit = f"Tổng Lãnh sự quán {country} tại Đà Nẵng" if rng.random() < 0.5 else f"Tổ chức hữu nghị {country}"
            extra = f"    quoc_tich: {country}\n"
        else:
            gender = rng.choice(["nam", "nữ"])
            middle, given = (MIDDLE_M, GIVEN_M) if gender == "nam" else (MIDDLE_F, GIVEN_F)
            name = f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}"
            unit, extra = rng.choice(UNITS), ""
        if (name, unit) in seen:
            continue
        seen.add((name, unit))
        items.append(
            f"  - ho_ten: {name}\n    gioi_tinh: {gender}\n    chuc_vu: {rng.choice(POSITIONS)}\n"
            f"    don_vi: {unit}\n{extra}"
        )
    return items


def collectives(count: int) -> list[str]:
    pairs = [(c, u) for u in UNITS[:6] for c in COLLECTIVES]
    return [f"  - ten: {c}, {u}\n" for c, u in pairs[:count]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ca-nhan", type=int, default=320, help="số cá nhân (mặc định 320)")
    parser.add_argument("--tap-the", type=int, default=12, help="số tập thể (mặc định 12, tối đa 36)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "inputs" / "quyet_dinh_khen_thuong-lon.yaml")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    groups = [("tap_the", collectives(args.tap_the)), ("ca_nhan", people(rng, args.ca_nhan))]
    text = HEADER.format(seed=args.seed, nd98=ND98) + "".join(
        f"{key}:\n" + "".join(items) for key, items in groups if items
    )
    args.output.write_text(text, encoding="utf-8")
    print(f"đã ghi {args.output} ({args.tap_the} tập thể, {args.ca_nhan} cá nhân)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
