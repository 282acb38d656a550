"""Rules on the signature block: the signer's side (authority prefix, title, name) and the Nơi nhận list,
whether laid out in a table, in a table nested in the Nơi nhận cell, or with tabs and spaces.

On the signer's side, the lines written in capitals are the prefix and title, and the last line that is not in
capitals is the signer's name; a Biên bản carries two such columns, THƯ KÝ on the left and CHỦ TỌA on the right.
A recipient too long for one line goes on in the next line without a dash: the two lines are one recipient.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Span
from .elements import check_element
from .findings import Finding, merge_similar
from .parts import Structure
from .profiles import Profile
from .rules_header import check_borders
from .wording import is_upper

BAD_PREFIX = re.compile(r"^(T/M|K/T|T/L|T\.M|K\.T|T\.L)\b|^(TM|KT|TL|TUQ)(\s|$)")
GLUED_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q)\.(?=[A-ZĐÂĂÊÔƠƯ])")
ACADEMIC = re.compile(r"^(GS|PGS|TS|ThS|TSKH|BS|KS|CN)\.?\s", re.IGNORECASE)
ALIGN_TOLERANCE = 0.25  # lines within a quarter of each other's length look centred on each other
STAMP_NOTES = re.compile(r"^[\[(]?\s*(đã ký|Đã ký|chữ ký|Chữ ký|ký|Ký)\b.*[\])]?$")


def check_signature(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    has_block = found.sig_index >= 0
    if profile.code == "SPEECH":
        if found.sig_table is None and found.receivers_head is None:
            return []
        where = f"bảng {found.sig_table.number}" if found.sig_table else found.receivers_head.location  # type: ignore[union-attr]
        return [
            finding(
                "ND30-SPEECH-EXTRA",
                "Bài phát biểu không có khối chữ ký, nơi nhận.",
                "không có",
                "có khối chữ ký",
                where,
            )
        ]
    if not has_block:
        if not profile.signature:
            return []
        last = found.body[-1].location if found.body else "cuối văn bản"
        message = "Không thấy khối chữ ký (chức vụ, họ tên người ký)."
        return [finding("ND30-SIGN-MISSING", message, "khối chữ ký cuối nội dung", "không có", last)]
    out: list[Finding] = []
    if found.sig_table is not None:
        out += check_borders(found.sig_table, "ND30-SIGN-BORDERS", "Bảng chữ ký có kẻ viền.")
    if profile.code == "BB":
        return out + _two_signers(model, found.sig_columns)
    if found.signer or profile.signature:
        out += _signer(model, found.signer, "khối chữ ký, bên phải")
    out += _receivers(model, found, profile)
    return out


def _signer(model: DocModel, column: list[Span], place: str) -> list[Finding]:
    texts = [s for s in column if s.text and not STAMP_NOTES.match(s.text)]
    titles = [s for s in texts if is_upper(s.text)]
    out: list[Finding] = []
    for span in titles:
        out += check_element(model, "SIGN-TITLE", span)
        if BAD_PREFIX.match(span.text):
            actual = span.text.split()[0]
            message = "Viết tắt quyền hạn ký không đúng."
            out.append(finding("ND30-SIGN-PREFIX", message, "TM., KT., TL., TUQ., Q.", actual, span.location))
        elif glued := GLUED_PREFIX.match(span.text):
            message = "Thiếu dấu cách sau chữ viết tắt quyền hạn ký."
            wanted = f"{glued[1]}. {span.text[glued.end() :]}"
            out.append(finding("ND30-SIGN-PREFIX-SPACE", message, wanted, span.text, span.location))
    names = [s for s in texts if not is_upper(s.text)]
    if not names:
        where = titles[-1].location if titles else place
        return [*out, finding("ND30-SIGN-NAME-MISSING", "Thiếu họ tên người ký.", "họ tên người ký", "không có", where)]
    name = names[-1]
    out += check_element(model, "SIGN-NAME", name)
    if ACADEMIC.match(name.text):
        message = "Họ tên người ký có kèm học hàm, học vị."
        out.append(finding("ND30-SIGN-NAME-ACADEMIC", message, "chỉ họ và tên", name.text, name.location))
    return _one_alignment_finding(out, [*titles, name])


def _one_alignment_finding(found: list[Finding], lines: list[Span]) -> list[Finding]:
    """The signer's lines not centred is one problem, and only a visible one when the lines differ in
    length: lines of about the same length set flush left in their column still read as a centred block."""
    aligned = [f for f in found if f.rule.endswith("-ALIGN")]
    if not aligned:
        return found
    rest = [f for f in found if not f.rule.endswith("-ALIGN")]
    lengths = [len(s.text) for s in lines if s.text]
    if lengths and max(lengths) - min(lengths) <= ALIGN_TOLERANCE * max(lengths):
        return rest
    first = aligned[0]
    others = len(aligned) - 1
    where = f"{first.location} (và {others} dòng khác)" if others else first.location
    message = "Quyền hạn, chức vụ và họ tên người ký phải căn giữa."
    return [*rest, finding("ND30-SIGN-TITLE-ALIGN", message, "căn giữa", first.actual, where)]


def recipients(lines: list[Span]) -> list[tuple[str, Span]]:
    """Recipients as a reader counts them: a line without a leading dash continues the previous recipient
    when that one has not ended (no «;» or «.»)."""
    out: list[tuple[str, Span]] = []
    for span in lines:
        text = span.text
        if out and not text.startswith(("-", "–", "+")) and not out[-1][0].endswith((";", ".")):
            out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
        else:
            out.append((text, span))
    return out


def _receivers(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    head = found.receivers_head
    if head is None:
        if not profile.noi_nhan:
            return []
        return [
            finding(
                "ND30-NOI-NHAN-MISSING", "Thiếu phần «Nơi nhận:».", "Nơi nhận:", "không có", "khối chữ ký, bên trái"
            )
        ]
    out = check_element(model, "NOI-NHAN", head)
    lines = [s for s in found.receivers if s.text]
    out += merge_similar(f for s in lines for f in check_element(model, "RECEIVER", s))
    items = recipients(lines)
    if not items:
        return [
            *out,
            finding("ND30-RECEIVER-LUU", "Danh sách nơi nhận trống.", "- Lưu: VT, ….", "không có", head.location),
        ]
    dash: list[Finding] = []
    punct: list[Finding] = []
    for index, (text, span) in enumerate(items):
        last = index == len(items) - 1
        if not text.startswith(("- ", "-", "– ")):
            dash.append(finding("ND30-RECEIVER-DASH", "Nơi nhận phải bắt đầu bằng «- ».", "- …", text, span.location))
        if last:
            bare = text.lstrip("-– ")
            if not bare.startswith("Lưu"):
                message = "Dòng cuối nơi nhận phải là «- Lưu: VT, …»."
                out.append(finding("ND30-RECEIVER-LUU", message, "- Lưu: VT, ….", text, span.location))
            elif not text.endswith("."):
                message = "Dòng «- Lưu: …» cuối nơi nhận phải kết thúc bằng dấu chấm."
                punct.append(finding("ND30-RECEIVER-PUNCT", message, "- Lưu: VT, ….", text, span.location))
        elif not text.endswith((";", ":")):  # «- Các Bộ:» heads a group of «+ …» lines
            punct.append(
                finding("ND30-RECEIVER-PUNCT", "Mỗi nơi nhận phải kết thúc bằng «;».", "…;", text, span.location)
            )
    return out + merge_similar(dash, by_actual=False) + merge_similar(punct, by_actual=False)


def _two_signers(model: DocModel, columns: list[list[Span]]) -> list[Finding]:
    out: list[Finding] = []
    left = columns[0] if len(columns) > 1 else []
    right = columns[-1] if columns else []
    for column, title, side in ((left, "THƯ KÝ", "trái"), (right, "CHỦ TỌA", "phải")):
        texts = [s.text for s in column if s.text]
        has_name = any(not is_upper(t) for t in texts[1:])
        if not any(t.startswith(title) or t.endswith(title) for t in texts) or not has_name:
            out.append(
                finding(
                    "ND30-BB-SIGNATURES",
                    f"Biên bản thiếu chữ ký {title} ở bên {side}.",
                    f"{title} và họ tên",
                    " / ".join(texts) or "không có",
                    f"khối chữ ký, bên {side}",
                )
            )
            continue
        out += _signer(model, column, f"khối chữ ký, bên {side}")
    return out
