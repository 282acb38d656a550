"""Vietnamese rules checked against real cases from Nghị định 30 and real reports of Sở Ngoại vụ."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, time
from decimal import Decimal

import pytest

from reportgen.vietnamese import (
    amount_in_words,
    ascii_slug,
    change_cell,
    compare_phrase,
    date_range_phrase,
    day_month_year,
    format_number,
    honorific,
    join_vietnamese,
    letter_item,
    nfc,
    number_in_words,
    number_line,
    number_symbol,
    pad2,
    percent,
    person_sort_key,
    place_date_line,
    punctuate_all,
    roman,
    short_date,
    time_phrase,
    upper_vi,
    vietnamese_sort_key,
)

NBSP = "\u00a0"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 1, 5), "ngày 05 tháng 01 năm 2024"),
        (date(2024, 2, 15), "ngày 15 tháng 02 năm 2024"),
        (date(2020, 3, 9), "ngày 09 tháng 3 năm 2020"),
        (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (date(2022, 6, 15), "ngày 15 tháng 6 năm 2022"),
        (date(2023, 10, 1), "ngày 01 tháng 10 năm 2023"),
        (date(2023, 12, 31), "ngày 31 tháng 12 năm 2023"),
    ],
)
def test_day_month_year(d: date, expected: str) -> None:
    assert day_month_year(d) == expected


@pytest.mark.parametrize(
    ("place", "d", "year", "expected"),
    [
        ("Đà Nẵng", date(2024, 1, 5), None, "Đà Nẵng, ngày 05 tháng 01 năm 2024"),
        ("Huế", date(2023, 12, 31), 2023, "Huế, ngày 31 tháng 12 năm 2023"),
        ("Thành phố Hồ Chí Minh", date(2020, 3, 9), None, "Thành phố Hồ Chí Minh, ngày 09 tháng 3 năm 2020"),
        ("Đà Nẵng", None, 2024, f"Đà Nẵng, ngày {NBSP * 4} tháng {NBSP * 4} năm 2024"),
        ("Đà Nẵng", None, None, f"Đà Nẵng, ngày {NBSP * 4} tháng {NBSP * 4} năm {NBSP * 4}"),
    ],
)
def test_place_date_line(place: str, d: date | None, year: int | None, expected: str) -> None:
    assert place_date_line(place, d, year) == expected


def test_place_date_line_draft_blank_is_not_collapsible() -> None:
    # Word and HTML collapse or stretch runs of plain spaces; the blank must be made of no-break spaces.
    line = place_date_line("Đà Nẵng", None, 2024)
    assert "  " not in line
    assert line.count(NBSP) == 8


def test_place_date_line_rejects_year_that_disagrees_with_date() -> None:
    with pytest.raises(ValueError):
        place_date_line("Đà Nẵng", date(2024, 1, 5), 2023)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2022, 3, 5), "05/3/2022"),
        (date(2024, 2, 15), "15/02/2024"),
        (date(2024, 1, 1), "01/01/2024"),
        (date(2023, 12, 31), "31/12/2023"),
    ],
)
def test_short_date(d: date, expected: str) -> None:
    assert short_date(d) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2022, 3, 5), None, "05/3/2022"),
        (date(2022, 3, 5), date(2022, 3, 5), "05/3/2022"),
        (date(2022, 3, 5), date(2022, 3, 9), "05–\u206009/3/2022"),
        (date(2022, 2, 28), date(2022, 3, 3), "28/02–\u206003/3/2022"),
        (date(2024, 1, 8), date(2024, 2, 2), "08/01–\u206002/02/2024"),
        (date(2021, 12, 30), date(2022, 1, 2), "30/12/2021–02/01/2022"),
    ],
)
def test_date_range_phrase(start: date, end: date | None, expected: str) -> None:
    assert date_range_phrase(start, end) == expected


def test_date_range_phrase_rejects_end_before_start() -> None:
    with pytest.raises(ValueError):
        date_range_phrase(date(2022, 3, 9), date(2022, 3, 5))


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (time(14, 0), "14 giờ 00 phút"),
        (time(8, 30), "08 giờ 30 phút"),
        (time(7, 5), "07 giờ 05 phút"),
        (time(16, 45), "16 giờ 45 phút"),
        (time(0, 0), "00 giờ 00 phút"),
    ],
)
def test_time_phrase(t: time, expected: str) -> None:
    assert time_phrase(t) == expected


# --- number and symbol -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind", "issuer", "expected"),
    [
        (5, "BC", "SNV", "Số: 05/BC-SNV"),
        (1, "QĐ", "UBND", "Số: 01/QĐ-UBND"),
        (127, "TB", "SNgV", "Số: 127/TB-SNgV"),
        (12, None, "SNV-HTQT", "Số: 12/SNV-HTQT"),
        (3, "TTr", "SNV", "Số: 03/TTr-SNV"),  # official mixed-case abbreviation kept
        (10, " BC ", "SNV - HTQT", "Số: 10/BC-SNV-HTQT"),  # stray spaces removed
        (None, "BC", "SNV", f"Số: {NBSP * 10}/BC-SNV"),
        (None, None, "SNV-HTQT", f"Số: {NBSP * 10}/SNV-HTQT"),
    ],
)
def test_number_line(number: int | None, kind: str | None, issuer: str, expected: str) -> None:
    assert number_line(number, kind, issuer) == expected
    assert number_symbol(number, kind, issuer) == expected.removeprefix("Số: ")


def test_number_symbol_in_appendix_reference() -> None:
    ref = f"(Kèm theo Báo cáo số {number_symbol(5, 'BC', 'SNV')} {day_month_year(date(2024, 1, 5))})"
    assert ref == "(Kèm theo Báo cáo số 05/BC-SNV ngày 05 tháng 01 năm 2024)"


@pytest.mark.parametrize(("number", "issuer"), [(0, "SNV"), (-1, "SNV"), (5, ""), (5, "  ")])
def test_number_symbol_rejects_bad_input(number: int, issuer: str) -> None:
    with pytest.raises(ValueError):
        number_symbol(number, "BC", issuer)


# --- figures ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2100, None, "2.100"),
        (800, None, "800"),
        (0, None, "0"),
        (-1234, None, "-1.234"),
        (1_234_567_891, None, "1.234.567.891"),
        (Decimal("11974405.56"), None, "11.974.405,56"),
        (3.68, None, "3,68"),
        (Decimal("3.50"), None, "3,5"),
        (Decimal("79.000"), None, "79"),
        (2.675, None, "2,68"),  # half-up on the decimal the user typed, not on the binary float
        (1.005, None, "1,01"),
        (Decimal("0.004"), None, "0"),
        (Decimal("-0.004"), None, "0"),  # no "-0"
        (Decimal("1234.5"), 2, "1.234,50"),
        (2.5, 0, "3"),  # half-up, not banker's rounding
        (3.5, 0, "4"),
        (Decimal("11974405.555"), 2, "11.974.405,56"),
        (1500, 1, "1.500,0"),
        (-1234.56, 1, "-1.234,6"),
    ],
)
def test_format_number(value: int | float | Decimal, decimals: int | None, expected: str) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN")])
def test_format_number_rejects_non_finite(value: float | Decimal) -> None:
    with pytest.raises(ValueError):
        format_number(value)


def test_format_number_rejects_bool() -> None:
    with pytest.raises(TypeError):
        format_number(True)


@pytest.mark.parametrize(("n", "expected"), [(0, "0"), (1, "01"), (7, "07"), (9, "09"), (10, "10"), (93, "93")])
def test_pad2(n: int, expected: str) -> None:
    assert pad2(n) == expected


def test_pad2_rejects_negative() -> None:
    with pytest.raises(ValueError):
        pad2(-1)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (19.23, 1, "19,2%"),
        (100, 1, "100%"),
        (20.0, 1, "20%"),
        (19.96, 1, "20%"),
        (57.38, 2, "57,38%"),
        (Decimal("57.375"), 2, "57,38%"),
        (Decimal("12.5"), 0, "13%"),
        (1250.5, 1, "1.250,5%"),
    ],
)
def test_percent(value: float | Decimal, decimals: int, expected: str) -> None:
    assert percent(value, decimals) == expected


@pytest.mark.parametrize(
    ("current", "previous", "year", "unit", "expected"),
    [
        (93, 78, 2021, "đoàn", "tăng 15 đoàn (19,2%) so với năm 2021"),
        (27, 30, 2021, "đoàn", "giảm 03 đoàn (10%) so với năm 2021"),
        (48, 48, 2021, "địa phương", "bằng năm 2021"),
        (5, 0, 2021, "đoàn", "tăng 05 đoàn so với năm 2021"),
        (93, None, 2021, "đoàn", ""),
        (574, 366, 2022, "", "tăng 208 (56,8%) so với năm 2022"),
        (2100, 1500, 2022, "  lượt người ", "tăng 600 lượt người (40%) so với năm 2022"),
        (0, 4, 2022, "đoàn", "giảm 04 đoàn (100%) so với năm 2022"),
        (Decimal("3.68"), Decimal("3.2"), 2022, "tỷ USD", "tăng 0,48 tỷ USD (15%) so với năm 2022"),
    ],
)
def test_compare_phrase(
    current: int | Decimal, previous: int | Decimal | None, year: int, unit: str, expected: str
) -> None:
    assert compare_phrase(current, previous, year, unit) == expected


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [
        (93, 78, "+15 (19,2%)"),
        (27, 30, "\u20113 (\u201110%)"),
        (48, 48, "0"),
        (5, 0, "+5"),
        (93, None, ""),
        (3100, 2000, "+1.100 (55%)"),
        (Decimal("3.68"), Decimal("3.2"), "+0,48 (15%)"),
    ],
)
def test_change_cell(current: int | Decimal, previous: int | Decimal | None, expected: str) -> None:
    assert change_cell(current, previous) == expected


# --- numbers in words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "không"),
        (1, "một"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (55, "năm mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (1000, "một nghìn"),
        (1005, "một nghìn không trăm linh năm"),
        (1050, "một nghìn không trăm năm mươi"),
        (1_000_005, "một triệu không trăm linh năm"),
        (2_340_000, "hai triệu ba trăm bốn mươi nghìn"),
        (46_800_000, "bốn mươi sáu triệu tám trăm nghìn"),
        (1_000_000_000, "một tỷ"),
        (2_000_000_001, "hai tỷ không trăm linh một"),
        (79_000_000_000, "bảy mươi chín tỷ"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (
            1_234_567_891_234,
            "một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn"
            " hai trăm ba mươi tư",
        ),
        (-21, "âm hai mươi mốt"),
    ],
)
def test_number_in_words(n: int, expected: str) -> None:
    assert number_in_words(n) == expected


@pytest.mark.parametrize(
    ("n", "currency", "expected"),
    [
        (2_340_000, "đồng", "Hai triệu ba trăm bốn mươi nghìn đồng"),
        (4_680_000, "đồng", "Bốn triệu sáu trăm tám mươi nghìn đồng"),
        (1_500, "USD", "Một nghìn năm trăm USD"),
        (0, "đồng", "Không đồng"),
        (-5, "đồng", "Âm năm đồng"),
    ],
)
def test_amount_in_words(n: int, currency: str, expected: str) -> None:
    assert amount_in_words(n, currency) == expected


def test_amount_in_words_default_currency() -> None:
    assert amount_in_words(2_340_000) == "Hai triệu ba trăm bốn mươi nghìn đồng"


# --- people ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("gender", "expected"), [("nam", "Ông"), ("nữ", "Bà"), (nfd("nữ"), "Bà")])
def test_honorific(gender: str, expected: str) -> None:
    assert honorific(gender) == expected


@pytest.mark.parametrize("gender", ["Nam", "nu", "male", "", " nam"])
def test_honorific_rejects_other_values(gender: str) -> None:
    with pytest.raises(ValueError):
        honorific(gender)


def _shuffled(items: list[str]) -> list[str]:
    copy = list(items)
    random.Random(30).shuffle(copy)
    assert copy != items  # the test must actually sort something
    return copy


@pytest.mark.parametrize(
    "expected",
    [
        # The whole alphabet: ă and â follow a, đ follows d, ê follows e, ô and ơ follow o, ư follows u.
        list("aăâbcdđeêghiklmnoôơpqrstuưvxy"),
        # Foreign letters slot in the Latin order: f after ê, j after i, w after v, z after y.
        list("eêfghijuưvwxyz"),
        # The six tones in order: none, huyền, hỏi, ngã, sắc, nặng.
        ["ma", "mà", "mả", "mã", "má", "mạ"],
        # Letters first over the whole word, tones only break ties: bà < bạ (tone) but bạ < ban (letters).
        ["ba", "bà", "bạ", "ban", "bàn", "bạn", "bang"],
        # "ca" is a prefix of "cac", so cà < các whatever their tones; cách < cạch by tone (sắc before nặng).
        ["cà", "các", "cách", "cạch"],
        # d < đ whatever the tone: "dũng" precedes "đa".
        ["da", "dũng", "đa", "đà"],
        # Case is the last tie-breaker (lower first); it never beats letters: "An" < "ba".
        ["an", "An", "AN", "ba", "Ba"],
        # Đ is a letter after D, not after Z as in code-point order.
        ["Dung", "Đức", "Hà", "Zoe"],
    ],
)
def test_vietnamese_sort_key_orders_words(expected: list[str]) -> None:
    assert sorted(_shuffled(expected), key=vietnamese_sort_key) == expected


@pytest.mark.parametrize("word", ["Nguyễn", "Đặng", "Ước", "hoàng", "Hạnh", "Trương Ngọc Ánh"])
def test_vietnamese_sort_key_is_the_same_for_nfc_and_nfd(word: str) -> None:
    assert nfd(word) != nfc(word)
    assert vietnamese_sort_key(nfd(word)) == vietnamese_sort_key(nfc(word))


def test_vietnamese_sort_key_ignores_tone_placement() -> None:
    # "hoà" (old placement) and "hòa" (new) are the same word.
    assert vietnamese_sort_key("hoà") == vietnamese_sort_key("hòa")
    assert vietnamese_sort_key("Thuý") == vietnamese_sort_key("Thúy")


# Hand-sorted by the rules: given name, then middle names, then family name.
#  - An < Anh (prefix) < Ánh (same letters as Anh, sắc after no tone) < Ân (a before â, tone ignored).
#  - Three "Văn An": family names break the tie, Đỗ (đ) < Lê (l) < Nguyễn (n).
#  - Ân < Dung < Đức: â < d < đ.
#  - Three "Hà": middle names first, Thị < Thu (i < u); then Nguyễn < Trần for the two "Thu Hà".
#  - Hà < Hạ (same letters, huyền before nặng) < Hải (letters win over tones: "ha" is a prefix of "hai",
#    so Hạ comes first although hỏi comes before nặng).
#  - Oanh < Ơn < Ước: o < ơ < u < ư.
PEOPLE_IN_ORDER = [
    "Đỗ Văn An",
    "Lê Văn An",
    "Nguyễn Văn An",
    "Vũ Ngọc Anh",
    "Trần Thị Ánh",
    "Đặng Thị Ân",
    "Phạm Thị Dung",
    "Hoàng Văn Đức",
    "Ngô Thị Hà",
    "Nguyễn Thu Hà",
    "Trần Thu Hà",
    "Lý Thị Hạ",
    "Đỗ Văn Hải",
    "Lê Thị Oanh",
    "Trần Văn Ơn",
    "Bùi Văn Ước",
]


@pytest.mark.parametrize("form", [nfc, nfd])
def test_person_sort_key_orders_real_names(form: object) -> None:
    assert callable(form)
    names = [form(name) for name in _shuffled(PEOPLE_IN_ORDER)]
    assert [nfc(n) for n in sorted(names, key=person_sort_key)] == PEOPLE_IN_ORDER


def test_person_sort_key_differs_from_naive_sort() -> None:
    assert sorted(PEOPLE_IN_ORDER) != PEOPLE_IN_ORDER


@pytest.mark.parametrize(
    "expected",
    [
        # Foreign names are split the same way: Đức (đ) < Smith (s) < Zimmermann (z); no crash on f, j, w, z.
        ["Nguyễn Văn Đức", "John Smith", "Anna Zimmermann"],
        # A one-word name is a given name; no middle names sort before some, for the same given name.
        ["Bình", "Trần Bình", "Lê Văn Bình", "Kim Jong-un", "José Ramos-Horta"],
    ],
)
def test_person_sort_key_handles_foreign_and_short_names(expected: list[str]) -> None:
    assert sorted(reversed(expected), key=person_sort_key) == expected


def test_person_sort_key_empty_name() -> None:
    assert sorted(["", "Lê Văn An"], key=person_sort_key) == ["", "Lê Văn An"]


# --- numbering -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (12, "XII"), (14, "XIV"),
        (19, "XIX"), (40, "XL"), (44, "XLIV"), (49, "XLIX"), (50, "L"), (99, "XCIX"), (2024, "MMXXIV"),
    ],
)  # fmt: skip
def test_roman(n: int, expected: str) -> None:
    assert roman(n) == expected


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_roman_rejects_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        roman(n)


@pytest.mark.parametrize(
    ("i", "expected"),
    [(1, "a"), (2, "b"), (4, "d"), (5, "đ"), (6, "e"), (7, "g"), (8, "h"), (9, "i"), (10, "k"), (23, "y")],
)
def test_letter_item(i: int, expected: str) -> None:
    assert letter_item(i) == expected


def test_letter_item_full_sequence() -> None:
    letters = [letter_item(i) for i in range(1, 24)]
    assert " ".join(letters) == "a b c d đ e g h i k l m n o p q r s t u v x y"


@pytest.mark.parametrize("i", [0, 24, -1])
def test_letter_item_rejects_out_of_range(i: int) -> None:
    with pytest.raises(ValueError):
        letter_item(i)


# --- text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["Sở Ngoại vụ"], "Sở Ngoại vụ"),
        (["Lào", "Campuchia"], "Lào và Campuchia"),
        (["Nhật Bản", "Hàn Quốc", "Hoa Kỳ"], "Nhật Bản, Hàn Quốc và Hoa Kỳ"),
        (("Pháp", "Đức", "Ý", "Anh"), "Pháp, Đức, Ý và Anh"),
    ],
)
def test_join_vietnamese(items: list[str], expected: str) -> None:
    assert join_vietnamese(items) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Ngoại vụ", "SỞ NGOẠI VỤ"),
        ("Ủy ban nhân dân thành phố Đà Nẵng", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"),
        (nfd("Cộng hòa xã hội chủ nghĩa Việt Nam"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("đường ưu tiên ở bờ ơi", "ĐƯỜNG ƯU TIÊN Ở BỜ ƠI"),
    ],
)
def test_upper_vi(text: str, expected: str) -> None:
    result = upper_vi(text)
    assert result == expected
    assert result == unicodedata.normalize("NFC", result)


@pytest.mark.parametrize("text", ["Nguyễn Thị Hạnh", "Đà Nẵng", "Ước", "plain ascii"])
def test_nfc(text: str) -> None:
    assert nfc(nfd(text)) == text
    assert nfc(text) == text


def test_a_draft_date_has_the_same_blanks_in_the_date_line_and_in_a_reference() -> None:
    from reportgen.vietnamese import date_or_blank

    assert place_date_line("Đà Nẵng", None, 2024) == f"Đà Nẵng, {date_or_blank(None, 2024)}"
    assert date_or_blank(date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"


@pytest.mark.parametrize(
    ("items", "between", "final", "expected"),
    [
        (["Như trên", "Lưu: VT"], ";", ".", ["Như trên;", "Lưu: VT."]),
        (["Căn cứ A;", " Căn cứ B. "], ";", ".", ["Căn cứ A;", "Căn cứ B."]),
        (["Kính thưa X,", "Thưa Y"], ";", "!", ["Kính thưa X;", "Thưa Y!"]),
        (["Một mục duy nhất:"], ";", ".", ["Một mục duy nhất."]),
        ([], ";", ".", []),
    ],
)
def test_list_items_end_with_semicolons_and_the_last_with_its_own_mark(
    items: list[str], between: str, final: str, expected: list[str]
) -> None:
    assert punctuate_all(items, between=between, final=final) == expected


def test_ascii_slug_for_file_names() -> None:
    assert ascii_slug("Bằng khen") == "bang-khen"
    assert ascii_slug("Giấy khen của Giám đốc Sở") == "giay-khen-cua-giam-doc-so"
