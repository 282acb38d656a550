"""One writer at a time per input file, across threads and across server processes sharing the folder.

A thread lock alone lets two ``reportgen serve`` processes (several workers, or two PCs opening one folder)
interleave read-check-write and lose an edit. The lock is an OS lock on a small file beside the inputs:
``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows; the OS releases it if the process dies, so a
crash never leaves the workspace locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_DIR = ".reportgen-web-locks"
_THREADS: dict[Path, threading.Lock] = {}
_GUARD = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    with _GUARD:
        return _THREADS.setdefault(path, threading.Lock())


@contextlib.contextmanager
def input_lock(folder: Path, name: str) -> Iterator[None]:
    """Held while the input ``name`` is read, checked and replaced; other inputs are saved meanwhile."""
    locks = folder / LOCK_DIR
    locks.mkdir(exist_ok=True)
    path = (locks / f"{hashlib.sha256(name.encode()).hexdigest()[:24]}.lock").resolve()
    with _thread_lock(path), open(path, "a+b") as handle:
        _acquire(handle.fileno())
        try:
            yield
        finally:
            _release(handle.fileno())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _acquire(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
                return
            except OSError:
                time.sleep(0.05)

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _acquire(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
