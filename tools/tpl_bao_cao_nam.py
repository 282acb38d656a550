"""First draft of ``templates/bao_cao_nam.docx``; after that the .docx is the source staff edit in Word."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table
from templatekit import (
    FIT_AMOUNT,
    FIT_CHANGE,
    FIT_COUNT,
    FIT_DATE,
    FIT_PERIOD,
    FIT_TOTAL,
    FIT_TT,
    FIT_UNIT,
    appendix_heading,
    clear_cell,
    data_table,
    header_block,
    landscape_section,
    new_document,
    page_numbers,
    para,
    rows_stay_whole,
    signature_block,
    tag,
    title_block,
)

BODY, HEAD, ITEM, POINT = "VB Thân bài", "VB Đề mục", "VB Mục", "VB Điểm"
SPAN_LONGEST = 10  # years of a span report's table (kinds/bao_cao_nam/span_period.LONGEST)
SPAN_IN_BODY = 5  # years section II has room for (span_table.IN_BODY); a longer span's table is an appendix
FIT_YEAR_UNIT = "nghìn\u00a0USD"  # the widest unit of the year table, kept on one line
FIT_YEAR_CELL = "99.999"  # a year's count, or a whole sum in thousands of USD / millions of đồng
REF = "(Kèm theo Báo cáo số {{ so }} {{ ngay_chu }} của {{ ten }})"


def prose(doc: DocumentObject, var: str, style: str = BODY) -> None:
    tag(doc, "{%p for p in " + var + " %}")
    para(doc, "{{ p }}", style)
    tag(doc, "{%p endfor %}")


def item(doc: DocumentObject, key: str, title: str, figures: list[str] | None = None) -> None:
    tag(doc, "{%p if muc." + key + " %}")
    para(doc, "{{ muc." + key + ".so }}. " + title, ITEM)
    if figures:
        tag(doc, "{%p if muc." + key + ".co_so_lieu %}")
        for sentence in figures:
            para(doc, month_when_any(key, sentence), BODY)
        tag(doc, "{%p endif %}")
    prose(doc, "muc." + key + ".so_lieu_khac")
    prose(doc, "muc." + key + ".doan_van")
    tag(doc, "{%p endif %}")


def addressee(doc: DocumentObject, text: str) -> None:
    """One line of a multi-line ``Kính gửi:``: the dashes line up on a tab stop, as in the model forms."""
    p = para(doc, text, "VB Kính gửi")
    fmt = p.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.left_indent = Cm(3.5)
    fmt.tab_stops.add_tab_stop(Cm(6.0))
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)


def cmp(key: str) -> str:
    return "{% if so_lieu." + key + ".so_sanh %}, {{ so_lieu." + key + ".so_sanh }}{% endif %}"


RUNNING = "{% if co_luy_ke %}"


def running(key: str, sentence: str) -> str:
    """The running total's sentence of a two-window report ("Lũy kế 7 tháng đầu năm 2023, …"), after the month's."""
    compared = "{% if so_lieu." + key + ".luy_ke_so_sanh %}, {{ so_lieu." + key + ".luy_ke_so_sanh }}{% endif %}"
    space = "{% if muc." + key + ".co_so_lieu_ky %} {% endif %}"
    return RUNNING + space + "{{ ky.luy_ke_trong }}, " + sentence.replace("<so_sanh>", compared) + "{% endif %}"


def month_when_any(key: str, sentence: str) -> str:
    """A two-window report says nothing of a month with no record of the item ("đã ký kết 0 văn bản"): its
    running total's sentence stands alone."""
    if RUNNING not in sentence:
        return sentence
    month, rest = sentence.split(RUNNING, 1)
    return "{% if not co_luy_ke or muc." + key + ".co_so_lieu_ky %}" + month + "{% endif %}" + RUNNING + rest


def estimate(key: str) -> str:
    """The "ước cả năm" sentence after a figure sentence, for a year report drafted before year end."""
    return "{% if so_lieu." + key + ".uoc_ca_nam %} {{ so_lieu." + key + ".uoc_ca_nam }}{% endif %}"


