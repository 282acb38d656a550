"""The loader is the only thing between a civil servant's file and the rest of the tool: these tests pin
every message it can give, word for word, with its line, and prove it never fails any other way.

The corpus in tests/bad_inputs/load/ has one small file per bad case; several are deliberately not
UTF-8 or contain control characters, so open them as bytes, never re-save them from an editor.
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen import load as load_module
from reportgen.load import MAX_BYTES, LoadedInput, field_name, load_file, load_text
from reportgen.load.parser import FastEvents
from reportgen.problems import InputError


def monkeypatch_free_set(value: object) -> None:
    """Set the loader's fast event parser (None: the pure-Python path), outside a test's monkeypatch."""
    setattr(load_module, "_FastEvents", value)  # noqa: B010 - a private name the module does not export


CORPUS = Path(__file__).parent / "bad_inputs" / "load"

RESAVE = (
    "Hãy mở tệp và lưu lại với mã hóa UTF-8: trong Word/Notepad chọn Lưu thành… và mã hóa UTF-8; "
    "trong Excel/LibreOffice cũng chọn Lưu thành… và chọn bộ ký tự UTF-8."
)
UTF16 = "Tệp đang được lưu ở mã hóa UTF-16, không phải UTF-8. " + RESAVE


def not_utf8(byte: str) -> str:
    return (
        f"Tệp không được lưu ở mã hóa UTF-8 (byte 0x{byte} ở vị trí này không hợp lệ); có thể tệp đã được "
        "lưu bằng bảng mã cũ như Windows-1258, TCVN3 hoặc VNI. " + RESAVE
    )


def tcvn3(word: str) -> str:
    return (
        f"Dòng này có chữ bị lỗi phông (ví dụ «{word}»): có vẻ văn bản được chép từ tài liệu gõ bằng bảng mã "
        "TCVN3 (phông .Vn…) mà chưa chuyển sang Unicode. Hãy dùng chức năng chuyển mã của Unikey "
        "(từ TCVN3 sang Unicode) rồi chép lại đoạn này."
    )


def vni(word: str) -> str:
    return (
        f"Dòng này có chữ bị lỗi phông (ví dụ «{word}»): có vẻ văn bản được chép từ tài liệu gõ bằng bảng mã "
        "VNI (phông VNI-…) mà chưa chuyển sang Unicode. Hãy dùng chức năng chuyển mã của Unikey "
        "(từ VNI Windows sang Unicode) rồi chép lại đoạn này."
    )


def control(code: str) -> str:
    return f"Ký tự điều khiển U+{code} không được phép (ký tự ẩn, thường lẫn vào khi sao chép); hãy xóa ký tự này."


def alias(name: str) -> str:
    return f"Không dùng được tham chiếu «*{name}» (bí danh YAML) trong tệp này; hãy chép đầy đủ giá trị vào đây."


def tag(text: str) -> str:
    return (
        f"Không dùng được thẻ kiểu dữ liệu «{text}» trong tệp này; hãy xóa thẻ và chỉ ghi giá trị "
        "(nếu cần giữ nguyên dạng chữ, hãy đặt giá trị trong dấu nháy kép)."
    )


def duplicate(key: str, first: int, second: int) -> str:
    return f"Mục «{key}» bị khai báo hai lần, ở dòng {first} và dòng {second}; hãy xóa hoặc gộp một trong hai."


NOT_MAPPING = "Nội dung tệp phải gồm các mục dạng «tên_mục: giá trị», nhưng ở đây là "
NOT_MATCHING = (
    "Nội dung ở đây không khớp với cấu trúc phía trên; hãy kiểm tra việc thụt lề (chỉ dùng dấu cách) "
    "và xem có chữ thừa sau dấu nháy hoặc dấu ngoặc đóng không."
)


def laughs() -> list[str]:
    uses = [(line, col, "bcdefghi"[line - 2], "abcdefgh"[line - 2]) for line in range(2, 10) for col in range(9)]
    shown = [f"{line}:{8 + 4 * i}: {k}[{i}]: {alias(a)}" for line, i, k, a in uses[:20]]
    return [*shown, "4:16: Còn 52 chỗ khác có lỗi cùng loại, kể từ vị trí này."]


# file name -> every rendered problem, in order, without the leading "file:".
CASES: dict[str, list[str]] = {
    "empty.yaml": [" Tệp trống, chưa có nội dung nào."],
    "comments_only.yaml": [
        " Tệp chưa có nội dung: chỉ có dòng trống, dòng chú thích (bắt đầu bằng «#») hoặc dấu «---»."
    ],
    "utf16_bom.yaml": ["1:1: " + UTF16],
    "utf16_no_bom.yaml": ["1:2: " + UTF16],
    "windows1258.yaml": ["2:11: " + not_utf8("D5")],
    "tcvn3_bytes.yaml": ["2:11: " + not_utf8("E9")],
    "vni_bytes.yaml": ["2:12: " + not_utf8("E4")],
    "invalid_utf8_truncated.yaml": ["2:11: " + not_utf8("E1")],
    "surrogate_bytes.yaml": ["1:12: " + not_utf8("ED")],
    "mojibake_tcvn3.yaml": ["2:13: " + tcvn3("Ngo¹i")],
    "mojibake_tcvn3_lines.yaml": ["2:13: " + tcvn3("Ngo¹i"), "5:3: " + tcvn3("§oµn"), "6:12: " + tcvn3("tØnh")],
    "mojibake_vni.yaml": ["2:10: " + vni("Sôû")],
    "top_level_list.yaml": ["1:1: " + NOT_MAPPING + "một danh sách (dòng bắt đầu bằng «- »)."],
    "top_level_scalar.yaml": ["1:1: " + NOT_MAPPING + "một giá trị đơn lẻ."],
    "two_documents.yaml": [
        "2:1: Mỗi tệp chỉ được chứa một văn bản YAML, nhưng từ dòng này (dấu «---») lại bắt đầu văn bản "
        "thứ hai; hãy xóa dòng «---» hoặc tách phần sau ra một tệp riêng."
    ],
    "python_tag.yaml": ["2:7: lenh: " + tag("!!python/object/apply:os.system")],
    "custom_tag.yaml": ["1:10: tieu_de: " + tag("!in_dam"), "2:11: so_nguoi: " + tag("!!int")],
    "duplicate_key.yaml": ["3:1: tieu_de: " + duplicate("tieu_de", 1, 3)],
    "duplicate_key_nested.yaml": ["6:5: doan_vao[1].so_nguoi: " + duplicate("so_nguoi", 5, 6)],
    "duplicate_key_nfc.yaml": ["2:1: tiêu_đề: " + duplicate("tiêu_đề", 1, 2)],
    "alias.yaml": ["5:15: doan_vao[0].chi_tiet: " + alias("md")],
    "merge_key.yaml": ["4:7: doan.<<: " + alias("md")],
    "billion_laughs.yaml": laughs(),
    "deep_nesting.yaml": [
        "2:59: Dữ liệu lồng nhau quá sâu (quá 50 cấp); hãy kiểm tra lại việc thụt lề và các dấu ngoặc."
    ],
    "tab_indent.yaml": [
        "3:1: Dòng này được thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách để thụt lề. Hãy thay Tab bằng dấu cách."
    ],
    "unclosed_double_quote.yaml": ['1:10: Dấu nháy «"» mở ở đây chưa được đóng; hãy thêm dấu nháy «"» ở cuối giá trị.'],
    "unclosed_single_quote.yaml": ["2:10: Dấu nháy «'» mở ở đây chưa được đóng; hãy thêm dấu nháy «'» ở cuối giá trị."],
    "colon_in_value.yaml": [
        "2:15: Dấu hai chấm «:» ở đây không hợp lệ: hoặc dòng này thụt lề sai so với dòng trên, hoặc giá trị "
        "có chứa «: » mà chưa được đặt trong dấu nháy kép."
    ],
    "bad_indentation.yaml": ["3:2: " + NOT_MATCHING],
    "missing_colon.yaml": [
        "2:1: Dòng này thiếu dấu hai chấm «:» sau tên mục (hoặc giá trị ở dòng trên bị xuống dòng mà chưa "
        "được đặt trong dấu nháy kép)."
    ],
    "list_item_indent.yaml": [
        "4:4: Dòng này thụt lề không khớp với danh sách phía trên: mỗi phần tử của danh sách phải bắt đầu "
        "bằng «- » và thẳng hàng với các phần tử khác."
    ],
    "unclosed_bracket.yaml": [
        "2:13: Dấu ngoặc «[» mở ở đây chưa được đóng bằng «]», hoặc thiếu dấu phẩy giữa các phần tử."
    ],
    "bad_escape.yaml": [
        "2:17: Trong dấu nháy kép, dấu «\\» bắt đầu một mã thoát không hợp lệ; nếu muốn viết dấu «\\», "
        "hãy viết hai lần («\\\\») hoặc dùng dấu nháy đơn."
    ],
    "at_sign.yaml": [
        '2:14: Giá trị không được bắt đầu bằng ký tự «@»; hãy đặt cả giá trị trong dấu nháy kép, ví dụ: "@…".'
    ],
    "dash_in_value.yaml": [
        "2:13: Dấu «- » của danh sách không được đặt ở đây; mỗi phần tử danh sách phải nằm trên một dòng "
        "riêng, thụt lề dưới tên mục."
    ],
    "control_char.yaml": ["2:18: " + control("0007")],
    "c1_char.yaml": ["1:17: " + control("0096")],
    "del_char.yaml": ["1:13: " + control("007F")],
    "nul_char.yaml": ["1:17: " + control("0000")],
    "noncharacter.yaml": [
        "1:17: Ký tự U+FFFE không phải là ký tự văn bản hợp lệ; hãy xóa ký tự này.",
        "2:14: Ký tự U+1FFFF không phải là ký tự văn bản hợp lệ; hãy xóa ký tự này.",
    ],
    "escaped_control.yaml": ["1:10: tieu_de: " + control("0007"), "2:10: ghi_chu: " + control("001B")],
    "number_key.yaml": [
        "2:1: Tên mục phải là chữ, nhưng «2023» ở đây được hiểu là một số; nếu đúng là tên mục, "
        'hãy đặt trong dấu nháy kép, ví dụ «"2023": …».',
        "3:1: Tên mục phải là chữ, nhưng «true» ở đây được hiểu là giá trị đúng/sai; nếu đúng là tên mục, "
        'hãy đặt trong dấu nháy kép, ví dụ «"true": …».',
    ],
    "empty_key.yaml": ["2:1: Thiếu tên mục trước dấu hai chấm «:»."],
    "complex_key.yaml": [
        "2:3: Tên mục phải là một chữ đơn giản, không được là danh sách hay nhóm mục "
        "(dấu «?» hoặc ngoặc «[ ]», «{ }» đặt ở vị trí tên mục)."
    ],
    "many_problems.yaml": [
        "1:17: " + control("0007"),
        "2:10: co_quan: " + tag("!!str"),
        "3:1: tieu_de: " + duplicate("tieu_de", 1, 3),
        "5:11: so_nguoi: " + alias("md"),
    ],
}


def test_every_corpus_file_has_a_case() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.yaml")) == sorted(CASES)


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and again with PyYAML's pure-Python one (used when PyYAML
    was built without libyaml): the messages must not depend on which one is installed."""
    if request.param == "python":
        monkeypatch.setattr(load_module, "_FastEvents", None)
    return str(request.param)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(name: str, parser: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CORPUS)
    with pytest.raises(InputError) as caught:
        load_file(Path(name))
    assert [p.render() for p in caught.value.problems] == [f"{name}:{line}" for line in CASES[name]]
    assert all(p.severity == "error" and p.file == name for p in caught.value.problems)


