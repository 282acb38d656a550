"""What the register's commands do and say, apart from parsing options (the CLI and the web page share it)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reportgen.files.outputs import write_outputs
from reportgen.problems import display_path
from reportgen.register.edxml import Organ, write_edxml
from reportgen.register.issue import IssueOutcome, SignedPdf, issue_file
from reportgen.register.metadata import metadata_of, phu_luc_vi
from reportgen.register.open import open_register
from reportgen.register.settings import read_settings
from reportgen.register.store import Entry, RegisterError
from reportgen.vietnamese import day_month_year


def issue_lines(outcome: IssueOutcome, source: Path, where: str) -> list[str]:
    entry = outcome.entry
    day = f"{entry.issued_on.day:02d}/{entry.issued_on.month:02d}/{entry.issued_on.year}"
    lines = [
        f"Đã cấp số {entry.symbol} ngày {day} (sổ đăng ký: {where}).",
        f"Đã ghi số và ngày vào {display_path(source)}"
        + (f" (thay ngày dự kiến {outcome.planned_date:%d/%m/%Y})." if outcome.planned_date else "."),
        f"Đã sinh lại {len(outcome.written)} tệp mang số và ngày mới:",
        *(f"  {display_path(path)}" for path in outcome.written),
        f"Đã vào sổ: {entry.type_name}: {entry.subject}; người ký: {entry.signer or '(không có)'}; "
        f"{entry.copies} bản; nơi nhận: {'; '.join(entry.recipients)}.",
    ]
    if outcome.signed_pdf is not None:
        lines += [
            f"Đã thêm chữ ký ban hành của cơ quan vào bản đã ký {display_path(outcome.signed_pdf)}: số và ngày"
            " in vào chỗ để trống; chữ ký của lãnh đạo giữ nguyên, vẫn hợp lệ.",
            f"Sổ ghi mã SHA-256 của bản PDF này: {entry.content_hash}.",
        ]
    for other in outcome.related:
        if other.ok:
            lines.append(f"Đã sinh lại văn bản dẫn chiếu tới văn bản này: {display_path(other.source)}")
        else:
            reason = other.output_error or "; ".join(p.render() for p in other.problems[:3])
            lines.append(f"Chưa sinh lại được {display_path(other.source)} (có dẫn chiếu tới văn bản này): {reason}")
    return lines


def issue(
    source: Path,
    output: Path,
    *,
    database: str | None,
    workspace: Path,
    secret: bool = False,
    force: bool = False,
    templates: Path | None = None,
    now: datetime | None = None,
    signed: SignedPdf | None = None,
) -> tuple[IssueOutcome, list[str]]:
    settings = read_settings(workspace)
    with open_register(database or settings.database, workspace) as register:
        outcome = issue_file(
            source, output, register, settings, now=now, secret=secret, force=force, templates=templates, signed=signed
        )
        return outcome, issue_lines(outcome, source, register.where)


def cancel(symbol: str, year: int, reason: str, *, database: str | None, workspace: Path, now: datetime) -> Entry:
    settings = read_settings(workspace)
    with open_register(database or settings.database, workspace) as register:
        live = [entry for entry in register.find(symbol, year) if not entry.cancelled]
        if not live:
            raise RegisterError(f"sổ năm {year} không có văn bản số {symbol} còn hiệu lực")
        if len(live) > 1:  # the same symbol in the ordinary and the secret series
            raise RegisterError(f"sổ năm {year} có {len(live)} văn bản số {symbol}; hãy hủy trên trang web")
        return register.cancel(live[0].id, reason, now)


def cancelled_line(entry: Entry) -> str:
    return f"Đã ghi hủy văn bản số {entry.symbol} {day_month_year(entry.issued_on)}; số này không cấp lại."


def export_metadata(
    source: Path,
    output: Path,
    *,
    database: str | None,
    workspace: Path,
    now: datetime,
    pdf: Path | None = None,
    receivers: Sequence[str] = (),
    organ_id: str | None = None,
) -> list[Path]:
    """``<stem>.phu-luc-vi.json`` always; ``<stem>.edxml`` with the signed PDF when ``pdf`` is given."""
    settings = read_settings(workspace)
    with open_register(database or settings.database, workspace) as register:
        meta = metadata_of(source, register, settings.organ_id)
    files = [
        (
            output / f"{source.stem}.phu-luc-vi.json",
            (json.dumps(phu_luc_vi(meta), ensure_ascii=False, indent=2) + "\n").encode(),
        )
    ]
    if pdf is not None:
        sender_id = organ_id or meta.organ_id
        if not sender_id:
            raise RegisterError(
                "chưa có mã định danh của cơ quan ban hành: ghi “ma_dinh_danh” cho cơ quan trong so_dang_ky.yaml"
                " hoặc dùng --organ-id"
            )
        if not receivers:
            raise RegisterError("cần ít nhất một nơi nhận có mã định danh: --to MÃ=Tên cơ quan")
        targets = [_organ(text) for text in receivers]
        try:
            data = pdf.read_bytes()
        except OSError as exc:
            raise RegisterError(f"không đọc được tệp PDF {display_path(pdf)}: {exc.strerror}") from None
        edxml = write_edxml(meta, Organ(sender_id, meta.organ_name), targets, pdf.name, data, now)
        files.append((output / f"{source.stem}.edxml", edxml))
    return write_outputs(files, root=output, source=str(source))


def _organ(text: str) -> Organ:
    organ_id, _, name = text.partition("=")
    if not organ_id.strip() or not name.strip():
        raise RegisterError(f"nơi nhận “{text}” phải viết dạng MÃ=Tên cơ quan, ví dụ 000.00.31.H17=Sở Nội vụ")
    return Organ(organ_id.strip(), name.strip())
