"""``check``: the Nghị định 30 checker over .docx files, and the template contract with ``--templates``.

The work is :func:`reportgen.check.run.run_check`; this module validates options, prints and picks the exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reportgen.cli.exits import EXIT_INPUT, EXIT_OK, EXIT_UNREADABLE
from reportgen.cli.group import cli, help_option


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
@help_option()
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

    from reportgen.check.report import explain
    from reportgen.check.run import Verdict, run_check

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
    run = run_check(duong_dan, templates=templates, templates_dir=templates_dir, inputs_dir=inputs_dir)
    if as_json:
        click.echo(json.dumps(run.records(), ensure_ascii=False, indent=2))
    else:
        for line in run.lines():
            click.echo(line)
    verdict = run.verdict
    if verdict is Verdict.NOTHING_FOUND:
        click.echo("Không tìm thấy tệp .docx nào để kiểm tra.", err=True)
    exit_codes = {
        Verdict.NOTHING_FOUND: EXIT_INPUT,
        Verdict.UNREADABLE: EXIT_UNREADABLE,
        Verdict.ERRORS: EXIT_INPUT,
        Verdict.CLEAN: EXIT_OK,
    }
    sys.exit(exit_codes[verdict])
