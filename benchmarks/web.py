"""``make bench-web``: answer times of ``reportgen serve`` over real HTTP, on a copy of the examples.

Targets (issue 16): every page under 200 ms; build and download of the annual example under 1 s; the first
preview page of the annual example under 3 s. Each page is asked ``--runs`` times after one warm-up; the
median and the worst are printed. Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import uvicorn

from reportgen.web.app import Settings, create_app

ROOT = Path(__file__).resolve().parents[1]
ANNUAL = "bao_cao_nam-da-nang-2022.yaml"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _timed(call: object) -> float:
    start = time.perf_counter()
    answer = call()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    assert answer.status_code < 400, (answer.status_code, answer.text[:500])
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-web-") as work_name:
        work = Path(work_name)
        for source in (ROOT / "inputs").glob("*.yaml"):
            shutil.copy(source, work / source.name)
        port = _port()
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(Settings(work, require_login=False)), host="127.0.0.1", port=port, log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        rows: list[tuple[str, float, float, str]] = []
        with httpx.Client(base_url=base, timeout=120) as client:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)[1]  # type: ignore[index]
            first_home = _timed(lambda: client.get("/"))
            pages = {
                "Trang chủ (9 tệp)": "/",
                "Biểu mẫu báo cáo năm": f"/sua/{ANNUAL}",
                "Chế độ YAML": f"/yaml/{ANNUAL}",
                "Lịch sử": f"/lich-su/{ANNUAL}",
                "Tạo mới": "/moi",
                "Kiểm tra thể thức (trang)": "/kiem-tra",
            }
            for label, url in pages.items():
                client.get(url)
                times = [_timed(lambda url=url: client.get(url)) for _ in range(args.runs)]
                rows.append((label, statistics.median(times), max(times), "< 0,2 s"))
            sys.path.insert(0, str(ROOT / "tests"))
            from webform import form_fields

            def save() -> httpx.Response:
                fields = form_fields(client.get(f"/sua/{ANNUAL}").text, f"/sua/{ANNUAL}")
                fields = [(k, v + "." if k == "co_quan.ten" else v) for k, v in fields]
                return client.post(
                    f"/sua/{ANNUAL}",
                    content=urlencode([*fields, ("hanh_dong", "luu")]),
                    headers={"content-type": "application/x-www-form-urlencoded"},
                )

            times = [_timed(save) for _ in range(3)]
            rows.append(("Sửa và lưu biểu mẫu báo cáo năm", statistics.median(times), max(times), "(thao tác)"))

            def build_and_download() -> httpx.Response:
                built = client.post(f"/sinh/{ANNUAL}", data={"csrf": token})
                link = re.search(r'href="(/tai/[^"]+\.docx)"', built.text)
                assert link, built.text[:2000]
                return client.get(link[1])

            build_and_download()
            times = [_timed(build_and_download) for _ in range(max(3, args.runs // 2))]
            rows.append(("Sinh + tải .docx báo cáo năm", statistics.median(times), max(times), "< 1 s"))
            docx = ANNUAL.replace(".yaml", ".docx")
            times = []
            for _ in range(3):
                shutil.rmtree(work / ".reportgen-web-preview", ignore_errors=True)
                times.append(_timed(lambda: client.get(f"/trang/{docx}")))
            rows.append(("Xem trước: trang đầu (LibreOffice chạy sẵn)", statistics.median(times), max(times), "< 3 s"))
            cached = [_timed(lambda: client.get(f"/trang/{docx}")) for _ in range(args.runs)]
            rows.append(("Xem trước: ảnh đã có (sau khi sinh)", statistics.median(cached), max(cached), "< 3 s"))
        server.should_exit = True
        thread.join(timeout=30)
    print(f"Lần đầu mở trang chủ (kiểm tra 9 tệp): {first_home:.3f} s")
    print(f"{'Trang':<42} {'trung vị':>9} {'chậm nhất':>10}  mục tiêu")
    for label, median, worst, target in rows:
        print(f"{label:<42} {median:>8.3f}s {worst:>9.3f}s  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
