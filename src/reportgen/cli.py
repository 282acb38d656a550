"""The ``reportgen`` command: parse options, call the library, print Vietnamese results, set the exit code.

Exit codes: 0 thành công, 1 đầu vào có lỗi, 2 dùng sai lệnh, 3 không ghi được tệp kết quả, 130 dừng bằng Ctrl+C.
"""

from __future__ import annotations

import contextlib
import re
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

try:  # Ctrl+C while the libraries load (a second or so on an office PC) is a stop too, not a traceback
    import click

    from reportgen import __version__, kinds
    from reportgen.make.pdf import font_warning
    from reportgen.make.pipeline import BuildResult, build_paths, collect_inputs, pdf_for, validate_paths
    from reportgen.problems import InputError, OutputError, display_path, summarise
except KeyboardInterrupt:  # pragma: no cover - timing
    with contextlib.suppress(AttributeError, ValueError):  # cp1252 on Windows has no "ừ"
        sys.stderr.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stderr.write("Đã dừng (Ctrl+C).\n")
    raise SystemExit(130) from None

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells and scripts expect after Ctrl+C


class VietnameseFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Cách dùng: ")


class _Vietnamese:
    """Section titles of the help page in Vietnamese (click writes them in English)."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        rows = [r for p in params if isinstance(p, click.Option) and (r := p.get_help_record(ctx))]
        if rows:
            with formatter.section("Tùy chọn"):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            commands = [(n, self.get_command(ctx, n)) for n in self.list_commands(ctx)]
            limit = formatter.width - 6 - max((len(n) for n, _ in commands), default=0)
            rows = [(n, c.get_short_help_str(limit)) for n, c in commands if c is not None and not c.hidden]
            if rows:
                with formatter.section("Các lệnh"):
                    formatter.write_dl(rows)


class Command(_Vietnamese, click.Command):
    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["[TÙY_CHỌN]", *super().collect_usage_pieces(ctx)[1:]]


class Group(_Vietnamese, click.Group):
    command_class = Command

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["[TÙY_CHỌN]", "LỆNH [ĐỐI_SỐ]..."]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        return None  # listed by format_options under a Vietnamese title


click.Context.formatter_class = VietnameseFormatter
HELP = {"help_option_names": ["-h", "--help"]}
F = TypeVar("F", bound=Callable[..., Any])


def _help_option() -> Callable[[F], F]:
    return click.help_option("-h", "--help", help="Xem hướng dẫn này rồi thoát.")


class Progress:
    """A one-line bar on a terminal once a batch has run for a second; silent when output is redirected."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.shown = False
        self.enabled = sys.stderr.isatty()

    def step(self, result: BuildResult) -> None:
        self.done += 1
        if not self.enabled or time.monotonic() - self.start < 1.0:
            return
        self.shown = True
        total = self.total or self.done
        filled = 30 * self.done // max(total, 1)
        bar = "█" * filled + "░" * (30 - filled)
        click.echo(f"\rĐang sinh văn bản {bar} {self.done}/{total} tệp", nl=False, err=True)

    def close(self) -> None:
        if self.shown:
            click.echo(err=True)


def _print_results(results: Sequence[BuildResult], verb: str) -> int:
    worst = EXIT_OK
    for result in results:
        for problem in result.problems:
            click.echo(problem.render(), err=True)
        for line in summarise(result.warnings):  # one line for 103 dates outside a year left unchanged
            click.echo(line, err=True)
        if result.output_error:
            click.echo(f"{display_path(result.source)}: {result.output_error}", err=True)
            worst = max(worst, EXIT_OUTPUT)
        elif result.problems:
            worst = max(worst, EXIT_INPUT)
        for path in result.written:
            click.echo(f"Đã tạo {display_path(path)}")
    failed = [r for r in results if not r.ok]
    done = len(results) - len(failed)
    summary = f"{verb}: {done}/{len(results)} tệp đầu vào thành công"
    if failed:
        summary += "; có lỗi: " + ", ".join(display_path(r.source) for r in failed)
    click.echo(summary, err=bool(failed))
    if not results:
        click.echo("Không tìm thấy tệp đầu vào .yaml nào.", err=True)
        return EXIT_INPUT
    return worst


