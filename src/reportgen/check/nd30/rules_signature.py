"""Rules on the signature block: the signer's side (authority prefix, title, name) and the Nơi nhận list.

In a column, the lines written in capitals are the prefix and title, and the last line that is not in capitals
is the signer's name; a Biên bản carries two such columns, THƯ KÝ on the left and CHỦ TỌA on the right.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Para
from .elements import check_element
from .findings import Finding, merge_similar
from .profiles import Profile
from .rules_header import check_borders
from .structure import Structure

BAD_PREFIX = re.compile(r"^(T/M|K/T|T/L|T\.M|K\.T|T\.L)\b|^(TM|KT|TL|TUQ)(\s|$)")
ACADEMIC = re.compile(r"^(GS|PGS|TS|ThS|TSKH|BS|KS|CN)\.?\s", re.IGNORECASE)


def is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def check_signature(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    table = found.sig_table
    if profile.code == "SPEECH":
        if table is None:
            return []
        return [
            finding(
                "ND30-SPEECH-EXTRA",
                "Bài phát biểu không có khối chữ ký, nơi nhận.",
                "không có",
                "có khối chữ ký",
                f"bảng {table.number}",
            )
        ]
    if table is None:
        if not profile.signature:
            return []
        last = found.body[-1].location if found.body else "cuối văn bản"
        return [finding("ND30-SIGN-MISSING", "Không thấy khối chữ ký.", "bảng chữ ký cuối nội dung", "không có", last)]
    out = check_borders(table, "ND30-SIGN-BORDERS", "Bảng chữ ký có kẻ viền.")
    left = table.column(0) if table.columns > 1 else []
    right = table.column(-1)
    if profile.code == "BB":
        return out + _two_signers(model, left, right)
    out += _signer(model, right, f"bảng {table.number}, cột phải")
    out += _receivers(model, left, profile, f"bảng {table.number}, cột trái")
    return out


def _signer(model: DocModel, column: list[Para], place: str) -> list[Finding]:
    texts = [p for p in column if p.stripped]
    titles = [p for p in texts if is_upper(p.text)]
    out: list[Finding] = []
    for para in titles:
        out += check_element(model, "SIGN-TITLE", para)
        if BAD_PREFIX.match(para.stripped):
            actual = para.stripped.split()[0]
            message = "Viết tắt quyền hạn ký không đúng."
            out.append(finding("ND30-SIGN-PREFIX", message, "TM., KT., TL., TUQ., Q.", actual, para.location))
    names = [p for p in texts if not is_upper(p.text)]
    if not names:
        where = titles[-1].location if titles else place
        return [*out, finding("ND30-SIGN-NAME-MISSING", "Thiếu họ tên người ký.", "họ tên người ký", "không có", where)]
    name = names[-1]
    out += check_element(model, "SIGN-NAME", name)
    if ACADEMIC.match(name.stripped):
        message = "Họ tên người ký có kèm học hàm, học vị."
        out.append(finding("ND30-SIGN-NAME-ACADEMIC", message, "chỉ họ và tên", name.stripped, name.location))
    return out


def _receivers(model: DocModel, column: list[Para], profile: Profile, place: str) -> list[Finding]:
    head = next((p for p in column if p.stripped.startswith("Nơi nhận")), None)
    if head is None:
        if not profile.noi_nhan:
            return []
        return [finding("ND30-NOI-NHAN-MISSING", "Thiếu phần «Nơi nhận:».", "Nơi nhận:", "không có", place)]
    out = check_element(model, "NOI-NHAN", head)
    paras = [p for p in column[column.index(head) + 1 :] if p.stripped]
    out += merge_similar(f for p in paras for f in check_element(model, "RECEIVER", p))
    lines = [(line.strip(), p) for p in paras for line in p.text.split("\n") if line.strip()]
    for index, (line, para) in enumerate(lines):
        last = index == len(lines) - 1
        if not line.startswith("- "):
            out.append(finding("ND30-RECEIVER-DASH", "Nơi nhận phải bắt đầu bằng «- ».", "- …", line, para.location))
        if last and not (line.lstrip("- ").startswith("Lưu") and line.endswith(".")):
            out.append(
                finding(
                    "ND30-RECEIVER-LUU",
                    "Dòng cuối nơi nhận phải là «- Lưu: VT, ….».",
                    "- Lưu: VT, ….",
                    line,
                    para.location,
                )
            )
        elif not last and not line.endswith(";"):
            out.append(finding("ND30-RECEIVER-PUNCT", "Nơi nhận phải kết thúc bằng «;».", "…;", line, para.location))
    if not lines:
        out.append(
            finding("ND30-RECEIVER-LUU", "Danh sách nơi nhận trống.", "- Lưu: VT, ….", "không có", head.location)
        )
    return out


def _two_signers(model: DocModel, left: list[Para], right: list[Para]) -> list[Finding]:
    out: list[Finding] = []
    for column, title, side in ((left, "THƯ KÝ", "trái"), (right, "CHỦ TỌA", "phải")):
        texts = [p.stripped for p in column if p.stripped]
        has_name = any(not is_upper(t) for t in texts[1:])
        if title not in texts or not has_name:
            out.append(
                finding(
                    "ND30-BB-SIGNATURES",
                    f"Biên bản thiếu chữ ký {title} ở cột {side}.",
                    f"{title} và họ tên",
                    " / ".join(texts) or "không có",
                    f"khối chữ ký, cột {side}",
                )
            )
            continue
        out += _signer(model, column, f"khối chữ ký, cột {side}")
    return out