# Columns of the summary table: (header, cell, numeric, widest figure in body, in appendix); the previous
# period's and the estimate's columns are printed only when there is something to put in them.
SUMMARY_COLUMNS = {
    "tt": ("TT", "{{ r.tt }}", False, FIT_TT, FIT_TT),
    "noi_dung": ("Nội dung", "{{ r.noi_dung }}", False, "", ""),
    "don_vi": ("Đơn vị tính", "{{ r.don_vi }}", False, FIT_UNIT, FIT_UNIT),
    "truoc": ("{{ ky.cot_truoc }}", "{{ r.nam_truoc }}", True, FIT_TOTAL, FIT_AMOUNT),
    "nay": ("{{ ky.cot_nay }}", "{{ r.nam_nay }}", True, FIT_TOTAL, FIT_AMOUNT),
    "so_sanh": ("So sánh", "{{ r.so_sanh }}", True, FIT_CHANGE, FIT_CHANGE),
    "uoc": ("Ước cả {{ ky.ca_nam }}", "{{ r.uoc }}", True, FIT_TOTAL, FIT_AMOUNT),
    "ghi_chu": ("Ghi chú", "", False, "", ""),
    # a two-window report's running total ("7 tháng năm 2023"), beside the month's or quarter's
    "lk_truoc": ("{{ ky.lk_truoc }}", "{{ r.lk_truoc }}", True, FIT_TOTAL, FIT_AMOUNT),
    "lk_nay": ("{{ ky.lk_nay }}", "{{ r.lk_nay }}", True, FIT_TOTAL, FIT_AMOUNT),
    "lk_so_sanh": ("So sánh", "{{ r.lk_so_sanh }}", True, FIT_CHANGE, FIT_CHANGE),
}

# Two-window reports ("tháng 7 và 7 tháng đầu năm"): the body keeps three figure columns so that the label column
# stays readable (the month's comparison is in its sentences); the landscape appendix has both windows, both
# "cùng kỳ" and both comparisons. Figures up to 9.999.999,99 fit, as in the 7-column layout above.
RUNNING_BODY_LAYOUTS = {
    (True, False): (["tt", "noi_dung", "don_vi", "nay", "lk_truoc", "lk_nay"], [1.0, 6.2, 2.2, 2.1, 2.1, 2.1]),
    (True, True): (["tt", "noi_dung", "don_vi", "lk_truoc", "lk_nay", "uoc"], [1.0, 6.2, 2.2, 2.1, 2.1, 2.1]),
    (False, True): (["tt", "noi_dung", "don_vi", "nay", "lk_nay", "uoc"], [1.0, 6.2, 2.2, 2.1, 2.1, 2.1]),
    (False, False): (["tt", "noi_dung", "don_vi", "nay", "lk_nay"], [1.0, 8.0, 2.5, 2.5, 2.5]),
}
RUNNING_APPENDIX_LAYOUTS = {
    (True, False): (
        ["tt", "noi_dung", "don_vi", "truoc", "nay", "so_sanh", "lk_truoc", "lk_nay", "lk_so_sanh"],
        [1.2, 6.0, 2.4, 2.6, 2.6, 3.0, 2.6, 2.6, 2.2],
    ),
    (True, True): (
        ["tt", "noi_dung", "don_vi", "truoc", "nay", "lk_truoc", "lk_nay", "lk_so_sanh", "uoc"],
        [1.2, 6.0, 2.4, 2.6, 2.6, 2.6, 2.6, 3.0, 2.2],
    ),
    (False, True): (
        ["tt", "noi_dung", "don_vi", "nay", "lk_nay", "uoc", "ghi_chu"],
        [1.2, 9.8, 2.8, 3.2, 3.2, 3.2, 1.8],
    ),
    (False, False): (["tt", "noi_dung", "don_vi", "nay", "lk_nay", "ghi_chu"], [1.2, 13.0, 2.8, 3.2, 3.2, 1.8]),
}

# (has previous, has estimate) -> columns and widths; the widths of each layout add up to the same total.
BODY_LAYOUTS = {
    (True, False): (["tt", "noi_dung", "don_vi", "truoc", "nay", "so_sanh"], [1.0, 6.2, 2.2, 2.1, 2.1, 2.9]),
    (True, True): (
        ["tt", "noi_dung", "don_vi", "truoc", "nay", "so_sanh", "uoc"],
        [1.0, 4.6, 1.9, 2.0, 2.0, 2.6, 2.4],
    ),
    (False, True): (["tt", "noi_dung", "don_vi", "nay", "uoc"], [1.0, 8.0, 2.5, 2.5, 2.5]),
    (False, False): (["tt", "noi_dung", "don_vi", "nay"], [1.0, 10.5, 2.5, 2.5]),
}
APPENDIX_LAYOUTS = {
    (True, False): (
        ["tt", "noi_dung", "don_vi", "truoc", "nay", "so_sanh", "ghi_chu"],
        [1.2, 9.0, 2.8, 2.8, 2.8, 3.4, 3.2],
    ),
    (True, True): (
        ["tt", "noi_dung", "don_vi", "truoc", "nay", "so_sanh", "uoc", "ghi_chu"],
        [1.2, 7.6, 2.4, 2.7, 2.7, 3.2, 2.8, 2.6],
    ),
    (False, True): (["tt", "noi_dung", "don_vi", "nay", "uoc", "ghi_chu"], [1.2, 11.6, 2.8, 3.2, 3.2, 3.2]),
    (False, False): (["tt", "noi_dung", "don_vi", "nay", "ghi_chu"], [1.2, 14.8, 2.8, 3.2, 3.2]),
}


