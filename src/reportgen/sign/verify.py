"""What a signed PDF's signatures prove, in words a văn thư reads: who signed, when, over what, and whether to trust it.

pyHanko does the cryptography and the difference analysis; this module only asks it and says the answer in
Vietnamese. Trust comes from the root certificates an office keeps in a folder (the government CA's roots, for
instance), never from the internet: the check works offline and fetches nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from asn1crypto import pem, x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from reportgen.problems import OutputError

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
ROOT_SUFFIXES = (".cer", ".crt", ".pem", ".der")


class Verdict(IntEnum):
    """Ordered by how bad; the command's exit code follows the worst."""

    GOOD = 0  # valid, trusted, nothing changed after it
    UNTRUSTED = 1  # valid and unchanged, but its certificate does not chain to a root the office keeps
    BAD = 2  # broken signature, changed after signing, or no signature at all


@dataclass
class SignatureCheck:
    field_name: str
    signer: str
    organisation: str
    time: datetime | None
    intact: bool  # the signed bytes are the bytes in the file
    valid: bool  # the signature value matches them and the signer's key
    trusted: bool  # the certificate chains to a root of the office's folder
    whole_document: bool  # nothing at all follows it in the file
    changed_after: bool  # something beyond further signatures and form filling was added after it
    notes: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        if not (self.intact and self.valid) or self.changed_after:
            return Verdict.BAD
        return Verdict.GOOD if self.trusted else Verdict.UNTRUSTED


@dataclass
class VerifyReport:
    path: Path
    signatures: list[SignatureCheck]

    @property
    def verdict(self) -> Verdict:
        if not self.signatures:
            return Verdict.BAD
        return max(s.verdict for s in self.signatures)


def load_roots(folder: Path | None) -> list[x509.Certificate]:
    """Every certificate file (.cer, .crt, .pem, .der) in ``folder``; PEM files may hold several."""
    if folder is None:
        return []
    if not folder.is_dir():
        raise OutputError(f"Không có thư mục chứng thư gốc {folder}.")
    roots: list[x509.Certificate] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in ROOT_SUFFIXES:
            continue
        data = path.read_bytes()
        try:
            if pem.detect(data):
                roots.extend(x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True))
            else:
                roots.append(x509.Certificate.load(data))
        except ValueError:
            raise OutputError(f"Tệp {path.name} trong thư mục chứng thư gốc không phải chứng thư số.") from None
    return roots


def _name_part(name: x509.Name, key: str) -> str:
    value = name.native.get(key, "")
    return ", ".join(value) if isinstance(value, list) else str(value)


def verify(path: Path, roots: list[x509.Certificate]) -> VerifyReport:
    data = path.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise OutputError(f"Không đọc được {path.name} như một tệp PDF ({exc}).") from None
    checks = [_check(sig, roots) for sig in embedded]
    return VerifyReport(path, checks)


def _check(sig: object, roots: list[x509.Certificate]) -> SignatureCheck:
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    name = str(getattr(sig, "field_name", ""))
    try:
        status = validate_pdf_signature(sig, context)  # type: ignore[arg-type]
    except (SignatureValidationError, ValueError) as exc:
        return SignatureCheck(name, "", "", None, False, False, False, False, True, [f"không đọc được chữ ký: {exc}"])
    subject = status.signing_cert.subject
    moment = status.signer_reported_dt
    level = status.modification_level
    return SignatureCheck(
        field_name=name,
        signer=_name_part(subject, "common_name"),
        organisation=_name_part(subject, "organization_name"),
        time=moment.astimezone(VIETNAM) if moment else None,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        whole_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        changed_after=level is None or level == ModificationLevel.OTHER,
    )
