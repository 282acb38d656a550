"""Loads remembered by content, so one text read several times in a row is parsed once.

A web save reads the same text many times within a second: the file as it is, the version the editor started
from, the merged text before and after it is written, the check of that text, the form shown next. Parsing is
the costliest of these steps (about 10 ms for a 1,600-line report), so a few recent results are kept, keyed by
the text itself (its SHA-256), the name it is shown under and the parser in use. Callers get their own copy of
the data, so a caller that changes what it got cannot change what the next one gets. Problems are remembered
too: the same text always has the same problems.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from reportgen.load.common import LoadedInput
from reportgen.problems import InputError, Problem

SIZE = 32  # texts remembered: a handful of inputs being edited at once, each in a few versions
LARGEST = 2 * 1024 * 1024  # larger texts are parsed every time rather than kept in memory

Key = tuple[str, str, str, bool]
_lock = threading.Lock()
_kept: OrderedDict[Key, LoadedInput | list[Problem]] = OrderedDict()


def remembered(
    source: str | bytes, display: str, path: Path, fast: bool, load: Callable[[], LoadedInput]
) -> LoadedInput:
    """What ``load()`` gives for ``source``, parsed once per content; ``fast``: libyaml's parser is in use."""
    if len(source) > LARGEST:
        return load()
    raw = _bytes(source)
    key = (hashlib.sha256(raw).hexdigest(), display, str(path), fast)
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
    if found is None:
        try:
            found = load()
        except InputError as exc:
            found = list(exc.problems)
        with _lock:
            _kept[key] = found
            while len(_kept) > SIZE:
                _kept.popitem(last=False)
    if isinstance(found, list):
        raise InputError(list(found))
    return LoadedInput(
        path=found.path,
        display=found.display,
        data=copy.deepcopy(found.data),
        positions=found.positions,
        samples=found.samples,
    )


def _bytes(source: str | bytes) -> bytes:
    """What the key is made of: a text and its UTF-8 bytes load the same, so they share one key."""
    if isinstance(source, bytes):
        return source
    try:
        return source.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: no file's bytes could be these
        return b"\x00text\x00" + source.encode("utf-8", "surrogatepass")


def forget() -> None:
    """Drop every remembered load (tests that change how loading works)."""
    with _lock:
        _kept.clear()