# With the previous period and the estimate side by side, a portrait page has room for figures up to 9.999.999,99.
FIT_NARROW = "9.999.999,99"
# Sums in đồng reach tens of billions ("79.389.000.000"): the body's two figure columns fit them whole.
FIT_DONG = "99.999.999.999"


# A change in đồng ("+17.607.000.000"), each half of the cell whole on its line.
FIT_CHANGE_DONG = "+99.999.999.999 (\u2011100%)"


def _fit(column: tuple[str, str, bool, str, str], appendix: bool, count: int) -> str:
    if column[3] == FIT_CHANGE:
        return FIT_CHANGE if count == 7 and not appendix else FIT_CHANGE_DONG
    if appendix:
        return column[4]
    if column[3] != FIT_TOTAL:
        return column[3]
    return FIT_NARROW if count == 7 else FIT_DONG


def _running_fit(column: tuple[str, str, bool, str, str]) -> str:
    return FIT_NARROW if column[3] == FIT_TOTAL else column[3]


def summary_tables(
    doc: DocumentObject, layouts: dict[tuple[bool, bool], tuple[list[str], list[float]]], appendix: bool
) -> None:
    """One table per layout, each under its condition, so no column is ever printed empty; a two-window report's
    layouts come first."""
    running = RUNNING_APPENDIX_LAYOUTS if appendix else RUNNING_BODY_LAYOUTS
    both = [(True, k, v) for k, v in running.items()] + [(False, k, v) for k, v in layouts.items()]
    for i, (two, (previous, estimated), (keys, widths)) in enumerate(both):
        test = ("" if two else "not ") + "co_luy_ke and "
        test += ("" if previous else "not ") + "co_so_sanh and " + ("" if estimated else "not ") + "co_uoc"
        tag(doc, ("{%p if " if i == 0 else "{%p elif ") + test + " %}")
        columns = [SUMMARY_COLUMNS[k] for k in keys]
        fits = [_running_fit(c) for c in columns] if two else [_fit(c, appendix, len(columns)) for c in columns]
        table = data_table(
            doc,
            [c[0] for c in columns],
            [c[1] for c in columns],
            widths,
            "r in bang_tong_hop",
            numeric=tuple(n for n, c in enumerate(columns) if c[2]),
            fits=fits,
        )
        if appendix and two:  # both windows, nine columns: at 12 pt the last rows of fifteen ran onto a page
            smaller(table, DENSE_PT)
    tag(doc, "{%p endif %}")


def _year_table(doc: DocumentObject, n: int, width: float) -> None:
    """The year-by-year table of ``n`` years on a page ``width`` cm wide."""
    table = data_table(
        doc,
        ["TT", "Nội dung", "Đơn vị tính", *["Năm 2021"] * n, "Tổng giai đoạn"],  # measured as printed
        ["{{ r.tt }}", "{{ r.noi_dung }}", "{{ r.don_vi }}"]
        + [f"{{{{ r.nam[{i}] }}}}" for i in range(n)]
        + ["{{ r.tong }}"],
        [0.9, width - 0.9 - 1.9 - 1.8 * (n + 1), 1.9] + [1.8] * (n + 1),
        "r in theo_nam.dong",
        numeric=tuple(range(3, 4 + n)),
        fits=[FIT_TT, "", FIT_YEAR_UNIT] + [FIT_YEAR_CELL] * (n + 1),
    )
    for i in range(n):  # the years' heads, read from the context
        cell = clear_cell(table.rows[0].cells[3 + i])
        para(cell, f"{{{{ theo_nam.cot[{i}] }}}}", "VB Bảng tiêu đề")


