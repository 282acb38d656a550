"""Thông báo kết luận: the conclusions of a leader at a working session, and the tasks assigned to bodies.

The opening paragraph (when, where, who chaired, who attended, what was reported) is built from the meeting
data rather than typed, so that it always reads the same way and always names the chair as the title does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from reportgen.blocks import ending, header, receivers, signature
from reportgen.blocks.context import Cuoi, Dau, MoTa
from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.models import Chu, CoKhong, CoQuan, Ngay, Nguoi, NguoiKy, Strict, VanBan, date_or_text
from reportgen.vietnamese import day_month_year, join_vietnamese, letter_item, punctuate, trim_end

TITLE = "Thông báo kết luận của lãnh đạo tại buổi làm việc, cuộc họp"
KIND_ABBR = "TB"


def _as_item(value: Any) -> Any:
    """A conclusion without sub-points may be written as plain text."""
    return {"noi_dung": value} if isinstance(value, str) else value


class ChuTri(Nguoi):
    """The leader who chaired and concluded; a class of its own so the editor schema documents it apart."""


class NhomThamDu(Strict):
    """Participants from one body: named people, or just the body (``lãnh đạo Sở Tài chính``)."""

    co_quan: Chu
    nguoi: list[Nguoi] = Field(default_factory=list)
    thanh_phan: Chu = "lãnh đạo"  # how an unnamed delegation is described: "lãnh đạo", "đại diện lãnh đạo"


class BaoCao(Strict):
    """What was reported: ``Sở Ngoại vụ`` + ``báo cáo kết quả …``."""

    trinh_bay: Chu
    noi_dung: Chu


class CuocHop(Strict):
    ngay: Ngay
    buoi: Literal["sáng", "chiều", "tối"] | None = None
    dia_diem: Chu
    chu_tri: ChuTri
    lam_viec_voi: Chu  # "Sở Ngoại vụ", as it follows "buổi làm việc với"
    loai: Literal["làm việc", "giao ban", "họp"] = "làm việc"  # a giao ban is a "cuộc họp giao ban"
    ve_viec: str | None = None  # the subject of the session, with or without the leading "về"
    tham_du: list[NhomThamDu] = Field(default_factory=list)
    nghe_bao_cao: list[BaoCao] = Field(default_factory=list)


class KetLuan(Strict):
    noi_dung: Chu
    y: list[Chu] = Field(default_factory=list)


class NhiemVu(Strict):
    noi_dung: Chu  # what to do, as it follows "<cơ quan> chủ trì, phối hợp với …": "tham mưu UBND thành phố …"
    chu_tri: Chu
    phoi_hop: list[Chu] = Field(default_factory=list)
    thoi_han: Annotated[date | str | None, BeforeValidator(date_or_text)] = None


class Input(Strict):
    loai: Literal["thong_bao_ket_luan"]
    co_quan: CoQuan
    van_ban: VanBan
    cuoc_hop: CuocHop
    ket_luan: list[Annotated[KetLuan, BeforeValidator(_as_item)]] = Field(min_length=1)
    nhiem_vu: list[NhiemVu] = Field(default_factory=list)
    nhiem_vu_dang_bang: CoKhong = False  # tasks as a table instead of lettered paragraphs
    ket_thuc: str | None = None
    nguoi_ky: NguoiKy


def chair(meeting: CuocHop) -> str:
    return f"đồng chí {meeting.chu_tri.ho_ten}, {trim_end(meeting.chu_tri.chuc_vu)}"


def subject(meeting: CuocHop) -> str:
    """`` về …`` (with its leading space), whether or not the user typed the ``về``."""
    if not meeting.ve_viec:
        return ""
    text = trim_end(meeting.ve_viec)
    return f" {text}" if text.startswith("về ") else f" về {text}"


SESSION = {"làm việc": "buổi làm việc", "giao ban": "cuộc họp giao ban", "họp": "cuộc họp"}


def session(meeting: CuocHop) -> str:
    """``buổi làm việc``, ``cuộc họp giao ban``: a giao ban is a meeting, never called a working session."""
    return SESSION[meeting.loai]


def summary(meeting: CuocHop) -> str:
    return (
        f"Kết luận của {chair(meeting)} tại {session(meeting)} với {trim_end(meeting.lam_viec_voi)}{subject(meeting)}"
    )


def attendees(groups: list[NhomThamDu]) -> str:
    """``đồng chí A, Giám đốc Sở Ngoại vụ; lãnh đạo Sở Tài chính và Sở Nội vụ``: named people one by one,
    consecutive unnamed bodies of the same description merged into one phrase."""
    parts: list[str] = []
    pending: tuple[str, list[str]] | None = None
    for group in groups:
        if not group.nguoi and pending and pending[0] == group.thanh_phan:
            pending[1].append(group.co_quan)
            continue
        if pending:
            parts.append(f"{pending[0]} {join_vietnamese(pending[1])}")
            pending = None
        if group.nguoi:
            parts.extend(f"đồng chí {p.ho_ten}, {trim_end(p.chuc_vu)}" for p in group.nguoi)
        else:
            pending = (group.thanh_phan, [group.co_quan])
    if pending:
        parts.append(f"{pending[0]} {join_vietnamese(pending[1])}")
    return "; ".join(parts)


def opening(meeting: CuocHop) -> list[str]:
    """The paragraph every thông báo kết luận starts with, then the sentence leading into the conclusions."""
    when = day_month_year(meeting.ngay)
    when = f"{meeting.buoi.capitalize()} {when}" if meeting.buoi else when[:1].upper() + when[1:]
    first = (
        f"{when}, tại {trim_end(meeting.dia_diem)}, {chair(meeting)} đã chủ trì {session(meeting)} với "
        f"{trim_end(meeting.lam_viec_voi)}{subject(meeting)}."
    )
    if meeting.tham_du:
        short = "buổi làm việc" if meeting.loai == "làm việc" else "cuộc họp"
        first += f" Tham dự {short} có: {attendees(meeting.tham_du)}."
    heard = ", ".join(f"{trim_end(b.trinh_bay)} {trim_end(b.noi_dung)}" for b in meeting.nghe_bao_cao)
    lead = (
        f"Sau khi nghe {heard} và ý kiến của các đại biểu dự họp"
        if heard
        else ("Sau khi nghe ý kiến của các đại biểu dự họp")
    )
    return [first, f"{lead}, đồng chí {meeting.chu_tri.ho_ten} kết luận như sau:"]


def deadline(value: date | str | None) -> str:
    if value is None:
        return ""
    return f"trước {day_month_year(value)}" if isinstance(value, date) else trim_end(value)


def task_sentence(task: NhiemVu, last: bool) -> str:
    support = f" chủ trì, phối hợp với {join_vietnamese(task.phoi_hop)}" if task.phoi_hop else ""
    text = f"Giao {trim_end(task.chu_tri)}{support} {trim_end(task.noi_dung)}"
    if task.thoi_han is not None:
        text += f"; thời hạn hoàn thành: {deadline(task.thoi_han)}"
    return punctuate(text, last)


def conclusions(model: Input) -> list[dict[str, Any]]:
    items = []
    for i, item in enumerate(model.ket_luan, 1):
        points = [f"{letter_item(j)}) {punctuate(p, j == len(item.y))}" for j, p in enumerate(item.y, 1)]
        items.append({"so": str(i), "noi_dung": item.noi_dung, "y": points})
    return items


def tasks(model: Input) -> dict[str, Any] | None:
    if not model.nhiem_vu:
        return None
    count = len(model.nhiem_vu)
    return {
        "so": str(len(model.ket_luan) + 1),
        "bang": model.nhiem_vu_dang_bang,
        "dong": [
            {
                "tt": str(i),
                "muc": letter_item(i),
                "cau": task_sentence(t, i == count),
                "noi_dung": trim_end(t.noi_dung),
                "chu_tri": trim_end(t.chu_tri),
                "phoi_hop": ", ".join(trim_end(p) for p in t.phoi_hop),
                "thoi_han": deadline(t.thoi_han),
            }
            for i, t in enumerate(model.nhiem_vu, 1)
        ],
    }


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    trich_yeu: Annotated[str, MoTa("Trích yếu: “Kết luận của đồng chí … tại buổi làm việc với …”")]
    mo_dau: Annotated[list[str], MoTa("Đoạn mở đầu (thời gian, địa điểm, chủ trì, thành phần) và câu dẫn")]
    ket_luan: Annotated[list[dict[str, Any]], MoTa("Các kết luận: so, noi_dung, y (các ý a, b, …)")]
    nhiem_vu: Annotated[
        dict[str, Any] | None,
        MoTa(
            "Phần tổ chức thực hiện: so, bang (đúng khi in thành bảng), dong (tt, muc, cau, noi_dung, chu_tri,"
            " phoi_hop, thoi_han); trống khi không giao nhiệm vụ"
        ),
    ]
    ket_thuc: Annotated[str, MoTa("Câu kết, đã có “./.”")]


def documents(model: Input, env: BuildEnv) -> list[Document]:
    closing = model.ket_thuc or f"{model.co_quan.ten} thông báo để các cơ quan, đơn vị biết, thực hiện"
    year = model.van_ban.ngay.year if model.van_ban.ngay else model.cuoc_hop.ngay.year
    context = Context(
        **header(model.co_quan, model.van_ban, KIND_ABBR, year),
        trich_yeu=summary(model.cuoc_hop),
        mo_dau=opening(model.cuoc_hop),
        ket_luan=conclusions(model),
        nhiem_vu=tasks(model),
        ket_thuc=ending(closing),
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban),
    )
    return [Document.of("thong_bao_ket_luan", context)]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"thong_bao_ket_luan": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "THÔNG BÁO"),
    symbol=Symbol(KIND_ABBR),
)
