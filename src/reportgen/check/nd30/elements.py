"""Checks shared by every element of nd30.md's table: size, bold, italic, case and centring of one line.

An element is a ``Span`` (a paragraph, one line of it, or one side of a line laid out with tabs), so that the
Quốc hiệu and the Tiêu ngữ joined by a line break, or «Nơi nhận:» followed by the first recipient in the same
paragraph, are judged on their own runs. A line passes an aspect only when every run that carries visible text
passes it; blank runs are ignored, since a bold space is invisible. Centring is judged only where the paragraph's
alignment is what places the line: not on a line pushed into place with tabs or leading spaces.
"""

from __future__ import annotations

from .catalogue import ELEMENTS, ElementSpec, finding
from .docxmodel import DocModel, Element, Para, Span, run_text
from .findings import Finding
from .rule_length import cell_width, text_width

CENTRED = ("center",)
PUNCTUATION = " \u00a0.,:;!?()"
JUSTIFIED = ("both", "distribute")


def pt(value: float) -> str:
    return f"{value:g}".replace(".", ",") + " pt"


def text_runs(para: Para) -> list[Element]:
    return [run for run, _ in para.run_texts]


def as_span(target: Span | Para) -> Span:
    if isinstance(target, Span):
        return target
    return Span(target, target.stripped, text_runs(target), alone=True)


def sizes_of(model: DocModel, para: Para, runs: list[Element] | None = None) -> list[float]:
    """Sizes of the runs a reader reads as the line: superscripts and footnote marks are set smaller on
    purpose and left out."""
    chosen = runs if runs is not None else text_runs(para)
    return sorted({model.styles.run_size(r, para.el) for r in chosen if not model.styles.raised(r, para.el)})


def all_flag(model: DocModel, para: Para | Span, tag: str, runs: list[Element] | None = None) -> bool:
    span = as_span(para)
    runs = runs if runs is not None else span.runs
    worded = [r for r in runs if run_text(r).strip(PUNCTUATION)] or runs  # a regular «:» shows no weight
    return bool(worded) and all(model.styles.run_toggle(r, span.para.el, tag) for r in worded)


def any_flag(model: DocModel, para: Para | Span, tag: str) -> bool:
    span = as_span(para)
    return any(model.styles.run_toggle(r, span.para.el, tag) for r in span.runs)


def is_centred(model: DocModel, para: Para | Span) -> bool:
    return model.styles.alignment(as_span(para).para.el) in CENTRED


def placed_by_alignment(span: Span) -> bool:
    """The paragraph's alignment decides where this line sits (no tabs or leading spaces moving it)."""
    return span.of == 1 and span.lead == 0


def fills_its_cell(model: DocModel, span: Span) -> bool:
    """A one-line span that takes nine tenths or more of its table cell's width without wrapping: whatever
    its alignment, it sits where a centred line would (vbai_245's justified Quốc hiệu)."""
    if not span.alone or not span.para.in_table:
        return False
    cell = cell_width(span.para)
    size = max(sizes_of(model, span.para, span.runs), default=13.0)
    width = text_width(span.text, size, bold=all_flag(model, span, "b"))
    return cell is not None and 0.9 * cell <= width <= cell


def check_element(model: DocModel, key: str, target: Span | Para) -> list[Finding]:
    """Every aspect of ``ELEMENTS[key]`` for one line."""
    span = as_span(target)
    spec = ELEMENTS[key]
    found: list[Finding] = []
    if spec.sizes and (bad := _bad_sizes(model, spec, span)):
        found.append(bad)
    for tag, wanted in (("b", spec.bold), ("i", spec.italic)):
        if wanted is not None:
            found += _flag(model, spec, span, tag, wanted)
    letters = "".join(ch for ch in span.text if ch.isalpha())
    where = span.location
    if spec.upper and letters != letters.upper() and not all_flag(model, span, "caps"):  # «Tất cả chữ hoa» shows caps
        found.append(finding(f"ND30-{key}-CASE", f"{spec.name} phải viết in hoa.", "chữ in hoa", span.text, where))
    if spec.centred and placed_by_alignment(span) and not is_centred(model, span) and not fills_its_cell(model, span):
        actual = align_name(model.styles.alignment(span.para.el))
        found.append(finding(f"ND30-{key}-ALIGN", f"{spec.name} phải căn giữa.", "căn giữa", actual, where))
    return found


def _flag(model: DocModel, spec: ElementSpec, span: Span, tag: str, wanted: bool) -> list[Finding]:
    actual = all_flag(model, span, tag) if wanted else any_flag(model, span, tag)
    if actual == wanted or not span.runs:
        return []
    yes, no = ("in đậm", "không in đậm") if tag == "b" else ("in nghiêng", "chữ đứng")
    want, got = (yes, no) if wanted else (no, yes)
    rule = f"ND30-{spec.key}-{'BOLD' if tag == 'b' else 'ITALIC'}"
    return [finding(rule, f"{spec.name} phải {want}.", want, got, span.location)]


def _bad_sizes(model: DocModel, spec: ElementSpec, span: Span) -> Finding | None:
    assert spec.sizes is not None
    low, high = spec.sizes
    sizes = sizes_of(model, span.para, span.runs)
    if all(low <= size <= high for size in sizes):
        return None
    expected = pt(low) if low == high else f"{pt(low)} – {pt(high)}"
    return finding(
        f"ND30-{spec.key}-SIZE",
        f"{spec.name} sai cỡ chữ.",
        expected,
        ", ".join(pt(s) for s in sizes),
        span.location,
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