@click.group(
    cls=Group,
    context_settings=HELP,
    help=(
        "reportgen: sinh văn bản đối ngoại (báo cáo, quyết định khen thưởng, thông báo, biên bản, bài phát biểu) "
        "từ tệp YAML, đúng thể thức Nghị định 30/2020/NĐ-CP."
    ),
)
@_help_option()
@click.version_option(
    __version__, "--version", prog_name="reportgen", message="%(prog)s %(version)s", help="In số phiên bản rồi thoát."
)
@click.option("--debug", is_flag=True, help="Khi có lỗi bất ngờ, in chi tiết kỹ thuật (dành cho người phát triển).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


@cli.command(help="Sinh văn bản Word từ các tệp YAML (hoặc mọi tệp .yaml trong thư mục).")
@_help_option()
@click.argument("duong_dan", metavar="ĐƯỜNG_DẪN...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    default=Path("outputs"),
    metavar="THƯ_MỤC|TỆP.docx",
    help="Thư mục kết quả (mặc định: outputs), hoặc tên tệp .docx khi chỉ có một tệp đầu vào.",
)
@click.option("--force", is_flag=True, help="Ghi đè cả tệp kết quả đã được sửa tay sau khi tạo.")
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục chứa các mẫu .docx (mặc định: ./templates).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="SỐ",
    help="Số tiến trình chạy song song khi có nhiều tệp (mặc định: bằng số nhân CPU).",
)
@click.option(
    "--pdf",
    "also_pdf",
    is_flag=True,
    help="Xuất thêm bản PDF cạnh mỗi tệp .docx (cần LibreOffice và phông Times New Roman).",
)
@click.option(
    "--pdf-a",
    "pdf_a",
    is_flag=True,
    help="Xuất bản PDF theo chuẩn lưu trữ PDF/A-2b (có cấu trúc, nhúng đủ phông chữ); bao gồm --pdf.",
)
def build(
    duong_dan: tuple[Path, ...],
    output: Path,
    force: bool,
    templates: Path | None,
    jobs: int | None,
    also_pdf: bool,
    pdf_a: bool,
) -> None:
    progress = Progress(len(collect_inputs(duong_dan)))
    results = build_paths(duong_dan, output, force=force, templates=templates, jobs=jobs, on_done=progress.step)
    progress.close()
    code = _print_results(results, "Sinh văn bản")
    if also_pdf or pdf_a:
        written = [path for result in results for path in result.written]
        pdfs = pdf_for(written, pdf_a=pdf_a)
        for pdf in pdfs:
            click.echo(f"Đã tạo {display_path(pdf)}")
        warning = font_warning(pdfs)
        if warning:
            click.echo(f"Cảnh báo: {warning}", err=True)
    sys.exit(code)


