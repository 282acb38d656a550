"""Bài phát biểu: a speech read at a conference, with its salutations and, optionally, the annual report's figures.

Not an administrative document: no number, no signature, no Nơi nhận; laid out for reading aloud.
"""

from __future__ import annotations

from typing import Literal

from reportgen.blocks.profile import SPEECH
from reportgen.kinds import BuildEnv, Document, Kind
from reportgen.kinds._phat_bieu import Common, NguoiPhatBieu, SpeechContext, body_context, literal_braces
from reportgen.vietnamese import keep_names_whole

TITLE = "Bài phát biểu tại hội nghị, sự kiện (có thể dẫn số liệu từ báo cáo năm)"


class Input(Common):
    loai: Literal["bai_phat_bieu"]
    nguoi_phat_bieu: NguoiPhatBieu


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    return literal_braces(model)


def documents(model: Input, env: BuildEnv) -> list[Document]:
    speaker = model.nguoi_phat_bieu
    context = SpeechContext(
        **body_context(model, env),
        loai_bai="BÀI PHÁT BIỂU",
        cua=keep_names_whole(f"của đồng chí {speaker.ho_ten}, {speaker.chuc_vu.rstrip(' ,.;')}"),
    )
    return [Document.of("bai_phat_bieu", context)]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"bai_phat_bieu": SpeechContext},
    documents=documents,
    profile=SPEECH,
    symbol=None,
    warnings=warnings,
)
