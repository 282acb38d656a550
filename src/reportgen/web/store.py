"""History of every input version, staff accounts and the audit log, in one SQLite file in the workspace.

The workspace folder stays the truth for inputs and outputs; this file only remembers what the folder
cannot: earlier versions (so nothing saved from the browser is ever lost), who may log in, and who
changed what and when, and the signed-in sessions (kept here, not in the cookie, so that logging out,
changing a password or removing an account ends them at once). sqlite-utils keeps the SQL small; every
call opens its own connection, so the store is safe to use from the server's worker threads; the file is in
WAL mode with a busy timeout, so several server processes on one folder wait for each other instead of
failing. Times are local (Vietnam, UTC+7, no daylight saving), as people read them.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from reportgen.files.lock import input_lock

DB_NAME = ".reportgen-web.sqlite"
_HASHER = PasswordHasher()


def sha(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


VIETNAM = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
BUSY_MS = 30_000


def now() -> str:
    """Local time in Vietnam, as the history and the audit log show it: ``2026-12-07 15:41:02``."""
    return datetime.now(VIETNAM).strftime("%Y-%m-%d %H:%M:%S")


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
        self._kept_bases: set[str] = set()  # hashes of texts already in the ``bases`` table
        with input_lock(workspace, DB_NAME), self._db() as db:  # two server processes starting at once
            db.execute("pragma journal_mode=wal")
            db.table("versions").create(
                {"id": int, "name": str, "sha": str, "saved_at": str, "user": str, "note": str, "text": str},
                pk="id",
                if_not_exists=True,
            )
            db.table("versions").create_index(["name", "id"], if_not_exists=True)
            db.table("users").create({"name": str, "hash": str, "created_at": str}, pk="name", if_not_exists=True)
            if "disabled" not in db.table("users").columns_dict:
                with contextlib.suppress(sqlite3.OperationalError):  # another server process added it meanwhile
                    db.table("users").add_column("disabled", int, not_null_default=0)
            db.table("sessions").create({"id": str, "user": str, "created_at": str}, pk="id", if_not_exists=True)
            db.table("bases").create({"sha": str, "text": str}, pk="sha", if_not_exists=True)
            db.table("audit").create(
                {"id": int, "at": str, "user": str, "action": str, "target": str, "detail": str},
                pk="id",
                if_not_exists=True,
            )

    @contextmanager
    def _db(self) -> Iterator[sqlite_utils.Database]:
        conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000)
        conn.execute(f"pragma busy_timeout={BUSY_MS}")
        # WAL's recommended durability: a commit is not synced on its own (a power cut may lose the last
        # commits, never the database); the input files themselves are synced on every save
        conn.execute("pragma synchronous=normal")
        try:
            with conn:
                yield sqlite_utils.Database(conn)
        finally:
            conn.close()

    # ------------------------------------------------------------------------------------ versions

    def keep(self, name: str, text: str, user: str, note: str) -> None:
        """Record ``text`` as a version of ``name`` unless it is already the latest one."""
        with self._db() as db:
            self._keep(db, name, text, user, note)

    def keep_save(self, name: str, text: str, user: str, note: str, detail: str) -> None:
        """A save's new text and its audit line, in one transaction."""
        with self._db() as db:
            self._keep(db, name, text, user, note)
            db.table("audit").insert({"at": now(), "user": user, "action": note, "target": name, "detail": detail})

    def _keep(self, db: sqlite_utils.Database, name: str, text: str, user: str, note: str) -> None:
        digest = sha(text)
        latest = db.execute("select sha from versions where name = ? order by id desc limit 1", [name]).fetchone()
        if latest is None or latest[0] != digest:
            row = {"name": name, "sha": digest, "saved_at": now(), "user": user, "note": note, "text": text}
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

    def remember(self, text: str) -> str:
        """Keep a text an editor starts from, so a later save can be merged against it; returns its hash.

        A text this process kept already is not written again (every form page asks; rows are never deleted).
        """
        digest = sha(text)
        if digest in self._kept_bases:
            return digest
        with self._db() as db:
            db.execute("insert or ignore into bases (sha, text) values (?, ?)", [digest, text])
        self._kept_bases.add(digest)
        return digest

    def base_text(self, digest: str) -> str | None:
        with self._db() as db:
            rows = list(db.query("select text from bases where sha = ?", [digest]))
            if not rows:
                rows = list(db.query("select text from versions where sha = ? limit 1", [digest]))
        return str(rows[0]["text"]) if rows else None

    # --------------------------------------------------------------------------------------- users

    def add_user(self, name: str, password: str) -> None:
        """Create the account, or set a new password (which ends every session of that name)."""
        with self._db() as db:
            row = {"name": name, "hash": _HASHER.hash(password), "created_at": now(), "disabled": 0}
            db.table("users").upsert(row, pk="name")
            db.execute("delete from sessions where user = ?", [name])

    def remove_user(self, name: str) -> bool:
        with self._db() as db:
            found = bool(list(db.query("select 1 from users where name = ?", [name])))
            db.execute("delete from users where name = ?", [name])
            db.execute("delete from sessions where user = ?", [name])
        return found

    def disable_user(self, name: str) -> bool:
        with self._db() as db:
            found = bool(list(db.query("select 1 from users where name = ?", [name])))
            db.execute("update users set disabled = 1 where name = ?", [name])
            db.execute("delete from sessions where user = ?", [name])
        return found

    # ------------------------------------------------------------------------------------ sessions

    def start_session(self, name: str) -> str:
        session = secrets.token_urlsafe(32)
        with self._db() as db:
            db.table("sessions").insert({"id": session, "user": name, "created_at": now()})
        return session

    def session_user(self, session: str) -> str | None:
        """The account a session belongs to, while the session and an enabled account both exist."""
        with self._db() as db:
            rows = list(
                db.query(
                    "select users.name from sessions join users on users.name = sessions.user "
                    "where sessions.id = ? and users.disabled = 0",
                    [session],
                )
            )
        return str(rows[0]["name"]) if rows else None

    def end_session(self, session: str) -> None:
        with self._db() as db:
            db.execute("delete from sessions where id = ?", [session])

    def has_users(self) -> bool:
        with self._db() as db:
            return bool(db.table("users").count)

    def check_password(self, name: str, password: str) -> bool:
        with self._db() as db:
            rows = list(db.query("select hash from users where name = ? and disabled = 0", [name]))
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
