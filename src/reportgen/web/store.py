"""History of every input version, staff accounts and the audit log, in one SQLite file in the workspace.

The workspace folder stays the truth for inputs and outputs; this file only remembers what the folder
cannot: earlier versions (so nothing saved from the browser is ever lost), who may log in, and who
changed what and when. sqlite-utils keeps the SQL small; every call opens its own connection, so the
store is safe to use from the server's worker threads.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

DB_NAME = ".reportgen-web.sqlite"
_HASHER = PasswordHasher()


def sha(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Version:
    id: int
    name: str
    sha: str
    saved_at: str
    user: str
    note: str
    text: str


class Store:
    def __init__(self, workspace: Path) -> None:
        self.path = workspace / DB_NAME
        with self._db() as db:
            db.table("versions").create(
                {"id": int, "name": str, "sha": str, "saved_at": str, "user": str, "note": str, "text": str},
                pk="id",
                if_not_exists=True,
            )
            db.table("versions").create_index(["name", "id"], if_not_exists=True)
            db.table("users").create({"name": str, "hash": str, "created_at": str}, pk="name", if_not_exists=True)
            db.table("audit").create(
                {"id": int, "at": str, "user": str, "action": str, "target": str, "detail": str},
                pk="id",
                if_not_exists=True,
            )

    @contextmanager
    def _db(self) -> Iterator[sqlite_utils.Database]:
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            with conn:
                yield sqlite_utils.Database(conn)
        finally:
            conn.close()

    # ------------------------------------------------------------------------------------ versions

    def keep(self, name: str, text: str, user: str, note: str) -> None:
        """Record ``text`` as a version of ``name`` unless it is already the latest one."""
        latest = self.versions(name, limit=1)
        if latest and latest[0].sha == sha(text):
            return
        row = {"name": name, "sha": sha(text), "saved_at": now(), "user": user, "note": note, "text": text}
        with self._db() as db:
            db.table("versions").insert(row)

    def versions(self, name: str, limit: int = 200) -> list[Version]:
        with self._db() as db:
            rows = db.query(
                "select * from versions where name = ? order by id desc limit ?",
                [name, limit],
            )
            return [Version(**row) for row in rows]

    def version(self, name: str, version_id: int) -> Version | None:
        with self._db() as db:
            rows = list(db.query("select * from versions where name = ? and id = ?", [name, version_id]))
        return Version(**rows[0]) if rows else None

    # --------------------------------------------------------------------------------------- users

    def add_user(self, name: str, password: str) -> None:
        with self._db() as db:
            db.table("users").upsert({"name": name, "hash": _HASHER.hash(password), "created_at": now()}, pk="name")

    def has_users(self) -> bool:
        with self._db() as db:
            return bool(db.table("users").count)

    def check_password(self, name: str, password: str) -> bool:
        with self._db() as db:
            rows = list(db.query("select hash from users where name = ?", [name]))
        if not rows:
            _HASHER.hash(password)  # same cost as a real check, so timing does not tell which names exist
            return False
        try:
            return _HASHER.verify(rows[0]["hash"], password)
        except (VerificationError, InvalidHashError):
            return False

    # --------------------------------------------------------------------------------------- audit

    def audit(self, user: str, action: str, target: str, detail: str = "") -> None:
        with self._db() as db:
            db.table("audit").insert({"at": now(), "user": user, "action": action, "target": target, "detail": detail})

    def audit_log(self, limit: int = 500) -> list[dict[str, Any]]:
        with self._db() as db:
            return list(db.query("select * from audit order by id desc limit ?", [limit]))