# --------------------------------------------------------------------------------------------------
# Files that cannot or should not live in the corpus


def test_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    big = tmp_path / "lon.yaml"
    with big.open("wb") as f:
        f.truncate(25 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError) as caught:
        load_file(Path("lon.yaml"))
    assert str(caught.value) == (
        "lon.yaml: Tệp quá lớn (25,0 MB), vượt giới hạn 20 MB; hãy kiểm tra xem có chọn nhầm tệp không."
    )
    with pytest.raises(InputError) as caught:
        load_text(b"a" * (MAX_BYTES + 1), "x.yaml")
    assert caught.value.problems[0].code == "size"


def test_missing_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        load_file(Path("khong_co.yaml"))
    assert str(caught.value) == "khong_co.yaml: Không tìm thấy tệp này."
    (tmp_path / "thu_muc").mkdir()
    with pytest.raises(InputError) as caught:
        load_file(Path("thu_muc"))
    assert str(caught.value) == "thu_muc: Đây là một thư mục, không phải tệp."


def test_utf32_bom() -> None:
    with pytest.raises(InputError) as caught:
        load_text("a: b\n".encode("utf-32"), "x.yaml")
    assert str(caught.value) == "x.yaml:1:1: Tệp đang được lưu ở mã hóa UTF-32, không phải UTF-8. " + RESAVE


