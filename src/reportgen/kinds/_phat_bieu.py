"""What speeches and tham luận share: guests and salutations, prose sections, and figures quoted from a report.

A speech about the year must quote the annual report's figures word for word, so the prose may refer to them
as ``{{ so_lieu.<nhóm>.<tên> }}`` and the reference is replaced by the very string the report prints. The
prose is never run through a template engine: only that exact pattern is replaced, any other ``{{ … }}`` is
left as written (with a warning), so a staff member's text can never execute anything.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.blocks.context import MoTa
from reportgen.kinds import BuildEnv, KindError
from reportgen.models import Chu, Ngay, Strict, paragraphs
from reportgen.vietnamese import keep_names_whole, place_date_line, punctuate_all, trim_end

Loc = tuple[str | int, ...]
CLOSING = "Xin trân trọng cảm ơn!"

# Exactly ``{{ so_lieu.group.name }}``; anything else between braces is not a reference.
REFERENCE = re.compile(r"\{\{\s*so_lieu\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\s*\}\}")
# Something that looks like an attempt at a reference but has the wrong shape.
ALMOST = re.compile(r"\{\{\s*so_lieu\b[^}]*\}\}")
BRACES = re.compile(r"\{\{.*?\}\}")


class DaiBieu(Strict):
    """A guest or a group of guests to salute; ``thu_tu`` is protocol precedence, 1 the most senior."""

    ho_ten: str | None = None
    chuc_vu: str | None = None
    danh_xung: Chu = "đồng chí"  # "đồng chí", "ông", "bà", "Ngài"
    nhom: str | None = None  # a group as it is saluted: "các vị đại biểu, các đồng chí"
    thu_tu: Annotated[int, Field(ge=1, le=99)]

    @model_validator(mode="after")
    def _who(self) -> DaiBieu:
        if self.nhom is None and self.ho_ten is None and self.chuc_vu is None:
            raise PydanticCustomError("dai_bieu", "ghi “ho_ten” và “chuc_vu” của đại biểu, hoặc “nhom” cho một nhóm")
        if self.nhom is not None and (self.ho_ten is not None or self.chuc_vu is not None):
            raise PydanticCustomError("dai_bieu", "một mục chỉ ghi một người (ho_ten, chuc_vu) hoặc một nhóm (nhom)")
        return self

    def addressed(self) -> str:
        if self.nhom is not None:
            return trim_end(self.nhom)
        who = " ".join(p for p in (self.danh_xung, self.ho_ten) if p)
        if self.ho_ten and self.chuc_vu:
            return f"{who}, {trim_end(self.chuc_vu)}"
        return trim_end(f"{who} {self.chuc_vu or ''}".strip())


class Phan(Strict):
    """One section of the body: an optional heading, then paragraphs separated by a blank line."""

    tieu_de: str | None = None
    doan_van: Chu


class NoiDung(Strict):
    mo_dau: str | None = None
    phan: list[Phan] = Field(min_length=1)
    loi_chuc: Annotated[list[Chu], BeforeValidator(lambda v: [v] if isinstance(v, str) else v)] = Field(
        default_factory=list
    )


class NguoiPhatBieu(Strict):
    ho_ten: Chu
    chuc_vu: Chu


class Common(Strict):
    """Fields of every speech-like input."""

    su_kien: Chu  # as it follows "tại": "Hội nghị tổng kết công tác đối ngoại năm 2022 …"
    dia_diem: Chu  # the place in the date line: "Đà Nẵng"
    ngay: Ngay
    bao_cao: str | None = None  # the annual report (path, relative to this file) whose figures the prose quotes
    dai_bieu: list[DaiBieu] = Field(min_length=1)
    noi_dung: NoiDung


def salutations(guests: list[DaiBieu]) -> list[str]:
    """``Kính thưa`` for the most senior rank, ``Thưa`` after; ``;`` ends each line and ``!`` the last.

    The order is precedence (a stable sort, so guests of equal rank keep the order they were typed in),
    never the typing order alone, because a mis-ordered salutation is a protocol fault read out loud.
    """
    ordered = sorted(guests, key=lambda g: g.thu_tu)
    top = ordered[0].thu_tu
    lines = [("Kính thưa " if g.thu_tu == top else "Thưa ") + g.addressed() for g in ordered]
    return punctuate_all(lines, final="!")


def date_line(model: Common) -> str:
    return place_date_line(model.dia_diem, model.ngay)


def prose_fields(model: Common) -> Iterator[tuple[Loc, str]]:
    """Every staff-written text of the body with its location, in reading order."""
    nd = model.noi_dung
    if nd.mo_dau:
        yield ("noi_dung", "mo_dau"), nd.mo_dau
    for i, part in enumerate(nd.phan):
        if part.tieu_de:
            yield ("noi_dung", "phan", i, "tieu_de"), part.tieu_de
        yield ("noi_dung", "phan", i, "doan_van"), part.doan_van
    for i, wish in enumerate(nd.loi_chuc):
        yield ("noi_dung", "loi_chuc", i), wish


def literal_braces(model: Common) -> list[tuple[Loc, str]]:
    """Warnings for ``{{ … }}`` text that is not a figure reference: it is printed exactly as typed."""
    found = []
    for loc, text in prose_fields(model):
        for match in BRACES.finditer(text):
            if not REFERENCE.fullmatch(match[0]) and not ALMOST.fullmatch(match[0]):
                found.append((loc, f"“{match[0]}” không phải tham chiếu số liệu nên được in nguyên văn"))
    return found


def report_figures(model: Common, env: BuildEnv) -> dict[str, dict[str, str]] | None:
    """The display strings of the referred annual report, exactly as the report itself prints them."""
    if model.bao_cao is None:
        return None
    from reportgen.kinds import bao_cao_nam  # the report kind imports nothing from here: no circle

    related = env.load_related(Path(model.bao_cao), ("bao_cao",))
    if not isinstance(related.model, bao_cao_nam.Input):
        raise KindError(("bao_cao",), "tệp “bao_cao” phải là một báo cáo năm (loai: bao_cao_nam)")
    return bao_cao_nam.quoted_wording(related.figures)


def _lookup(figures: dict[str, dict[str, str]] | None, group: str, name: str) -> str | tuple[str]:
    """The display string, or a one-element tuple holding the Vietnamese message when it cannot be had."""
    ref = f"so_lieu.{group}.{name}"
    if figures is None:
        return (f"dùng số liệu “{ref}” nhưng chưa ghi “bao_cao” (đường dẫn tệp báo cáo năm)",)
    names = [f"so_lieu.{g}.{n}" for g, values in figures.items() for n in values]
    value = figures.get(group, {}).get(name)
    if value is None:
        close = difflib.get_close_matches(ref, names, n=3, cutoff=0.6)
        hint = f"; có phải ý là {', '.join(f'“{c}”' for c in close)}?" if close else ""
        return (f"báo cáo năm không có số liệu “{ref}”{hint}",)
    if not value:
        return (f"số liệu “{ref}” trống trong báo cáo năm (ví dụ chưa có số liệu năm trước để so sánh)",)
    return value


def substitute(text: str, figures: dict[str, dict[str, str]] | None) -> tuple[str, list[str]]:
    """``text`` with each reference replaced; the messages of the references that could not be resolved."""
    errors: list[str] = []

    def replace(match: re.Match[str]) -> str:
        found = _lookup(figures, match[1], match[2])
        if isinstance(found, tuple):
            errors.append(found[0])
            return match[0]
        return found

    result = REFERENCE.sub(replace, text)
    for bad in ALMOST.finditer(result):
        if not REFERENCE.fullmatch(bad[0]):
            errors.append(
                f"“{bad[0]}” viết sai dạng tham chiếu; viết {{{{ so_lieu.<nhóm>.<tên> }}}}, "
                "ví dụ {{ so_lieu.doan_vao.so_doan }}"
            )
    return result, errors


def resolved_prose(model: Common, env: BuildEnv) -> dict[Loc, str]:
    """Every prose field with its references replaced; every unresolved reference raised at once; a figure that
    covers only part of a span report, quoted without saying so, warned about (``env.warn``)."""
    figures = report_figures(model, env)
    out: dict[Loc, str] = {}
    problems: list[tuple[Loc, str]] = []
    for loc, text in prose_fields(model):
        out[loc], errors = substitute(text, figures)
        problems.extend((loc, message) for message in errors)
        for note in partial_notes(figures, text, out[loc]):
            env.warn(loc, note)
    if problems:
        (loc, message), *others = problems
        raise KindError(loc, message, others)
    return out


def partial_notes(figures: dict[str, dict[str, str]] | None, typed: str, resolved: str) -> list[str]:
    """A warning for each figure of ``typed`` the report counts over part of its span only, unless the text
    says which years (bao_cao_nam.span_quotes)."""
    if figures is None:
        return []
    from reportgen.kinds.bao_cao_nam.span_quotes import partial_note  # imports nothing from here

    found = (partial_note(figures, m[1], m[2], typed + "\n" + resolved) for m in REFERENCE.finditer(typed))
    return list(dict.fromkeys(note for note in found if note))


@dataclass(frozen=True, kw_only=True)
class SpeechContext:
    """What every text read aloud prints: salutations, body, thanks."""

    kinh_thua: Annotated[list[str], MoTa("Các dòng “Kính thưa …”, “Thưa …”, theo thứ tự nghi lễ, đã có dấu")]
    mo_dau: Annotated[list[str], MoTa("Các đoạn mở đầu")]
    phan: Annotated[list[dict[str, Any]], MoTa("Các phần: tieu_de (có thể trống), doan_van (các đoạn)")]
    loi_chuc: Annotated[list[str], MoTa("Các lời chúc cuối bài")]
    cam_on: Annotated[str, MoTa("“Xin trân trọng cảm ơn!”")]
    dia_danh_ngay: Annotated[str, MoTa("Dòng địa danh và ngày")]
    su_kien: Annotated[str, MoTa("Tên sự kiện, in trong khối tiêu đề")]
    loai_bai: Annotated[str, MoTa("“BÀI PHÁT BIỂU” hoặc “THAM LUẬN”")]
    cua: Annotated[str, MoTa("“của đồng chí …, …” hoặc “của <cơ quan>”")]


def body_context(model: Common, env: BuildEnv) -> dict[str, Any]:
    """Salutations, sections and closing, display-ready."""
    text = resolved_prose(model, env)
    nd = model.noi_dung
    return {
        "kinh_thua": salutations(list(model.dai_bieu)),
        "mo_dau": paragraphs(text.get(("noi_dung", "mo_dau"))),
        "phan": [
            {
                "tieu_de": text.get(("noi_dung", "phan", i, "tieu_de"), ""),
                "doan_van": paragraphs(text[("noi_dung", "phan", i, "doan_van")]),
            }
            for i in range(len(nd.phan))
        ],
        "loi_chuc": [text[("noi_dung", "loi_chuc", i)] for i in range(len(nd.loi_chuc))],
        "cam_on": CLOSING,
        "dia_danh_ngay": date_line(model),
        "su_kien": keep_names_whole(model.su_kien),  # a title line: never broken inside "Thành / phố"
    }
