"""First draft of ``templates/tham_luan.docx``: the speech layout with the topic and the presenting body."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from templatekit import para
from tpl_bai_phat_bieu import DATE, KIND, TITLE, TOPIC, speech


def _title(doc: DocumentObject) -> None:
    para(doc, "{{ loai_bai }}", KIND)
    para(doc, "{{ chu_de }}", TOPIC)
    para(doc, "{{ cua }}", TITLE)
    para(doc, "tại {{ su_kien }}", TITLE)
    para(doc, "{{ trinh_bay }}", DATE)


def build() -> DocumentObject:
    return speech(_title)
