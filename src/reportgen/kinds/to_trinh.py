"""Tờ trình (Mẫu 1.4, TTr): a body asks the approving body to decide, and attaches the dự thảo it drafted.

The dự thảo is another input (a quyết định, a kế hoạch, a công văn of the approving body), named by
``du_thao`` and built by its own kind, so the draft and the document later issued come from the same
records. The draft is a second output file: the approving body's header and signer, number and date left
blank for its registry, ``DỰ THẢO`` at the top. A draft kind may offer, among the figures other documents
quote, ``de_nghi``: the sentences of its proposal (an award decision gives its counts and amounts), which
the tờ trình prints as what it proposes, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from reportgen import kinds
from reportgen.blocks import ending, header, kinh_gui, receivers, signature
from reportgen.blocks.context import Cuoi, Dau, KinhGui, MoTa
from reportgen.blocks.profile import Block, administrative
from reportgen.kinds import BuildEnv, Document, Kind, KindError, Related, Symbol
from reportgen.models import Chu, CoQuan, DoanVan, NguoiKy, Strict, VanBan
from reportgen.models import KinhGui as NoiKinhGui
from reportgen.vietnamese import join_vietnamese, keep_names_whole, trim_end

TITLE = "Tờ trình kèm dự thảo văn bản (quyết định, kế hoạch, công văn) của cấp trên"
KIND_ABBR = "TTr"
TEMPLATE = "to_trinh"
DRAFT_MARK = "DỰ THẢO"
DRAFT_SUFFIX = "-du-thao"
PROPOSAL = "de_nghi"  # the key of a draft kind's figures holding the sentences of its proposal


class Input(Strict):
    loai: Literal["to_trinh"]
    co_quan: CoQuan
    van_ban: VanBan
    trich_yeu: DoanVan  # "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND thành phố …"
    kinh_gui: NoiKinhGui
    can_cu: list[DoanVan] = Field(default_factory=list)
    ly_do: list[DoanVan] = Field(default_factory=list)
    de_nghi: list[DoanVan] = Field(default_factory=list)
    du_thao: Chu | None = None  # the draft's input file, relative to this one
    ket_thuc: DoanVan | None = None
    nguoi_ky: NguoiKy


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    trich_yeu: Annotated[str, MoTa("Trích yếu, in dưới chữ TỜ TRÌNH")]
    kinh_gui: Annotated[KinhGui, MoTa("Dòng “Kính gửi”")]
    can_cu: Annotated[list[str], MoTa("Các đoạn căn cứ (có thể trống)")]
    ly_do: Annotated[list[str], MoTa("Các đoạn trình bày lý do (có thể trống)")]
    de_nghi: Annotated[
        list[str],
        MoTa("Các đoạn đề nghị: những đoạn người soạn viết, rồi đề nghị lấy từ dự thảo (số liệu khen thưởng)"),
    ]
    ket_thuc: Annotated[str, MoTa("Câu kết “… kính trình … xem xét, quyết định (có dự thảo … kèm theo)./.”")]


NOT_A_DRAFT = frozenset({"to_trinh", "bien_ban"})


def _draft_parts(related: Related) -> tuple[Kind[Any], BaseModel]:
    """The draft's kind and its model with number and date left blank; refused for an input that has none."""
    model = related.model
    loai = str(getattr(model, "loai", ""))
    van_ban = getattr(model, "van_ban", None)
    # A biên bản has a number and an issuer too, but it records a meeting: nobody submits one to be issued.
    if loai in NOT_A_DRAFT or not isinstance(van_ban, VanBan) or not hasattr(model, "co_quan"):
        raise KindError(
            ("du_thao",),
            f"tệp “{related.path.name}” (loai: {loai}) không làm dự thảo được: dự thảo là một văn bản có số, "
            "ngày và cơ quan ban hành (quyết định, kế hoạch, công văn…) của cơ quan trình",
        )
    blank = van_ban.model_copy(update={"so": None, "ngay": None})
    return kinds.get(loai), model.model_copy(update={"van_ban": blank})


def type_name(kind: Kind[Any]) -> str:
    """``Quyết định``, ``Kế hoạch`` from the kind line of its profile; a công văn has none."""
    line = kind.profile.ten_loai
    return line[:1] + line[1:].lower() if line else "Công văn"


def draft(model: Input, env: BuildEnv) -> tuple[Document, str, list[str]] | None:
    """The draft as a document, its name as the tờ trình refers to it, and its proposal sentences."""
    if model.du_thao is None:
        return None
    related = env.load_related(Path(model.du_thao), ("du_thao",))
    kind, blank = _draft_parts(related)
    year = model.van_ban.ngay.year if model.van_ban.ngay else None
    draft_env = BuildEnv(source=related.path, load_related=env.load_related, extra={**env.extra, "nam": year})
    main_template = next(iter(kind.templates))
    main = next(d for d in kind.documents(blank, draft_env) if d.template == main_template and d.name_part is None)
    context = {**main.context, "dau_du_thao": DRAFT_MARK}
    summary = str(context.get("trich_yeu") or "")
    if str(context.get("vv") or "").startswith("V/v "):  # a công văn: named by the "V/v …" under its number
        summary = "về việc " + str(context["vv"])[4:]
    name = f"{type_name(kind)} {mid_sentence(summary)}".rstrip()
    proposal = [str(line) for line in related.figures.get(PROPOSAL, [])]
    return Document(template=main.template, suffix=DRAFT_SUFFIX, context=context), name, proposal


def mid_sentence(text: str) -> str:
    """A summary inside a sentence: ``Về việc …`` → ``về việc …``; an acronym (``UBND …``) keeps its case."""
    text = " ".join(trim_end(text).split())
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def closing(model: Input, draft_name: str | None) -> str:
    """``Sở Ngoại vụ kính trình … xem xét, quyết định (có dự thảo Quyết định … kèm theo)./.``"""
    text = model.ket_thuc or f"{model.co_quan.ten} kính trình {join_vietnamese(model.kinh_gui)} xem xét, quyết định"
    text = trim_end(text)
    if draft_name:
        text += f" (có dự thảo {draft_name} kèm theo)"
    return ending(text)


def documents(model: Input, env: BuildEnv) -> list[Document]:
    attached = draft(model, env)
    year = model.van_ban.ngay.year if model.van_ban.ngay else date.today().year
    context = Context(
        **header(model.co_quan, model.van_ban, KIND_ABBR, year),
        trich_yeu=keep_names_whole(model.trich_yeu.rstrip(" .")),
        kinh_gui=kinh_gui(list(model.kinh_gui)),
        can_cu=list(model.can_cu),
        ly_do=list(model.ly_do),
        de_nghi=[*model.de_nghi, *(attached[2] if attached else [])],
        ket_thuc=closing(model, attached[1] if attached else None),
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban, as_above=True),
    )
    docs = [Document.of(TEMPLATE, context)]
    return [*docs, attached[0]] if attached else docs


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={TEMPLATE: Context},
    documents=documents,
    profile=administrative(KIND_ABBR, "TỜ TRÌNH", add=frozenset({Block.KINH_GUI})),
    symbol=Symbol(KIND_ABBR),
)
