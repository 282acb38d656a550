"""``verify-signature`` and ``sign``: what a signed PDF's signatures prove, and signing with the office's own key.

verify-signature exits by the worst signature: 0 every signature valid, trusted and the document unchanged;
5 valid but not chained to a root of ``--roots``; 1 a broken signature, a document changed after signing, or no
signature at all; 3 a file that is not a readable PDF.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportgen.cli.exits import EXIT_INPUT, EXIT_OK, EXIT_SIGNATURE_UNTRUSTED, EXIT_UNREADABLE
from reportgen.cli.group import cli, help_option
from reportgen.problems import OutputError, display_path

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer


def _quiet_libraries() -> None:
    """pyHanko and fontTools log tracebacks of what they could not validate; the report already says it."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@cli.command(
    name="verify-signature",
    help=(
        "Kiểm tra chữ ký số trong tệp PDF: người ký, thời điểm ký (giờ Việt Nam), chữ ký có phủ toàn bộ văn bản "
        "không, văn bản có bị sửa sau khi ký không, chứng thư có nối về chứng thư gốc tin cậy không."
    ),
)
@help_option()
@click.argument("tep", metavar="TỆP.pdf...", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--roots",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục chứa các chứng thư gốc tin cậy (.cer, .crt, .pem), ví dụ chứng thư gốc của Ban Cơ yếu Chính phủ.",
)
def verify_signature(tep: tuple[Path, ...], roots: Path | None) -> None:
    from reportgen.sign.verify import Verdict, load_roots, verify
    from reportgen.sign.wording import report_lines

    _quiet_libraries()
    trusted = load_roots(roots)
    worst = EXIT_OK
    codes = {Verdict.GOOD: EXIT_OK, Verdict.UNTRUSTED: EXIT_SIGNATURE_UNTRUSTED, Verdict.BAD: EXIT_INPUT}
    rank = {EXIT_OK: 0, EXIT_SIGNATURE_UNTRUSTED: 1, EXIT_INPUT: 2, EXIT_UNREADABLE: 3}
    for path in tep:
        try:
            report = verify(path, trusted)
        except (OutputError, OSError) as exc:
            click.echo(f"{display_path(path)}: {exc}", err=True)
            code = EXIT_UNREADABLE
        else:
            for line in report_lines(report):
                click.echo(line)
            code = codes[report.verdict]
        worst = max(worst, code, key=lambda c: rank[c])
    sys.exit(worst)


@cli.command(
    name="sign",
    help=(
        "Ký số tệp PDF bằng tệp khóa .p12 hoặc USB token (PKCS#11) của cơ quan, không qua phần mềm ký của "
        "Ban Cơ yếu. Mặc định ký vào ô chữ ký trống của bản PDF sẵn sàng ký; --attachment ký phụ lục bằng "
        "chữ ký của cơ quan ở góc trên bên phải trang đầu (số và ký hiệu, thời gian ký). Mật khẩu/PIN được "
        "hỏi khi chạy và không lưu ở đâu."
    ),
)
@help_option()
@click.argument("tep", metavar="TỆP.pdf", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--p12",
    "p12",
    default=None,
    metavar="KHÓA.p12",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Tệp khóa của cơ quan (PKCS#12).",
)
@click.option(
    "--pkcs11",
    "pkcs11",
    default=None,
    metavar="THƯ_VIỆN",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Ký bằng USB token: tệp thư viện PKCS#11 của token (.dll trên Windows, .so trên Linux) do nhà cung cấp cài.",
)
@click.option("--token", "token", default=None, metavar="NHÃN", help="Nhãn của token (mặc định: token đầu tiên).")
@click.option("--key", "key", default=None, metavar="NHÃN", help="Nhãn của khóa trên token (mặc định: khóa đầu tiên).")
@click.option("--field", "field", default=None, metavar="TÊN_Ô", help="Tên ô chữ ký (mặc định: ô trống đầu tiên).")
@click.option(
    "--attachment",
    "so_ky_hieu",
    default=None,
    metavar="SỐ/KÝ_HIỆU",
    help="Ký phụ lục (tệp đính kèm riêng): dòng chữ ký của cơ quan ghi số và ký hiệu này, ví dụ 12/BC-SNgV.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="TỆP.pdf",
    help="Tệp đã ký (mặc định: cùng tên, thêm đuôi .da-ky.pdf).",
)
def sign(
    tep: Path,
    p12: Path | None,
    pkcs11: Path | None,
    token: str | None,
    key: str | None,
    field: str | None,
    so_ky_hieu: str | None,
    output: Path | None,
) -> None:
    from reportgen.files.atomic import replace_atomically

    if (p12 is None) == (pkcs11 is None):
        raise click.UsageError("cần đúng một trong hai: --p12 TỆP_KHÓA hoặc --pkcs11 THƯ_VIỆN")
    _quiet_libraries()
    try:
        signed, detail = _sign(tep.read_bytes(), p12, pkcs11, token, key, field, so_ky_hieu)
    except OutputError as exc:  # a wrong password, a refused token: nothing was written
        click.echo(f"Không ký được {display_path(tep)}: {exc}", err=True)
        sys.exit(EXIT_UNREADABLE)
    target = output or tep.with_name(tep.name.removesuffix(".pdf").removesuffix(".san-sang-ky") + ".da-ky.pdf")
    replace_atomically(target, signed)
    click.echo(f"Đã ký {display_path(tep)} ({detail}) → {display_path(target)}")
    sys.exit(EXIT_OK)


def _sign(
    data: bytes,
    p12: Path | None,
    pkcs11: Path | None,
    token: str | None,
    key: str | None,
    field: str | None,
    so_ky_hieu: str | None,
) -> tuple[bytes, str]:
    from reportgen.sign.signer import load_key, sign_attachment, sign_field, token_key

    with contextlib.ExitStack() as stack:
        if p12 is not None:
            password = click.prompt("Mật khẩu tệp khóa", hide_input=True, default="", show_default=False, err=True)
            signer: Signer = load_key(p12, password.encode("utf-8") or None)
        else:
            assert pkcs11 is not None
            pin = click.prompt("Mã PIN của USB token", hide_input=True, err=True)
            signer = stack.enter_context(token_key(pkcs11, pin, token, key))
        if so_ky_hieu:
            signed, mark = sign_attachment(data, signer, so_ky_hieu)
            detail = " — ".join(mark.lines)
        else:
            signed = sign_field(data, signer, field)
            detail = field or "ô chữ ký trống đầu tiên"
    return signed, detail