def _year_layouts(doc: DocumentObject, years: range, width: float) -> None:
    """One layout per number of years, each under its condition, then the note on years given by totals."""
    for n in years:
        tag(doc, ("{%p if " if n == years[0] else "{%p elif ") + f"theo_nam.so_nam == {n} %}}")
        _year_table(doc, n, width)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if theo_nam.ghi_chu %}")
    note = para(doc, "Ghi chú: {{ theo_nam.ghi_chu }}", BODY)
    note.paragraph_format.space_before = Pt(6)  # a line's gap under the table, not against its last row
    tag(doc, "{%p endif %}")


def year_tables(doc: DocumentObject) -> None:
    """A span report's year-by-year table: in section II up to five years, in its own appendix beyond."""
    tag(doc, "{%p if theo_nam and theo_nam.dong %}")
    tag(doc, "{%p if theo_nam.so_nam <= " + str(SPAN_IN_BODY) + " %}")
    lead = para(doc, "Kết quả từng năm {{ ky.cua }}:", BODY)
    lead.paragraph_format.space_before = Pt(6)  # apart from the summary table above it
    lead.paragraph_format.space_after = Pt(6)  # a gap above its table, and never alone at a page foot
    lead.paragraph_format.keep_with_next = True
    _year_layouts(doc, range(2, SPAN_IN_BODY + 1), 16.5)
    tag(doc, "{%p else %}")
    para(doc, "Kết quả từng năm {{ ky.cua }} tại Phụ lục {{ phu_luc.theo_nam.so }} kèm theo Báo cáo này.", BODY)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")


def year_appendix(doc: DocumentObject) -> None:
    """The year-by-year table of a span longer than section II has room for, on a landscape page."""
    tag(doc, "{%p if phu_luc.theo_nam.so %}")
    landscape_section(doc)
    appendix_heading(doc, "phu_luc.theo_nam.so", "SỐ LIỆU TỪNG NĂM {{ ky.ten_day_du_hoa }}", REF)
    _year_layouts(doc, range(SPAN_IN_BODY + 1, SPAN_LONGEST + 1), 25.2)
    tag(doc, "{%p endif %}")


