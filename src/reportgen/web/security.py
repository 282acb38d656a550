"""Who may use the pages: nobody needs to log in on the PC itself; on a network every request needs an account.

Sessions are cookies signed with itsdangerous (Starlette's SessionMiddleware) under a secret kept in the
workspace, so they survive a restart; every form carries the session's CSRF token; failed logins are
counted per address and per name so that guessing passwords is slow.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

CSRF_FIELD = "csrf"
SECRET_NAME = ".reportgen-web.secret"
MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


def is_local(host: str) -> bool:
    """Bound only to this machine (127.0.0.1, ::1, localhost): nobody else can reach the pages."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secret_key(workspace: Path) -> str:
    """The signing key of the session cookies, made once per workspace and readable only by its owner."""
    path = workspace / SECRET_NAME
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(48)
        path.touch(mode=0o600)
        path.write_text(key, encoding="ascii")
        return key


def csrf_token(session: dict[str, object]) -> str:
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


def csrf_ok(session: dict[str, object], submitted: object) -> bool:
    token = session.get(CSRF_FIELD)
    return isinstance(token, str) and isinstance(submitted, str) and secrets.compare_digest(token, submitted)


class LoginLimiter:
    """At most ``MAX_FAILURES`` failed logins per address and per name in ``WINDOW_SECONDS``."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._now = clock or time.monotonic

    def _recent(self, key: str) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and self._now() - times[0] > WINDOW_SECONDS:
            times.popleft()
        return times

    def blocked(self, address: str, name: str) -> bool:
        with self._lock:
            return any(len(self._recent(k)) >= MAX_FAILURES for k in (f"ip:{address}", f"user:{name}"))

    def failed(self, address: str, name: str) -> None:
        with self._lock:
            for key in (f"ip:{address}", f"user:{name}"):
                self._recent(key).append(self._now())

    def succeeded(self, address: str, name: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{name}", None)