def test_lone_surrogate_in_text() -> None:
    with pytest.raises(InputError) as caught:
        load_text("a: x\ud800y\n", "x.yaml")
    assert str(caught.value) == (
        "x.yaml:1:5: Ký tự U+D800 là mã lẻ không hợp lệ, không phải ký tự văn bản; hãy xóa ký tự này."
    )


def test_many_bad_characters_are_summarised() -> None:
    with pytest.raises(InputError) as caught:
        load_text("a: " + "\x01" * 30 + "\n", "x.yaml")
    rendered = [p.render() for p in caught.value.problems]
    assert len(rendered) == 21
    assert rendered[0] == "x.yaml:1:4: " + control("0001")
    assert rendered[-1] == "x.yaml:1:24: Còn 10 ký tự không hợp lệ khác, kể từ vị trí này; hãy xóa chúng."


def test_extremely_deep_nesting_is_refused_quickly() -> None:
    # The composed-node API of the C loader segfaults on this, and libyaml's scanner is quadratic in
    # bracket depth (minutes for this input).
    start = time.process_time()
    with pytest.raises(InputError) as caught:
        load_text("a: " + "[" * 200_000 + "]" * 200_000, "x.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "x.yaml:1:1004: Dữ liệu lồng nhau quá sâu (quá 50 cấp); hãy kiểm tra lại việc thụt lề và các dấu ngoặc."
    ]
    assert time.process_time() - start < 1.0