def section_two(doc: DocumentObject) -> None:
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI {{ ky.ten_day_du_hoa }}", HEAD)
    tag(doc, "{%p if bang_tong_hop %}")
    para(doc, "Một số chỉ tiêu chủ yếu{% if pham_vi %} ({{ pham_vi }}){% endif %}:", BODY)
    summary_tables(doc, BODY_LAYOUTS, appendix=False)
    tag(doc, "{%p endif %}")
    year_tables(doc)
    tag(doc, "{%p for h in bieu_do %}")
    para(doc, "{{r h.hinh }}", "VB Hình")
    para(doc, "Biểu đồ {{ h.so }}. {{ h.tieu_de }}", "VB Chú thích hình")
    tag(doc, "{%p endfor %}")
    item(doc, "tham_muu_chi_dao", "Công tác tham mưu, chỉ đạo, điều hành")
    item(doc, "doi_ngoai_dang", "Công tác đối ngoại Đảng")
    item(
        doc,
        "dia_phuong_doi_tac",
        "Quan hệ với các địa phương nước ngoài",
        [
            "{% if so_lieu.dia_phuong_doi_tac.so_moi != '0' %}{{ ky.trong }}, {{ dia_phuong }} đã thiết lập "
            "quan hệ hợp tác với {{ so_lieu.dia_phuong_doi_tac.so_moi }} địa phương mới, nâng tổng số địa phương "
            "nước ngoài có quan hệ hợp tác lên {{ so_lieu.dia_phuong_doi_tac.tong_so }} địa phương{% else %}Đến nay, "
            "{{ dia_phuong }} "
            "có quan hệ hợp tác với {{ so_lieu.dia_phuong_doi_tac.tong_so }} địa phương{% endif %} của "
            "{{ so_lieu.dia_phuong_doi_tac.quoc_gia }}."
            # a two-window report: the year so far's new partners, unless the month's sentence already said them
            "{% if co_luy_ke and so_lieu.dia_phuong_doi_tac.luy_ke_so_moi != so_lieu.dia_phuong_doi_tac.so_moi %} "
            "{{ ky.luy_ke_trong }}, {{ dia_phuong }} đã thiết lập quan hệ hợp tác với "
            "{{ so_lieu.dia_phuong_doi_tac.luy_ke_so_moi }} địa phương mới.{% endif %}",
        ],
    )
    item(
        doc,
        "doan_ra",
        "Công tác đoàn ra",
        [
            "{{ ky.trong }}, đã tổ chức {{ so_lieu.doan_ra.so_doan }} đoàn với "
            "{{ so_lieu.doan_ra.luot_nguoi }} lượt người đi công tác tại "
            "{{ so_lieu.doan_ra.quoc_gia }}"
            + cmp("doan_ra")
            + ".{% if so_lieu.doan_ra.theo_cap %} Trong số đó có {{ so_lieu.doan_ra.theo_cap }}.{% endif %}"
            + running(
                "doan_ra",
                "đã tổ chức {{ so_lieu.doan_ra.luy_ke_so_doan }} đoàn với {{ so_lieu.doan_ra.luy_ke_luot_nguoi }} "
                "lượt người đi công tác tại {{ so_lieu.doan_ra.luy_ke_quoc_gia }}<so_sanh>.",
            )
            + estimate("doan_ra"),
        ],
    )
    item(
        doc,
        "doan_vao",
        "Công tác đón tiếp khách quốc tế (đoàn vào)",
        [
            "{{ ky.trong }}, đã đón tiếp {{ so_lieu.doan_vao.so_doan }} đoàn khách quốc tế"
            "{{ so_lieu.doan_vao.cua_nuoc }} với {{ so_lieu.doan_vao.luot_nguoi }} lượt người đến thăm và làm việc"
            + cmp("doan_vao")
            + ".{% if so_lieu.doan_vao.theo_cap %} Trong số đó có {{ so_lieu.doan_vao.theo_cap }}.{% endif %}"
            "{% if so_lieu.doan_vao.nguon %} {{ so_lieu.doan_vao.nguon }}{% endif %}"
            + running(
                "doan_vao",
                "đã đón tiếp {{ so_lieu.doan_vao.luy_ke_so_doan }} đoàn{{ so_lieu.doan_vao.luy_ke_cua_nuoc }} với "
                "{{ so_lieu.doan_vao.luy_ke_luot_nguoi }} lượt người<so_sanh>.",
            )
            + estimate("doan_vao"),
        ],
    )
    item(
        doc,
        "thoa_thuan",
        "Ký kết và thực hiện thỏa thuận quốc tế",
        [
            "{{ ky.trong }}, đã ký kết {{ so_lieu.thoa_thuan.so_van_ban }} văn bản hợp tác quốc tế"
            "{% if so_lieu.thoa_thuan.trong_do %} (trong đó có {{ so_lieu.thoa_thuan.trong_do }}){% endif %}"
            + cmp("thoa_thuan")
            + "."
            + running("thoa_thuan", "đã ký kết {{ so_lieu.thoa_thuan.luy_ke_so_van_ban }} văn bản<so_sanh>.")
            + estimate("thoa_thuan"),
        ],
    )
    item(
        doc,
        "hoi_nghi",
        "Tổ chức hội nghị, hội thảo, sự kiện quốc tế",
        [
            "{{ ky.trong }}, đã tổ chức và phối hợp tổ chức {{ so_lieu.hoi_nghi.so_su_kien }} hội nghị, hội thảo, "
            "sự kiện quốc tế" + cmp("hoi_nghi") + "{% if so_lieu.hoi_nghi.so_sanh %},{% endif %} với sự tham dự của "
            "{{ so_lieu.hoi_nghi.dai_bieu_nuoc_ngoai }} đại biểu nước ngoài và "
            "{{ so_lieu.hoi_nghi.dai_bieu_viet_nam }} đại biểu trong nước."
            + running("hoi_nghi", "đã tổ chức {{ so_lieu.hoi_nghi.luy_ke_so_su_kien }} sự kiện<so_sanh>.")
            + estimate("hoi_nghi"),
        ],
    )
    item(doc, "ngoai_giao_kinh_te", "Công tác ngoại giao kinh tế")
    item(doc, "ngoai_giao_van_hoa", "Công tác ngoại giao văn hóa và thông tin đối ngoại")
    item(
        doc,
        "vien_tro_pcpnn",
        "Công tác viện trợ phi chính phủ nước ngoài",
        [  # the month's paragraph is worded in aid_wording.py: new, ongoing, disbursed, estimate
            "{{ so_lieu.vien_tro_pcpnn.doan }}"
            + running(
                "vien_tro_pcpnn",
                "đã vận động, tiếp nhận {{ so_lieu.vien_tro_pcpnn.luy_ke_so_du_an }} dự án<so_sanh>"
                "{% if so_lieu.vien_tro_pcpnn.luy_ke_cam_ket %}, tổng giá trị cam kết "
                "{{ so_lieu.vien_tro_pcpnn.luy_ke_cam_ket }}{% endif %}{% if so_lieu.vien_tro_pcpnn.luy_ke_giai_ngan %}"
                "; giải ngân {{ so_lieu.vien_tro_pcpnn.luy_ke_giai_ngan }}{% endif %}.",
            )
        ],
    )
    item(doc, "lanh_su", "Công tác lãnh sự và bảo hộ công dân")
    item(doc, "nguoi_viet_nam_o_nuoc_ngoai", "Công tác người Việt Nam ở nước ngoài")
    item(
        doc,
        "quan_ly_to_chuc_nuoc_ngoai",
        "Quản lý tổ chức nước ngoài và lao động Việt Nam làm việc cho tổ chức nước ngoài",
    )
    item(doc, "bien_gioi", "Công tác biên giới")
    item(doc, "doi_ngoai_nhan_dan", "Công tác đối ngoại nhân dân")
    item(doc, "thi_dua_khen_thuong", "Công tác thi đua, khen thưởng")