@cli.command(help="Kiểm tra các tệp YAML mà không sinh văn bản; báo mọi lỗi kèm dòng và trường.")
@_help_option()
@click.argument("duong_dan", metavar="ĐƯỜNG_DẪN...", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(duong_dan: tuple[Path, ...]) -> None:
    sys.exit(_print_results(validate_paths(duong_dan), "Kiểm tra"))


@cli.command(name="kinds", help="Liệt kê các loại văn bản có thể sinh.")
@_help_option()
def list_kinds() -> None:
    for name in kinds.available():
        click.echo(f"{name:<24} {kinds.get(name).TITLE}")


# The commands below import their modules when run: openpyxl and ruamel.yaml are slow to load and
# ``build`` does not need them.


def _known_kind(loai: str) -> str:
    if loai not in kinds.available():
        raise click.UsageError(f"không có loại văn bản “{loai}”; chọn một trong: {', '.join(kinds.available())}")
    return loai


@cli.command(
    name="schema",
    short_help="In lược đồ JSON của một loại văn bản cho trình soạn thảo.",
    help=(
        "In lược đồ JSON (JSON Schema) của một loại văn bản, để trình soạn thảo như VS Code gợi ý tên trường "
        "và báo lỗi ngay khi gõ tệp YAML."
    ),
)
@_help_option()
@click.argument("loai", metavar="[LOẠI]", required=False)
@click.option(
    "-o",
    "--output",
    "output",
    metavar="THƯ_MỤC",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Ghi tệp <LOẠI>.schema.json vào thư mục này (mọi loại khi không nêu LOẠI) thay vì in ra.",
)
def schema_command(loai: str | None, output: Path | None) -> None:
    from reportgen.author.schema import schema_text
    from reportgen.files.userfiles import replace

    if output is None:
        if loai is None:
            raise click.UsageError("thiếu LOẠI văn bản; xem danh sách bằng: reportgen kinds")
        click.echo(schema_text(_known_kind(loai)), nl=False)
        return
    for name in [_known_kind(loai)] if loai else kinds.available():
        written = replace(output / f"{name}.schema.json", schema_text(name).encode("utf-8"))
        click.echo(f"Đã tạo {display_path(written)}")


@cli.command(
    name="init",
    short_help="Tạo tệp YAML mẫu có ghi chú (và tệp Excel mẫu) cho một loại.",
    help=(
        "Tạo tệp YAML mẫu đầy đủ cho một loại văn bản: mọi trường, mỗi trường một dòng ghi chú và giá trị mẫu; "
        "sinh được ngay thành văn bản dự thảo. Loại có danh sách được kèm tệp Excel mẫu cùng tên."
    ),
)
@_help_option()
@click.argument("loai", metavar="LOẠI")
@click.argument("tep", metavar="[TỆP.yaml]", required=False, type=click.Path(path_type=Path, dir_okay=False))
def init_command(loai: str, tep: Path | None) -> None:
    from reportgen.author.scaffold import init_input

    written = init_input(_known_kind(loai), tep)
    for path in written:
        click.echo(f"Đã tạo {display_path(path)}")
    source = display_path(written[0])
    if len(written) > 1:
        book = display_path(written[1])
        click.echo(f"Điền các danh sách trong {book}, rồi chạy: reportgen import-xlsx {book} --into {source}")
    click.echo(f"Sửa nội dung trong {source}, rồi chạy: reportgen build {source}")


@cli.command(
    name="import-xlsx",
    short_help="Nhập các danh sách từ tệp Excel vào tệp YAML.",
    help=(
        "Nhập các danh sách (đoàn vào, đoàn ra, thỏa thuận, dự án…) từ tệp Excel vào tệp YAML. Báo mọi ô sai; "
        "chỉ ghi khi không có ô nào sai, giữ nguyên ghi chú và các phần khác, lưu bản cũ thành .bak."
    ),
)
@_help_option()
@click.argument("workbook", metavar="TỆP.xlsx", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--into",
    "into",
    metavar="TỆP.yaml",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Tệp YAML nhận các danh sách (tạo bằng reportgen init); bắt buộc.",
)
def import_xlsx_command(workbook: Path, into: Path | None) -> None:
    from reportgen.author.xlsx_import import check_lines, import_workbook, replaced

    if into is None:
        raise click.UsageError("thiếu tùy chọn --into TỆP.yaml (tệp YAML nhận các danh sách)")
    result = import_workbook(workbook, into)
    for note in result.notes:
        click.echo(note, err=True)
    for bad_cell in result.problems:
        click.echo(bad_cell, err=True)
    if result.problems:
        click.echo(f"Không ghi gì vào {display_path(into)}: có {len(result.problems)} lỗi trong tệp Excel.", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"Đã nhập vào {display_path(into)} ({replaced(result)}).")
    if result.backup is not None:
        click.echo(f"Bản trước khi nhập được lưu ở {display_path(result.backup)}.")
    for line in check_lines(result):
        click.echo(line, err=True)
    sys.exit(EXIT_OK if result.ok else EXIT_INPUT)


EXIT_UNREADABLE = 3  # check: a file is not a readable .docx


@cli.command(
    name="check",
    short_help="Kiểm tra thể thức tệp .docx theo Nghị định 30, hoặc kiểm tra các mẫu.",
    help=(
        "Kiểm tra các tệp Word (.docx), hoặc mọi tệp .docx trong thư mục, theo thể thức Nghị định 30/2020/NĐ-CP: "
        "khổ giấy, lề, phông chữ, phần đầu, số và ngày, trích yếu, nội dung, chữ ký, nơi nhận. "
        "Với --templates: kiểm tra mọi thẻ trong các tệp mẫu có khớp với dữ liệu của loại văn bản không "
        "(chạy sau khi sửa mẫu). Với --explain MÃ: giải thích một quy tắc và điều khoản Nghị định 30 làm căn cứ. "
        "Mã thoát theo phát hiện nặng nhất: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 dùng sai lệnh, "
        "3 có tệp hỏng hoặc không đọc được."
    ),
)
@_help_option()
@click.argument("duong_dan", metavar="[TỆP|THƯ_MỤC]...", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON: một mảng, mỗi phát hiện một mục.")
@click.option(
    "--explain",
    "explain_rule",
    metavar="MÃ",
    default=None,
    help="Giải thích quy tắc MÃ (ví dụ ND30-PAGE-MARGIN-LEFT): yêu cầu, mức độ, điều khoản Nghị định 30.",
)
@click.option(
    "--templates",
    "templates",
    is_flag=True,
    help="Kiểm tra các thẻ trong các tệp mẫu với dữ liệu của từng loại văn bản.",
)
@click.option(
    "--templates-dir",
    type=click.Path(path_type=Path),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục chứa các mẫu .docx cần kiểm tra (mặc định: ./templates); kèm theo --templates.",
)
@click.option(
    "--inputs-dir",
    type=click.Path(path_type=Path),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục các tệp YAML ví dụ cho biết dữ liệu của từng loại văn bản (mặc định: ./inputs).",
)
def check_command(
    duong_dan: tuple[Path, ...],
    as_json: bool,
    explain_rule: str | None,
    templates: bool,
    templates_dir: Path | None,
    inputs_dir: Path | None,
) -> None:
    import json

    from reportgen.check.report import check_paths, explain, finding_line, finding_record, summary_line

    if explain_rule is not None:
        text = explain(explain_rule)
        if text is None:
            raise click.UsageError(
                f"không có quy tắc “{explain_rule}”; xem danh sách mã trong README (reportgen check)"
            )
        click.echo(text)
        sys.exit(EXIT_OK)
    templates = templates or templates_dir is not None
    if not duong_dan and not templates:
        raise click.UsageError("thiếu đối số TỆP|THƯ_MỤC... (hoặc dùng --templates để kiểm tra các mẫu)")
    for folder, option in ((templates_dir, "--templates-dir"), (inputs_dir, "--inputs-dir")):
        if folder is not None and not folder.is_dir():
            raise click.UsageError(f"không có thư mục “{folder}” (tùy chọn {option})")
    batches = []
    if duong_dan:
        batches.append((check_paths(duong_dan), "tệp"))
    if templates:
        from reportgen.check.templates.contract import check_templates

        batches.append((check_templates(templates_dir, [inputs_dir] if inputs_dir else None), "mẫu"))
    reports = [report for batch, _ in batches for report in batch]
    if as_json:
        records = [finding_record(r.path, f) for r in reports for f in r.findings]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for finding in report.findings:
                click.echo(finding_line(report.path, finding))
        for batch, what in batches:
            click.echo(summary_line(batch, what))
    if duong_dan and not batches[0][0]:
        click.echo("Không tìm thấy tệp .docx nào để kiểm tra.", err=True)
        sys.exit(EXIT_INPUT)
    if any(r.unreadable for r in reports):
        sys.exit(EXIT_UNREADABLE)
    sys.exit(EXIT_INPUT if any(r.errors for r in reports) else EXIT_OK)


@cli.command(
    name="serve",
    short_help="Mở trang web để soạn, kiểm tra và sinh văn bản từ trình duyệt.",
    help=(
        "Mở trang web cho cán bộ: xem mọi tệp đầu vào của thư mục làm việc, soạn bằng biểu mẫu, sinh và xem trước "
        "văn bản, nhập danh sách từ Excel, kiểm tra thể thức tệp Word. Chạy trên máy này (127.0.0.1) thì không cần "
        "đăng nhập; mở cho mạng nội bộ (--host 0.0.0.0) thì cần tài khoản tạo bằng: reportgen user add TÊN."
    ),
)
@_help_option()
@click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc chứa các tệp YAML (mặc định: inputs); văn bản sinh ra ở THƯ_MỤC/outputs.",
)
@click.option("--host", default="127.0.0.1", metavar="ĐỊA_CHỈ", help="Địa chỉ lắng nghe (mặc định: 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, metavar="CỔNG", help="Cổng (mặc định: 8000).")
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Chỉ gửi cookie phiên qua HTTPS (khi chạy sau một máy chủ HTTPS).",
)
def serve_command(workspace: Path, host: str, port: int, secure_cookies: bool) -> None:
    import uvicorn

    from reportgen.web.app import Settings, create_app
    from reportgen.web.security import is_local
    from reportgen.web.store import Store

    require_login = not is_local(host)
    if require_login and not Store(workspace.resolve()).has_users():
        raise click.UsageError(
            f"mở trang web cho mạng (--host {host}) cần tài khoản; tạo trước bằng: "
            f"reportgen user add TÊN --workspace {workspace}"
        )
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.UsageError(
                f"không mở được {host}:{port} ({exc.strerror or exc}); cổng đang được dùng? Thử --port {port + 1}"
            ) from None
    settings = Settings(workspace, require_login=require_login, secure_cookies=secure_cookies, background=True)
    app = create_app(settings)
    shown = "localhost" if is_local(host) else host
    click.echo(f"Trang web reportgen: http://{shown}:{port}/  (thư mục làm việc: {display_path(workspace)})")
    click.echo("Bấm Ctrl+C để dừng.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.group(name="user", cls=Group, help="Quản lý tài khoản đăng nhập trang web (reportgen serve).")
@_help_option()
def user_group() -> None:
    pass


@user_group.command(name="add", help="Tạo tài khoản (hoặc đặt lại mật khẩu) để đăng nhập trang web.")
@_help_option()
@click.argument("ten", metavar="TÊN")
@click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc của trang web (mặc định: inputs).",
)
@click.password_option(
    "--password", prompt="Mật khẩu", confirmation_prompt="Nhập lại mật khẩu", help="Mật khẩu (hỏi khi không nêu)."
)
def user_add(ten: str, workspace: Path, password: str) -> None:
    from reportgen.web.store import Store

    if len(password) < 8:
        raise click.UsageError("mật khẩu cần ít nhất 8 ký tự")
    store = Store(workspace.resolve())
    store.add_user(ten, password)
    store.audit(ten, "tạo tài khoản", ten, "reportgen user add")
    click.echo(f"Đã tạo tài khoản {ten} cho thư mục {display_path(workspace)}.")


_CLICK_MESSAGES = [
    (r"No such option: (.+)", r"không có tùy chọn \1"),
    (r"No such option '(.+)'\. Did you mean '(.+)'\?", r"không có tùy chọn \1; có phải ý là \2?"),
    (r"No such option '(.+)'\.?", r"không có tùy chọn \1"),
    (r"Missing argument '(.+)'\.?", r"thiếu đối số \1"),
    (r"Missing option '(.+)'\.?", r"thiếu tùy chọn \1"),
    (r"No such command '(.+)'\. Did you mean '(.+)'\?", r"không có lệnh \1; có phải ý là \2?"),
    (r"No such command '(.+)'\.?", r"không có lệnh \1; xem reportgen --help"),
    (r"Got unexpected extra arguments? \((.+)\)", r"thừa đối số: \1"),
    (r"Option '(.+)' requires an argument\.?", r"tùy chọn \1 cần một giá trị"),
    (r"Invalid value for '(.+)': (.+)", r"giá trị không hợp lệ cho \1: \2"),
]


def _vietnamese_usage(message: str) -> str:
    for pattern, replacement in _CLICK_MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


def utf8_output() -> None:
    """Write UTF-8 whatever the console: on Windows a redirected stream is cp1252/cp1258 and Vietnamese fails."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change any more
                reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="reportgen", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.format_message(), err=True)
        return EXIT_USAGE
    except click.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx else "reportgen"
        click.echo(f"Lỗi: {_vietnamese_usage(exc.format_message())}\nXem: {path} --help", err=True)
        return EXIT_USAGE
    except (click.Abort, KeyboardInterrupt):
        # Every write is a temp file renamed into place (undone on interruption), so nothing is half-written.
        click.echo("Đã dừng (Ctrl+C); không tệp nào bị ghi dở.", err=True)
        return EXIT_INTERRUPTED
    except InputError as exc:
        click.echo(str(exc), err=True)
        return EXIT_INPUT
    except OutputError as exc:
        click.echo(f"Lỗi ghi tệp: {exc}", err=True)
        return EXIT_OUTPUT
    except Exception:
        if debug:
            traceback.print_exc()
        click.echo("Lỗi bất ngờ trong reportgen; chạy lại với --debug và gửi nội dung cho bộ phận kỹ thuật.", err=True)
        return 4
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
