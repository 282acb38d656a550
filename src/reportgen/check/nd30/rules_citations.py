"""Legal bases that name a document but not its date, issuer or subject ("Căn cứ Nghị định số 152/2025/NĐ-CP
của Chính phủ;"). The reader of a decision must be able to find what it rests on; a half citation is sent back.

The rule lives in its own module and adds its id to the catalogue here, so the catalogue stays as it is.
"""

from __future__ import annotations

from reportgen.vietnamese import citation_gaps

from .catalogue import RULES, SEVERITY, finding
from .docxmodel import DocModel
from .findings import ERROR, Finding

RULE = "ND30-QD-BASIS-INCOMPLETE"
RULES[RULE] = "Mỗi căn cứ ghi đủ số, ngày ban hành, cơ quan ban hành và trích yếu của văn bản được viện dẫn."
SEVERITY[RULE] = ERROR


def check_citations(model: DocModel) -> list[Finding]:
    found = []
    for para in model.all_paragraphs():
        text = " ".join(para.text.split())
        if not text.casefold().startswith("căn cứ "):
            continue
        gaps = citation_gaps(text)
        if gaps:
            found.append(
                finding(
                    RULE,
                    f"Căn cứ viện dẫn văn bản nhưng thiếu {', '.join(gaps)}.",
                    "số, ngày ban hành, cơ quan ban hành, trích yếu",
                    text[:120],
                    para.location,
                )
            )
    return found
