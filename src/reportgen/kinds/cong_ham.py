"""Công hàm (note verbale, Quyết định 3287/QĐ-BNG): a letter in the body's name, in the third person.

Quốc huy and the body's name at the top, a number and symbol, the opening and closing formulas of courtesy around
what the note says, the place and date at the end where the văn thư initials and seals it (no signature block),
and the addressee at the foot of the first page. One input gives the Vietnamese original and its translation,
which is laid out the same way but without the Quốc huy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field

from reportgen.blocks.context import MoTa
from reportgen.blocks.profile import Block, Nd30Profile
from reportgen.images import Picture
from reportgen.kinds import BuildEnv, Document, Kind, KindError, Symbol
from reportgen.kinds._thu.chung import DauThu, SoNgay, addressee, head
from reportgen.kinds._thu.hinh import emblem_picture
from reportgen.kinds._thu.model import (
    NO_EMBLEM,
    CoQuanGui,
    DoiTacNhan,
    SongNgu,
    emblem,
    partner,
    require_translations,
)
from reportgen.kinds._thu.ngon_ngu import note_closing, note_opening

TITLE = "Công hàm gửi cơ quan đại diện, đối tác nước ngoài (bản tiếng Việt và bản dịch)"


class Input(SoNgay):
    loai: Literal["cong_ham"]
    ban_dich: Literal["en"]  # the translation's language
    co_quan: CoQuanGui
    doi_tac: DoiTacNhan
    de_nghi: SongNgu  # follows "… và trân trọng" / "… and has the honour to": "thông báo …" / "inform …"
    noi_dung: list[SongNgu] = Field(default_factory=list)  # further paragraphs, in the third person


@dataclass(frozen=True, kw_only=True)
class Context(DauThu):
    quoc_huy: Annotated[Picture | None, MoTa("Hình Quốc huy (chỉ bản tiếng Việt; bản dịch không có)")]
    noi_dung: Annotated[list[str], MoTa("Các đoạn: công thức mở đầu và nội dung, rồi các đoạn tiếp theo")]
    ket: Annotated[str, MoTa("Công thức kết thúc (“… nhân dịp này xin gửi tới … lời chào trân trọng./.”)")]
    kinh_gui: Annotated[list[str], MoTa("Nơi nhận ở chân trang đầu: “Kính gửi: …” và dòng địa danh")]


def documents(model: Input, env: BuildEnv) -> list[Document]:
    found = partner(model.doi_tac, env, ("doi_tac",))
    require_translations(model, model.ban_dich)
    require_translations(found, model.ban_dich)
    emblem_file = emblem(env.source)
    if emblem_file is None:
        raise KindError(("loai",), NO_EMBLEM.format(name="quoc-huy.png"))
    picture = emblem_picture(emblem_file)
    if isinstance(picture, str):
        raise KindError(("loai",), picture)
    out = []
    for lang in ("vi", model.ban_dich):
        sender, to = model.co_quan.ten.get(lang), found.ten.get(lang)
        body = [
            note_opening(sender, to, model.de_nghi.get(lang), lang),
            *(paragraph.get(lang) for paragraph in model.noi_dung),
        ]
        context = Context(
            **head(model.co_quan, model, None, lang),  # type: ignore[arg-type]
            quoc_huy=picture if lang == "vi" else None,
            noi_dung=body,
            ket=note_closing(sender, to, lang),
            kinh_gui=addressee(found, lang),
        )
        out.append(Document.of("cong_ham", context, suffix="" if lang == "vi" else f"-{lang}"))
    return out


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"cong_ham": Context},
    documents=documents,
    profile=Nd30Profile("CONG_HAM", None, frozenset({Block.CO_QUAN, Block.SO_KY_HIEU, Block.DIA_DANH_NGAY})),
    symbol=Symbol(None),
)
