"""Under ``reportgen serve`` builds and previews run in worker processes at a lower OS priority than the pages."""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from reportgen.web import preview
from reportgen.web.app import Settings, create_app
from reportgen.web.workers import WORKER_NICENESS

ROOT = Path(__file__).resolve().parents[1]
SPEECH = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml"


@pytest.mark.libreoffice
def kill_a_worker(workers: Any) -> int:
    """SIGKILL one worker process of the server's pool, wait until the pool has noticed it is gone; its pid."""
    killed: int = workers.submit(os.getpid).result()
    os.kill(killed, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while not getattr(workers.pool(), "_broken", False):
        assert time.monotonic() < deadline, "the pool did not notice its killed worker"
        time.sleep(0.1)
    return killed


def test_build_and_preview_in_a_lower_priority_worker_process(tmp_path: Path) -> None:
    for name in (SPEECH, "bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    web = create_app(Settings(tmp_path, require_login=False, build_processes=1))
    with TestClient(web, base_url="http://127.0.0.1") as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)
        assert token
        built = client.post(f"/sinh/{SPEECH}", data={"csrf": token[1]})
        assert built.status_code == 200 and "/tai/" in built.text
        docx = tmp_path / "outputs" / SPEECH.replace(".yaml", ".docx")
        assert docx.is_file()
        pool = web.state.app.workers()
        assert pool is not None
        assert pool.submit(os.getpid).result() != os.getpid()
        assert pool.submit(os.nice, 0).result() == min(19, os.nice(0) + WORKER_NICENESS)
        assert preview.shown(tmp_path, docx) is None  # nothing drawn yet
        fragment = client.get(f"/trang/{docx.name}")
        images = re.findall(r'src="(/anh/[0-9a-f]{32}/\d+\.png)"', fragment.text)
        assert images, fragment.text[:500]
        first = client.get(images[0])
        assert first.status_code == 200 and first.content.startswith(b"\x89PNG")
        known = preview.shown(tmp_path, docx)  # seen again: answered by the server without the workers
        assert known is not None and known[1] == len(images)
        assert client.get(f"/trang/{docx.name}").text == fragment.text


def test_a_worker_that_died_is_replaced(tmp_path: Path) -> None:
    """A worker killed (out of memory, by hand) does not leave every later build failing."""
    report = "bao_cao_nam-da-nang-2021.yaml"
    shutil.copy(ROOT / "inputs" / report, tmp_path / report)
    web = create_app(Settings(tmp_path, require_login=False, build_processes=1))
    with TestClient(web, base_url="http://127.0.0.1") as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)
        assert token
        workers = web.state.app.processes
        first = kill_a_worker(workers)
        built = client.post(f"/sinh/{report}", data={"csrf": token[1]})
        assert built.status_code == 200 and "/tai/" in built.text, built.text[-800:]
        assert workers.submit(os.getpid).result() != first
