"""What ``reportgen check`` says about files it cannot judge as they are (issue 23): a .docx sealed with a
password is said to be encrypted (not «not a Word file»), a Strict Open XML file is read like the .docx it is,
an old Word 97–2003 file under a .docx name is named so; each message in Vietnamese."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docbuilders import build_report, to_bytes
from reportgen.check.nd30 import check_docx
from reportgen.check.nd30.strict import RENAMES
from reportgen.check.report import check_file

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def compound_file(*names: str) -> bytes:
    """The start of a compound file (what Word writes for a password-protected .docx or a .doc) whose
    directory names the given streams, padded to one sector."""
    directory = b"".join(name.encode("utf-16-le") + b"\x00\x00" for name in names)
    return OLE_MAGIC + b"\x00" * 504 + directory + b"\x00" * 512


def test_encrypted_docx_is_said_to_be_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "co-mat-khau.docx"
    path.write_bytes(compound_file("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    report = check_file(path)
    assert report.unreadable
    message = report.findings[0].message
    assert "mật khẩu" in message and "mã hóa" in message
    assert "không phải là văn bản Word" not in message


def test_old_word_file_named_docx_is_said_to_be_old(tmp_path: Path) -> None:
    path = tmp_path / "cu.docx"
    path.write_bytes(compound_file("Root Entry", "WordDocument", "1Table"))
    assert "Word 97–2003" in check_file(path).findings[0].message


def strict(data: bytes) -> bytes:
    """The same package with the Strict namespaces Word writes for «Strict Open XML Document»."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                for strict_ns, transitional in RENAMES:
                    body = body.replace(transitional.encode(), strict_ns.encode())
            copy.writestr(info, body)
    return out.getvalue()


def test_strict_open_xml_is_read_like_a_docx(tmp_path: Path) -> None:
    data = strict(to_bytes(build_report()))
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert check_docx(data) == []
    path = tmp_path / "strict.docx"
    path.write_bytes(data)
    report = check_file(path)
    assert not report.unreadable and report.findings == []
