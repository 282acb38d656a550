"""Ctrl+C while a set of files is being renamed into place takes effect once the set is whole.

The renames of a 1,000-file set take a few hundred milliseconds; stopping in the middle would leave the set to
be undone (or finished by the next run, ``journal``). So the signal is kept until the last rename, then either
raised or, for a caller that builds input after input, recorded so that the input counts as built and the
caller stops after it (``pipeline.build_paths``, ``batch``).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

_pressed_while_writing = threading.Event()
_caller_checks = [False]  # set by a caller that asks interrupted_while_writing() after each set


def interrupted_while_writing() -> bool:
    """Whether Ctrl+C came during the renames of the last set written (and forget it).

    The set was then completed, so its input counts as built; the caller stops after it (``build_paths``).
    """
    pressed = _pressed_while_writing.is_set()
    _pressed_while_writing.clear()
    return pressed


@contextlib.contextmanager
def interrupts_checked_by_caller() -> Iterator[None]:
    """Within this, a Ctrl+C kept during renames is only recorded; elsewhere it is raised once the set is whole."""
    before = _caller_checks[0]
    _caller_checks[0] = True
    try:
        yield
    finally:
        _caller_checks[0] = before


@contextlib.contextmanager
def ctrl_c_deferred() -> Iterator[None]:
    """Ctrl+C during the renames is kept for after them (a few hundred ms for 1,000 files).

    A caller that builds input after input records it for ``interrupted_while_writing`` (raising it would lose
    the fact that the set was written); any other caller gets it raised once the set is whole. Only the main
    thread receives the signal, and only there can its handler change; elsewhere (a web request) there is no
    Ctrl+C to defer. A kill is what the journal is for.
    """
    previous = signal.getsignal(signal.SIGINT) if threading.current_thread() is threading.main_thread() else None
    if not callable(previous):
        yield
        return
    pressed: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, _frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        _pressed_while_writing.set()
        if not _caller_checks[0]:
            previous(signal.SIGINT, None)  # the usual reaction, now that the set is whole
