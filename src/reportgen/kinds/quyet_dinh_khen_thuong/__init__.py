"""Award decision: Quyết định về việc tặng Bằng khen / Giấy khen, its danh sách and the certificates.

One input gives two files: the decision with its list of awardees as an appendix, and one certificate page
per awardee (landscape, printed onto pre-printed certificate paper). Counts, money and words are derived
from the list, so adding a person changes Điều 1, Điều 2, the danh sách and the certificates together.
"""

from __future__ import annotations

from typing import Any

from reportgen.blocks.profile import administrative
from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds.quyet_dinh_khen_thuong.context import CertificateContext, Context
from reportgen.kinds.quyet_dinh_khen_thuong.model import CaNhan, Input, TapThe
from reportgen.kinds.quyet_dinh_khen_thuong.rules import DATA_FILE, form_defaults
from reportgen.kinds.quyet_dinh_khen_thuong.wording import certificate_context, decision_context, proposal
from reportgen.vietnamese import ascii_slug, citation_gaps

__all__ = ["KIND", "KIND_ABBR", "TITLE", "CaNhan", "Input", "TapThe", "documents", "figures", "warnings"]

TITLE = "Quyết định khen thưởng (Bằng khen, Giấy khen) kèm danh sách và phôi in bằng khen"
KIND_ABBR = "QĐ"
TEMPLATE = "quyet_dinh_khen_thuong"
CERTIFICATE_TEMPLATE = "quyet_dinh_khen_thuong_bang_khen"


def _bases_with_origin(model: Input) -> list[tuple[tuple[str | int, ...], str, str]]:
    """Every legal basis printed, with where it comes from: the input's lines or the data file's defaults."""
    given: list[tuple[tuple[str | int, ...], str, str]]
    if model.can_cu is not None:
        given = [(("can_cu", i), text, "") for i, text in enumerate(model.can_cu)]
    else:
        found = form_defaults(model.hinh_thuc)
        origin = f" (căn cứ mặc định của “{found[0]}” trong tệp {DATA_FILE.name})" if found else ""
        given = [(("hinh_thuc",), text, origin) for text in (found[1].can_cu if found else [])]
    return given + [(("can_cu_them", i), text, "") for i, text in enumerate(model.can_cu_them)]


def warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """A half citation ("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ;") is never printed silently."""
    found = []
    for loc, text, origin in _bases_with_origin(model):
        gaps = citation_gaps(text)
        if gaps:
            found.append(
                (
                    loc,
                    f"căn cứ “{text.rstrip(' ;.')}”{origin} thiếu {', '.join(gaps)}: một căn cứ phải ghi số, ngày "
                    "ban hành, cơ quan ban hành và trích yếu; hãy bổ sung, hoặc tự ghi “can_cu” trong tệp nhập liệu",
                )
            )
    return found


def figures(model: Input, env: BuildEnv) -> dict[str, Any]:
    """What other documents quote: ``de_nghi``, the proposal a tờ trình attaching this decision makes."""
    return {"de_nghi": proposal(model)}


def documents(model: Input, env: BuildEnv) -> list[Document]:
    decision = decision_context(model, env.extra.get("nam"))
    certificates = certificate_context(model, decision)
    suffix = "-" + ascii_slug(certificates["ten_hinh_thuc_tep"])
    docs = [
        Document.of(TEMPLATE, Context(**decision)),
        Document.of(CERTIFICATE_TEMPLATE, CertificateContext(**certificates), suffix=suffix),
    ]
    if model.tach_tep:
        for i, one in enumerate(certificates["bang_khen"], 1):
            docs.append(
                Document.of(
                    CERTIFICATE_TEMPLATE,
                    CertificateContext(**{**certificates, "bang_khen": [one]}),
                    suffix=suffix,
                    name_part=f"{i:03d}_{one['ten']}",
                )
            )
    return docs


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={TEMPLATE: Context, CERTIFICATE_TEMPLATE: CertificateContext},
    documents=documents,
    profile=administrative(KIND_ABBR, "QUYẾT ĐỊNH"),
    symbol=Symbol(KIND_ABBR),
    warnings=warnings,
    figures=figures,
)
