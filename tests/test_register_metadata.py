"""Metadata of an issued document: NĐ30 Phụ lục VI as JSON, and an edXML message written and read back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lxml import etree

from reportgen.cli import main
from reportgen.register import commands
from reportgen.register.edxml import NS, read_edxml
from test_issue import TEMPLATES, award_input

# The public sample message (QCVN 102:2016/BTTTT, PVN-Organization/API-Gateway-iOffice, edoc_new.edxml),
# trimmed to its structure: every element it has, in its order, with short values and no signature values.
SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
  <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
    <edXML:edXMLHeader>
      <edXML:MessageHeader>
        <edXML:From><edXML:OrganId>002.00.20.H13</edXML:OrganId><edXML:OrganizationInCharge>x</edXML:OrganizationInCharge>
          <edXML:OrganName>x</edXML:OrganName><edXML:OrganAdd>x</edXML:OrganAdd><edXML:Email>x</edXML:Email>
          <edXML:Telephone>x</edXML:Telephone><edXML:Fax>x</edXML:Fax><edXML:Website>x</edXML:Website></edXML:From>
        <edXML:To><edXML:OrganId>28.22.H17</edXML:OrganId><edXML:OrganizationInCharge>x</edXML:OrganizationInCharge>
          <edXML:OrganName>x</edXML:OrganName><edXML:OrganAdd>x</edXML:OrganAdd><edXML:Email>x</edXML:Email>
          <edXML:Telephone>x</edXML:Telephone><edXML:Fax>x</edXML:Fax><edXML:Website>x</edXML:Website></edXML:To>
        <edXML:DocumentId>000.00.00.G22,2015/09/30,7816/VPCP-TTĐT</edXML:DocumentId>
        <edXML:Code><edXML:CodeNumber>7816</edXML:CodeNumber><edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation></edXML:Code>
        <edXML:PromulgationInfo><edXML:Place>Hà Nội</edXML:Place>
          <edXML:PromulgationDate>2019/01/16</edXML:PromulgationDate></edXML:PromulgationInfo>
        <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeDetail>0</edXML:TypeDetail>
          <edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
        <edXML:Subject>x</edXML:Subject>
        <edXML:Content>x</edXML:Content>
        <edXML:SignerInfo><edXML:Competence>x</edXML:Competence><edXML:Position>x</edXML:Position>
          <edXML:FullName>x</edXML:FullName></edXML:SignerInfo>
        <edXML:DueDate>2018/09/28</edXML:DueDate>
        <edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:SphereOfPromulgation>x</edXML:SphereOfPromulgation>
          <edXML:TyperNotation>x</edXML:TyperNotation><edXML:PromulgationAmount>2</edXML:PromulgationAmount>
          <edXML:PageAmount>22</edXML:PageAmount><edXML:Direction>false</edXML:Direction>
          <edXML:Appendixes><edXML:Appendix>x</edXML:Appendix></edXML:Appendixes></edXML:OtherInfo>
        <edXML:SteeringType>1</edXML:SteeringType>
        <edXML:ToPlaces><edXML:Place>x</edXML:Place><edXML:Place>y</edXML:Place></edXML:ToPlaces>
      </edXML:MessageHeader>
      <edXML:TraceHeaderList>
        <edXML:TraceHeader><edXML:OrganId>000.00.00.G22</edXML:OrganId>
          <edXML:Timestamp>2018/09/28 00:00:00</edXML:Timestamp></edXML:TraceHeader>
      </edXML:TraceHeaderList>
    </edXML:edXMLHeader>
    <edXML:edXMLBody>
      <edXML:edXMLManifest version="1.0">
        <edXML:Reference><edXML:ContentId>cid:209</edXML:ContentId><edXML:ContentType>application/zip</edXML:ContentType>
          <edXML:Description>x.doc</edXML:Description><edXML:AttachmentName>x.doc</edXML:AttachmentName></edXML:Reference>
      </edXML:edXMLManifest>
    </edXML:edXMLBody>
  </edXML:edXMLEnvelope>
  <AttachmentEncoded>
    <Attachment><ContentId>cid:209</ContentId><AttachmentName>x.doc</AttachmentName><Description>x.doc</Description>
      <ContentType>application/zip</ContentType>
      <edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">UEsD</edXML:ContentTransferEncoded>
    </Attachment>
  </AttachmentEncoded>
</edXML>
"""
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
)
PDF += b"trailer << /Root 1 0 R >>\n%%EOF\n"
ISSUED_AT = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)


