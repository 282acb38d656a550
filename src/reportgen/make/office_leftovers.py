"""What a reportgen killed during a PDF conversion leaves behind, cleaned up by the next conversion.

LibreOffice runs in its own session (so a deadline can kill its whole group), which also means that killing
reportgen (Task Manager, a closed console, SIGKILL) leaves it running, with its temporary profile folder and
the half-filled landing folder beside the outputs. Each conversion therefore writes who owns its folder
(reportgen's process id and the office's) into it; the next conversion on this computer removes the folders
of owners that are gone and stops the office processes still using them.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
from pathlib import Path

OWNER_FILE = "reportgen-owner"
WORK_PREFIXES = ("reportgen-soffice-", "reportgen-warm-")
_LANDING = "~reportgen-pdf-"


def landing_prefix() -> str:
    """Name start of a conversion's landing folder in the output folder; it says which process owns it."""
    return f"{_LANDING}{os.getpid()}-"


def record_owner(work: Path, office_pid: int) -> None:
    """Written as soon as the office process exists; without it a folder is never cleaned by someone else."""
    with contextlib.suppress(OSError):
        (work / OWNER_FILE).write_text(f"{os.getpid()} {office_pid}\n", encoding="ascii")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, someone else's
    return True


def _owner(work: Path) -> int | None:
    try:
        fields = (work / OWNER_FILE).read_text(encoding="ascii").split()
        return int(fields[0])
    except (OSError, ValueError, IndexError):
        return None


def _stop_office_using(work: Path) -> None:
    """Kill every process whose command line names ``work`` (its ``-env:UserInstallation`` profile).

    Only where /proc tells command lines (Linux); a process id alone could have been reused since.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return
    needle = str(work).encode()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if needle in (entry / "cmdline").read_bytes():
                os.kill(int(entry.name), signal.SIGKILL)


def clean_leftovers(out_dir: Path | None = None) -> None:
    """Remove the work folders (and stop the office processes) of conversions whose reportgen is gone."""
    base = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for work in base.iterdir():
            if not work.name.startswith(WORK_PREFIXES) or not work.is_dir():
                continue
            owner = _owner(work)
            if owner is None or _alive(owner):
                continue
            _stop_office_using(work)
            shutil.rmtree(work, ignore_errors=True)
    if out_dir is None:
        return
    with contextlib.suppress(OSError):
        for landing in out_dir.iterdir():
            found = re.match(rf"{re.escape(_LANDING)}(\d+)-", landing.name)
            if found and landing.is_dir() and not _alive(int(found.group(1))):
                shutil.rmtree(landing, ignore_errors=True)
