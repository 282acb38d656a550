"""The register on a PostgreSQL server, for an office whose văn thư and staff share one sổ.

``INSERT … ON CONFLICT DO UPDATE … RETURNING`` increments the series in one statement and keeps its row locked
until the transaction ends, so concurrent issuers are served one after the other; a rolled-back reservation
leaves the counter as it was. The schema is created under an advisory lock, since ``CREATE TABLE IF NOT
EXISTS`` alone races when several processes start at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg

from reportgen.register.store import Register, RegisterError

SCHEMA = [
    "SELECT pg_advisory_xact_lock(2024030530)",
    "CREATE TABLE IF NOT EXISTS register_series (key TEXT PRIMARY KEY, last_number INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS register_entries (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        series TEXT NOT NULL, body TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL,
        symbol TEXT NOT NULL, issued_on TEXT NOT NULL, issued_at TEXT NOT NULL, type_name TEXT NOT NULL,
        subject TEXT NOT NULL, signer TEXT NOT NULL, recipients TEXT NOT NULL, copies INTEGER NOT NULL,
        content_hash TEXT NOT NULL, source TEXT NOT NULL, secret INTEGER NOT NULL,
        cancelled_at TEXT, cancel_reason TEXT, body_name TEXT NOT NULL,
        UNIQUE (series, number))""",
    "CREATE INDEX IF NOT EXISTS register_entries_year ON register_entries (year, body)",
    """CREATE OR REPLACE FUNCTION register_entries_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'a register entry is never deleted; cancel it'; END $$""",
    """CREATE OR REPLACE TRIGGER register_entries_kept BEFORE DELETE ON register_entries
        FOR EACH ROW EXECUTE FUNCTION register_entries_kept()""",
]


class PostgresRegister(Register):
    param = "%s"

    def __init__(self, url: str) -> None:
        self.where = url.split("@")[-1]  # never show a password
        try:
            self._db = psycopg.connect(url, autocommit=False, connect_timeout=10)
            for statement in SCHEMA:
                self._db.execute(statement)
            self._db.commit()
        except psycopg.Error as exc:
            raise RegisterError(f"không kết nối được cơ sở dữ liệu của sổ đăng ký ({self.where}): {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def _begin(self) -> None:
        """psycopg opens the transaction with the first statement; the series row lock does the excluding."""

    def _execute(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self._db.execute(self._sql(sql).encode(), tuple(args))
        return list(cursor.fetchall()) if cursor.description is not None else []

    def _commit(self) -> None:
        self._db.commit()

    def _rollback(self) -> None:
        self._db.rollback()
