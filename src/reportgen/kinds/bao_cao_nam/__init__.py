"""Annual foreign-affairs report: Báo cáo tổng kết công tác đối ngoại năm N và phương hướng, nhiệm vụ năm N+1.

The model holds records, never totals: every figure in the report is counted from the records here
(or from last year's input) so that one edited record changes every sentence that depends on it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportgen.kinds import BuildEnv, Document, KindError
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.pictures import pictures
from reportgen.kinds.bao_cao_nam.wording import build_context, wording

__all__ = ["KIND_ABBR", "TITLE", "Input", "documents", "figures", "quoted_wording", "warnings"]

TITLE = "Báo cáo tổng kết công tác đối ngoại năm và phương hướng, nhiệm vụ năm sau"
KIND_ABBR = "BC"


def _dated_records(model: Input) -> list[tuple[tuple[str | int, ...], date]]:
    dated: list[tuple[tuple[str | int, ...], date]] = []
    for name in ("doan_vao", "doan_ra", "hoi_nghi"):
        for i, rec in enumerate(getattr(model, name)):
            dated.append(((name, i, "tu_ngay"), rec.tu_ngay))
    dated.extend((("thoa_thuan", i, "ngay_ky"), t.ngay_ky) for i, t in enumerate(model.thoa_thuan))
    return dated


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """Dates outside the report's year are legal (a visit spanning New Year) but usually a typo."""
    return [
        (loc, f"ngày {day.strftime('%d/%m/%Y')} nằm ngoài năm báo cáo {model.nam}")
        for loc, day in _dated_records(model)
        if day.year != model.nam
    ]


def previous_figures(model: Input, env: BuildEnv) -> dict[str, Any] | None:
    if model.nam_truoc is None:
        return None
    if model.nam_truoc.so_lieu is not None:
        return {k: v for k, v in model.nam_truoc.so_lieu.model_dump().items() if v is not None}
    assert model.nam_truoc.tep is not None
    related = env.load_related(Path(model.nam_truoc.tep), ("nam_truoc", "tep"))
    if not isinstance(related.model, Input):
        raise KindError(("nam_truoc", "tep"), "tệp năm trước phải là một báo cáo năm (loai: bao_cao_nam)")
    return dict(related.figures["phang"])


def figures(model: Input, env: BuildEnv) -> dict[str, Any]:
    """The derived figures other documents (speeches) may quote, as ``so_lieu.<group>.<name>``."""
    return figures_of(model, previous_figures(model, env))


def documents(model: Input, env: BuildEnv) -> list[Document]:
    figs = figures(model, env)
    context = build_context(model, figs)
    context["bieu_do"] = pictures(figs) if model.bieu_do else []
    return [Document(template="bao_cao_nam", suffix="", context=context)]


def quoted_wording(figures: dict[str, Any]) -> dict[str, Any]:
    """The display strings a speech quoting this report prints: the same ones the report itself prints."""
    return wording(figures)