def section_three_to_five(doc: DocumentObject) -> None:
    para(doc, "III. ĐÁNH GIÁ CHUNG", HEAD)
    para(doc, "1. Ưu điểm", ITEM)
    prose(doc, "uu_diem")
    para(doc, "2. Tồn tại, hạn chế", ITEM)
    prose(doc, "han_che")
    # Points a) and b) only when there are two: a lone "a)" is not how a report numbers.
    tag(doc, "{%p if nguyen_nhan_khach_quan and nguyen_nhan_chu_quan %}")
    para(doc, "3. Nguyên nhân", ITEM)
    para(doc, "a) Nguyên nhân khách quan", POINT)
    prose(doc, "nguyen_nhan_khach_quan")
    para(doc, "b) Nguyên nhân chủ quan", POINT)
    prose(doc, "nguyen_nhan_chu_quan")
    tag(doc, "{%p elif nguyen_nhan_khach_quan %}")
    para(doc, "3. Nguyên nhân khách quan", ITEM)
    prose(doc, "nguyen_nhan_khach_quan")
    tag(doc, "{%p elif nguyen_nhan_chu_quan %}")
    para(doc, "3. Nguyên nhân chủ quan", ITEM)
    prose(doc, "nguyen_nhan_chu_quan")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if bai_hoc %}")
    para(
        doc, "{% if nguyen_nhan_khach_quan or nguyen_nhan_chu_quan %}4{% else %}3{% endif %}. Bài học kinh nghiệm", ITEM
    )
    prose(doc, "bai_hoc")
    tag(doc, "{%p endif %}")
    para(doc, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {{ ky.ky_sau_hoa }}", HEAD)
    tag(doc, "{%p if du_bao %}")
    para(doc, "1. Dự báo tình hình", ITEM)
    prose(doc, "du_bao")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if muc_tieu %}")
    para(doc, "{% if du_bao %}2{% else %}1{% endif %}. Mục tiêu", ITEM)
    prose(doc, "muc_tieu")
    tag(doc, "{%p endif %}")
    para(doc, "{{ 1 + (1 if du_bao else 0) + (1 if muc_tieu else 0) }}. Nhiệm vụ, giải pháp trọng tâm", ITEM)
    tag(doc, "{%p for nv in nhiem_vu %}")
    para(doc, "{% if nv.so %}{{ nv.so }}) {% endif %}{{ nv.noi_dung }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if kien_nghi %}")
    para(doc, "V. KIẾN NGHỊ, ĐỀ XUẤT", HEAD)
    tag(doc, "{%p for kn in kien_nghi %}")
    para(doc, "{{ kn.so }}. {{ kn.doi_tuong }}", ITEM)
    para(doc, "{{ kn.noi_dung }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")


