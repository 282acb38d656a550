"""The ``reportgen`` command: parse options, call the library, print Vietnamese results, set the exit code.

Exit codes: 0 thành công, 1 đầu vào có lỗi, 2 dùng sai lệnh, 3 không ghi được tệp kết quả.
"""

from __future__ import annotations

import re
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from reportgen import kinds
from reportgen.build import BuildResult, build_paths, collect_inputs, pdf_for, validate_paths
from reportgen.problems import InputError, OutputError, display_path

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3


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
        for problem in result.problems + result.warnings:
            click.echo(problem.render(), err=True)
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


@click.group(cls=Group, context_settings=HELP, help=(
    "reportgen: sinh văn bản đối ngoại (báo cáo, quyết định khen thưởng, thông báo, biên bản, bài phát biểu) "
    "từ tệp YAML, đúng thể thức Nghị định 30/2020/NĐ-CP."))
@_help_option()
@click.option("--debug", is_flag=True, help="Khi có lỗi bất ngờ, in chi tiết kỹ thuật (dành cho người phát triển).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


@cli.command(help="Sinh văn bản Word từ các tệp YAML (hoặc mọi tệp .yaml trong thư mục).")
@_help_option()
@click.argument("duong_dan", metavar="ĐƯỜNG_DẪN...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=Path("outputs"),
              metavar="THƯ_MỤC|TỆP.docx",
              help="Thư mục kết quả (mặc định: outputs), hoặc tên tệp .docx khi chỉ có một tệp đầu vào.")
@click.option("--force", is_flag=True, help="Ghi đè cả tệp kết quả đã được sửa tay sau khi tạo.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False), default=None, metavar="THƯ_MỤC",
              help="Thư mục chứa các mẫu .docx (mặc định: ./templates).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="SỐ",
              help="Số tiến trình chạy song song khi có nhiều tệp (mặc định: bằng số nhân CPU).")
@click.option("--pdf", "also_pdf", is_flag=True,
              help="Xuất thêm bản PDF cạnh mỗi tệp .docx (cần LibreOffice và phông Times New Roman).")
def build(duong_dan: tuple[Path, ...], output: Path, force: bool, templates: Path | None, jobs: int | None,
          also_pdf: bool) -> None:
    progress = Progress(len(collect_inputs(duong_dan)))
    results = build_paths(duong_dan, output, force=force, templates=templates, jobs=jobs, on_done=progress.step)
    progress.close()
    code = _print_results(results, "Sinh văn bản")
    if also_pdf:
        written = [path for result in results for path in result.written]
        for pdf in pdf_for(written):
            click.echo(f"Đã tạo {display_path(pdf)}")
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


_CLICK_MESSAGES = [
    (r"No such option: (.+)", r"không có tùy chọn \1"),
    (r"No such option '(.+)'\. Did you mean '(.+)'\?", r"không có tùy chọn \1; có phải ý là \2?"),
    (r"No such option '(.+)'\.?", r"không có tùy chọn \1"),
    (r"Missing argument '(.+)'\.?", r"thiếu đối số \1"),
    (r"Missing option '(.+)'\.?", r"thiếu tùy chọn \1"),
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


def main(argv: Sequence[str] | None = None) -> int:
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
    except click.Abort:
        click.echo("Đã dừng.", err=True)
        return EXIT_USAGE
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
