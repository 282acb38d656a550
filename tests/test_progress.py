"""The progress bar of ``reportgen build``: on a terminal only, so logs and pipes stay clean."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest

from reportgen.cli.commands import build
from reportgen.make.pipeline import BuildResult


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run_batch(monkeypatch: pytest.MonkeyPatch, stderr: io.StringIO) -> str:
    monkeypatch.setattr(sys, "stderr", stderr)
    clock = iter([0.0, 5.0, 6.0, 7.0])  # start, then every step well past the one-second delay
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    progress = build.Progress(3)
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        progress.step(BuildResult(Path(name)))
    progress.close()
    return stderr.getvalue()


def test_progress_prints_nothing_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_batch(monkeypatch, io.StringIO()) == ""


def test_progress_shows_a_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _run_batch(monkeypatch, _Terminal())
    assert "Đang sinh văn bản" in shown
    assert "3/3 tệp" in shown
    assert shown.endswith("\n")
