"""The ``reportgen`` command: parse options, call the library, print Vietnamese results, set the exit code.

Layout (the only package that imports click):

- ``group.py``: the root group :data:`cli`, the Vietnamese help classes, :func:`help_option`, :func:`known_kind`;
- ``exits.py``: the one exit-code table (0 thành công, 1 đầu vào có lỗi, 2 dùng sai lệnh, 3 không ghi được tệp
  kết quả / tệp hỏng khi kiểm tra, 4 lỗi bất ngờ, 130 dừng bằng Ctrl+C);
- ``entry.py``: :func:`main`, the entry point (``[project.scripts]`` and ``python -m reportgen``), which turns
  click's usage errors, Ctrl+C, input and output errors into a Vietnamese line and an exit code;
- ``commands/<family>.py``: one module per command family (build, author, check, serve).

Adding a command: create ``commands/<family>.py`` (or add to an existing family) with
``from reportgen.cli.group import cli, help_option`` and ``@cli.command(name=..., help=...)`` + ``@help_option()``.
Nothing else to edit: ``commands/__init__.py`` imports every module of its folder, and the help page lists
commands alphabetically. Import heavy libraries inside the command function, so ``reportgen build`` stays fast.
"""

from __future__ import annotations

import contextlib
import sys

try:  # Ctrl+C while the libraries load (a second or so on an office PC) is a stop too, not a traceback
    from reportgen.cli import commands as commands
    from reportgen.cli.entry import main, utf8_output
    from reportgen.cli.group import cli
except KeyboardInterrupt:  # pragma: no cover - timing
    with contextlib.suppress(AttributeError, ValueError):  # cp1252 on Windows has no "ừ"
        sys.stderr.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stderr.write("Đã dừng (Ctrl+C).\n")
    raise SystemExit(130) from None

__all__ = ["cli", "main", "utf8_output"]
