"""``verify-signature`` and ``sign``: what a signed PDF's signatures prove, and signing with the office's own key.

verify-signature exits by the worst signature: 0 every signature valid, trusted and the document unchanged;
5 valid but not chained to a root of ``--roots``; 1 a broken signature, a document changed after signing, or no
signature at all; 3 a file that is not a readable PDF.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportgen.cli.exits import EXIT_INPUT, EXIT_OK, EXIT_SIGNATURE_UNTRUSTED, EXIT_UNREADABLE
from reportgen.cli.group import cli, help_option
from reportgen.cli.keys import key_options, open_signer, quiet_libraries
from reportgen.problems import OutputError, display_path

if TYPE_CHECKING:
    pass


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

    quiet_libraries()
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
@key_options("ký")
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
    quiet_libraries()
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
    from reportgen.sign.signer import sign_attachment, sign_field

    with contextlib.ExitStack() as stack:
        signer = open_signer(stack, p12, pkcs11, token, key)
        if so_ky_hieu:
            signed, mark = sign_attachment(data, signer, so_ky_hieu)
            detail = " — ".join(mark.lines)
        else:
            signed = sign_field(data, signer, field)
            detail = field or "ô chữ ký trống đầu tiên"
    return signed, detail
