"""A batch of inputs built by worker processes, which Ctrl+C stops within a second, quietly and cleanly.

Ctrl+C in a console reaches every process of the batch. Each worker then takes no more work and stops the
build it is running (a build stopped before its renames leaves nothing; one stopped during them is finished
or undone first, see ``files.outputs``); an idle worker ignores it, so no worker dies with a traceback. The
main process cancels what was not started, tells the workers too (a SIGINT sent to it alone, as a script
or a service manager does, reaches no worker), gathers what finished, and reports which inputs were built
and which were not. Workers are started with SIGINT ignored (exec keeps an ignored signal ignored) until
their handler is in place, so a Ctrl+C while they start is not a traceback either.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed, wait
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from types import FrameType
from typing import Protocol, TypeVar

from reportgen.files.ctrl_c import interrupted_while_writing, interrupts_checked_by_caller
from reportgen.files.journal import recover_folder
from reportgen.problems import OutputError

_stop = False  # in a worker: Ctrl+C was pressed, take no more work
_busy = False  # in a worker: a build is running, Ctrl+C stops it
_stop_event: EventType | None = None  # set by the main process when the batch stops
_GRACE = 0.7  # seconds a worker gets to stop before it is killed


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    global _stop
    first = not _stop
    _stop = True
    if _busy and first:
        raise KeyboardInterrupt


def _worker_start(stop: EventType) -> None:
    global _stop_event
    _stop_event = stop
    signal.signal(signal.SIGINT, _on_interrupt)
    interrupts_checked_by_caller().__enter__()  # for the worker's life: ``_work`` asks after every build


class Outcome(Protocol):
    """What a job returns for its input (``pipeline.BuildResult``)."""

    source: Path
    stopped: bool


R = TypeVar("R", bound=Outcome)


def _work(job: Callable[[Path], R], stopped: Callable[[Path], R], path: Path) -> R:
    global _busy, _stop
    if _stop or (_stop_event is not None and _stop_event.is_set()):
        return stopped(path)
    _busy = True
    try:
        result = job(path)
        _busy = False
        if interrupted_while_writing():  # the set was completed first: it counts, the rest does not
            _stop = True
        return result
    except KeyboardInterrupt:
        return stopped(path)
    finally:
        _busy = False


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """While the workers are started: they inherit SIGINT ignored instead of Python's handler.

    A worker stopped by Ctrl+C in its start-up would print a traceback. The signal is also blocked meanwhile,
    which keeps a press pending (Linux never discards a blocked signal) for the main process after.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    block = hasattr(signal, "pthread_sigmask")
    if block:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if block:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _interrupt(processes: Sequence[BaseProcess]) -> None:
    for process in processes:
        with contextlib.suppress(OSError, AttributeError, ValueError):
            if process.pid is not None and os.name == "posix":  # Windows consoles send Ctrl+C to every process
                os.kill(process.pid, signal.SIGINT)


def _outcome(future: Future[R], path: Path, stopped: Callable[[Path], R]) -> R:
    """What a finished, failed, cancelled or still running job says about its input."""
    if not future.done() or future.cancelled():
        return stopped(path)
    try:
        return future.result()
    except BaseException:  # interrupted between two steps of the worker, or the worker is gone
        return stopped(path)


def build_in_workers(
    inputs: Sequence[Path],
    job: Callable[[Path], R],
    stopped: Callable[[Path], R],
    workers: int,
    on_done: Callable[[R], None] | None,
    output_folder: Path,
) -> list[R]:
    """``job`` of every input in ``workers`` processes, results in input order; ``stopped`` for those not run.

    ``job`` and ``stopped`` must be picklable (module-level functions, or partials of them); ``output_folder``
    is recovered (``journal``) if a worker had to be killed.
    """
    results: dict[Path, R] = {}
    futures: dict[Future[R], Path] = {}
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    pool: ProcessPoolExecutor | None = None
    try:
        with _sigint_ignored():
            pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_worker_start, initargs=(stop,)
            )
            futures = {pool.submit(_work, job, stopped, path): path for path in inputs}
        for future in as_completed(futures):
            result = _outcome(future, futures[future], stopped)
            results[result.source] = result
            if on_done and not result.stopped:
                on_done(result)
    except KeyboardInterrupt:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl+C must not cut the wind-down
        try:
            stop.set()
            _wind_down(pool, futures, results, stopped, output_folder)
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return [results[path] if path in results else stopped(path) for path in inputs]


def _wind_down(
    pool: ProcessPoolExecutor | None,
    futures: dict[Future[R], Path],
    results: dict[Path, R],
    stopped: Callable[[Path], R],
    output_folder: Path,
) -> None:
    """Stop the workers: what finished stays, what runs is stopped, a worker that lingers is killed.

    A worker still starting (importing for a second or more on a busy PC) or stuck in a long C call gets
    ``_GRACE`` seconds; after a kill the output folder is recovered (``journal``), so no temp remains.
    """
    processes: list[BaseProcess] = list((getattr(pool, "_processes", None) or {}).values()) if pool else []
    _interrupt(processes)  # before shutdown, which forgets the processes
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + _GRACE
    wait([f for f, path in futures.items() if path not in results], timeout=_GRACE)
    for future, path in futures.items():
        if path not in results:
            results[path] = _outcome(future, path, stopped)
    killed = False
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(1.0)
            killed = True
    if killed:
        with contextlib.suppress(OutputError):
            recover_folder(output_folder)
