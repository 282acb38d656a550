"""A real uvicorn server for a test, on a port the test holds from the first moment.

Choosing a free port by binding and closing a probe socket, then letting uvicorn bind it later, leaves a window in
which another process (a browser, a client's outgoing connection, another test run) may take that port. Here the
listening socket is bound and listening before the server starts, and uvicorn serves on that very socket.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp


def listening_socket() -> socket.socket:
    """A TCP socket on a free port of 127.0.0.1, already listening (early connections wait in its backlog)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@contextlib.contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """``app`` served in a thread on a held port; yields its address and stops it after the block."""
    with listening_socket() as sock:
        port = int(sock.getsockname()[1])
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive(), "uvicorn stopped before it started"
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            thread.join(timeout=30)
