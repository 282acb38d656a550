"""``issue``, ``cancel``, ``register`` and ``metadata``: the register of outgoing documents (sổ đăng ký văn bản đi).

The văn thư's commands (NĐ30 Điều 15–16): give a document its number and date, cancel one, print the sổ, export
an issued document's metadata. What they do and say is in ``reportgen.register.commands``; the register and its
database load only when one of these commands runs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportgen.cli.commands.serve import user_group
from reportgen.cli.exits import EXIT_INPUT, EXIT_OUTPUT
from reportgen.cli.group import cli, help_option
from reportgen.cli.keys import key_options, open_signer, quiet_libraries
from reportgen.problems import OutputError, display_path

if TYPE_CHECKING:
    import contextlib

    from reportgen.register.issue import SignedPdf

_REGISTER_DATABASE = click.option(
    "--database",
    metavar="ĐỊA_CHỈ",
    default=None,
    help="Nơi giữ sổ đăng ký: postgresql://… (máy chủ của cơ quan) hoặc một tệp SQLite (mặc định: theo "
    "so_dang_ky.yaml, nếu không có thì so_dang_ky.sqlite trong thư mục làm việc, nơi để các tệp đầu vào).",
)
_REGISTER_WORKSPACE = click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc chứa các tệp đầu vào và sổ đăng ký (mặc định: inputs, như reportgen serve).",
)


def _register_failed(exc: Exception) -> None:
    click.echo(f"Lỗi sổ đăng ký: {exc}", err=True)
    sys.exit(EXIT_OUTPUT)


@cli.command(
    name="issue",
    short_help="Cấp số và ngày cho văn bản, sinh lại mọi tệp, vào sổ (văn thư).",
    help="Cấp số và ngày ban hành cho văn bản (việc của văn thư): lấy số tiếp theo trong sổ đăng ký văn bản đi, "
    "ghi số và ngày vào tệp YAML, sinh lại mọi tệp kết quả (danh sách, bằng khen…) và vào sổ. Với --signed-pdf "
    "(văn bản điện tử lãnh đạo đã ký số, số và ngày còn để trống): thêm chữ ký ban hành của cơ quan vào bản đã ký, "
    "in số và ngày vào chỗ để trống, chữ ký của lãnh đạo vẫn hợp lệ; cần khóa của cơ quan (--p12 hoặc --pkcs11).",
)
@help_option()
@click.argument("tep", metavar="TỆP.yaml", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("outputs"),
    metavar="THƯ_MỤC",
    help="Thư mục kết quả (mặc định: outputs).",
)
@click.option("--mat", "secret", is_flag=True, help="Văn bản mật: lấy số trong hệ thống số riêng của văn bản mật.")
@_REGISTER_DATABASE
@click.option("--force", is_flag=True, help="Ghi đè cả tệp kết quả đã được sửa tay sau khi tạo.")
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục chứa các mẫu .docx (mặc định: ./templates).",
)
@click.option(
    "--signed-pdf",
    "signed_pdf",
    default=None,
    metavar="TỆP.da-ky.pdf",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Bản PDF lãnh đạo đã ký số (số và ngày để trống): được thêm chữ ký ban hành mang số và ngày.",
)
@key_options("ký ban hành")
def issue_command(
    tep: Path,
    output: Path,
    secret: bool,
    database: str | None,
    force: bool,
    templates: Path | None,
    signed_pdf: Path | None,
    p12: Path | None,
    pkcs11: Path | None,
    token: str | None,
    key: str | None,
) -> None:
    import contextlib

    from reportgen.register import commands
    from reportgen.register.store import RegisterError

    if signed_pdf is None and (p12 or pkcs11):
        raise click.UsageError("--p12/--pkcs11 chỉ dùng cùng --signed-pdf (bản PDF lãnh đạo đã ký)")
    with contextlib.ExitStack() as stack:
        signed = _signed_pdf(stack, tep, output, signed_pdf, p12, pkcs11, token, key) if signed_pdf else None
        try:
            _, lines = commands.issue(
                tep,
                output,
                database=database,
                workspace=tep.parent,
                secret=secret,
                force=force,
                templates=templates,
                signed=signed,
            )
        except RegisterError as exc:
            _register_failed(exc)
    for line in lines:
        click.echo(line)


def _signed_pdf(
    stack: contextlib.ExitStack,
    source: Path,
    output: Path,
    signed: Path,
    p12: Path | None,
    pkcs11: Path | None,
    token: str | None,
    key: str | None,
) -> SignedPdf:
    """The leader-signed PDF checked (valid signature, this document, blank number and date) before any number."""

    from reportgen.register.issue import SignedPdf
    from reportgen.sign import issue_stamp

    if (p12 is None) == (pkcs11 is None):
        raise click.UsageError("--signed-pdf cần đúng một khóa của cơ quan: --p12 TỆP_KHÓA hoặc --pkcs11 THƯ_VIỆN")
    quiet_libraries()
    # this document's sign-ready PDF (``build --pdf-ky`` or the web page's), never one named after the signed file
    ready = list(
        dict.fromkeys(
            folder / f"{source.stem}{suffix}"
            for folder in (output, signed.parent)
            for suffix in (".san-sang-ky.pdf", ".pdf")
        )
    )
    try:
        signer = open_signer(stack, p12, pkcs11, token, key)
        stamp = issue_stamp.prepare(signed, [path for path in ready if path != signed], signer)
    except OutputError as exc:
        click.echo(f"Chưa cấp số cho {display_path(source)}: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    return SignedPdf(signed, lambda number, day: stamp(number, day).data)


@cli.command(
    name="cancel",
    short_help="Ghi hủy một văn bản đã ban hành trong sổ đăng ký.",
    help="Ghi hủy một văn bản đã ban hành trong sổ đăng ký (số không bị xóa và không cấp lại).",
)
@help_option()
@click.argument("so_ky_hieu", metavar="SỐ/KÝ_HIỆU")
@click.option("--year", "nam", type=click.IntRange(1900, 9999), required=True, metavar="NĂM", help="Năm ban hành.")
@click.option("--reason", "ly_do", required=True, metavar="LÝ_DO", help="Lý do hủy (ghi vào sổ).")
@_REGISTER_DATABASE
@_REGISTER_WORKSPACE
def cancel_command(so_ky_hieu: str, nam: int, ly_do: str, database: str | None, workspace: Path) -> None:
    from datetime import UTC, datetime

    from reportgen.register import commands
    from reportgen.register.store import RegisterError

    try:
        entry = commands.cancel(so_ky_hieu, nam, ly_do, database=database, workspace=workspace, now=datetime.now(UTC))
    except RegisterError as exc:
        _register_failed(exc)
    click.echo(commands.cancelled_line(entry))


def _years(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", text)
    if not match or int(match[2] or match[1]) < int(match[1]):
        raise click.BadParameter(f"“{text}” không phải là một năm (2026) hay một khoảng năm (2024-2026)")
    return int(match[1]), int(match[2] or match[1])


@cli.command(
    name="register",
    short_help="In sổ đăng ký văn bản đi (.xlsx, .docx) theo Phụ lục IV.",
    help="In sổ đăng ký văn bản đi của một năm (hoặc nhiều năm) ra tệp .xlsx và .docx, đủ các cột theo mẫu Phụ lục IV "
    "Nghị định 30, để in và đóng sổ; mỗi cơ quan ban hành một sổ, văn bản mật một sổ riêng.",
)
@help_option()
@click.option("--year", "nam", required=True, metavar="NĂM", help="Năm (2026) hoặc khoảng năm (2024-2026).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("outputs"),
    metavar="THƯ_MỤC",
    help="Thư mục ghi sổ (mặc định: outputs).",
)
@_REGISTER_DATABASE
@_REGISTER_WORKSPACE
@click.option("--force", is_flag=True, help="Ghi đè cả tệp sổ đã được sửa tay sau khi tạo.")
def register_command(nam: str, output: Path, database: str | None, workspace: Path, force: bool) -> None:
    from reportgen.register.open import open_register
    from reportgen.register.printing import write_books
    from reportgen.register.settings import read_settings
    from reportgen.register.store import RegisterError

    years = _years(nam)
    try:
        settings = read_settings(workspace)
        with open_register(database or settings.database, workspace) as register:
            written = write_books(register, years, output, force=force)
    except RegisterError as exc:
        _register_failed(exc)
    for path in written:
        click.echo(f"Đã tạo {display_path(path)}")


@cli.command(
    name="metadata",
    short_help="Xuất dữ liệu đặc tả (Phụ lục VI, JSON) và gói tin edXML.",
    help="Xuất dữ liệu đặc tả của văn bản đã ban hành: các trường của Phụ lục VI Nghị định 30 (JSON) và, khi có "
    "bản PDF đã ký số, gói tin edXML (QCVN 102:2016/BTTTT) để nhập vào hệ thống quản lý văn bản điện tử.",
)
@help_option()
@click.argument("tep", metavar="TỆP.yaml", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("outputs"),
    metavar="THƯ_MỤC",
    help="Thư mục ghi kết quả (mặc định: outputs).",
)
@click.option(
    "--pdf",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    metavar="TỆP.pdf",
    help="Bản PDF đã ký số của văn bản, đính kèm vào gói tin edXML.",
)
@click.option(
    "--to",
    "receivers",
    multiple=True,
    metavar="MÃ=TÊN",
    help="Nơi nhận gói tin edXML: mã định danh và tên cơ quan (nhiều lần được).",
)
@click.option(
    "--organ-id",
    default=None,
    metavar="MÃ",
    help="Mã định danh của cơ quan ban hành (nếu chưa ghi trong so_dang_ky.yaml).",
)
@_REGISTER_DATABASE
def metadata_command(
    tep: Path, output: Path, pdf: Path | None, receivers: tuple[str, ...], organ_id: str | None, database: str | None
) -> None:
    from datetime import UTC, datetime

    from reportgen.register import commands
    from reportgen.register.store import RegisterError

    try:
        written = commands.export_metadata(
            tep,
            output,
            database=database,
            workspace=tep.parent,
            now=datetime.now(UTC),
            pdf=pdf,
            receivers=receivers,
            organ_id=organ_id,
        )
    except RegisterError as exc:
        _register_failed(exc)
    for path in written:
        click.echo(f"Đã tạo {display_path(path)}")


@user_group.command(
    name="roles",
    short_help="Giao vai trò trên trang web (chuyên viên, lãnh đạo phòng, lãnh đạo, văn thư).",
    help="Giao vai trò cho một tài khoản trang web; một người có thể giữ nhiều vai trò. Vai trò: chuyen_vien (soạn,"
    " sinh dự thảo, trình), lanh_dao_phong (duyệt hoặc trả lại), lanh_dao (duyệt ký), van_thu (cấp số, ban hành,"
    " sổ đăng ký). Tài khoản chưa được giao vai trò nào là chuyên viên.",
)
@help_option()
@click.argument("ten", metavar="TÊN")
@click.argument("vai_tro", metavar="VAI_TRÒ...", nargs=-1, required=True)
@click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc của trang web (mặc định: inputs).",
)
def user_roles(ten: str, vai_tro: tuple[str, ...], workspace: Path) -> None:
    from reportgen.register.workflow import ROLES
    from reportgen.web.roles import RoleBook
    from reportgen.web.store import Store

    unknown = [role for role in vai_tro if role not in ROLES]
    if unknown:
        raise click.UsageError(f"vai trò không có: {', '.join(unknown)}; chỉ nhận {', '.join(ROLES)}")
    RoleBook(workspace.resolve()).set_roles(ten, vai_tro)
    labels = ", ".join(ROLES[role] for role in dict.fromkeys(vai_tro))
    Store(workspace.resolve()).audit(ten, "giao vai trò", ten, f"reportgen user roles: {labels}")
    click.echo(f"Đã giao cho {ten}: {labels}.")
