"""The root ``reportgen`` group and the click classes that print help in Vietnamese.

Command modules (``reportgen.cli.commands.*``) attach themselves to :data:`cli` with ``@cli.command(...)``
and give every command :func:`help_option` so that ``-h``/``--help`` reads "Xem hướng dẫn này rồi thoát.".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from reportgen import __version__, kinds


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


def help_option() -> Callable[[F], F]:
    return click.help_option("-h", "--help", help="Xem hướng dẫn này rồi thoát.")


def known_kind(loai: str) -> str:
    """``loai`` when it names a document kind, else a usage error listing the kinds."""
    if loai not in kinds.available():
        raise click.UsageError(f"không có loại văn bản “{loai}”; chọn một trong: {', '.join(kinds.available())}")
    return loai


@click.group(
    cls=Group,
    context_settings=HELP,
    help=(
        "reportgen: sinh văn bản đối ngoại (báo cáo, quyết định khen thưởng, thông báo, biên bản, bài phát biểu) "
        "từ tệp YAML, đúng thể thức Nghị định 30/2020/NĐ-CP."
    ),
)
@help_option()
@click.version_option(
    __version__, "--version", prog_name="reportgen", message="%(prog)s %(version)s", help="In số phiên bản rồi thoát."
)
@click.option("--debug", is_flag=True, help="Khi có lỗi bất ngờ, in chi tiết kỹ thuật (dành cho người phát triển).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}
