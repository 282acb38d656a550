"""``main``: run the root group, turn every way a command can end into an exit code and a Vietnamese line.

Click's own usage messages are English; the common ones are translated here. An unexpected exception never
shows a traceback unless ``--debug`` was given.
"""

from __future__ import annotations

import contextlib
import re
import sys
import traceback
from collections.abc import Sequence

import click

from reportgen.cli.exits import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_UNEXPECTED, EXIT_USAGE
from reportgen.cli.group import cli
from reportgen.problems import InputError, OutputError

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
        return EXIT_UNEXPECTED
    return EXIT_OK
