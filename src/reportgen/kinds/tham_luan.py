"""Tham luận: a body's contribution to a conference on a given topic, presented by one of its leaders.

Laid out like a speech (salutations, body, ``Xin trân trọng cảm ơn!``), with the topic and the presenting
body in the title block; it may quote the annual report's figures the same way a speech does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from reportgen.blocks.context import MoTa
from reportgen.blocks.profile import SPEECH
from reportgen.kinds import BuildEnv, Document, Kind
from reportgen.kinds._phat_bieu import Common, NguoiPhatBieu, SpeechContext, body_context, literal_braces
from reportgen.models import Chu
from reportgen.vietnamese import keep_names_whole, upper_vi

TITLE = "Tham luận tại hội nghị, hội thảo (chủ đề, cơ quan trình bày)"


class Input(Common):
    loai: Literal["tham_luan"]
    chu_de: Chu  # the topic, written in sentence case; printed in capitals
    co_quan_trinh_bay: Chu  # the body the tham luận speaks for: "Thành ủy Đà Nẵng"
    nguoi_trinh_bay: NguoiPhatBieu


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    return literal_braces(model)


def topic(text: str) -> str:
    """The topic without the quotes or final full stop staff often type around it (it is printed in capitals)."""
    return text.strip(" .").strip("“”\"'").strip(" .")


@dataclass(frozen=True, kw_only=True)
class Context(SpeechContext):
    chu_de: Annotated[str, MoTa("Chủ đề tham luận, in hoa")]
    trinh_bay: Annotated[str, MoTa("“(Đồng chí …, … trình bày)”")]


def documents(model: Input, env: BuildEnv) -> list[Document]:
    speaker = model.nguoi_trinh_bay
    context = Context(
        **body_context(model, env),
        loai_bai="THAM LUẬN",
        chu_de=upper_vi(topic(model.chu_de)),
        cua=keep_names_whole(f"của {model.co_quan_trinh_bay}"),
        trinh_bay=f"(Đồng chí {speaker.ho_ten}, {speaker.chuc_vu.rstrip(' ,.;')} trình bày)",
    )
    return [Document.of("tham_luan", context)]


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"tham_luan": Context},
    documents=documents,
    profile=SPEECH,
    symbol=None,
    warnings=warnings,
)