def appendices(doc: DocumentObject) -> None:
    landscape_section(doc)
    appendix_heading(doc, "phu_luc.tong_hop.so", "TỔNG HỢP SỐ LIỆU CÔNG TÁC ĐỐI NGOẠI {{ ky.ten_day_du_hoa }}", REF)
    summary_tables(doc, APPENDIX_LAYOUTS, appendix=True)
    year_appendix(doc)
    lists = [
        (
            "doan_vao",
            "DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM, LÀM VIỆC {{ ky.danh_sach_hoa }}",
            ["TT", "Tên đoàn", "Quốc gia, tổ chức", "Cấp", "Thời gian", "Số người", "Lãnh đạo tiếp", "Nội dung"],
            ["ten", "quoc_gia", "cap", "thoi_gian", "so_nguoi", "nguoi_tiep", "noi_dung"],
            [1.2, 5.2, 2.6, 2.0, 2.6, 1.6, 3.6, 6.4],
            (5,),
            [FIT_TT, "", "", "", FIT_PERIOD, FIT_COUNT, "", ""],
        ),
        (
            "doan_ra",
            "DANH SÁCH ĐOÀN ĐI CÔNG TÁC NƯỚC NGOÀI {{ ky.danh_sach_hoa }}",
            ["TT", "Trưởng đoàn", "Thành phần", "Nước đến", "Thời gian", "Số người", "Mục đích", "Kết quả"],
            ["truong_doan", "thanh_phan", "quoc_gia", "thoi_gian", "so_nguoi", "muc_dich", "ket_qua"],
            [1.0, 3.8, 3.8, 2.6, 2.6, 1.6, 4.6, 5.2],
            (5,),
            [FIT_TT, "", "", "", FIT_PERIOD, FIT_COUNT, "", ""],
        ),
        (
            "thoa_thuan",
            "DANH SÁCH THỎA THUẬN QUỐC TẾ ĐƯỢC KÝ KẾT {{ ky.danh_sach_hoa }}",
            ["TT", "Tên văn bản", "Loại văn bản", "Đối tác", "Quốc gia", "Ngày ký", "Cơ quan ký", "Lĩnh vực"],
            ["ten", "loai", "doi_tac", "quoc_gia", "ngay_ky", "co_quan_ky", "linh_vuc"],
            [1.0, 6.4, 2.8, 4.0, 2.4, 2.2, 3.4, 3.0],
            (),
            [FIT_TT, "", "", "", "", FIT_DATE, "", ""],
        ),
        (
            "hoi_nghi",
            "DANH SÁCH HỘI NGHỊ, HỘI THẢO, SỰ KIỆN QUỐC TẾ {{ ky.danh_sach_hoa }}",
            [
                "TT",
                "Tên hội nghị, sự kiện",
                "Đơn vị tổ chức",
                "Thời gian",
                "Địa điểm",
                "Đại biểu Việt Nam",
                "Đại biểu nước ngoài",
            ],
            ["ten", "don_vi_to_chuc", "thoi_gian", "dia_diem", "dai_bieu_viet_nam", "dai_bieu_nuoc_ngoai"],
            [1.0, 8.0, 4.6, 2.8, 3.8, 2.5, 2.5],
            (5, 6),
            [FIT_TT, "", "", FIT_PERIOD, "", FIT_COUNT, FIT_COUNT],
        ),
        (
            "du_an_pcpnn",
            "DANH SÁCH CHƯƠNG TRÌNH, DỰ ÁN VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI {{ ky.danh_sach_hoa }}",
            [
                "TT",
                "Tên chương trình, dự án",
                "Nhà tài trợ",
                "Quốc gia",
                "Lĩnh vực",
                "Địa bàn",
                "Cam kết",
                "Giải ngân",
                "Đơn vị tiền",
            ],
            ["ten", "nha_tai_tro", "quoc_gia", "linh_vuc", "dia_ban", "cam_ket", "giai_ngan", "tien_te"],
            [1.0, 5.4, 3.4, 2.0, 2.4, 2.4, 3.3, 3.3, 1.6],
            (6, 7),
            [FIT_TT, "", "", "", "", "", FIT_AMOUNT, FIT_AMOUNT, "EUR"],
        ),
    ]
    totals = {
        "doan_vao": {1: "Tổng cộng", 5: "{{ phu_luc.doan_vao.tong_nguoi }}"},
        "doan_ra": {1: "Tổng cộng", 5: "{{ phu_luc.doan_ra.tong_nguoi }}"},
        "hoi_nghi": {
            1: "Tổng cộng",
            5: "{{ phu_luc.hoi_nghi.tong_viet_nam }}",
            6: "{{ phu_luc.hoi_nghi.tong_nuoc_ngoai }}",
        },
    }
    for key, title, headers, fields, widths, numeric, fits in lists:
        tag(doc, "{%p if phu_luc." + key + " %}")
        landscape_section(doc)
        appendix_heading(doc, "phu_luc." + key + ".so", title, REF)
        if key == "du_an_pcpnn":  # with dated disbursements, the running total has a column of its own
            tag(doc, "{%p if phu_luc.du_an_pcpnn.luy_ke %}")
            smaller(aid_table(doc, *AID_WITH_TOTAL), DENSE_PT)
            tag(doc, "{%p else %}")
            aid_table(doc, headers, fields, widths, numeric, fits)
            tag(doc, "{%p endif %}")
            tag(doc, "{%p endif %}")
            continue
        total = [totals[key].get(i, "") for i in range(len(headers))] if key in totals else None
        data_table(
            doc,
            headers,
            ["{{ r.tt }}"] + ["{{ r." + f + " }}" for f in fields],
            widths,
            "r in phu_luc." + key + ".dong",
            numeric=numeric,
            total=total,
            fits=fits,
        )
        tag(doc, "{%p endif %}")


