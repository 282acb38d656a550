"""Công văn (Mẫu 1.5 of Phụ lục III, Nghị định 30): the everyday letter of a Sở or a Văn phòng UBND.

No kind line: its number carries no type code (``Số: 12/SNgV-HTQT``: the issuer's, then the drafting unit's
abbreviation, both from the input), the summary stands under the number as ``V/v …``, the letter opens with
"Kính gửi" and its Nơi nhận starts with ``- Như trên;`` standing for those it is addressed to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from reportgen.blocks import attachments, ending, header, kinh_gui, receivers, signature, vv
from reportgen.blocks.context import Cuoi, Dau, KinhGui, MoTa
from reportgen.blocks.profile import Block, administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.models import CoQuan, DoanVan, KemTheo, MotDong, NguoiKy, Strict, VanBanCongVan
from reportgen.models import KinhGui as KinhGuiInput

TITLE = "Công văn (kính gửi, V/v, nội dung, nơi nhận “Như trên”)"


class Input(Strict):
    loai: Literal["cong_van"]
    co_quan: CoQuan
    van_ban: VanBanCongVan
    trich_yeu: MotDong  # what follows "V/v": "đề nghị cho ý kiến về việc …"
    kinh_gui: KinhGuiInput
    noi_dung: list[DoanVan] = Field(min_length=1)  # one paragraph per item; the last ends with "./."
    ket_thuc: DoanVan | None = None  # the closing sentence ("Sở Ngoại vụ trân trọng đề nghị …"), after "Kèm theo"
    kem_theo: KemTheo = Field(default_factory=list)
    nguoi_ky: NguoiKy
    lien_he: MotDong | None = None  # ô 10: address, phone, e-mail of the issuer, under the signature


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    vv: Annotated[str, MoTa("Trích yếu dưới số công văn: “V/v đề nghị cho ý kiến …”")]
    trich_yeu: Annotated[str, MoTa("Trích yếu không có chữ “V/v” (“đề nghị cho ý kiến …”), để dẫn trong câu")]
    kinh_gui: Annotated[KinhGui, MoTa("Nơi được kính gửi")]
    noi_dung: Annotated[list[str], MoTa("Các đoạn nội dung; khi không có câu kết, đoạn cuối đã có “./.”")]
    kem_theo: Annotated[str, MoTa("“Kèm theo: …” (trống khi không gửi kèm tài liệu)")]
    ket_thuc: Annotated[str, MoTa("Câu kết, đã có “./.” (trống khi đoạn nội dung cuối là câu kết)")]
    lien_he: Annotated[str, MoTa("Địa chỉ, điện thoại, thư điện tử của cơ quan, in dưới chữ ký (có thể trống)")]


def body(model: Input) -> tuple[list[str], str]:
    """The paragraphs and the closing sentence; ``./.`` ends whichever of them comes last."""
    paragraphs = [p.strip() for p in model.noi_dung]
    if model.ket_thuc:
        return paragraphs, ending(model.ket_thuc)
    return [*paragraphs[:-1], ending(paragraphs[-1])], ""


def documents(model: Input, env: BuildEnv) -> list[Document]:
    year = model.van_ban.ngay.year if model.van_ban.ngay else date.today().year  # a draft is dated this year
    paragraphs, closing = body(model)
    context = Context(
        **header(model.co_quan, model.van_ban, None, year),
        vv=vv(model.trich_yeu),
        trich_yeu=vv(model.trich_yeu).removeprefix("V/v "),
        kinh_gui=kinh_gui(list(model.kinh_gui)),
        noi_dung=paragraphs,
        kem_theo=attachments(list(model.kem_theo)),
        ket_thuc=closing,
        lien_he=(model.lien_he or "").strip(),
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban, as_above=True),
    )
    return [Document.of("cong_van", context)]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"cong_van": Context},
    documents=documents,
    profile=administrative(
        "CV",
        None,
        add=frozenset({Block.VV, Block.KINH_GUI}),
        drop=frozenset({Block.TEN_LOAI, Block.TRICH_YEU}),
    ),
    symbol=Symbol(None),
)
