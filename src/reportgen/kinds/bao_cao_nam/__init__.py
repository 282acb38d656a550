"""Foreign-affairs report over a period: the year ("Báo cáo tổng kết công tác đối ngoại năm N …"), a month, a
quarter, 6 or 9 months, or a range of dates ("tính đến ngày …"), compared with the same period last year.

The kind keeps the name ``bao_cao_nam`` it had when only the year existed: every input, template, schema and
field-doc file carries that name, and a second name for the same kind would give users two schemas and two
``init`` samples for one document. The period is the field ``ky_bao_cao``; without it the report is the year's.

The model holds records, never totals: every figure in the report is counted from the records here
(or from last year's input) so that one edited record changes every sentence that depends on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, KindError, Symbol
from reportgen.kinds.bao_cao_nam.aid import counted
from reportgen.kinds.bao_cao_nam.aid_wording import aid_warnings
from reportgen.kinds.bao_cao_nam.context import Context
from reportgen.kinds.bao_cao_nam.figures import figures_of, in_period, left_out, other_key
from reportgen.kinds.bao_cao_nam.last_year_gaps import last_year_gaps
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.partners import later_partner_warnings, partner_warnings
from reportgen.kinds.bao_cao_nam.period import KyBaoCao, Period
from reportgen.kinds.bao_cao_nam.pictures import pictures
from reportgen.kinds.bao_cao_nam.running_figures import (
    check_running_inputs,
    quoted_period_words,
    running_figures,
    with_running_blanks,
)
from reportgen.kinds.bao_cao_nam.running_total import next_name as running_next_name
from reportgen.kinds.bao_cao_nam.running_total import pair_name, pair_words, running_period
from reportgen.kinds.bao_cao_nam.span import with_years
from reportgen.kinds.bao_cao_nam.span_input import empty_years
from reportgen.kinds.bao_cao_nam.span_period import report_period
from reportgen.kinds.bao_cao_nam.span_quotes import quoted_span_words, span_years
from reportgen.kinds.bao_cao_nam.span_table import with_year_appendix, year_table
from reportgen.kinds.bao_cao_nam.span_wording import quoted_span, with_span_sentences
from reportgen.kinds.bao_cao_nam.wording import appendices, build_context, wording
from reportgen.vietnamese import format_number, join_vietnamese, pad2, short_date

__all__ = ["KIND", "KIND_ABBR", "TITLE", "Input", "documents", "figures", "quoted_wording", "warnings"]

TITLE = "Báo cáo công tác đối ngoại theo kỳ (tháng, quý, 6 tháng, 9 tháng, năm) và phương hướng kỳ sau"
KIND_ABBR = "BC"


LIST_WORDS = {
    "doan_vao": "đoàn vào",
    "doan_ra": "đoàn ra",
    "thoa_thuan": "thỏa thuận",
    "hoi_nghi": "hội nghị, sự kiện",
    "du_an_pcpnn": "dự án PCPNN",
}


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """One line for every record left out because it is dated outside the period (a typo, or last period's), one
    for the aid projects without an approval date, which no period can place, what the aid figures cannot say
    (aid_wording.aid_warnings), the partners dated by a year the report covers only in part (partners.py), and the
    span's empty years."""
    return (
        _undated_projects(model)
        + _outside(model)
        + aid_warnings(model)
        + _unplaced_partners(model)
        + empty_years(model)
    )


def _unplaced_partners(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    windows = [w for w in (model.period, running_period(model.ky_bao_cao, model.period)) if w is not None]
    return partner_warnings(model.dia_phuong_doi_tac, windows, _name(model)) + later_partner_warnings(
        model.dia_phuong_doi_tac, model.period, _name(model)
    )


def _undated_projects(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """Projects with no ``ngay_phe_duyet`` are counted in the report's period, whatever it is: said once, naming
    them, at the first of them. A calendar year's report lists the year's projects, as it always did."""
    undated = [(i, d.ten) for i, d in enumerate(model.du_an_pcpnn) if d.ngay_phe_duyet is None]
    if not undated or model.period.full_year:
        return []
    names = join_vietnamese([f"“{name}”" for _, name in undated[:3]])
    more = f" và {pad2(len(undated) - 3)} dự án khác" if len(undated) > 3 else ""
    return [
        (
            ("du_an_pcpnn", undated[0][0], "ngay_phe_duyet"),
            f"{pad2(len(undated))} dự án không ghi “ngay_phe_duyet” ({names}{more}) nên được tính vào "
            f"{_name(model)} dù phê duyệt lúc nào; hãy ghi ngày phê duyệt để mỗi dự án chỉ được tính vào kỳ "
            "của nó",
        )
    ]


def _outside(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    period = running_period(model.ky_bao_cao, model.period) or model.period
    out = left_out(model, period)
    if not out:
        return []
    total = sum(out.values())
    parts = join_vietnamese([f"{pad2(n)} {LIST_WORDS[name]}" for name, n in out.items()])
    window = f"{short_date(period.start)}–{short_date(period.end)}"
    first = _first_outside(model, period)
    return [
        (
            first[0],
            f"{pad2(total)} mục có ngày ngoài kỳ báo cáo {period.name} ({window}) nên không được tính: {parts}"
            f" (mục đầu tiên ngày {short_date(first[1])})",
        )
    ]


def _first_outside(model: Input, period: Any) -> tuple[tuple[str | int, ...], Any]:
    """Where the first left-out record is, so the one warning still points at a line of the file."""
    for name, field in (("doan_vao", "tu_ngay"), ("doan_ra", "tu_ngay"), ("thoa_thuan", "ngay_ky")):
        for i, rec in enumerate(getattr(model, name)):
            if not period.contains(getattr(rec, field)):
                return (name, i, field), getattr(rec, field)
    for i, h in enumerate(model.hoi_nghi):
        if not period.contains(h.tu_ngay):
            return ("hoi_nghi", i, "tu_ngay"), h.tu_ngay
    for i, d in enumerate(model.du_an_pcpnn):
        if d.ngay_phe_duyet is not None and not counted(d, period, own=True):
            return ("du_an_pcpnn", i, "ngay_phe_duyet"), d.ngay_phe_duyet
    raise AssertionError("left_out found a record outside the period")


def previous_figures(model: Input, env: BuildEnv, window: Period | None = None) -> dict[str, Any] | None:
    """The same period last year: typed totals as given, or the same window cut from last year's records.

    ``window``: the running window of a two-window report ("7 tháng đầu năm"), typed in ``so_lieu.luy_ke``."""
    if model.nam_truoc is None:
        return None
    period = window or model.period
    if model.nam_truoc.so_lieu is not None:
        typed = model.nam_truoc.so_lieu if window is None else model.nam_truoc.so_lieu.luy_ke
        if typed is None:
            return None
        out = {
            k: v
            for k, v in typed.model_dump(exclude={"vien_tro_cam_ket", "vien_tro_giai_ngan", "luy_ke"}).items()
            if v is not None
        }
        out |= {f"vien_tro_cam_ket_{c.lower()}": v for c, v in (typed.vien_tro_cam_ket or {}).items()}
        out |= {f"vien_tro_giai_ngan_{c.lower()}": v for c, v in (typed.vien_tro_giai_ngan or {}).items()}
        if window is None:
            out |= {other_key(f.model_dump()): f.cung_ky for f in model.so_lieu_khac if f.cung_ky is not None}
        return out
    assert model.nam_truoc.tep is not None
    loc = ("nam_truoc", "tep")
    related = env.load_related(Path(model.nam_truoc.tep), loc)
    before = related.model
    if not isinstance(before, Input):
        raise KindError(loc, "tệp năm trước phải là một báo cáo công tác đối ngoại (loai: bao_cao_nam)")
    last_year = period.year_before()
    if before.nam != last_year.year:
        raise KindError(loc, f"tệp năm trước là báo cáo năm {before.nam}, cần số liệu năm {last_year.year}")
    theirs = before.period
    if not (theirs.start <= last_year.start and last_year.end <= theirs.end):
        raise KindError(
            loc,
            f"tệp năm trước chỉ có số liệu {theirs.name}{theirs.until_note}, không đủ để so sánh với "
            f"{period.previous_name} ({short_date(last_year.start)}–{short_date(last_year.end)})",
        )
    counted = figures_of(before, None, last_year)
    totals = dict(counted["phang"])
    if counted["dia_phuong_doi_tac"]["khong_ro"]:  # last year's total at that day is unknown: not compared
        del totals["dia_phuong_doi_tac"]
    if (theirs.start, theirs.end) != (last_year.start, last_year.end):
        totals = {k: v for k, v in totals.items() if not _unplaceable(k)}
    return totals


def _unplaceable(key: str) -> bool:
    """A total last year's file cannot give for a part of its period: its free-form figures are typed for its own
    period. Left out, never compared (undated aid is unknown there already: aid.py)."""
    return key.startswith("khac:")


def figures(model: Input, env: BuildEnv) -> dict[str, Any]:
    """The derived figures other documents (speeches) may quote, as ``so_lieu.<group>.<name>``."""
    check_running_inputs(model)
    figs = with_years(figures_of(model, previous_figures(model, env)), model)
    counted_then = figs["nam_truoc"] is not None and model.nam_truoc is not None and model.nam_truoc.tep is not None
    if counted_then and figs["nam_truoc"].get("du_an_pcpnn", 0) is not None:
        # counted from last year's records: a currency with no project then was 0, not unknown
        # (a running total is a stock, never 0 for want of records; unknown aid stays unknown: aid.py)
        for key in figs["phang"]:
            if key.startswith(("vien_tro_cam_ket_", "vien_tro_giai_ngan_")):
                figs["nam_truoc"].setdefault(key, Decimal(0))
    # a custom figure typed with its own previous value keeps it, with or without last year's file or totals
    # (last year's own value first); as the running window does (running_figures.running_figures)
    typed = {other_key(i): i["cung_ky"] for i in figs["khac"] if i["cung_ky"] is not None}
    if typed:
        figs["nam_truoc"] = typed | (figs["nam_truoc"] or {})
    running = running_period(model.ky_bao_cao, model.period)
    if running is not None:  # "tháng 7 và 7 tháng đầu năm": the second window beside the first
        figs["ky"] = pair_words(model.period, running)
        from_records = model.nam_truoc is not None and model.nam_truoc.tep is not None
        figs["luy_ke"] = running_figures(model, previous_figures(model, env, running), running, from_records)
    _warn_last_year_gaps(model, env)
    return figs


def _warn_last_year_gaps(model: Input, env: BuildEnv) -> None:
    """Last year's records that the windows compared cannot place, named (last_year_gaps.py)."""
    if model.nam_truoc is None or model.nam_truoc.tep is None:
        return
    before = env.load_related(Path(model.nam_truoc.tep), ("nam_truoc", "tep")).model
    assert isinstance(before, Input)  # previous_figures refused any other
    mine = [model.period, running_period(model.ky_bao_cao, model.period)]
    windows = [w.year_before() for w in mine if w is not None]
    for loc, message in last_year_gaps(before, windows, model.nam_truoc.tep, model.period.previous_name):
        env.warn(loc, message)


def _check_estimates(figs: dict[str, Any]) -> None:
    """An estimate for the whole year below what is already done is a typo, never printed."""
    low = [k for k, v in figs["uoc"].items() if k in figs["phang"] and v < figs["phang"][k]]
    if low:
        key = low[0]
        loc: tuple[str | int, ...] = ("so_lieu_khac",) if key.startswith("khac:") else ("uoc_ca_nam", key)
        raise KindError(
            loc,
            f"ước cả năm ({format_number(figs['uoc'][key])}) nhỏ hơn số đã thực hiện trong kỳ "
            f"({format_number(figs['phang'][key])})",
        )


def _name(model: Input) -> str:
    """``6 tháng đầu năm 2023``; with the running total ``tháng 7 và 7 tháng đầu năm 2023``."""
    running = running_period(model.ky_bao_cao, model.period)
    return pair_name(model.period, running) if running else model.period.name


def listing_label(model: Input) -> str:
    """What the report covers, for listings (the web page's home): ``6 tháng đầu năm 2023``."""
    name = _name(model)
    return name[:1].upper() + name[1:]


def field_words(data: Mapping[str, Any]) -> dict[str, str]:
    """The period's words for the form's labels: a 6-month report's tasks are for “6 tháng cuối năm 2023”, not
    for “năm sau”. Read from the data as typed, which may not be valid yet: no words then (labels stay general).
    """
    try:
        typed = KyBaoCao.model_validate(data.get("ky_bao_cao") or {})
        period = report_period(typed, int(data["nam"]))
    except (KeyError, TypeError, ValueError):  # pydantic's ValidationError is a ValueError
        return {}
    running = running_period(typed, period)  # "tháng 7 và 7 tháng đầu năm 2023": tasks for 5 tháng cuối năm
    name = pair_name(period, running) if running is not None else period.name
    during = name if period.preset == "khoang_ngay" else f"trong {name}"
    return {
        "ky": name,
        "trong_ky": during,
        "ky_sau": running_next_name(period, running) if running is not None else period.next_name,
        "cung_ky": period.previous_name,
        "trong_cung_ky": f"trong {period.previous_name}",
        "ca_nam": f"cả năm {period.year}",
    }


def documents(model: Input, env: BuildEnv) -> list[Document]:
    figs = figures(model, env)
    _check_estimates(figs)
    built = with_running_blanks(with_span_sentences(build_context(in_period(model, model.period), figs), figs))
    running = running_period(model.ky_bao_cao, model.period)
    if running is not None:  # the lists cover the year so far, the month's records among them
        built["phu_luc"] = appendices(in_period(model, running))
    charted = figs.get("luy_ke") or figs  # months of the year so far, not one month's single bar
    charts = pictures(charted) if model.bieu_do and not env.checking else []
    context = Context(**with_year_appendix(built | {"bieu_do": charts, "theo_nam": year_table(figs)}))
    return [Document.of("bao_cao_nam", context)]


def quoted_wording(figures: dict[str, Any]) -> dict[str, Any]:
    """The display strings a speech quoting this report prints: the same ones the report itself prints,
    the period's words included (``so_lieu.ky.ten``: "6 tháng đầu năm 2023"). Empty estimates are left out."""
    words = wording(figures)
    words["ky"] = {k: words["ky"][k] for k in ("ten", "trong", "cung_ky", "ky_sau")} | quoted_period_words(words["ky"])
    del words["vien_tro_pcpnn"]["doan"]  # the report's own paragraph; a speech quotes the figures
    for group in words.values():
        if group.get("uoc_ca_nam") == "":
            del group["uoc_ca_nam"]
    if "theo_nam" in figures:  # a span report: its years, each figure year by year, what the lists cover
        words["giai_doan"] = quoted_span(figures) | span_years(figures)
        words = quoted_span_words(words, figures)
    return words


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"bao_cao_nam": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "BÁO CÁO"),
    symbol=Symbol(KIND_ABBR),
    warnings=warnings,
    figures=figures,
    listing_label=listing_label,
    field_words=field_words,
)
