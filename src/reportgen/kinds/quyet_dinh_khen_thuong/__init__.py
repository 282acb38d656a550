"""Award decision: Quyết định về việc tặng Bằng khen / Giấy khen, its danh sách and the certificates.

One input gives two files: the decision with its list of awardees as an appendix, and one certificate page
per awardee (landscape, printed onto pre-printed certificate paper). Counts, money and words are derived
from the list, so adding a person changes Điều 1, Điều 2, the danh sách and the certificates together.
"""

from __future__ import annotations

from reportgen.kinds import BuildEnv, Document
from reportgen.kinds.quyet_dinh_khen_thuong.model import CaNhan, Input, TapThe
from reportgen.kinds.quyet_dinh_khen_thuong.wording import certificate_context, decision_context
from reportgen.vietnamese import ascii_slug

__all__ = ["KIND_ABBR", "TITLE", "CaNhan", "Input", "TapThe", "documents"]

TITLE = "Quyết định khen thưởng (Bằng khen, Giấy khen) kèm danh sách và phôi in bằng khen"
KIND_ABBR = "QĐ"
TEMPLATE = "quyet_dinh_khen_thuong"
CERTIFICATE_TEMPLATE = "quyet_dinh_khen_thuong_bang_khen"


def documents(model: Input, env: BuildEnv) -> list[Document]:
    decision = decision_context(model)
    certificates = certificate_context(model, decision)
    suffix = "-" + ascii_slug(certificates["ten_hinh_thuc_tep"])
    docs = [
        Document(template=TEMPLATE, suffix="", context=decision),
        Document(template=CERTIFICATE_TEMPLATE, suffix=suffix, context=certificates),
    ]
    if model.tach_tep:
        for i, one in enumerate(certificates["bang_khen"], 1):
            docs.append(
                Document(
                    template=CERTIFICATE_TEMPLATE,
                    suffix=suffix,
                    name_part=f"{i:03d}_{one['ten']}",
                    context={**certificates, "bang_khen": [one]},
                )
            )
    return docs
