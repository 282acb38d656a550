"""An Excel list of 10,000 rows imported on the page while others open the home page: their answer times.

Issue 21: "pages never wait for another user's … import". The import (upload, then the confirmation that
replaces the typed rows) runs once; meanwhile one client asks for the home page again and again. Printed: the
import's time, the home page's median/p95/max alone and during the import, the load average. The server is
set up as ``reportgen serve`` sets it up (worker processes: cores − 1, at least 1).
Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from openpyxl import load_workbook

from reportgen.author.xlsx_sheets import workbook_template
from reportgen.web.app import Settings, create_app

ROOT = Path(__file__).resolve().parents[1]
REPORT = "bao_cao_nam-da-nang-2021.yaml"
KIND = "bao_cao_nam"


def _workbook(rows: int) -> bytes:
    template = workbook_template(KIND)
    assert template is not None
    book = load_workbook(io.BytesIO(template))
    ws = book["Đoàn vào"]
    for n in range(rows):
        day = 1 + n % 28
        ws.append([f"Đoàn số {n + 1}", f"Ông Trưởng đoàn {n + 1}", "Lào", None, f"{day:02d}/03/2021", None, 5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _summary(times: list[float]) -> str:
    if not times:
        return "(không có lượt nào)"
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    median = statistics.median(times)
    return f"{len(times):>4} lượt, trung vị {median:.3f} s, p95 {p95:.3f} s, chậm nhất {max(times):.3f} s"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between two home pages (a person reading)")
    parser.add_argument("--processes", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from webform import form_fields

    data = _workbook(args.rows)
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-import-") as work_name:
        work = Path(work_name)
        for source in (ROOT / "inputs").glob("*.yaml"):
            shutil.copy(source, work / source.name)
        port = _port()
        settings = Settings(work, require_login=False, build_processes=args.processes)
        server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=600) as client, httpx.Client(base_url=base, timeout=600) as other:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)[1]  # type: ignore[index]
            for _ in range(3):
                other.get("/")
            alone = []
            for _ in range(20):
                start = time.perf_counter()
                other.get("/").raise_for_status()
                alone.append(time.perf_counter() - start)
            load_before = os.getloadavg()[0]
            during: list[float] = []
            importing = threading.Event()
            importing.set()

            def home_meanwhile() -> None:
                while importing.is_set():
                    start = time.perf_counter()
                    other.get("/").raise_for_status()
                    during.append(time.perf_counter() - start)
                    time.sleep(args.pause)

            watcher = threading.Thread(target=home_meanwhile)
            start = time.perf_counter()
            watcher.start()
            files = {"tep": ("doan.xlsx", data, "application/octet-stream")}
            asked = client.post(f"/nhap-excel/{REPORT}", data={"csrf": token}, files=files)
            assert asked.status_code == 200 and 'id="hoi-thay"' in asked.text, asked.text[-800:]
            asking = time.perf_counter() - start
            done = client.post(f"/nhap-excel/{REPORT}", data=dict(form_fields(asked.text, f"/nhap-excel/{REPORT}")))
            assert done.status_code == 200 and "Đã nhập" in done.text, done.text[-800:]
            took = time.perf_counter() - start
            load_during = os.getloadavg()[0]
            importing.clear()
            watcher.join()
        server.should_exit = True
        thread.join(timeout=30)
    print(f"Nhập {args.rows} dòng (gửi + xác nhận), {args.processes} tiến trình làm việc: {took:.1f} s")
    print(f"  gửi tệp đến khi trang hỏi lại: {asking:.1f} s; xác nhận đến khi ghi xong: {took - asking:.1f} s")
    print(f"(trong lúc nhập, trang chủ được mở lại sau mỗi {args.pause} s)")
    print(f"Trang chủ, một mình:          {_summary(alone)}")
    print(f"Trang chủ, trong lúc nhập:    {_summary(during)}")
    print(f"Tải trung bình 1 phút: {load_before:.2f} trước, {load_during:.2f} sau khi nhập")
    return 0


if __name__ == "__main__":
    sys.exit(main())
