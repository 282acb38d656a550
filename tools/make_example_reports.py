"""Write the example annual-report inputs ``inputs/bao_cao_nam-*.yaml`` once, from a fixed seed.

The lists are too long to type (155 inbound delegations), so this script draws them from pools of real
countries, localities and organisations and writes YAML laid out the way staff write it by hand, with
Vietnamese comments. The committed YAML files are the examples; rerun with ``--force`` only to regenerate
them. Totals are never written: they are counted from the records, so the lists here are sized to match
the public figures (seeds 002 and 003).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

import example_reports_pools as pools  # noqa: E402

ROOT = TOOLS.parent
WIDTH = 100

# ---------------------------------------------------------------- YAML writing

_UNSAFE_START = tuple("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "~", "có", "không"}


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, int | Decimal):
        whole = f"{int(value):,}".replace(",", ".")
        return whole
    text = str(value)
    plain_ok = (
        text
        and not text.startswith(_UNSAFE_START)
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and text.lower() not in _RESERVED
        and not re.fullmatch(r"[\d.,+-]+", text)
        and text == text.strip()
    )
    if plain_ok:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def block(text: str, indent: int) -> str:
    """A ``|`` block: paragraphs separated by a blank line, lines wrapped as a person would."""
    pad = " " * indent
    paras = [text] if isinstance(text, str) else list(text)
    out: list[str] = []
    for i, para in enumerate(paras):
        if i:
            out.append("")
        out.extend(
            textwrap.wrap(para, WIDTH - indent, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False)
        )
    return "|\n" + "\n".join(out)


def record(fields: dict[str, Any], indent: int) -> list[str]:
    """One list item in block style: ``- key: value`` then the other keys aligned under it."""
    lines = []
    for i, (key, value) in enumerate((k, v) for k, v in fields.items() if v is not None and v != ""):
        lead = " " * indent + ("- " if i == 0 else "  ")
        if isinstance(value, list):
            value = "[" + ", ".join(scalar(v) for v in value) + "]"
        elif key.startswith("nam"):
            value = str(value)  # a year, never grouped: 2019, not 2.019
        else:
            value = scalar(value)
        lines.append(f"{lead}{key}: {value}")
    return lines


def records(key: str, items: list[dict[str, Any]]) -> str:
    lines = [f"{key}:"]
    for item in items:
        lines.extend(record(item, 2))
    return "\n".join(lines)


def comment(*lines: str) -> str:
    """Comment lines wrapped to the file's width; a line starting with "- " continues indented."""
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("#")
            continue
        rest = "  " if line.startswith("- ") else ""
        out.extend(
            textwrap.wrap(line, WIDTH - 2, initial_indent="# ", subsequent_indent="# " + rest, break_on_hyphens=False)
        )
    return "\n".join(out)


# ---------------------------------------------------------------- record generation


def day_in(rng: random.Random, year: int, months: list[int]) -> date:
    month = rng.choice(months)
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start + timedelta(days=rng.randrange((end - start).days))


def span(rng: random.Random, start: date, days: tuple[int, int], year: int) -> date | None:
    n = rng.randint(*days)
    end = start + timedelta(days=n)
    if n == 0 or end.year != year:
        return None
    return end


def inbound_candidates(city: str, tp: str) -> list[tuple[str, str | None, str, str, tuple[int, int]]]:
    """Every delegation a city could plausibly receive: (name, head, country, level, size range)."""
    high = pools.HIGH_LEVEL_HCM if city == "hcm" else pools.HIGH_LEVEL_DN
    partners = pools.PARTNERS_HCM if city == "hcm" else pools.PARTNERS_DN
    consulates = pools.CONSULATES_HCM if city == "hcm" else pools.CONSULATES_DN
    businesses = pools.BUSINESSES_HCM if city == "hcm" else pools.BUSINESSES_DN
    seat = "Thành phố Hồ Chí Minh" if city == "hcm" else "Đà Nẵng"
    heads = ["Thống đốc", "Phó Thống đốc", "Thị trưởng", "Phó Thị trưởng", "Chủ tịch Hội đồng", "Phó Tỉnh trưởng"]
    found: list[tuple[str, str | None, str, str, tuple[int, int]]] = list(high)
    found += [(name, head, country, "Cấp bộ", (6, 14)) for name, head, country in pools.MINISTRIES]
    found += [(f"Đoàn Đại sứ {c} tại Việt Nam", None, c, "Cấp đại sứ", (3, 7)) for c in pools.EMBASSIES]
    found += [(f"Đoàn Tổng Lãnh sự {c} tại {seat}", None, c, "Cấp tổng lãnh sự", (2, 5)) for c in consulates]
    found += [
        (f"Đoàn đại biểu {name} ({country})", heads[i % len(heads)], country, "Cấp tỉnh", (8, 18))
        for i, (name, country, _) in enumerate(partners)
    ]
    found += [(name, None, country, "", (4, 12)) for name, country in pools.ORGANISATIONS]
    found += [(name, None, country, "", (6, 25)) for name, country in businesses]
    found += [(name, None, country, "", (4, 10)) for name, country in pools.UNIVERSITIES]
    return found