def test_deep_block_nesting_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        load_text("a: 1\nb:\n  " + "- " * 100_000 + "x\n", "x.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "x.yaml:3:101: Dữ liệu lồng nhau quá sâu (quá 50 cấp); hãy kiểm tra lại việc thụt lề và các dấu ngoặc."
    ]


def test_billion_laughs_is_quick() -> None:
    start = time.process_time()
    with pytest.raises(InputError):
        load_file(CORPUS / "billion_laughs.yaml")
    assert time.process_time() - start < 0.5


# --------------------------------------------------------------------------------------------------
# Good inputs


def test_plain_scalars_follow_our_rules_not_yaml_1_1(parser: str) -> None:
    text = "\n".join(
        [
            "a: true",
            "b: FALSE",
            "c: True",
            "d: null",
            "e: ~",
            "f:",
            "g: NULL",
            "h: 0",
            "i: -12",
            "j: +7",
            "k: 0123",
            "l: yes",
            "m: no",
            "n: on",
            "o: off",
            "p: NO",
            "q: 1:30",
            "r: 2.100",
            "s: 3,68",
            "t: 3.5",
            "u: 2023-02-31",
            "v: 2022-03-15",
            "w: 1e3",
            "x: 0x1F",
            "y: .inf",
            "z: 1_000",
            "qa: 'true'",
            'qb: "12"',
            "qc: ''",
            "qd: |\n  12",
            "qe: -0",
            "qf: 00",
            "qg: =",
            "qh: <<",
        ]
    )
    assert load_text(text).data == {
        "a": True,
        "b": False,
        "c": True,
        "d": None,
        "e": None,
        "f": None,
        "g": None,
        "h": 0,
        "i": -12,
        "j": 7,
        "k": "0123",
        "l": "yes",
        "m": "no",
        "n": "on",
        "o": "off",
        "p": "NO",
        "q": "1:30",
        "r": "2.100",
        "s": "3,68",
        "t": "3.5",
        "u": "2023-02-31",
        "v": "2022-03-15",
        "w": "1e3",
        "x": "0x1F",
        "y": ".inf",
        "z": "1_000",
        "qa": "true",
        "qb": "12",
        "qc": "",
        "qd": "12\n",
        "qe": 0,
        "qf": "00",
        "qg": "=",
        "qh": "<<",
    }


def test_keys_that_look_like_yaml_1_1_values_stay_text() -> None:
    assert load_text("yes: 1\nno: 2\non: 3\n'12': 4\n").data == {"yes": 1, "no": 2, "on": 3, "12": 4}


