"""How long ``reportgen check`` takes per document, in one process: the median over a folder of .docx files.

    python benchmarks/check_docs.py [THƯ_MỤC] [--runs N]

Without a folder, ``../shared/real-docx`` (the real documents the project was judged on) when it exists, else
the broken-document corpus of ``tools/make_broken_docs.py`` built in a temporary folder. Each file is checked
once to warm up, then ``--runs`` times; its time is the fastest run (the others measure the machine's other
work). The target: a median under 100 ms per document. Exit code 1 when it is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# ../shared/real-docx next to the main checkout, or next to the folder of worktrees.
REAL = next(
    (p for p in (ROOT.parent / "shared" / "real-docx", ROOT.parent.parent / "shared" / "real-docx") if p.is_dir()),
    ROOT.parent / "shared" / "real-docx",
)
TARGET_MS = 100.0

from reportgen.check.nd30 import check_docx  # noqa: E402


def per_document(files: list[Path], runs: int) -> dict[str, float]:
    """Milliseconds per file: the fastest of ``runs`` checks after one warm-up check."""
    times: dict[str, float] = {}
    for path in files:
        check_docx(path)
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            check_docx(path)
            best = min(best, time.perf_counter() - start)
        times[path.name] = best * 1000
    return times


def _corpus(folder: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("make_broken_docs", ROOT / "tools" / "make_broken_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_corpus(folder)
    return sorted(folder.glob("*.docx"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reportgen-check-bench-") as work:
        folder = args.folder or (REAL if REAL.is_dir() else None)
        files = sorted(folder.glob("*.docx")) if folder else _corpus(Path(work))
        times = per_document(files, args.runs)
    for name, ms in sorted(times.items(), key=lambda item: item[1]):
        print(f"{ms:8.1f} ms  {name}")
    median = statistics.median(times.values())
    met = median < TARGET_MS
    verdict = "ĐẠT" if met else "CHƯA ĐẠT"
    print(f"\n{verdict}: trung vị {median:.1f} ms/văn bản (mục tiêu < {TARGET_MS:.0f} ms), {len(times)} tệp")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
