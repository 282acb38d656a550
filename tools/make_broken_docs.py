"""Builds a corpus of deliberately broken documents, one defect each, to prove that every rule of the Nghị định 30
checker fires: each file starts from the well-formed specimen of ``tests/docbuilders.py`` and changes one thing.

Usage: ``python tools/make_broken_docs.py OUTPUT_FOLDER`` writes ``<name>.docx`` files and ``manifest.json``
(file name → the rule id it must raise). The tests call ``build_corpus`` into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _load_builders() -> ModuleType:
    """``tests/docbuilders.py`` by path, so that the script runs without the tests being a package."""
    spec = importlib.util.spec_from_file_location("docbuilders", ROOT / "tests" / "docbuilders.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("docbuilders") or importlib.util.module_from_spec(spec)
    if "docbuilders" not in sys.modules:
        sys.modules["docbuilders"] = module
        spec.loader.exec_module(module)
    return module


B = _load_builders()
BODY = B.BODY
LAST = BODY[-1]
LONG_BODY = BODY[:-1] * 12 + (LAST,)  # more than one page of text: page numbers are then required
Mutation = Callable[[Any], None]


def _body_run(doc: Any) -> Any:
    return next(p for p in doc.paragraphs if p.text.startswith("Năm 2023")).runs[0]


def _arial_run(doc: Any) -> None:
    B.set_fonts(B.xml(_body_run(doc)), "Arial")


def _theme_run(doc: Any) -> None:
    fonts = B.xml(_body_run(doc)).rPr.rFonts
    fonts.set(B.qn("w:hAnsiTheme"), "minorHAnsi")


def _style_chain_font(doc: Any) -> None:
    """The run names no font; its paragraph style (Normal) names Arial in hAnsi."""
    run = B.xml(_body_run(doc))
    run.rPr.remove(run.rPr.rFonts)
    B.xml(doc.styles["Normal"]).rPr.rFonts.set(B.qn("w:hAnsi"), "Arial")


def _red_run(doc: Any) -> None:
    from docx.shared import RGBColor

    _body_run(doc).font.color.rgb = RGBColor(0xC0, 0, 0)


def _bordered(index: int) -> Mutation:
    def mutate(doc: Any) -> None:
        doc.tables[index].style = doc.styles["Table Grid"]

    return mutate


def _roman_pages(doc: Any) -> None:
    node = B.OxmlElement("w:pgNumType")
    node.set(B.qn("w:fmt"), "upperRoman")
    B.xml(doc.sections[0]).append(node)


def _big_quoc_hieu(doc: Any) -> None:
    for run in doc.tables[0].rows[0].cells[1].paragraphs[0].runs:
        run.font.size = B.Pt(14)


def _with_last(text: str) -> tuple[str, ...]:
    return (*BODY[:-1], text)


SPEC_DEFECTS: dict[str, tuple[str, dict[str, Any]]] = {
    "le-trai-20mm": ("ND30-PAGE-MARGIN-LEFT", {"margins_mm": (20, 20, 20, 15)}),
    "le-tren-15mm": ("ND30-PAGE-MARGIN-TOP", {"margins_mm": (15, 20, 30, 15)}),
    "le-duoi-30mm": ("ND30-PAGE-MARGIN-BOTTOM", {"margins_mm": (20, 30, 30, 15)}),
    "le-phai-25mm": ("ND30-PAGE-MARGIN-RIGHT", {"margins_mm": (20, 20, 30, 25)}),
    "kho-letter": ("ND30-PAGE-SIZE", {"page_mm": (215.9, 279.4)}),
    "trang-dau-ngang": ("ND30-PAGE-ORIENTATION", {"page_mm": (297, 210)}),
    "sot-the-mau": ("ND30-LEFTOVER", {"body": _with_last("Tổng số {{ so_doan }} đoàn./.")}),
    "chu-none": ("ND30-LEFTOVER", {"body": _with_last("Đã đón None đoàn khách quốc tế./.")}),
    "unicode-to-hop": ("ND30-NFC", {"body": _with_last(unicodedata.normalize("NFD", LAST))}),
    "ky-tu-dieu-khien": ("ND30-CONTROL-CHAR", {"body": _with_last("Báo cáo\x85 kết thúc./.")}),
    "quoc-hieu-viet-tat": ("ND30-QUOC-HIEU-TEXT", {"quoc_hieu": "CỘNG HÒA XHCN VIỆT NAM"}),
    "tieu-ngu-gach-dai": ("ND30-TIEU-NGU-DASH", {"tieu_ngu": "Độc lập – Tự do – Hạnh phúc"}),
    "tieu-ngu-sai-chinh-ta": ("ND30-TIEU-NGU-TEXT", {"tieu_ngu": "Độc lâp - Tự do - Hạnh phúc"}),
    "ky-thay-dinh-chu": ("ND30-SIGN-PREFIX-SPACE", {"signer": ("KT.GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")}),
    "thieu-ke-tieu-ngu": ("ND30-TIEU-NGU-RULE", {"tieu_ngu_rule": False}),
    "thieu-ke-co-quan": ("ND30-ISSUER-RULE", {"issuer_rule": False}),
    "so-khong-dem": ("ND30-NUMBER-PAD", {"number": "Số: 5/BC-SNV"}),
    "so-co-dau-cach": ("ND30-NUMBER-SPACE", {"number": "Số: 05 / BC - SNV"}),
    "so-sai-ten-loai": ("ND30-NUMBER-KIND", {"number": "Số: 05/TB-SNV"}),
    "so-du-thao": ("ND30-NUMBER-BLANK", {"number": "Số:      /BC-SNV"}),
    "ngay-khong-dem": ("ND30-DATE-PAD", {"date": "Đà Nẵng, ngày 5 tháng 01 năm 2024"}),
    "thang-03": ("ND30-DATE-PAD", {"date": "Đà Nẵng, ngày 05 tháng 03 năm 2024"}),
    "thang-1": ("ND30-DATE-PAD", {"date": "Đà Nẵng, ngày 05 tháng 1 năm 2024"}),
    "ngay-31-thang-02": ("ND30-DATE-INVALID", {"date": "Đà Nẵng, ngày 31 tháng 02 năm 2024"}),
    "ngay-khong-nghieng": ("ND30-DATE-ITALIC", {"date_italic": False}),
    "ten-loai-khong-dam": ("ND30-KIND-BOLD", {"kind_bold": False}),
    "ten-loai-chu-thuong": ("ND30-KIND-CASE", {"kind": "Báo cáo"}),
    "thieu-ke-trich-yeu": ("ND30-SUMMARY-RULE", {"summary_rule": False}),
    "khong-thut-dau-dong": ("ND30-BODY-INDENT", {"body_indent_cm": 0}),
    "can-trai": ("ND30-BODY-ALIGN", {"body_align": B.WD_ALIGN_PARAGRAPH.LEFT}),
    "khong-gian-doan": ("ND30-BODY-SPACING", {"body_after_pt": 0}),
    "gian-dong-doi": ("ND30-BODY-LINE", {"body_line": 2.0}),
    "co-chu-12": ("ND30-BODY-SIZE", {"body_size": 12}),
    "thieu-ket-thuc": ("ND30-END-MARK", {"body": _with_last("Trên đây là báo cáo của Sở Ngoại vụ.")}),
    "noi-nhan-khong-nghieng": ("ND30-NOI-NHAN-ITALIC", {"noi_nhan_italic": False}),
    "thieu-noi-nhan": ("ND30-NOI-NHAN-MISSING", {"noi_nhan": "", "receivers": ()}),
    "noi-nhan-co-12": ("ND30-RECEIVER-SIZE", {"receiver_size": 12}),
    "noi-nhan-thieu-cham-phay": ("ND30-RECEIVER-PUNCT", {"receivers": ("- Bộ Ngoại giao", "- Lưu: VT, HTQT.")}),
    "noi-nhan-thieu-gach": ("ND30-RECEIVER-DASH", {"receivers": ("Bộ Ngoại giao;", "- Lưu: VT, HTQT.")}),
    "luu-thieu-cham": ("ND30-RECEIVER-PUNCT", {"receivers": ("- Bộ Ngoại giao;", "- Lưu: VT, HTQT")}),
    "thieu-dong-luu": ("ND30-RECEIVER-LUU", {"receivers": ("- Bộ Ngoại giao;", "- UBND thành phố.")}),
    "ky-thay-kieu-dang": ("ND30-SIGN-PREFIX", {"signer": ("K/T GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")}),
    "ten-co-hoc-vi": ("ND30-SIGN-NAME-ACADEMIC", {"name": "TS. Nguyễn Văn An"}),
    "thieu-ten-nguoi-ky": ("ND30-SIGN-NAME-MISSING", {"name": ""}),
    "thieu-so-trang": ("ND30-PAGENUM-MISSING", {"page_number": False, "body": LONG_BODY}),
    "so-trang-trang-dau": ("ND30-PAGENUM-FIRST", {"title_page": False}),
    "so-trang-can-phai": ("ND30-PAGENUM-ALIGN", {"page_number_align": B.WD_ALIGN_PARAGRAPH.RIGHT}),
    "quyet-dinh-thieu-dong": ("ND30-QD-LINE", {**B.DECISION, "body": B.DECISION_BODY[:4] + B.DECISION_BODY[5:]}),
    "dieu-khong-dam": ("ND30-QD-DIEU-BOLD", {**B.DECISION, "article_bold": False}),
    "can-cu-khong-nghieng": ("ND30-QD-BASIS-ITALIC", {**B.DECISION, "basis_italic": False}),
    "can-cu-cuoi-cham-phay": (
        "ND30-QD-BASIS-PUNCT",
        {**B.DECISION, "body": (*B.DECISION_BODY[:3], "Theo đề nghị của Trưởng phòng;", *B.DECISION_BODY[4:])},
    ),
}
MUTATION_DEFECTS: dict[str, tuple[str, Mutation]] = {
    "phong-arial": ("ND30-FONT-NAME", _arial_run),
    "phong-theo-chu-de": ("ND30-FONT-THEME", _theme_run),
    "phong-qua-kieu-doan": ("ND30-FONT-NAME", _style_chain_font),
    "chu-mau-do": ("ND30-FONT-COLOR", _red_run),
    "bang-dau-co-vien": ("ND30-HEADER-BORDERS", _bordered(0)),
    "bang-chu-ky-co-vien": ("ND30-SIGN-BORDERS", _bordered(1)),
    "so-trang-la-ma": ("ND30-PAGENUM-FORMAT", _roman_pages),
    "quoc-hieu-co-14": ("ND30-QUOC-HIEU-SIZE", _big_quoc_hieu),
}
DEFECTS: dict[str, str] = {
    **{name: rule for name, (rule, _) in SPEC_DEFECTS.items()},
    **{name: rule for name, (rule, _) in MUTATION_DEFECTS.items()},
}


def build_defect(name: str) -> Any:
    """The specimen with the one defect ``name``."""
    if name in SPEC_DEFECTS:
        return B.build_report(replace(B.Spec(), **SPEC_DEFECTS[name][1]))
    doc = B.build_report()
    MUTATION_DEFECTS[name][1](doc)
    return doc


def build_corpus(folder: Path) -> dict[str, str]:
    """Writes every broken document and ``manifest.json`` into ``folder``; returns file name → rule id."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for name, rule in DEFECTS.items():
        build_defect(name).save(str(folder / f"{name}.docx"))
        manifest[f"{name}.docx"] = rule
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("Cách dùng: python tools/make_broken_docs.py THƯ_MỤC_ĐẦU_RA", file=sys.stderr)
        return 2
    manifest = build_corpus(Path(args[0]))
    print(f"Đã tạo {len(manifest)} văn bản lỗi trong {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