def test_only_plain_types_come_out() -> None:
    data = load_text("a: [1, {b: c}]\nd: {e: [f]}\n").data
    assert data == {"a": [1, {"b": "c"}], "d": {"e": ["f"]}}
    assert type(data["a"]) is list and type(data["d"]) is dict


def test_line_breaks_are_normalised(parser: str) -> None:
    text = 'a: "x\\r\\ny\\rz"\r\nb: Dòng một\vDòng hai\r\nc: một\u2028hai\u2029ba\rd: |\r\n  x\r\n  y\r\n'
    loaded = load_text(text)
    assert loaded.data == {"a": "x\ny\nz", "b": "Dòng một\nDòng hai", "c": "một\nhai\nba", "d": "x\ny\n"}
    assert loaded.positions[("c",)] == (3, 4)
    assert loaded.positions[("d",)] == (4, 4)


def test_tab_inside_a_value_stays() -> None:
    assert load_text('a: x\ty\nb: "p\tq"\n').data == {"a": "x\ty", "b": "p\tq"}


def test_text_is_nfc(parser: str) -> None:
    decomposed = "Vie\u0323\u0302t Nam"
    loaded = load_text(f"te\u0302n: {decomposed}\nb: '{decomposed}'\n")
    assert loaded.data == {"tên": "Việt Nam", "b": "Việt Nam"}
    assert all(unicodedata.is_normalized("NFC", s) for s in [*loaded.data, *loaded.data.values()])


def test_bom_is_accepted() -> None:
    assert load_text(b"\xef\xbb\xbfa: b\n").data == {"a": "b"}
    assert load_text("\ufeffa: b\n").data == {"a": "b"}


@pytest.mark.parametrize(
    "value",
    [
        "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Sở Ngoại vụ tỉnh Quảng Ninh; Ủy ban nhân dân; Đoàn đại biểu; người; được; ưu tiên",
        "Ông Hans Müller, bà Zoë Dubois, ông José Martínez, ông Loïc Noël, bà Anaïs, ông Jørgen",
        "Bjørn Ødegård, Çelik, Ñúñez, Søren, Åsa, Straße, Þór, col·lecció",
        "Nhiệt độ 25°C, diện tích 331.212 km², «trích dẫn», Microsoft® Word, © 2023, §3, 3×4, ½",
        "Thành phố Hồ Chí Minh — TP. HCM… “ngoặc kép” ‘đơn’",
        "emoji 👨‍👩‍👧 và chữ Ả Rập \u200fمرحبا\u200f cùng ký tự nối\u200d vô hình",
        "ĐÀ NẴNG, HÀ NỘI, ỦY BAN, ÔNG, ÀI, Ông Ánh",
    ],
)
def test_no_false_positives(value: str) -> None:
    assert load_text(f"a: {value}\n").data == {"a": value}


def test_mojibake_in_a_comment_is_ignored() -> None:
    assert load_text("# Bé Ngo¹i giao\na: b # ViÖt Nam\n").data == {"a": "b"}


def test_positions(parser: str) -> None:
    loaded = load_text("tieu_de: Báo cáo\ndoan_vao:\n  - ten: A\n    so_nguoi: 3\n  - ten: B\n    trong:\n", "x")
    assert loaded.positions[()] == (1, 1)
    assert loaded.positions[("tieu_de",)] == (1, 10)
    assert loaded.positions[("doan_vao",)] == (3, 3)
    assert loaded.positions[("doan_vao", 0)] == (3, 5)
    assert loaded.positions[("doan_vao", 0, "so_nguoi")] == (4, 15)
    assert loaded.positions[("doan_vao", 1, "trong")] == (6, 11)
    assert loaded.position(("doan_vao", 1, "khong_co")) == (5, 5)
    assert loaded.position(("khong_co", 7)) == (1, 1)
    assert loaded.display == "x"
    assert isinstance(loaded, LoadedInput)


def test_position_counts_characters_not_bytes() -> None:
    assert load_text("😀ên: 😀 x\nb: 1\n").positions[("😀ên",)] == (1, 6)


def test_load_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "vao.yaml").write_bytes("co_quan: Sở Ngoại vụ\r\n".encode())
    loaded = load_file(Path("vao.yaml"))
    assert (loaded.display, loaded.data) == ("vao.yaml", {"co_quan": "Sở Ngoại vụ"})


