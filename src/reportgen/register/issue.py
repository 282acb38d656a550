"""Issuing a document: the next number from the register, today's date, written into the input and every output.

The order keeps NĐ30's promises. The draft is validated first, so a broken input never takes a number. The
number is then held by an open transaction while the input is rewritten in memory (ruamel round trip: every
comment and line the person wrote stays), every output is rebuilt from it (the decision, its danh sách, each
certificate: whatever the kind produces) and written; only then is the input saved and the register row
committed. If any step fails the transaction is rolled back and the number goes back to the series.

A document issued electronically (NĐ30 Điều 13.7, 15.3) was signed by the leader with its number and date blank;
its signed PDF cannot be rebuilt. Issuing then asks ``SignedPdf.stamp`` (the văn thư's signature, made by the sign
layer and handed in by a front end: the register signs nothing) for the PDF with the number and date added, and
records that file's hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from reportgen.author.yaml_lists import apply_edits, encode_like, load_roundtrip, move_into
from reportgen.files.atomic import replace_atomically
from reportgen.files.userfiles import replace
from reportgen.load import load_file
from reportgen.make.pipeline import BuildResult, build_file, collect_inputs, dependents, prepare
from reportgen.problems import InputError, OutputError, Problem
from reportgen.register.facts import Facts, NotIssuable, facts_of
from reportgen.register.series import Series, series_for, vietnam_now
from reportgen.register.settings import Settings
from reportgen.register.store import Entry, Issued, Register


@dataclass(frozen=True)
class IssueOutcome:
    entry: Entry
    written: list[Path]
    planned_date: date | None  # a date the draft carried, replaced by the day of issue
    related: tuple[BuildResult, ...] = ()  # other inputs of the folder that refer to this one, built again
    signed_pdf: Path | None = None  # the leader-signed PDF, now carrying the văn thư's issuing signature


@dataclass(frozen=True)
class SignedPdf:
    """A leader-signed PDF to issue: ``stamp(number, day)`` gives its bytes with the issuing signature added."""

    path: Path
    stamp: Callable[[int, date], bytes]


def _refuse_issued(path: Path, facts: Facts) -> None:
    """Refuse an input that has a number, read from disk (again inside the reservation: two văn thư at once)."""
    loaded = load_file(path)
    block = loaded.data.get(facts.block)
    where: tuple[str, ...] = (facts.block, "so")
    if "so" in facts.outside and loaded.data.get("so") not in (None, ""):
        where = ("so",)  # written at the top level, before the kind moved it into the block
    number = block.get("so") if len(where) > 1 and isinstance(block, dict) else loaded.data.get("so")
    if number in (None, ""):
        return
    shown = f"{number:02d}" if isinstance(number, int) and not isinstance(number, bool) else str(number)
    raise InputError(
        [
            Problem(
                loaded.display,
                *loaded.position(where),
                ".".join(where),
                f"văn bản đã có số {shown}: một số đã cấp không cấp lại; văn bản đã ban hành chỉ được"
                " sửa bằng một văn bản mới (Nghị định 30, Điều 18.3). Nếu đây là dự thảo, hãy xóa số rồi cấp số lại",
            )
        ]
    )


def _into_block(document: CommentedMap, facts: Facts) -> CommentedMap:
    """The file's block, made if the file has none and holding the keys it had at the top level, comments kept.

    The kind's model moved those keys into the block when validating (a file written before it had the block);
    issuing writes the block's number and day, so the file is moved to the layout the kind documents. The block
    takes the place of the first key moved, else follows the issuer's block.
    """
    node = document.get(facts.block)
    if isinstance(node, CommentedMap) and not facts.outside:
        return node
    keys = list(document.keys())
    if not isinstance(node, CommentedMap):
        node = CommentedMap()
        if facts.block in document:
            at = keys.index(facts.block)
            del document[facts.block]
        elif facts.outside:
            at = keys.index(facts.outside[0])
        else:
            at = keys.index(facts.issuer_field) + 1 if facts.issuer_field in keys else len(keys)
        document.insert(at, facts.block, node)
    move_into(document, facts.block, facts.outside)
    return node


def numbered_text(path: Path, facts: Facts, number: int, day: date) -> bytes:
    """The input's bytes with ``<block>.so`` and ``<block>.ngay`` set, everything else as the person wrote it."""
    document, text, style = load_roundtrip(path)
    block = facts.block
    node = _into_block(document, facts)
    if isinstance(node, CommentedMap):  # new keys go first in the block, where a person would write them
        if "so" not in node:
            node.insert(0, "so", number)
        if "ngay" not in node:
            node.insert(list(node.keys()).index("so") + 1, "ngay", "")
    shown = f"{day.day:02d}/{day.month:02d}/{day.year}"
    return encode_like(apply_edits(document, text, {block: {"so": number, "ngay": shown}}), style)


