"""Biên bản: the minutes of a meeting, from its opening to the time it closed, signed by secretary and chair.

No place-and-date line in the header (the time and place open the body instead) and Nơi nhận may be empty; the
two signatures stand side by side, THƯ KÝ on the left and CHỦ TỌA on the right. Its number ("Số: 03/BB-SNgV")
comes from the register like any other document's, so the number, the day it was numbered and the receivers sit
in the shared ``van_ban`` block that ``reportgen issue`` fills; the meeting's own date stays ``ngay``.

Files written before that change keep ``so``, ``noi_nhan`` and ``luu`` at the top level: they still build, the
same document (``kinds/_layout.py`` moves them into ``van_ban`` before validation). Issuing such a file moves
them into ``van_ban`` in the file too, rather than writing the number where the file had it: the old layout has
no place for the day of numbering (its top-level ``ngay`` is the meeting's date, which must not change), and a
number at the top with its day in a new block would split one fact over two places. Issuing rewrites the file
anyway; every value and comment is kept, and the file then reads as the README documents it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from reportgen.blocks import ending, header, receivers
from reportgen.blocks.context import Dau, MoTa
from reportgen.blocks.profile import Block, administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds._layout import moved_into_block
from reportgen.models import Chu, CoQuan, Gio, MotDong, Ngay, NguoiKyTen, Strict, VanBan, paragraphs
from reportgen.vietnamese import day_month_year, time_phrase, trim_end

TITLE = "Biên bản cuộc họp, hội nghị"
KIND_ABBR = "BB"
OLD_TOP_LEVEL = ("so", "noi_nhan", "luu")  # where files written before the van_ban block keep them


class ChuToa(NguoiKyTen):
    """The chair; a class of its own so the editor schema documents it apart from the secretary."""


class ThuKy(NguoiKyTen):
    """The secretary who wrote the minutes."""


class VangMat(Strict):
    nguoi: Chu  # "đồng chí Lê Văn A, Phó Giám đốc Sở"
    ly_do: str | None = None


class YKien(Strict):
    """What one participant said; ``noi_dung`` may run to several paragraphs."""

    nguoi: Chu
    noi_dung: Chu


class BaoCao(YKien):
    """A report presented at the meeting: who presented it, and what."""


class VanBanBienBan(VanBan):
    """Number, day of numbering and receivers of a biên bản: Nơi nhận may be empty (Mẫu 1.9 of Nghị định 30)
    and the copy is kept in the meeting's file. ``ngay`` is not printed (no date line); left empty, the biên bản
    is dated the day of the meeting."""

    noi_nhan: list[MotDong] = Field(default_factory=list)  # under the signatures
    luu: MotDong = "VT, Hồ sơ"


class Input(Strict):
    loai: Literal["bien_ban"]
    co_quan: CoQuan
    van_ban: VanBanBienBan  # number from the register (empty for a draft), receivers
    ten_cuoc_hop: Chu  # "Hội nghị tổng kết công tác đối ngoại năm 2022 …", the summary under BIÊN BẢN
    ngay: Ngay
    gio_bat_dau: Gio
    gio_ket_thuc: Gio
    dia_diem: Chu
    chu_toa: ChuToa
    thu_ky: ThuKy
    co_mat: list[Chu] = Field(min_length=1)
    vang_mat: list[VangMat] = Field(default_factory=list)
    chuong_trinh: list[Chu] = Field(default_factory=list)
    bao_cao: list[BaoCao] = Field(default_factory=list)
    y_kien: list[YKien] = Field(default_factory=list)
    ket_luan: Chu
    thong_qua: str | None = None  # the sentence on how the minutes were approved; a standard one by default

    @model_validator(mode="wrap")
    @classmethod
    def _old_layout(cls, data: Any, handler: Any) -> Any:
        return moved_into_block(cls, data, handler, OLD_TOP_LEVEL)

    @field_validator("ngay")
    @classmethod
    def _met_before_numbering(cls, value: date, info: ValidationInfo) -> date:
        block = info.data.get("van_ban")
        numbered = block.ngay if isinstance(block, VanBan) else None
        if numbered is not None and value > numbered:
            raise PydanticCustomError(
                "ngay",
                "ngày họp ({met}) sau ngày cấp số của biên bản (van_ban.ngay: {numbered}): biên bản được lập và"
                " cấp số sau cuộc họp",
                {"met": value.strftime("%d/%m/%Y"), "numbered": numbered.strftime("%d/%m/%Y")},
            )
        return value

    @field_validator("gio_ket_thuc")
    @classmethod
    def _closes_after_opening(cls, value: time, info: ValidationInfo) -> time:
        opened = info.data.get("gio_bat_dau")
        if isinstance(opened, time) and value < opened:
            raise PydanticCustomError(
                "gio",
                "giờ kết thúc ({end}) trước giờ bắt đầu ({start}) trong cùng ngày",
                {"end": value.strftime("%H:%M"), "start": opened.strftime("%H:%M")},
            )
        return value


def in_sentence(name: str) -> str:
    """``Cuộc họp …`` is a common noun inside a sentence (``tổ chức cuộc họp …``); ``Hội nghị …`` keeps its capital."""
    first, _, rest = trim_end(name).partition(" ")
    return f"{first.lower()} {rest}" if first in ("Cuộc", "Buổi", "Phiên") else trim_end(name)


def _lines(items: list[str]) -> list[str]:
    """``- …;`` per line, the last one ending with ``.``."""
    return [f"- {trim_end(t)}{'.' if i == len(items) - 1 else ';'}" for i, t in enumerate(items)]


def _absent(items: list[VangMat]) -> list[str]:
    return _lines([v.nguoi + (f" (lý do: {trim_end(v.ly_do)})" if v.ly_do else "") for v in items])


def _speeches(items: list[YKien] | list[BaoCao]) -> list[str]:
    """``- Đồng chí A, Trưởng phòng …: ý kiến …``; the following paragraphs of the same speaker stand alone."""
    out: list[str] = []
    for item in items:
        first, *rest = paragraphs(item.noi_dung)
        out.append(f"- {trim_end(item.nguoi)}: {first}")
        out.extend(rest)
    return out


def proceedings(model: Input) -> list[dict[str, Any]]:
    """Items of section II, numbered over the parts the meeting actually had."""
    parts = [
        ("Chương trình cuộc họp:", _lines(model.chuong_trinh)),
        ("Các báo cáo được trình bày:", _speeches(model.bao_cao)),
        ("Ý kiến phát biểu của các thành viên dự họp:", _speeches(model.y_kien)),
    ]
    present = [(title, lines) for title, lines in parts if lines]
    return [{"tieu_de": f"{i}. {title}", "doan_van": lines} for i, (title, lines) in enumerate(present, 1)]


@dataclass(frozen=True, kw_only=True)
class KyTen:
    chuc_vu: Annotated[str, MoTa("“THƯ KÝ” hoặc “CHỦ TỌA”")]
    ho_ten: Annotated[str, MoTa("Họ và tên")]


@dataclass(frozen=True, kw_only=True)
class Context(Dau):
    ten_cuoc_hop: Annotated[str, MoTa("Tên cuộc họp, in dưới chữ BIÊN BẢN")]
    trich_yeu: Annotated[str, MoTa("Trích yếu: tên cuộc họp, cho thuộc tính Title của tệp và sổ đăng ký văn bản")]
    mo_dau: Annotated[str, MoTa("Câu mở đầu: thời gian, địa điểm, cơ quan tổ chức")]
    chu_toa: Annotated[str, MoTa("“Đồng chí …, …” chủ tọa")]
    thu_ky: Annotated[str, MoTa("“Đồng chí …, …” thư ký")]
    co_mat: Annotated[list[str], MoTa("Các dòng thành phần có mặt, đã có dấu")]
    vang_mat: Annotated[list[str], MoTa("Các dòng vắng mặt (kèm lý do), đã có dấu")]
    dien_bien: Annotated[list[dict[str, Any]], MoTa("Các mục diễn biến: tieu_de (“1. Chương trình …”), doan_van")]
    ket_luan: Annotated[list[str], MoTa("Các đoạn kết luận")]
    thong_qua: Annotated[str, MoTa("Câu về việc thông qua biên bản")]
    ket_thuc: Annotated[str, MoTa("“Cuộc họp kết thúc vào lúc …./.”")]
    ky_thu_ky: Annotated[KyTen, MoTa("Chữ ký bên trái: thư ký")]
    ky_chu_toa: Annotated[KyTen, MoTa("Chữ ký bên phải: chủ tọa")]
    noi_nhan: Annotated[list[str], MoTa("Các dòng nơi nhận (có thể chỉ có dòng “Lưu”)")]


def documents(model: Input, env: BuildEnv) -> list[Document]:
    head = header(
        model.co_quan,
        VanBan.model_construct(so=model.van_ban.so, ngay=model.van_ban.ngay or model.ngay, noi_nhan=[], luu="VT"),
        KIND_ABBR,
        model.ngay.year,
    )
    approval = model.thong_qua or ("Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí thông qua")
    context = Context(
        **head,
        ten_cuoc_hop=model.ten_cuoc_hop,
        trich_yeu=model.ten_cuoc_hop,
        mo_dau=(
            f"Vào lúc {time_phrase(model.gio_bat_dau)}, {day_month_year(model.ngay)}, tại "
            f"{trim_end(model.dia_diem)}, {model.co_quan.ten} tổ chức {in_sentence(model.ten_cuoc_hop)}."
        ),
        chu_toa=f"Đồng chí {model.chu_toa.ho_ten}, {trim_end(model.chu_toa.chuc_vu)}.",
        thu_ky=f"Đồng chí {model.thu_ky.ho_ten}, {trim_end(model.thu_ky.chuc_vu)}.",
        co_mat=_lines(model.co_mat),
        vang_mat=_absent(model.vang_mat),
        dien_bien=proceedings(model),
        ket_luan=paragraphs(model.ket_luan),
        thong_qua=trim_end(approval) + ".",
        ket_thuc=ending(f"Cuộc họp kết thúc vào lúc {time_phrase(model.gio_ket_thuc)} cùng ngày"),
        ky_thu_ky=KyTen(chuc_vu="THƯ KÝ", ho_ten=model.thu_ky.ho_ten),
        ky_chu_toa=KyTen(chuc_vu="CHỦ TỌA", ho_ten=model.chu_toa.ho_ten),
        noi_nhan=receivers(model.van_ban),
    )
    return [Document.of("bien_ban", context)]


# A biên bản has no date line (the time and place open the body) and may have no Nơi nhận (Mẫu 1.9); it is
# numbered …/BB-<issuer> (Nghị định 30, Phụ lục III).
KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"bien_ban": Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "BIÊN BẢN", drop=frozenset({Block.DIA_DANH_NGAY, Block.NOI_NHAN})),
    symbol=Symbol(KIND_ABBR),
)
