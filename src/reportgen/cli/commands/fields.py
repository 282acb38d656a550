"""``reportgen fields <loại>``: the variables a kind's templates may use, for staff who edit templates in Word."""

from __future__ import annotations

import click

from reportgen.cli.group import cli, help_option, known_kind


@cli.command(
    name="fields",
    short_help="Liệt kê các biến mà mẫu văn bản của một loại được dùng.",
    help="Liệt kê mọi biến {{ … }} mà mẫu .docx của một loại văn bản được dùng, kèm mô tả tiếng Việt.",
)
@help_option()
@click.argument("loai", metavar="LOẠI")
def fields_command(loai: str) -> None:
    from reportgen.author.variables import describe

    click.echo(describe(known_kind(loai)), nl=False)
