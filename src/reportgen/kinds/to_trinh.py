"""Tờ trình (Mẫu 1.4, TTr): a body asks the approving body to decide, and attaches the dự thảo it drafted.

The dự thảo is another input (a quyết định, a kế hoạch, a công văn of the approving body), named by
``du_thao`` and built by its own kind, so the draft and the document later issued come from the same
records. The draft is a second output file: the approving body's header and signer, number and date left
blank for its registry, ``DỰ THẢO`` at the top. A draft kind may offer, among the figures other documents
quote, ``de_nghi``: the sentences of its proposal (an award decision gives its counts and amounts), which
the tờ trình prints as what it proposes, so the two cannot disagree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from reportgen import kinds
from reportgen.blocks import ending, header, receivers, signature
from reportgen.kinds import BuildEnv, Document, KindError, Related
from reportgen.models import Chu, CoQuan, DoanVan, MotDong, NguoiKy, Strict, VanBan
from reportgen.vietnamese import join_vietnamese, keep_names_whole, trim_end

TITLE = "Tờ trình kèm dự thảo văn bản (quyết định, kế hoạch, công văn) của cấp trên"
KIND_ABBR = "TTr"
DRAFT_MARK = "DỰ THẢO"
DRAFT_SUFFIX = "-du-thao"
PROPOSAL = "de_nghi"  # the key of a draft kind's figures holding the sentences of its proposal

# Nghị định 30, Điều 7: the name of each type, by the abbreviation of its symbol (None: a công văn).
TYPE_NAMES = {
    "QĐ": "Quyết định",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "HD": "Hướng dẫn",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "GM": "Giấy mời",
    None: "Công văn",
}


class Input(Strict):
    loai: Literal["to_trinh"]
    co_quan: CoQuan
    van_ban: VanBan
    trich_yeu: DoanVan  # "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND thành phố …"
    kinh_gui: list[MotDong] = Field(min_length=1)
    can_cu: list[DoanVan] = Field(default_factory=list)
    ly_do: list[DoanVan] = Field(default_factory=list)
    de_nghi: list[DoanVan] = Field(default_factory=list)
    du_thao: Chu | None = None  # the draft's input file, relative to this one
    ket_thuc: DoanVan | None = None
    nguoi_ky: NguoiKy


def _draft_parts(related: Related) -> tuple[Any, BaseModel]:
    """The draft's kind and its model with number and date left blank; refused for an input that has none."""
    model = related.model
    loai = getattr(model, "loai", "")
    van_ban = getattr(model, "van_ban", None)
    if loai == "to_trinh" or not isinstance(van_ban, VanBan) or not hasattr(model, "co_quan"):
        raise KindError(
            ("du_thao",),
            f"tệp “{related.path.name}” (loai: {loai}) không làm dự thảo được: dự thảo là một văn bản có số, "
            "ngày và cơ quan ban hành (quyết định, kế hoạch, công văn…) của cơ quan trình",
        )
    blank = van_ban.model_copy(update={"so": None, "ngay": None})
    return kinds.get(loai), model.model_copy(update={"van_ban": blank})


def draft(model: Input, env: BuildEnv) -> tuple[Document, str, list[str]] | None:
    """The draft as a document, its name as the tờ trình refers to it, and its proposal sentences."""
    if model.du_thao is None:
        return None
    related = env.load_related(Path(model.du_thao), ("du_thao",))
    kind, blank = _draft_parts(related)
    year = model.van_ban.ngay.year if model.van_ban.ngay else None
    draft_env = BuildEnv(source=related.path, load_related=env.load_related, extra={**env.extra, "nam": year})
    main = next(d for d in kind.documents(blank, draft_env) if d.suffix == "" and d.name_part is None)
    context = {**main.context, "dau_du_thao": DRAFT_MARK}
    name = f"{TYPE_NAMES.get(getattr(kind, 'KIND_ABBR', None), 'văn bản')} {mid_sentence(str(context['trich_yeu']))}"
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


def recipients(names: list[str]) -> dict[str, Any]:
    """One recipient on the ``Kính gửi:`` line; several as a dashed list under it."""
    if len(names) == 1:
        return {"mot": names[0], "nhieu": []}
    return {"mot": "", "nhieu": [f"- {trim_end(n)}{';' if i < len(names) - 1 else '.'}" for i, n in enumerate(names)]}


def documents(model: Input, env: BuildEnv) -> list[Document]:
    attached = draft(model, env)
    year = model.van_ban.ngay.year if model.van_ban.ngay else date.today().year
    context = {
        **header(model.co_quan, model.van_ban, KIND_ABBR, year),
        "trich_yeu": keep_names_whole(model.trich_yeu.rstrip(" .")),
        "kinh_gui": recipients(list(model.kinh_gui)),
        "can_cu": list(model.can_cu),
        "ly_do": list(model.ly_do),
        "de_nghi": [*model.de_nghi, *(attached[2] if attached else [])],
        "ket_thuc": closing(model, attached[1] if attached else None),
        "nguoi_ky": signature(model.nguoi_ky),
        "noi_nhan": receivers(model.van_ban),
    }
    docs = [Document(template="to_trinh", suffix="", context=context)]
    return [*docs, attached[0]] if attached else docs