# The aid list when some project has dated disbursements: in the period and since approval, side by side.
AID_WITH_TOTAL = (
    [
        "TT",
        "Tên chương trình, dự án",
        "Nhà tài trợ",
        "Quốc gia",
        "Lĩnh vực",
        "Địa bàn",
        "Cam kết",
        "Giải ngân trong kỳ",
        "Lũy kế giải ngân",
        "Đơn vị tiền",
    ],
    ["ten", "nha_tai_tro", "quoc_gia", "linh_vuc", "dia_ban", "cam_ket", "giai_ngan", "luy_ke", "tien_te"],
    [1.0, 4.4, 2.6, 1.8, 2.0, 2.0, 3.0, 3.0, 3.0, 2.0],
    (6, 7, 8),
    [FIT_TT, "", "", "", "", "", FIT_AMOUNT, FIT_AMOUNT, FIT_AMOUNT, "EUR"],
)


def aid_table(
    doc: DocumentObject,
    headers: list[str],
    fields: list[str],
    widths: list[float],
    numeric: tuple[int, ...],
    fits: list[str],
) -> Table:
    cells = ["{{ r.tt }}"] + ["{{ r." + f + " }}" for f in fields]
    table = data_table(doc, headers, cells, widths, "r in phu_luc.du_an_pcpnn.dong", numeric=numeric, fits=fits)
    totals = ["{{ t." + f + " }}" if i + 1 in numeric else "" for i, f in enumerate(fields)]
    totals[0], totals[-1] = "{{ t.noi_dung }}", "{{ t.tien_te }}"
    per_currency_totals(table, "phu_luc.du_an_pcpnn.tong", numeric, ["", *totals])
    return table


# Ten columns, three of them sums in đồng ("12.345.000.000"), left the project's name 3.5 cm wide at 12 pt (three
# or four lines a row) and "Lĩnh vực", "Địa bàn" two words wide: the dense list is set in 11 pt, as wide appendix
# tables are, and the width pass measures it at that size.
DENSE_PT = 11


def smaller(table: Table, size_pt: float) -> None:
    """Every run of ``table`` in ``size_pt``, the text the template puts in its cells and the text rendered there."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size_pt)


def per_currency_totals(table: Table, loop: str, numeric: tuple[int, ...], cells: list[str]) -> None:
    """Aid totals, one row per currency (a sum across currencies means nothing): a row loop after the records."""
    opening, row, closing = table.add_row(), table.add_row(), table.add_row()  # type: ignore[no-untyped-call]
    clear_cell(opening.cells[0])
    para(opening.cells[0], "{%tr for t in " + loop + " %}", "VB Bảng")
    for i, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
        clear_cell(cell)
        para(cell, text, "VB Bảng số" if i in numeric else "VB Bảng tiêu đề")
    clear_cell(closing.cells[0])
    para(closing.cells[0], "{%tr endfor %}", "VB Bảng")
    rows_stay_whole(table)


def build() -> DocumentObject:
    doc = new_document(pictures=True)
    page_numbers(doc)
    header_block(doc)
    title_block(doc, "BÁO CÁO", "{{ trich_yeu }}")
    tag(doc, "{%p if kinh_gui|length == 1 %}")
    para(doc, "Kính gửi: {{ kinh_gui[0] }}.", "VB Kính gửi")
    tag(doc, "{%p elif kinh_gui %}")
    tag(doc, "{%p for kg in kinh_gui %}")
    addressee(doc, "{% if loop.first %}Kính gửi:{% endif %}\t- {{ kg }}{% if loop.last %}.{% else %};{% endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    prose(doc, "mo_dau")
    para(doc, "I. TÌNH HÌNH CHUNG", HEAD)
    prose(doc, "tinh_hinh_chung")
    section_two(doc)
    section_three_to_five(doc)
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    signature_block(doc)  # its row cannot split: a signer's name never stands apart from the title
    appendices(doc)
    return doc
