"""The Vietnamese lines ``verify-signature`` prints and the web page shows, one list per signature."""

from __future__ import annotations

from reportgen.sign.verify import SignatureCheck, Verdict, VerifyReport

VERDICTS = {
    Verdict.GOOD: "HỢP LỆ",
    Verdict.UNTRUSTED: "HỢP LỆ NHƯNG CHƯA XÁC ĐỊNH ĐƯỢC NGUỒN TIN CẬY",
    Verdict.BAD: "KHÔNG HỢP LỆ",
}


def _yes(value: bool) -> str:
    return "có" if value else "không"


def signature_lines(check: SignatureCheck) -> list[str]:
    when = check.time.strftime("%H:%M:%S ngày %d/%m/%Y (giờ Việt Nam, %z)") if check.time else "không ghi"
    when = when.replace("+0700", "+07:00")
    lines = [
        f"Người ký: {check.signer or 'không rõ'}" + (f" — {check.organisation}" if check.organisation else ""),
        f"Thời điểm ký: {when}",
        f"Chữ ký đúng với nội dung đã ký: {_yes(check.intact and check.valid)}",
        f"Phủ toàn bộ tệp: {_yes(check.whole_document)}"
        + ("" if check.whole_document else " (sau chữ ký còn phần được thêm vào tệp)"),
        f"Văn bản bị sửa sau khi ký: {_yes(check.changed_after)}",
        f"Chứng thư nối về chứng thư gốc tin cậy: {_yes(check.trusted)}",
    ]
    return lines + check.notes


def report_lines(report: VerifyReport) -> list[str]:
    name = report.path.name
    if not report.signatures:
        return [f"{name}: không có chữ ký số nào."]
    lines = [f"{name}: {len(report.signatures)} chữ ký số — {VERDICTS[report.verdict]}"]
    for index, check in enumerate(report.signatures, 1):
        lines.append(f"  Chữ ký {index} (ô {check.field_name}): {VERDICTS[check.verdict]}")
        lines.extend(f"    {line}" for line in signature_lines(check))
    return lines
