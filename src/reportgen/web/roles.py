"""Who holds which role, and where each document stands on its way to issue, in the workspace's web database.

On this machine without accounts (``reportgen serve`` on 127.0.0.1) one person holds every role, as before
roles existed. With accounts, a person holds the roles given with ``reportgen user roles``; an account that was
given none is a chuyên viên, who writes and builds drafts as every account could before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportgen.register.workflow import CHUYEN_VIEN, DRAFT, ROLES
from reportgen.web.store import DB_NAME, now

SCHEMA = """
CREATE TABLE IF NOT EXISTS roles (user TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (user, role));
CREATE TABLE IF NOT EXISTS document_states (
    name TEXT PRIMARY KEY, state TEXT NOT NULL, at TEXT NOT NULL, user TEXT NOT NULL, comment TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Standing:
    state: str
    comment: str = ""  # the last return's reason, shown to the chuyên viên
    by: str = ""


class RoleBook:
    def __init__(self, workspace: Path) -> None:
        self.path = workspace / DB_NAME
        with self._db() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def roles_of(self, user: str) -> set[str]:
        with self._db() as db:
            found = {row[0] for row in db.execute("SELECT role FROM roles WHERE user = ?", (user,))}
        return found or {CHUYEN_VIEN}

    def set_roles(self, user: str, roles: Iterable[str]) -> None:
        wanted = set(roles)
        unknown = wanted - set(ROLES)
        if unknown:
            raise ValueError(f"vai trò không có: {', '.join(sorted(unknown))}; chỉ nhận {', '.join(ROLES)}")
        with self._db() as db:
            db.execute("DELETE FROM roles WHERE user = ?", (user,))
            db.executemany("INSERT INTO roles (user, role) VALUES (?, ?)", [(user, role) for role in sorted(wanted)])

    def standing(self, name: str) -> Standing:
        with self._db() as db:
            row = db.execute("SELECT state, comment, user FROM document_states WHERE name = ?", (name,)).fetchone()
        return Standing(row[0], row[1], row[2]) if row else Standing(DRAFT)

    def move(self, name: str, expected: str, state: str, user: str, comment: str = "") -> bool:
        """Set the state if it still is ``expected`` (two leaders clicking at once: the second is refused)."""
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT state FROM document_states WHERE name = ?", (name,)).fetchone()
            if (row[0] if row else DRAFT) != expected:
                return False
            db.execute(
                "INSERT INTO document_states (name, state, at, user, comment) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET state = excluded.state, at = excluded.at, user = excluded.user,"
                " comment = excluded.comment",
                (name, state, now(), user, comment),
            )
        return True
