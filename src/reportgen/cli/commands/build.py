"""``build`` and ``validate``: YAML inputs to Word (and PDF) documents, or only their check.

Both print every problem of every input, one summary line, and exit with the worst outcome.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from reportgen.cli.exits import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT
from reportgen.cli.group import cli, help_option
from reportgen.make.pdf import PDF_TIMEOUT, font_warning
from reportgen.make.pipeline import BuildResult, build_paths, collect_inputs, pdf_for, validate_paths
from reportgen.problems import display_path, summarise

F = TypeVar("F", bound=Callable[..., Any])


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


def pdf_timeout_option() -> Callable[[F], F]:
    """``--pdf-timeout GIÂY``, shared by ``build`` and ``serve``."""
    return click.option(
        "--pdf-timeout",
        "pdf_timeout",
        type=click.FloatRange(min=1),
        default=PDF_TIMEOUT,
        metavar="GIÂY",
        help=f"Thời gian tối đa cho LibreOffice chuyển một đợt văn bản sang PDF; quá thì dừng LibreOffice "
        f"(mặc định: {PDF_TIMEOUT:g} giây).",
    )


def print_results(results: Sequence[BuildResult], verb: str) -> int:
    total = len(results)
    stopped = [r for r in results if r.stopped]
    results = [r for r in results if not r.stopped]
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
    summary = f"{verb}: {done}/{total} tệp đầu vào thành công"
    if failed:
        summary += "; có lỗi: " + ", ".join(display_path(r.source) for r in failed)
    click.echo(summary, err=bool(failed))
    if stopped:
        click.echo(
            f"Đã dừng (Ctrl+C); chưa sinh {len(stopped)} tệp đầu vào (không để lại tệp nào ghi dở): "
            + ", ".join(display_path(r.source) for r in stopped),
            err=True,
        )
        return EXIT_INTERRUPTED
    if not results:
        click.echo("Không tìm thấy tệp đầu vào .yaml nào.", err=True)
        return EXIT_INPUT
    return worst


@cli.command(help="Sinh văn bản Word từ các tệp YAML (hoặc mọi tệp .yaml trong thư mục).")
@help_option()
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
@click.option(
    "--pdf-ky",
    "pdf_ky",
    is_flag=True,
    help=(
        "Xuất bản PDF sẵn sàng ký số: PDF/A-2b có ô chữ ký đặt giữa chức vụ và họ tên người ký, để phần mềm ký số "
        "đặt hình chữ ký đúng chỗ; bao gồm --pdf-a."
    ),
)
@pdf_timeout_option()
def build(
    duong_dan: tuple[Path, ...],
    output: Path,
    force: bool,
    templates: Path | None,
    jobs: int | None,
    also_pdf: bool,
    pdf_a: bool,
    pdf_ky: bool,
    pdf_timeout: float,
) -> None:
    progress = Progress(len(collect_inputs(duong_dan)))
    results = build_paths(duong_dan, output, force=force, templates=templates, jobs=jobs, on_done=progress.step)
    progress.close()
    code = print_results(results, "Sinh văn bản")
    if (also_pdf or pdf_a or pdf_ky) and code != EXIT_INTERRUPTED:
        written = [path for result in results for path in result.written]
        click.echo(f"Đang chuyển {len(written)} văn bản sang PDF (tối đa {pdf_timeout:g} giây mỗi đợt)…", err=True)
        pdfs = pdf_for(written, pdf_a=pdf_a or pdf_ky, timeout=pdf_timeout)
        for pdf in pdfs:
            click.echo(f"Đã tạo {display_path(pdf)}")
            if pdf_ky:
                _sign_ready(pdf)
        warning = font_warning(pdfs)
        if warning:
            click.echo(f"Cảnh báo: {warning}", err=True)
    sys.exit(code)


def _sign_ready(pdf: Path) -> None:
    from reportgen.sign.ready import make_sign_ready

    ready = make_sign_ready(pdf.with_suffix(".docx"), pdf)
    if not ready.boxes:
        click.echo(f"  {pdf.name}: văn bản không có người ký nên không có ô chữ ký.")
    for name, box in zip(ready.fields, ready.boxes, strict=True):
        click.echo(f"  Ô chữ ký {name}: trang {box.page}, trên tên «{box.signer}»")


@cli.command(help="Kiểm tra các tệp YAML mà không sinh văn bản; báo mọi lỗi kèm dòng và trường.")
@help_option()
@click.argument("duong_dan", metavar="ĐƯỜNG_DẪN...", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(duong_dan: tuple[Path, ...]) -> None:
    sys.exit(print_results(validate_paths(duong_dan), "Kiểm tra"))
