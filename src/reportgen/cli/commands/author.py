"""Commands that help staff write inputs: ``kinds``, ``schema``, ``init`` and ``import-xlsx``.

Their modules are imported when a command runs: openpyxl and ruamel.yaml are slow to load and ``build``
does not need them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reportgen import kinds
from reportgen.cli.exits import EXIT_INPUT, EXIT_OK
from reportgen.cli.group import cli, help_option, known_kind
from reportgen.problems import display_path


@cli.command(name="kinds", help="Liệt kê các loại văn bản có thể sinh.")
@help_option()
def list_kinds() -> None:
    for name in kinds.available():
        click.echo(f"{name:<24} {kinds.get(name).title}")


@cli.command(
    name="schema",
    short_help="In lược đồ JSON của một loại văn bản cho trình soạn thảo.",
    help=(
        "In lược đồ JSON (JSON Schema) của một loại văn bản, để trình soạn thảo như VS Code gợi ý tên trường "
        "và báo lỗi ngay khi gõ tệp YAML."
    ),
)
@help_option()
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
        click.echo(schema_text(known_kind(loai)), nl=False)
        return
    for name in [known_kind(loai)] if loai else kinds.available():
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
@help_option()
@click.argument("loai", metavar="LOẠI")
@click.argument("tep", metavar="[TỆP.yaml]", required=False, type=click.Path(path_type=Path, dir_okay=False))
def init_command(loai: str, tep: Path | None) -> None:
    from reportgen.author.scaffold import init_input

    written = init_input(known_kind(loai), tep)
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
@help_option()
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