def test_field_name() -> None:
    assert field_name(("doan_vao", 3, "so_nguoi")) == "doan_vao[3].so_nguoi"
    assert field_name(()) == ""
    assert field_name((0, "a")) == "[0].a"
    assert field_name(["a", "b", 0, 1]) == "a.b[0][1]"


def test_uses_libyaml() -> None:
    assert yaml.__with_libyaml__, "CI should have PyYAML's C parser; the speed test below relies on it"


def test_large_file_is_fast(tmp_path: Path) -> None:
    lines = ["tieu_de: Báo cáo tình hình đón đoàn vào năm 2023", "doan_vao:"]
    for i in range(20_000):
        lines += [
            f"  - ten_doan: Đoàn đại biểu Bộ Ngoại giao nước Cộng hòa Dân chủ Nhân dân Lào số {i}",
            '    truong_doan: "Ông Nguyễn Văn An, Thứ trưởng"',
            f"    so_nguoi: {i % 50 + 1}",
            "    ngay_den: 2023-03-15",
            "    ghi_chu: Làm việc với Ủy ban nhân dân tỉnh",
        ]
    path = tmp_path / "lon.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert 4_500_000 < path.stat().st_size < 5_500_000
    # CPU time, not wall time: on a busy shared machine wall time measures the neighbours.
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        loaded = load_file(path)
        best = min(best, time.process_time() - start)
    assert len(loaded.data["doan_vao"]) == 20_000
    assert loaded.data["doan_vao"][19_999]["so_nguoi"] == 50
    assert loaded.position(("doan_vao", 19_999, "so_nguoi")) == (100_000, 15)
    assert best < 2.0


# --------------------------------------------------------------------------------------------------
# Properties


def expected_text(s: str) -> str:
    s = s.replace("\ufeff", "").replace("\r\n", "\n")
    for brk in "\r\x0b\x0e\u2028\u2029":
        s = s.replace(brk, "\n")
    s = s.replace("\x1e", "\u2011").replace("\x1f", "\u00ad")  # Word's non-breaking and optional hyphens
    return unicodedata.normalize("NFC", s)


def double_quoted(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


ANY_TEXT = st.text(st.characters(exclude_categories=()))  # surrogates included


def load_with(source: str | bytes, pure_python: bool) -> LoadedInput:
    fast = FastEvents
    if pure_python:
        monkeypatch_free_set(None)
    try:
        return load_text(source)
    finally:
        monkeypatch_free_set(fast)


@settings(max_examples=400)
@given(ANY_TEXT, st.booleans())
def test_quoted_value_round_trips_or_is_refused(s: str, pure_python: bool) -> None:
    try:
        loaded = load_with(f"gia_tri: {double_quoted(s)}\n", pure_python)
    except InputError:
        return
    assert loaded.data == {"gia_tri": expected_text(s)}


@settings(max_examples=200)
@given(ANY_TEXT)
def test_dumped_value_round_trips_or_is_refused(s: str) -> None:
    try:
        document = yaml.safe_dump({"gia_tri": s}, allow_unicode=True)
    except (yaml.YAMLError, UnicodeError):
        return
    try:
        loaded = load_text(document)
    except InputError:
        return
    assert loaded.data == {"gia_tri": expected_text(s)}


YAML_PIECES = [
    *"ab: -[]{},#&*!|>'\"\\\n\t ?%@`~0123\r\x0b\u2028\ufeff\x00é\u0302ạ¹Ö",
    *["- ", ": ", "\n  ", "---\n", "...\n", "&a ", "*a", "!!str ", "<<: ", "? ", "true", "null"],
    *['"\\x07"', '"\\ud800"', '"\\U0001FFFF"'],
]
YAMLISH = st.lists(st.sampled_from(YAML_PIECES), max_size=40).map("".join)


@settings(max_examples=500)
@given(st.binary(max_size=200) | ANY_TEXT | YAMLISH, st.booleans())
def test_anything_loads_or_raises_input_error(source: bytes | str, pure_python: bool) -> None:
    try:
        loaded = load_with(source, pure_python)
    except InputError as err:
        assert err.problems and all(p.message for p in err.problems)
        return
    assert isinstance(loaded.data, dict)