def issue_file(
    path: Path,
    output: Path,
    register: Register,
    settings: Settings,
    *,
    now: datetime | None = None,
    secret: bool = False,
    force: bool = False,
    templates: Path | None = None,
    signed: SignedPdf | None = None,
) -> IssueOutcome:
    """Number, date, rebuild and register ``path``; raises InputError, OutputError or RegisterError, taking nothing.

    With ``signed``, the leader-signed PDF gets the issuing signature and the register records that PDF's hash.
    """
    prepared = prepare(path)
    try:
        facts = facts_of(prepared)
    except NotIssuable as exc:
        raise InputError([Problem(prepared.validated.loaded.display, message=str(exc))]) from None
    _refuse_issued(path, facts)
    moment = vietnam_now(now)
    day = moment.date()
    body = facts.issuer.viet_tat
    series = series_for(body, facts.kind_abbr, day.year, mode=settings.mode_for(body.split("-")[0]), secret=secret)
    original = path.read_bytes()
    original_pdf = signed.path.read_bytes() if signed else b""
    written: list[Path] = []
    try:
        outcome = _issue(
            path, output, register, facts, series, moment, written, force=force, templates=templates, signed=signed
        )
    except BaseException:
        # The register did not keep the number (rolled back), so neither may the input nor the outputs: the draft
        # is put back and its outputs rebuilt blank, as they were.
        if path.read_bytes() != original:
            replace(path, original)
        if signed and signed.path.read_bytes() != original_pdf:
            replace_atomically(signed.path, original_pdf)
        if written:
            build_file(path, output, force=True, templates=templates)
        raise
    others = dependents(path, collect_inputs([path.parent]))
    related = tuple(build_file(other, output, templates=templates) for other in others)
    return dataclasses.replace(outcome, related=related)


def _issue(
    path: Path,
    output: Path,
    register: Register,
    facts: Facts,
    series: Series,
    moment: datetime,
    written: list[Path],
    *,
    force: bool,
    templates: Path | None,
    signed: SignedPdf | None,
) -> IssueOutcome:
    day = moment.date()
    with register.reserve(series) as slot:
        _refuse_issued(path, facts)  # issued by someone else while this one waited for the register
        data = numbered_text(path, facts, slot.number, day)
        result = build_file(path, output, force=force, templates=templates, data=data)
        if result.problems:
            raise InputError(result.problems)
        if result.output_error:
            raise OutputError(result.output_error)
        written.extend(result.written)
        stamped = signed.stamp(slot.number, day) if signed else None
        hashed = stamped if stamped is not None else result.written[0].read_bytes()
        entry = slot.record(
            Issued(
                symbol_tail=facts.symbol_tail,
                issued_on=day,
                issued_at=moment,
                type_name=facts.type_name,
                subject=facts.subject,
                signer=facts.signer_text,
                recipients=facts.recipients,
                copies=facts.copies,
                content_hash=hashlib.sha256(hashed).hexdigest(),
                source=str(path),
                body_name="\n".join([*(facts.issuer.chu_quan or []), *facts.issuer.ban_hanh]),
            )
        )
        if signed and stamped is not None:
            replace_atomically(signed.path, stamped)
        replace(path, data)
    planned = facts.van_ban.ngay if facts.van_ban.ngay != day else None
    return IssueOutcome(entry, result.written, planned, signed_pdf=signed.path if signed else None)
