"""How each element of nd30.md's table must look, and the rule ids generated from it.

Elements of the title and signature blocks share the same kinds of checks (size, bold, italic, case,
centring); their rule ids are generated from ``ELEMENTS`` as ``ND30-<ELEMENT>-<ASPECT>``, so that one table row
here is at once what ``elements.py`` checks and what the catalogue lists. Apart from the other rule texts
because it is data the checks read, not only words a user reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import ERROR


@dataclass(frozen=True)
class ElementSpec:
    """How one element of nd30.md's table must look; ``None`` means the aspect is not checked."""

    key: str
    name: str
    sizes: tuple[float, float] | None = None
    bold: bool | None = None
    italic: bool | None = None
    upper: bool = False
    centred: bool = False


ELEMENTS = {
    spec.key: spec
    for spec in (
        ElementSpec("QUOC-HIEU", "Quốc hiệu", (12, 13), bold=True, upper=True, centred=True),
        ElementSpec("TIEU-NGU", "Tiêu ngữ", (13, 14), bold=True, centred=True),
        ElementSpec("PARENT", "Tên cơ quan chủ quản", (12, 13), upper=True),
        ElementSpec("ISSUER", "Tên cơ quan ban hành", (12, 13), bold=True, upper=True, centred=True),
        ElementSpec("NUMBER", "Số, ký hiệu", (13, 13), bold=False, centred=True),
        ElementSpec("DATE", "Địa danh và thời gian", (13, 14), italic=True, centred=True),
        ElementSpec("KIND", "Tên loại văn bản", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SUMMARY", "Trích yếu nội dung", (13, 14), bold=True, centred=True),
        ElementSpec("VV", "Trích yếu công văn (V/v)", (12, 13), bold=False, centred=True),
        ElementSpec("AUTHORITY", "Thẩm quyền ban hành quyết định", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SIGN-TITLE", "Quyền hạn, chức vụ người ký", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SIGN-NAME", "Họ tên người ký", (13, 14), bold=True, centred=True),
        ElementSpec("NOI-NHAN", "Dòng «Nơi nhận:»", (12, 12), bold=True, italic=True),
        ElementSpec("RECEIVER", "Danh sách nơi nhận", (11, 11), bold=False),
        ElementSpec("APPENDIX-HEADING", "Tiêu đề phụ lục", (14, 14), bold=True, centred=True),
        ElementSpec("APPENDIX-REF", "Dòng «(Kèm theo …)» của phụ lục", (13, 14), italic=True, centred=True),
        ElementSpec("CHUONG", "Dòng «Phần», «Chương», «Mục» và số", (13, 14), bold=True, italic=False, centred=True),
        ElementSpec(
            "CHUONG-TITLE", "Tiêu đề phần, chương, mục", (13, 14), bold=True, italic=False, upper=True, centred=True
        ),
    )
}


def element_rules() -> dict[str, tuple[str, str]]:
    rules: dict[str, tuple[str, str]] = {}
    for spec in ELEMENTS.values():
        key = f"ND30-{spec.key}"
        if spec.sizes:
            low, high = (f"{v:g}" for v in spec.sizes)
            span = low if low == high else f"{low}–{high}"
            rules[f"{key}-SIZE"] = (ERROR, f"{spec.name}: cỡ chữ {span} pt.")
        if spec.bold is not None:
            rules[f"{key}-BOLD"] = (ERROR, f"{spec.name}: {'in đậm' if spec.bold else 'không in đậm'}.")
        if spec.italic is not None:
            rules[f"{key}-ITALIC"] = (
                ERROR,
                f"{spec.name}: {'in nghiêng' if spec.italic else 'không nghiêng'}.",
            )
        if spec.upper:
            rules[f"{key}-CASE"] = (ERROR, f"{spec.name}: chữ in hoa.")
        if spec.centred:
            rules[f"{key}-ALIGN"] = (ERROR, f"{spec.name}: căn giữa.")
    return rules
