"""The register in a SQLite file in the workspace: no server to set up.

``BEGIN IMMEDIATE`` takes the database's write lock before the series is read, so two processes issuing at the
same moment are served one after the other; the others wait (up to a minute) instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportgen.register.store import Register, RegisterError

SCHEMA = """
CREATE TABLE IF NOT EXISTS register_series (key TEXT PRIMARY KEY, last_number INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS register_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    series TEXT NOT NULL, body TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL,
    symbol TEXT NOT NULL, issued_on TEXT NOT NULL, issued_at TEXT NOT NULL, type_name TEXT NOT NULL,
    subject TEXT NOT NULL, signer TEXT NOT NULL, recipients TEXT NOT NULL, copies INTEGER NOT NULL,
    content_hash TEXT NOT NULL, source TEXT NOT NULL, secret INTEGER NOT NULL,
    cancelled_at TEXT, cancel_reason TEXT, body_name TEXT NOT NULL,
    UNIQUE (series, number)
);
CREATE INDEX IF NOT EXISTS register_entries_year ON register_entries (year, body);
CREATE TRIGGER IF NOT EXISTS register_entries_kept BEFORE DELETE ON register_entries
BEGIN SELECT RAISE(ABORT, 'a register entry is never deleted; cancel it'); END;
"""


class SqliteRegister(Register):
    def __init__(self, path: Path) -> None:
        self.where = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=60)
            self._db.executescript("BEGIN IMMEDIATE;" + SCHEMA + "COMMIT;")
        except (OSError, sqlite3.Error) as exc:
            raise RegisterError(f"không mở được sổ đăng ký {path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def _execute(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._db.execute(self._sql(sql), tuple(args)).fetchall())

    def _commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    def _rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
