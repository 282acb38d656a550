"""An edXML message header for the national document exchange (QCVN 102:2016/BTTTT), written and read back.

The structure follows the public sample message: ``edXML/edXMLEnvelope/edXMLHeader/MessageHeader`` (From, To,
DocumentId ``OrganId,YYYY/MM/DD,Số/Ký hiệu``, Code, PromulgationInfo, DocumentType, Subject, Content,
SignerInfo, OtherInfo, ToPlaces), a TraceHeaderList, ``edXMLBody/edXMLManifest`` naming the attachment, and
the attachment itself base64-encoded in ``AttachmentEncoded``. Sending it (and the XML signature the exchange
adds) needs the province's credentials and is not done here.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime

from lxml import etree

from reportgen.register.metadata import Metadata

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
ADMINISTRATIVE = "1"  # DocumentType/Type of an administrative document, as the sample gives its công văn
# Left out rather than guessed: TypeDetail (a code list reportgen does not have), Priority (no độ khẩn in inputs),
# DueDate, PageAmount and the XML signature the exchange adds when sending.


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _add(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    child = etree.SubElement(parent, _q(tag))
    if text is not None:
        child.text = text
    return child


@dataclass(frozen=True)
class Organ:
    organ_id: str
    name: str


@dataclass(frozen=True)
class Message:
    """What a reader gets back from an edXML file."""

    sender: Organ
    receivers: tuple[Organ, ...]
    document_id: str
    code_number: str
    code_notation: str
    place: str
    promulgation_date: date
    type_name: str
    subject: str
    competence: str
    position: str
    full_name: str
    copies: int
    to_places: tuple[str, ...]
    attachment_name: str
    attachment: bytes


def document_id(organ_id: str, issued: date, symbol: str) -> str:
    return f"{organ_id},{issued:%Y/%m/%d},{symbol}"


def write_edxml(
    meta: Metadata, sender: Organ, receivers: list[Organ], pdf_name: str, pdf: bytes, now: datetime
) -> bytes:
    root = etree.Element(_q("edXML"), nsmap={"edXML": NS})
    envelope = _add(root, "edXMLEnvelope")
    header = _add(envelope, "edXMLHeader")
    message = _add(header, "MessageHeader")
    for tag, organ in [("From", sender), *(("To", r) for r in receivers)]:
        node = _add(message, tag)
        _add(node, "OrganId", organ.organ_id)
        _add(node, "OrganName", organ.name)
    _add(message, "DocumentId", document_id(sender.organ_id, meta.issued_date, meta.symbol))
    code = _add(message, "Code")
    _add(code, "CodeNumber", meta.code_number)
    _add(code, "CodeNotation", meta.code_notation)
    promulgation = _add(message, "PromulgationInfo")
    _add(promulgation, "Place", meta.place)
    _add(promulgation, "PromulgationDate", f"{meta.issued_date:%Y/%m/%d}")
    kind = _add(message, "DocumentType")
    _add(kind, "Type", ADMINISTRATIVE)
    _add(kind, "TypeName", meta.type_name)
    _add(message, "Subject", meta.subject)
    _add(message, "Content", meta.subject)
    signer = _add(message, "SignerInfo")
    _add(signer, "Competence", meta.competence)
    _add(signer, "Position", meta.position)
    _add(signer, "FullName", meta.full_name)
    other = _add(message, "OtherInfo")
    _add(other, "PromulgationAmount", str(meta.copies))
    places = _add(message, "ToPlaces")
    for name in meta.receivers:
        _add(places, "Place", name)
    trace = _add(_add(header, "TraceHeaderList"), "TraceHeader")
    _add(trace, "OrganId", sender.organ_id)
    _add(trace, "Timestamp", f"{now:%Y/%m/%d %H:%M:%S}")
    manifest = _add(_add(envelope, "edXMLBody"), "edXMLManifest")
    manifest.set("version", "1.0")
    reference = _add(manifest, "Reference")
    for tag, text in (("ContentId", "cid:1"), ("ContentType", "application/pdf"), ("Description", pdf_name)):
        _add(reference, tag, text)
    _add(reference, "AttachmentName", pdf_name)
    attachment = _add(_add(root, "AttachmentEncoded"), "Attachment")
    for tag, text in (("ContentId", "cid:1"), ("AttachmentName", pdf_name), ("ContentType", "application/pdf")):
        _add(attachment, tag, text)
    _add(attachment, "ContentTransferEncoded", base64.b64encode(pdf).decode("ascii"))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


class EdxmlError(Exception):
    """The file is not an edXML message this reader understands; the message says what is missing."""


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, {"e": NS})
    if found is None:
        raise EdxmlError(f"thiếu phần tử {path.replace('e:', '')}")
    return found.text or ""


def read_edxml(data: bytes) -> Message:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise EdxmlError(f"không phải tệp XML hợp lệ: {exc}") from None
    if root.tag != _q("edXML"):
        raise EdxmlError(f"phần tử gốc phải là edXML trong không gian tên {NS}")
    head = root.find("e:edXMLEnvelope/e:edXMLHeader/e:MessageHeader", {"e": NS})
    if head is None:
        raise EdxmlError("thiếu edXMLEnvelope/edXMLHeader/MessageHeader")
    attachment = root.find("e:AttachmentEncoded/e:Attachment", {"e": NS})
    if attachment is None:
        raise EdxmlError("thiếu tệp đính kèm (AttachmentEncoded/Attachment)")
    day = datetime.strptime(_text(head, "e:PromulgationInfo/e:PromulgationDate"), "%Y/%m/%d").date()
    return Message(
        sender=Organ(_text(head, "e:From/e:OrganId"), _text(head, "e:From/e:OrganName")),
        receivers=tuple(
            Organ(_text(to, "e:OrganId"), _text(to, "e:OrganName")) for to in head.findall("e:To", {"e": NS})
        ),
        document_id=_text(head, "e:DocumentId"),
        code_number=_text(head, "e:Code/e:CodeNumber"),
        code_notation=_text(head, "e:Code/e:CodeNotation"),
        place=_text(head, "e:PromulgationInfo/e:Place"),
        promulgation_date=day,
        type_name=_text(head, "e:DocumentType/e:TypeName"),
        subject=_text(head, "e:Subject"),
        competence=_text(head, "e:SignerInfo/e:Competence"),
        position=_text(head, "e:SignerInfo/e:Position"),
        full_name=_text(head, "e:SignerInfo/e:FullName"),
        copies=int(_text(head, "e:OtherInfo/e:PromulgationAmount") or 0),
        to_places=tuple(p.text or "" for p in head.findall("e:ToPlaces/e:Place", {"e": NS})),
        attachment_name=_text(attachment, "e:AttachmentName"),
        attachment=base64.b64decode(_text(attachment, "e:ContentTransferEncoded"), validate=True),
    )