RECEIVERS = {
    "Cấp cao": ["Bí thư Thành ủy", "Chủ tịch UBND {tp}"],
    "Cấp bộ": ["Chủ tịch UBND {tp}", "Phó Chủ tịch UBND {tp}"],
    "Cấp tỉnh": ["Chủ tịch UBND {tp}", "Phó Chủ tịch UBND {tp}"],
    "Cấp đại sứ": ["Chủ tịch UBND {tp}", "Phó Chủ tịch UBND {tp}", "Giám đốc Sở Ngoại vụ"],
    "Cấp tổng lãnh sự": ["Phó Chủ tịch UBND {tp}", "Giám đốc Sở Ngoại vụ"],
    "": ["Phó Chủ tịch UBND {tp}", "Giám đốc Sở Ngoại vụ", "Phó Giám đốc Sở Ngoại vụ"],
}


def inbound(
    rng: random.Random, city: str, year: int, count: int, months: list[int], levels: set[str] | None = None
) -> list[dict[str, Any]]:
    tp = "Thành phố" if city == "hcm" else "thành phố"
    pool = [c for c in inbound_candidates(city, tp) if levels is None or c[3] in levels]
    chosen = rng.sample(pool, count)
    out = []
    for name, head, country, level, sizes in chosen:
        start = day_in(rng, year, months)
        out.append(
            {
                "ten_doan": name,
                "truong_doan": head,
                "quoc_gia": country,
                "cap": level or None,
                "tu_ngay": start,
                "den_ngay": span(rng, start, (0, 3), year),
                "so_nguoi": rng.randint(*sizes),
                "nguoi_tiep": rng.choice(RECEIVERS[level]).format(tp=tp),
                "noi_dung": rng.choice(pools.INBOUND_CONTENT[level]).format(tp=tp),
            }
        )
    return sorted(out, key=lambda r: r["tu_ngay"])


def reach_total(rng: random.Random, items: list[dict[str, Any]], low: int, high: int) -> None:
    """Nudge delegation sizes until their sum matches a public figure ("hơn 800 lượt người")."""
    while sum(r["so_nguoi"] for r in items) < low:
        rng.choice([r for r in items if r.get("cap") != "Cấp cao"])["so_nguoi"] += 1
    while sum(r["so_nguoi"] for r in items) > high:
        rng.choice([r for r in items if r.get("cap") != "Cấp cao" and r["so_nguoi"] > 3])["so_nguoi"] -= 1


def partners(rows: list[tuple[str, str, int]], year: int) -> list[dict[str, Any]]:
    return [
        {
            "ten": name,
            "quoc_gia": country,
            "nam_thiet_lap": since,
            "hinh_thuc": "Hữu nghị và hợp tác" if since < 2010 else None,
        }
        for name, country, since in rows
        if since <= year
    ]


def d(text: str) -> date:
    day, month, year = (int(x) for x in text.split("/"))
    return date(year, month, day)


# ---------------------------------------------------------------- one report


def header_lines(title: str, source: str) -> str:
    """The editor schema line first (completion and checks in VS Code), then how to fill the file."""
    return "# yaml-language-server: $schema=../schemas/bao_cao_nam.schema.json\n" + comment(
        title,
        f"Nguồn số liệu công khai: {source}. Tên người, số văn bản là giả định.",
        "",
        "Cách ghi chung:",
        "- Ngày viết dạng ngày/tháng/năm: 15/03/2022.",
        "- Số viết kiểu Việt Nam: 2.100 là hai nghìn một trăm; 3,5 là ba phẩy năm (không viết 3.5).",
        "- Một giá trị kết thúc bằng dấu hai chấm (…như sau:) phải đặt trong ngoặc kép hoặc viết thành khối “|”.",
        "- Không ghi tổng số: mọi con số trong báo cáo (số đoàn, lượt người, số văn bản, số dự án, so sánh với",
        "  năm trước) được đếm từ các danh sách dưới đây. Sửa một mục là mọi câu và bảng liên quan thay đổi theo.",
    )


