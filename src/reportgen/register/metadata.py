"""The metadata of an issued document: NĐ30 Phụ lục VI, Phần II, mục I (thông tin đầu vào của văn bản đi).

Read from the numbered input (through the shared blocks, as ``facts``) and its line in the register, so the
metadata can never disagree with the document or the sổ. Fields reportgen does not know (the file code of the
hồ sơ, the page count, a due date, receivers' codes) are present and null, not guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportgen.make.pipeline import prepare
from reportgen.problems import InputError, Problem
from reportgen.register.facts import NotIssuable, facts_of
from reportgen.register.store import Register, RegisterError
from reportgen.vietnamese import upper_vi

LANGUAGE = "Tiếng Việt"


@dataclass(frozen=True)
class Metadata:
    organ_id: str | None  # mã định danh of the issuing body (so_dang_ky.yaml), None when not set up
    type_name: str
    code_number: str  # "05"
    code_notation: str  # "QĐ-UBND"
    issued_date: date
    place: str
    organ_name: str  # "Ủy ban nhân dân thành phố Đà Nẵng"
    subject: str
    competence: str  # "KT. CHỦ TỊCH", "" when the leader signs in person
    position: str
    full_name: str
    receivers: tuple[str, ...]
    copies: int
    secret: bool

    @property
    def symbol(self) -> str:
        return f"{self.code_number}/{self.code_notation}"


def metadata_of(source: Path, register: Register, organ_id: Callable[[str], str | None]) -> Metadata:
    """The metadata of the issued input ``source``; an input without a number, or not in the sổ, is refused."""
    prepared = prepare(source)
    display = prepared.validated.loaded.display
    try:
        facts = facts_of(prepared)
    except NotIssuable as exc:
        raise InputError([Problem(display, message=str(exc))]) from None
    so, ngay = facts.van_ban.so, facts.van_ban.ngay
    if so is None or ngay is None:
        raise InputError([Problem(display, field=f"{facts.block}.so", message="văn bản chưa được cấp số và ngày")])
    symbol = f"{so:02d}/{facts.symbol_tail}"
    live = [e for e in register.find(symbol, ngay.year) if not e.cancelled and e.issued_on == ngay]
    if not live:
        raise RegisterError(
            f"sổ đăng ký năm {ngay.year} không có văn bản số {symbol} ngày {ngay:%d/%m/%Y} còn hiệu lực"
        )
    entry = live[0]
    signer = facts.signer
    return Metadata(
        organ_id=organ_id(entry.body),
        type_name=entry.type_name,
        code_number=f"{so:02d}",
        code_notation=facts.symbol_tail,
        issued_date=ngay,
        place=facts.issuer.dia_danh,
        organ_name=facts.issuer.ten,
        subject=entry.subject,
        competence=upper_vi(signer.tham_quyen) if signer and signer.tham_quyen else "",
        position=signer.chuc_vu if signer else "",
        full_name=signer.ho_ten if signer else "",
        receivers=tuple(facts.van_ban.noi_nhan),
        copies=entry.copies,
        secret=entry.secret,
    )


def phu_luc_vi(meta: Metadata) -> dict[str, Any]:
    """Phụ lục VI's fields by their English abbreviations, in its order (JSON-ready)."""
    return {
        "FileCode": {"OrganId": meta.organ_id, "FileCatalog": meta.issued_date.year, "FileNotation": None},
        "DocOrdinal": None,
        "TypeName": meta.type_name,
        "CodeNumber": meta.code_number,
        "CodeNotation": meta.code_notation,
        "IssuedDate": meta.issued_date.isoformat(),
        "OrganName": meta.organ_name,
        "Subject": meta.subject,
        "Language": LANGUAGE,
        "PageAmount": None,
        "Description": None,
        "SignerInfo": {
            "Position": " ".join(filter(None, [meta.competence, meta.position])),
            "FullName": meta.full_name,
        },
        "To": [{"OrganId": None, "OrganName": name} for name in meta.receivers],
        "Priority": None,
        "IssuedAmount": meta.copies,
        "DueDate": None,
    }
