"""Refusing a .docx Word would not open before it reaches the disk."""

from __future__ import annotations

import io
import zipfile
from xml.parsers import expat

from reportgen.problems import OutputError

__all__ = ["CheckedDocx", "check_valid_docx"]


class CheckedDocx(bytes):
    """A .docx whose structure its producer already checked, so ``write_output`` does not parse it again.

    ``render.render`` returns these: the template was checked with ``check_valid_docx`` when it was compiled
    and every rendered part was parsed strictly, so a second full parse would only double the cost.
    """


def _scan_xml(data: bytes) -> None:
    """Strictly well-formed, namespaces included (the expat parser ElementTree uses), without building a tree.

    A 20,000-row report is tens of MB of XML: a tree would cost hundreds of MB and seconds for nothing.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.Parse(data, True)


def check_valid_docx(data: bytes) -> None:
    """Refuse bytes Word would not open: not a zip, a required part missing, or any XML part not parsing."""

    def broken(detail: str) -> OutputError:
        return OutputError(f"Văn bản sinh ra bị lỗi cấu trúc, Word sẽ không mở được ({detail}).")

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise broken(f"không phải tệp nén .docx hợp lệ: {exc}") from exc
    with archive:
        names = archive.namelist()
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise broken(f"phần {name} xuất hiện hai lần")
            seen.add(name)
        for required in ("[Content_Types].xml", "word/document.xml"):
            if required not in seen:
                raise broken(f"thiếu phần {required}")
        for name in names:
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                _scan_xml(archive.read(name))
            except expat.ExpatError as exc:
                raise broken(f"phần {name}: {exc}") from exc
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise broken(f"phần {name}: không giải nén được: {exc}") from exc