def structure(element: etree._Element) -> dict[str, list[str]]:
    """Each element path (local names) with the order of its children's names, repeats collapsed."""
    found: dict[str, list[str]] = {}

    def walk(node: etree._Element, path: str) -> None:
        names: list[str] = []
        for child in node:
            if not isinstance(child.tag, str):
                continue
            assert etree.QName(child).namespace == NS, child.tag
            name = etree.QName(child).localname
            if not names or names[-1] != name:
                names.append(name)
            walk(child, f"{path}/{name}")
        found.setdefault(path, names)

    walk(element, etree.QName(element).localname)
    return found


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(name in remaining for name in part)


@pytest.fixture
def issued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "so_dang_ky.yaml").write_text("co_quan:\n  SNgV:\n    ma_dinh_danh: 000.00.31.H17\n", encoding="utf-8")
    source = tmp_path / "qd.yaml"
    source.write_text(award_input(2).replace("tach_tep: có\n", ""), encoding="utf-8")
    commands.issue(source, tmp_path / "outputs", database=None, workspace=tmp_path, templates=TEMPLATES, now=ISSUED_AT)
    (tmp_path / "qd-da-ky.pdf").write_bytes(PDF)
    return tmp_path


def test_phu_luc_vi_fields_and_an_edxml_message_that_reads_back(
    issued: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["metadata", "qd.yaml", "--pdf", "qd-da-ky.pdf", "--to", "000.00.31.H29=Sở Nội vụ thành phố Đà Nẵng"])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.splitlines() == ["Đã tạo outputs/qd.phu-luc-vi.json", "Đã tạo outputs/qd.edxml"]

    fields = json.loads((issued / "outputs" / "qd.phu-luc-vi.json").read_text(encoding="utf-8"))
    assert list(fields) == [
        "FileCode", "DocOrdinal", "TypeName", "CodeNumber", "CodeNotation", "IssuedDate", "OrganName", "Subject",
        "Language", "PageAmount", "Description", "SignerInfo", "To", "Priority", "IssuedAmount", "DueDate",
    ]  # fmt: skip
    assert fields["FileCode"] == {"OrganId": "000.00.31.H17", "FileCatalog": 2026, "FileNotation": None}
    assert (fields["CodeNumber"], fields["CodeNotation"], fields["IssuedDate"]) == ("01", "QĐ-SNgV", "2026-03-05")
    assert fields["TypeName"] == "Quyết định" and fields["OrganName"] == "Sở Ngoại vụ thành phố Đà Nẵng"
    assert fields["SignerInfo"] == {"Position": "Giám đốc", "FullName": "Phan Văn An"}
    assert fields["To"] == [{"OrganId": None, "OrganName": "Như Điều 3"}, {"OrganId": None, "OrganName": "Sở Nội vụ"}]
    assert fields["IssuedAmount"] == 4 and fields["Language"] == "Tiếng Việt"

    data = (issued / "outputs" / "qd.edxml").read_bytes()
    message = read_edxml(data)
    assert message.document_id == "000.00.31.H17,2026/03/05,01/QĐ-SNgV"
    assert (message.sender.organ_id, message.sender.name) == ("000.00.31.H17", "Sở Ngoại vụ thành phố Đà Nẵng")
    assert [(r.organ_id, r.name) for r in message.receivers] == [("000.00.31.H29", "Sở Nội vụ thành phố Đà Nẵng")]
    assert (message.code_number, message.code_notation) == ("01", "QĐ-SNgV")
    assert (message.place, message.promulgation_date) == ("Đà Nẵng", date(2026, 3, 5))
    assert (message.type_name, message.subject) == ("Quyết định", fields["Subject"])
    assert (message.competence, message.position, message.full_name) == ("", "Giám đốc", "Phan Văn An")
    assert message.to_places == ("Như Điều 3", "Sở Nội vụ") and message.copies == 4
    assert (message.attachment_name, message.attachment) == ("qd-da-ky.pdf", PDF)

    ours, sample = structure(etree.fromstring(data)), structure(etree.fromstring(SAMPLE.encode()))
    assert set(ours) <= set(sample), sorted(set(ours) - set(sample))
    for path, children in ours.items():
        assert is_subsequence(children, sample[path]), (path, children, sample[path])
    for needed in ("From", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo"):
        assert needed in ours["edXML/edXMLEnvelope/edXMLHeader/MessageHeader"]


def test_a_draft_has_no_metadata_and_edxml_needs_a_receiver(issued: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metadata", "qd.yaml", "--pdf", "qd-da-ky.pdf"]) == 3
    assert capsys.readouterr().err == "Lỗi sổ đăng ký: cần ít nhất một nơi nhận có mã định danh: --to MÃ=Tên cơ quan\n"
    (issued / "du-thao.yaml").write_text(award_input(1), encoding="utf-8")
    assert main(["metadata", "du-thao.yaml"]) == 1
    assert capsys.readouterr().err.startswith("du-thao.yaml: van_ban.so: văn bản chưa được cấp số và ngày")