def prose_block(section: dict[str, object]) -> str:
    lines = ["noi_dung:"]
    order = [
        "mo_dau",
        "tinh_hinh_chung",
        "tham_muu_chi_dao",
        "doi_ngoai_dang",
        "dia_phuong_doi_tac",
        "doan_ra",
        "doan_vao",
        "thoa_thuan",
        "hoi_nghi",
        "ngoai_giao_kinh_te",
        "ngoai_giao_van_hoa",
        "vien_tro_pcpnn",
        "lanh_su",
        "nguoi_viet_nam_o_nuoc_ngoai",
        "quan_ly_to_chuc_nuoc_ngoai",
        "bien_gioi",
        "doi_ngoai_nhan_dan",
        "thi_dua_khen_thuong",
        "uu_diem",
        "han_che",
        "nguyen_nhan_khach_quan",
        "nguyen_nhan_chu_quan",
        "bai_hoc",
        "du_bao",
        "muc_tieu",
    ]
    notes = {
        "mo_dau": "Mở đầu: văn bản yêu cầu báo cáo, kết thúc bằng “như sau:”.",
        "tinh_hinh_chung": "I. Tình hình chung. Các đoạn cách nhau một dòng trống.",
        "tham_muu_chi_dao": "II. Kết quả, từng lĩnh vực. Câu số liệu (số đoàn, số văn bản…) do chương trình tự "
        "viết từ danh sách; ở đây chỉ viết phần nhận xét. Lĩnh vực nào bỏ trống và không có "
        "danh sách thì không in mục đó.",
        "uu_diem": "III. Đánh giá chung: ưu điểm, hạn chế, nguyên nhân (khách quan, chủ quan), bài học.",
        "du_bao": "IV. Phương hướng năm sau: dự báo, mục tiêu, rồi danh sách nhiệm vụ.",
    }
    for key in order:
        if key not in section:
            continue
        if key in notes:
            lines.append("  " + comment(notes[key]).replace("\n", "\n  "))
        value = section[key]
        lines.append(f"  {key}: {block(value, 4)}")  # type: ignore[arg-type]
    lines.append("  # Nhiệm vụ năm sau: mỗi nhiệm vụ một dòng, không cần dấu chấm phẩy ở cuối (tự thêm).")
    lines.append("  nhiem_vu:")
    for task in section["nhiem_vu"]:  # type: ignore[attr-defined]
        lines.append("    - " + block(task, 6)[2:].lstrip() if len(task) > WIDTH - 8 else "    - " + scalar(task))
    lines.append("  # V. Kiến nghị: mỗi đối tượng một mục.")
    lines.append("  kien_nghi:")
    for target, text in section["kien_nghi"]:  # type: ignore[attr-defined]
        lines.append(f"    - doi_tuong: {scalar(target)}")
        lines.append(f"      noi_dung: {block(text, 8)}")
    return "\n".join(lines)


def list_notes() -> dict[str, str]:
    return {
        "doan_vao": comment(
            "Đoàn vào: mỗi đoàn khách quốc tế một mục. ten_doan, quoc_gia (quốc gia hoặc tổ chức quốc tế), tu_ngay,",
            "so_nguoi là bắt buộc; cap (Cấp cao, Cấp bộ, Cấp tỉnh, Cấp đại sứ, Cấp tổng lãnh sự) để trống với đoàn",
            "doanh nghiệp, tổ chức; den_ngay bỏ trống nếu đoàn làm việc trong một ngày.",
        ),
        "doan_ra": comment(
            "Đoàn ra: mỗi đoàn đi công tác nước ngoài một mục. quoc_gia là danh sách các nước đến: [Lào, Campuchia].",
        ),
        "thoa_thuan": comment(
            "Thỏa thuận quốc tế đã ký trong năm: loai là “Bản ghi nhớ”, “Thỏa thuận hợp tác”, “Chương trình hợp",
            "tác”…; quan_he_moi: true nếu văn bản thiết lập quan hệ với một đối tác mới.",
        ),
        "hoi_nghi": comment(
            "Hội nghị, hội thảo, sự kiện quốc tế tổ chức tại địa phương: số đại biểu Việt Nam và nước ngoài.",
        ),
        "du_an_pcpnn": comment(
            "Viện trợ phi chính phủ nước ngoài: mỗi chương trình, dự án một mục; cam_ket và giai_ngan viết kiểu",
            "Việt Nam (1.250.000.000), tien_te là VND hoặc USD.",
        ),
        "dia_phuong_doi_tac": comment(
            "Địa phương nước ngoài có quan hệ hợp tác (lũy kế đến hết năm báo cáo): mỗi địa phương một mục,",
            "nam_thiet_lap là năm thiết lập quan hệ; ngay_thiet_lap là ngày, cần cho quan hệ mới của báo cáo",
            "chưa trọn năm. Tổng số và số địa phương mới được đếm từ danh sách này.",
        ),
    }


