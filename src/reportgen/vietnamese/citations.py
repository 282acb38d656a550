"""Whether a legal basis ("Căn cứ …") names what a citation must name: number, date, issuer and subject.

A decision that cites "Nghị định số 152/2025/NĐ-CP của Chính phủ" without its date and subject cannot be
checked by its reader and is sent back; the build warns and ``reportgen check`` flags it. Kept free of I/O so
the kinds (warnings at build time) and the checker (findings on a finished file) apply the same rule.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(
    r"^căn cứ\s+(?P<kind>nghị định|nghị quyết|thông tư liên tịch|thông tư|quyết định|chỉ thị|kế hoạch|công văn|"
    r"văn bản|hướng dẫn|quy định)\s+(?:số\s+)?(?P<number>\d+[^\s,;]*)",
    re.IGNORECASE,
)
_LAW = re.compile(r"^căn cứ\s+(?:bộ\s+)?luật\b|^căn cứ\s+hiến pháp\b", re.IGNORECASE)
_DATE = re.compile(r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\bngày\s+\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE)
_ISSUER = re.compile(r"\bcủa\s+(\S+(?:\s+\S+)*)", re.IGNORECASE)
# What follows the issuer when a citation gives its subject ("… của Chính phủ quy định chi tiết …").
_SUBJECT = re.compile(
    r"\b(?:quy định|ban hành|về|hướng dẫn|sửa đổi|bổ sung|phê duyệt|thành lập|quy chế|kiện toàn|giao|công bố|"
    r"triển khai|thực hiện|tổ chức)\b",
    re.IGNORECASE,
)


def citation_gaps(text: str) -> list[str]:
    """What a legal basis lacks, in Vietnamese (``["ngày ban hành", "trích yếu"]``); ``[]`` when it is whole
    or is not a citation of a numbered document or a law ("Căn cứ chức năng, nhiệm vụ …" names no document)."""
    line = " ".join(text.split()).rstrip(" ;.")
    if _LAW.match(line):
        return [] if _DATE.search(line) else ["ngày thông qua"]
    if not _NUMBERED.match(line):
        return []
    gaps = []
    if not _DATE.search(line):
        gaps.append("ngày ban hành")
    issuer = _ISSUER.search(line)
    if issuer is None:
        gaps.append("cơ quan ban hành")
    if not _SUBJECT.search(line[issuer.start(1) :] if issuer else line):
        gaps.append("trích yếu")
    return gaps
