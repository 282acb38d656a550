"""First draft of ``templates/bai_phat_bieu.docx`` (and the speech layout ``tpl_tham_luan`` reuses).

A speech is read aloud, not filed: no number, no signature, no Nơi nhận; Times New Roman 14, justified,
1.4 line spacing so the speaker does not lose the line, salutations set apart in bold.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocumentObject
from templatekit import define_style, new_document, page_numbers, para, rule, tag

BODY, HEAD, SALUTE, CLOSE = "PB Thân bài", "PB Đề mục", "PB Kính thưa", "PB Cảm ơn"
KIND, TITLE, TOPIC, DATE = "PB Tên bài", "PB Tiêu đề", "PB Chủ đề", "PB Ngày"
SPACING = 1.4

# name: (size, bold, italic, centred, first-line indent, space before, space after, line spacing)
SPEECH_STYLES: dict[str, tuple[float, bool, bool, bool, bool, float, float, float]] = {
    KIND: (15, True, False, True, False, 0, 6, 1.0),
    TITLE: (14, True, False, True, False, 0, 2, 1.0),
    TOPIC: (14, True, False, True, False, 0, 8, 1.0),
    DATE: (14, False, True, True, False, 6, 4, 1.0),
    SALUTE: (14, True, False, False, True, 0, 0, SPACING),
    BODY: (14, False, False, False, True, 0, 6, SPACING),
    HEAD: (14, True, False, False, True, 6, 6, SPACING),
    CLOSE: (14, True, False, False, True, 6, 0, SPACING),
}


def speech_styles(doc: DocumentObject) -> None:
    """Styles of their own, so that a change in Word to a speech never touches the reports' styles."""
    for name, (size, bold, italic, centred, indent, before, after, spacing) in SPEECH_STYLES.items():
        align = "center" if centred else "justify"
        define_style(doc, name, (size, bold, italic, align, indent, before, after, spacing))
    for name in (KIND, TITLE, TOPIC, DATE, HEAD, SALUTE):
        doc.styles[name].paragraph_format.keep_with_next = True


def prose(doc: DocumentObject, var: str, style: str = BODY) -> None:
    tag(doc, "{%p for p in " + var + " %}")
    para(doc, "{{ p }}", style)
    tag(doc, "{%p endfor %}")


def speech(title: Callable[[DocumentObject], None]) -> DocumentObject:
    """The whole speech layout; ``title`` writes the kind-specific title block."""
    doc = new_document()
    speech_styles(doc)
    page_numbers(doc)
    title(doc)
    para(doc, "{{ dia_danh_ngay }}", DATE)
    rule(doc, 4.0, 16.5)
    para(doc, "", BODY)
    prose(doc, "kinh_thua", SALUTE)
    prose(doc, "mo_dau")
    tag(doc, "{%p for ph in phan %}")
    tag(doc, "{%p if ph.tieu_de %}")
    para(doc, "{{ ph.tieu_de }}", HEAD)
    tag(doc, "{%p endif %}")
    prose(doc, "ph.doan_van")
    tag(doc, "{%p endfor %}")
    prose(doc, "loi_chuc")
    para(doc, "{{ cam_on }}", CLOSE)
    return doc


def _title(doc: DocumentObject) -> None:
    para(doc, "{{ loai_bai }}", KIND)
    para(doc, "{{ cua }}", TITLE)
    para(doc, "tại {{ su_kien }}", TITLE)


def build() -> DocumentObject:
    return speech(_title)
