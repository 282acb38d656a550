"""Which register a command uses: ``--database`` when given, else the settings file, else SQLite in the workspace."""

from __future__ import annotations

from pathlib import Path

from reportgen.register.store import Register

DEFAULT_FILE = "so_dang_ky.sqlite"


def open_register(database: str | None, workspace: Path) -> Register:
    """``postgresql://…`` opens the server; anything else is a SQLite file (relative to the workspace)."""
    if database and database.startswith(("postgresql://", "postgres://")):
        from reportgen.register.postgres import PostgresRegister  # the driver is loaded only when used

        return PostgresRegister(database)
    from reportgen.register.sqlite import SqliteRegister

    path = Path(database) if database else Path(DEFAULT_FILE)
    return SqliteRegister(path if path.is_absolute() else workspace / path)
