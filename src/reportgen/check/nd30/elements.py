"""Checks shared by every element of nd30.md's table: size, bold, italic, case and centring of one paragraph.

A paragraph passes an aspect only when every run that carries visible text passes it; blank runs are ignored,
since a bold space is invisible.
"""

from __future__ import annotations

from .catalogue import ELEMENTS, ElementSpec, finding
from .docxmodel import DocModel, Element, Para, own_runs, run_text
from .findings import Finding

CENTRED = ("center",)
JUSTIFIED = ("both", "distribute")


def pt(value: float) -> str:
    return f"{value:g}".replace(".", ",") + " pt"


def text_runs(para: Para) -> list[Element]:
    return [r for r in own_runs(para.el) if run_text(r).strip()]


def sizes_of(model: DocModel, para: Para, runs: list[Element] | None = None) -> list[float]:
    return sorted({model.styles.run_size(r, para.el) for r in (runs if runs is not None else text_runs(para))})


def all_flag(model: DocModel, para: Para, tag: str, runs: list[Element] | None = None) -> bool:
    runs = runs if runs is not None else text_runs(para)
    return bool(runs) and all(model.styles.run_toggle(r, para.el, tag) for r in runs)


def any_flag(model: DocModel, para: Para, tag: str) -> bool:
    return any(model.styles.run_toggle(r, para.el, tag) for r in text_runs(para))


def is_centred(model: DocModel, para: Para) -> bool:
    return model.styles.alignment(para.el) in CENTRED


def check_element(model: DocModel, key: str, para: Para) -> list[Finding]:
    """Every aspect of ``ELEMENTS[key]`` for one paragraph."""
    spec = ELEMENTS[key]
    found: list[Finding] = []
    if spec.sizes and (bad := _bad_sizes(model, spec, para)):
        found.append(bad)
    for tag, wanted in (("b", spec.bold), ("i", spec.italic)):
        if wanted is not None:
            found += _flag(model, spec, para, tag, wanted)
    letters = "".join(ch for ch in para.text if ch.isalpha())
    where = para.location
    if spec.upper and letters != letters.upper():
        found.append(finding(f"ND30-{key}-CASE", f"{spec.name} phải viết in hoa.", "chữ in hoa", para.stripped, where))
    if spec.centred and not is_centred(model, para):
        actual = align_name(model.styles.alignment(para.el))
        found.append(finding(f"ND30-{key}-ALIGN", f"{spec.name} phải căn giữa.", "căn giữa", actual, where))
    return found


def _flag(model: DocModel, spec: ElementSpec, para: Para, tag: str, wanted: bool) -> list[Finding]:
    actual = all_flag(model, para, tag) if wanted else any_flag(model, para, tag)
    if actual == wanted:
        return []
    yes, no = ("in đậm", "không in đậm") if tag == "b" else ("in nghiêng", "chữ đứng")
    want, got = (yes, no) if wanted else (no, yes)
    rule = f"ND30-{spec.key}-{'BOLD' if tag == 'b' else 'ITALIC'}"
    return [finding(rule, f"{spec.name} phải {want}.", want, got, para.location)]


def _bad_sizes(model: DocModel, spec: ElementSpec, para: Para) -> Finding | None:
    assert spec.sizes is not None
    low, high = spec.sizes
    sizes = sizes_of(model, para)
    if all(low <= size <= high for size in sizes):
        return None
    expected = pt(low) if low == high else f"{pt(low)} – {pt(high)}"
    return finding(
        f"ND30-{spec.key}-SIZE",
        f"{spec.name} sai cỡ chữ.",
        expected,
        ", ".join(pt(s) for s in sizes),
        para.location,
    )


def align_name(value: str) -> str:
    return {
        "center": "căn giữa",
        "both": "căn đều hai lề",
        "distribute": "căn đều hai lề",
        "left": "căn trái",
        "start": "căn trái",
        "right": "căn phải",
        "end": "căn phải",
    }.get(value, value)
