"""A minimal Language Server Protocol client: enough to open YAML files in yaml-language-server and read its
diagnostics, the way VS Code's YAML extension (whose engine it is) shows them to staff.

JSON-RPC over stdio with ``Content-Length`` framing. The server asks the client for its settings
(``workspace/configuration``) and registers capabilities; both are answered here, everything else ignored.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The pinned release (tools/editor-check) and the current one (tools/editor-check-current), each from its lock.
RELEASES = {"pinned": "editor-check", "current": "editor-check-current"}
# What a fresh VS Code sends, minus the online schema store (the users are often offline, and so is CI).
SETTINGS: dict[str, Any] = {
    "yaml": {"validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}, "schemas": {}}
}


def server_command(release: str = "pinned") -> list[str]:
    """How to start ``release`` of the server: its own Node.js when its lock brings one, else the machine's."""
    folder = ROOT / "tools" / RELEASES[release] / "node_modules"
    server = folder / "yaml-language-server" / "bin" / "yaml-language-server"
    if not server.is_file():
        raise RuntimeError(f"thiếu {server}; chạy: npm ci --prefix tools/{RELEASES[release]}")
    own_node = folder / "node" / "bin" / "node"
    return [str(own_node) if own_node.is_file() else "node", str(server), "--stdio"]


class YamlLanguageServer:
    def __init__(self, release: str = "pinned") -> None:
        self.release = release
        self.process = subprocess.Popen(
            server_command(release), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._send(
            {
                "id": 1,
                "method": "initialize",
                "params": {
                    "processId": os.getpid(),
                    "rootUri": ROOT.as_uri(),
                    "capabilities": {"workspace": {"configuration": True}, "textDocument": {"publishDiagnostics": {}}},
                },
            }
        )
        self._wait(lambda m: m.get("id") == 1)
        self._send({"method": "initialized", "params": {}})
        self._send({"method": "workspace/didChangeConfiguration", "params": {"settings": SETTINGS}})
        self.version = 0

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _answer(self, request: dict[str, Any]) -> None:
        result: Any = None
        if request["method"] == "workspace/configuration":
            result = [SETTINGS.get(item.get("section", "")) for item in request["params"]["items"]]
        self._send({"id": request["id"], "result": result})

    def _wait(self, wanted: Any, timeout: float = 30) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                message = self.messages.get(timeout=0.2)
            except queue.Empty:
                continue
            if message is None:
                raise RuntimeError("yaml-language-server stopped")
            if "method" in message and "id" in message:
                self._answer(message)
            elif wanted(message):
                return message
        raise TimeoutError("yaml-language-server did not answer")

    def diagnostics(self, path: Path, text: str | None = None) -> list[dict[str, Any]]:
        """The problems the editor would underline in ``path`` (its text, or ``text`` as if typed there).

        Open each path once: the document stays open (closing it would publish an empty list later).
        """
        uri = path.resolve().as_uri()
        self.version += 1
        content = path.read_bytes().decode("utf-8-sig") if text is None else text
        document = {"uri": uri, "languageId": "yaml", "version": self.version, "text": content}
        self._send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
        found = self._wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
        return list(found["params"]["diagnostics"])

    def hover(self, path: Path, line: int, character: int) -> str:
        """The text the editor shows when the pointer rests at ``line``/``character`` (0-based) of ``path``.

        ``path`` must have been opened with :meth:`diagnostics` first.
        """
        self.version += 1
        request = self.version + 1000
        position = {"line": line, "character": character}
        params = {"textDocument": {"uri": path.resolve().as_uri()}, "position": position}
        self._send({"id": request, "method": "textDocument/hover", "params": params})
        answer = self._wait(lambda m: m.get("id") == request)
        contents = (answer.get("result") or {}).get("contents", "")
        if isinstance(contents, dict):
            return str(contents.get("value", ""))
        if isinstance(contents, list):
            return "\n".join(c.get("value", "") if isinstance(c, dict) else str(c) for c in contents)
        return str(contents)

    def close(self) -> None:
        try:
            self._send({"id": 2, "method": "shutdown"})
            self._wait(lambda m: m.get("id") == 2, timeout=5)
            self._send({"method": "exit"})
            self.process.wait(timeout=5)
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
