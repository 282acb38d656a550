"""Who may use the pages: nobody needs to log in on the PC itself; on a network every request needs an account.

The signed cookie (Starlette's SessionMiddleware, secret kept in the workspace) carries only a random
session id and the CSRF token; who is signed in is looked up in the workspace database on every request,
so logging out, a new password or removing an account ends the session at once, and a cookie forged with
the secret still names no session. Failed logins slow the guesser, per address and name (see LoginLimiter).
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
MAX_FAILURES = 5  # kept for the tests' wording: failures of one name from one address before any wait
FREE_TRIES = MAX_FAILURES
ADDRESS_TRIES = 30
MAX_WAIT = 15 * 60
WINDOW_SECONDS = 60 * 60


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
    """Failed logins slow down the one guessing, not the person whose name is guessed.

    Failures are counted per (address, name): after ``FREE_TRIES`` the next try from that address for that
    name waits 2, 4, 8… seconds (at most ``MAX_WAIT``), so the right password typed on another PC is never
    refused. An address guessing many names is slowed as a whole after ``ADDRESS_TRIES`` failures.
    """

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._now = clock or time.monotonic

    def _recent(self, key: str) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and self._now() - times[0] > WINDOW_SECONDS:
            times.popleft()
        return times

    def wait(self, address: str, name: str) -> float:
        """Seconds before another try from ``address`` for ``name`` is checked; 0 when it may be tried now."""
        with self._lock:
            waits = [0.0]
            for key, free in ((f"pair:{address}\0{name}", FREE_TRIES), (f"ip:{address}", ADDRESS_TRIES)):
                times = self._recent(key)
                if len(times) >= free:
                    delay = min(MAX_WAIT, 2.0 ** (len(times) - free + 1))
                    waits.append(times[-1] + delay - self._now())
            return max(waits)

    def blocked(self, address: str, name: str) -> bool:
        return self.wait(address, name) > 0

    def failed(self, address: str, name: str) -> None:
        with self._lock:
            for key in (f"pair:{address}\0{name}", f"ip:{address}"):
                self._recent(key).append(self._now())

    def succeeded(self, address: str, name: str) -> None:
        with self._lock:
            self._failures.pop(f"pair:{address}\0{name}", None)


def client_address(peer: str | None, forwarded_for: str | None, trusted_proxies: list[str]) -> str:
    """The address of the person: the peer, or what a configured reverse proxy says it forwarded for.

    ``X-Forwarded-For`` is believed only from a proxy named in the settings (``--trusted-proxy``); from
    anyone else (loopback included) it is ignored, else any PC could pick the address it is counted under.
    """
    peer = peer or "?"
    if forwarded_for and peer in trusted_proxies:
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        for hop in reversed(hops):  # the nearest hop not itself a trusted proxy
            if hop not in trusted_proxies:
                return hop
    return peer
