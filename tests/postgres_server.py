"""A throw-away PostgreSQL cluster for the tests: initdb into a temp folder, a server on a unix socket, stopped after.

The register's tests run against a real server, never a mock. The binaries come from Debian's postgresql
package (/usr/lib/postgresql/<version>/bin; ``.ci/run`` installs it). PostgreSQL refuses to run as root, so
as root the cluster belongs to the unprivileged ``nobody`` account and its commands run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "nobody", "--", *command]


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """A connection URL (unix socket, trust auth) to a fresh cluster that lives as long as the block."""
    binaries = postgres_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)")
    root = Path(tempfile.mkdtemp(prefix="reportgen-pg-"))
    data, socket_dir = root / "data", root / "sock"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        os.chmod(root, 0o755)
        shutil.chown(root, "nobody")
        shutil.chown(socket_dir, "nobody")
    run: dict[str, Any] = {"check": True, "capture_output": True, "env": {**os.environ, "LC_ALL": "C.UTF-8"}}
    subprocess.run(
        _as_owner([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]), **run
    )
    options = f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=50"
    log = root / "server.log"
    subprocess.run(
        _as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]), **run
    )
    try:
        yield f"postgresql://postgres@/postgres?host={socket_dir}"
    finally:
        subprocess.run(_as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]), **run)
        shutil.rmtree(root, ignore_errors=True)
