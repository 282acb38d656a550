"""Costly work kept apart from the pages: worker processes at a lower OS priority, and results kept by content.

Under ``reportgen serve`` a build (charts, Word), its PDF and a preview (LibreOffice, pdftoppm) run in worker
processes whose OS priority is lowered, so that on a small shared PC the pages and saves of everyone else get the
CPU first and a build waits instead. Tests leave ``processes`` at 0: the work then runs in the server's threads.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")

WORKER_NICENESS = 10  # how much lower than the server's the worker processes' OS priority is (POSIX nice)


class Workers:
    """A process pool started on first use; ``processes`` 0 means none (the work runs in threads)."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def pool(self) -> ProcessPoolExecutor | None:
        if not self.processes:
            return None
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(self.processes, mp_context=context, initializer=_worker_start)
            return self._pool

    def submit(self, func: Callable[..., T], *args: Any) -> Future[T]:
        """``func(*args)`` in a worker; a pool whose worker died (killed, out of memory) is replaced first."""
        pool = self.pool()
        assert pool is not None, "no worker processes configured"
        try:
            return pool.submit(func, *args)
        except BrokenProcessPool:
            self.forget(pool)
            fresh = self.pool()
            assert fresh is not None
            return fresh.submit(func, *args)

    def forget_broken(self) -> None:
        """Drop the current pool if one of its workers died."""
        with self._lock:
            pool = self._pool
        if pool is not None and getattr(pool, "_broken", False):
            self.forget(pool)

    def forget(self, pool: ProcessPoolExecutor) -> None:
        """Drop ``pool`` (broken): the next job starts a new one."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None


def _worker_start() -> None:
    """A worker process yields the CPU to the server's: a build or a preview waits, a person clicking does not.

    LibreOffice and pdftoppm, started from here, inherit the lower priority (Windows: normal priority). The
    warm LibreOffice a worker starts for previews is stopped when the worker ends.
    """
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    from reportgen.web import preview

    atexit.register(preview.close)


class Kept:
    """The last few results of costly work, by a key naming everything the result depends on."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