def write_report(spec: dict[str, Any]) -> str:
    notes = list_notes()
    parts = [header_lines(spec["title"], spec["source"]), "", "loai: bao_cao_nam", f"nam: {spec['nam']}", ""]
    if spec.get("ky_bao_cao"):
        parts += [
            comment(
                "Kỳ báo cáo: thang (ghi thêm thang: 1..12), quy (quy: I..IV), 6_thang_dau_nam, 9_thang,",
                "n_thang_dau_nam (ghi thêm so_thang: 1..11), nam, hoặc",
                "khoang_ngay (tu_ngay, den_ngay). Mục có ngày ngoài kỳ không được tính. chot_so_lieu: tu_15_den_14",
                "là cách chốt số liệu từ ngày 15 tháng trước đến ngày 14 (Điều 12 Nghị định 09/2019/NĐ-CP).",
            ),
            spec["ky_bao_cao"],
            "",
        ]
    parts += [
        comment("Cơ quan ban hành: tên viết hoa như trong phần đầu văn bản; ten là tên dùng trong câu."),
        spec["co_quan"],
        "",
    ]
    parts += [
        comment("Số và ngày văn bản: bỏ trống so (hoặc ngay) nếu là dự thảo để Văn thư điền."),
        spec["van_ban"],
        "",
    ]
    parts += [spec["kinh_gui"], "", spec["nguoi_ky"], ""]
    parts += [
        comment("Phạm vi số liệu: nói rõ số liệu đếm những gì, để so sánh đúng với năm trước."),
        f"pham_vi: {scalar(spec['pham_vi'])}",
        "",
    ]
    parts += [
        comment(
            "Năm trước: hoặc tep (tệp báo cáo năm trước, cùng thư mục), hoặc so_lieu (các tổng số",
            "của năm trước khi không có tệp).",
        ),
        spec["nam_truoc"],
        "",
    ]
    if spec.get("uoc_ca_nam"):
        parts += [
            comment("Ước thực hiện cả năm (chỉ khi số liệu chưa hết năm): in ở cột “Ước cả năm” và sau mỗi câu."),
            spec["uoc_ca_nam"],
            "",
        ]
    parts += [prose_block(spec["noi_dung"]), ""]
    for key in ("doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn", "dia_phuong_doi_tac"):
        if spec.get(key):
            parts += [notes[key], records(key, spec[key]), ""]
    if isinstance(spec["so_lieu_khac"], list):
        parts += [
            comment(
                "Số liệu khác không lập danh sách: mỗi số liệu một mục với ten, don_vi, gia_tri; cung_ky (số cùng",
                "kỳ năm trước) nếu tệp năm trước không có; ma là tên để bài phát biểu trích {{ so_lieu.khac.<ma> }};",
                "muc là mục của phần II nêu số liệu này trong câu văn.",
            ),
            records("so_lieu_khac", spec["so_lieu_khac"]),
        ]
        return "\n".join(parts) + "\n"
    parts += [
        comment("Số liệu khác không lập danh sách (lãnh sự, kiều bào, lao động…): chỉ ghi mục có số liệu."),
        "so_lieu_khac:",
    ]
    parts += [f"  {k}: {scalar(v)}" for k, v in spec["so_lieu_khac"].items()]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- entry point


def main() -> int:
    from example_period_reports import PERIOD_REPORTS
    from example_reports_data import REPORTS  # the per-report lists; this module is about the writing

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="overwrite existing example inputs")
    args = parser.parse_args()
    for name, build in {**REPORTS, **PERIOD_REPORTS}.items():
        target = ROOT / "inputs" / name
        if target.exists() and not args.force:
            print(f"bỏ qua {target.relative_to(ROOT)} (đã có; dùng --force để tạo lại)")
            continue
        target.write_text(write_report(build(random.Random(name))), encoding="utf-8")
        print(f"đã tạo {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
