"""``make bench``: reportgen against raw docxtpl on the same templates and contexts, side by side.

Inputs are generated here (benchmarks/make_inputs.py, fixed seed) in a temporary folder.  Every measured
case runs in a fresh process (benchmarks/cases.py), ``--runs`` times; the table shows the median wall time
and the median peak resident memory, and the ratio to the docxtpl baseline.  Results are printed and
written to benchmarks/results/ (JSON and a Markdown table).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_inputs import write_all  # noqa: E402

from reportgen.kinds import Document  # noqa: E402
from reportgen.make.pipeline import prepare  # noqa: E402

TEMPLATES = ROOT / "templates"
REPORT_ROWS = [1000, 5000, 20000]
AWARDEES = 1000
PDF_DOCUMENTS = 50
BATCH_INPUTS = 8


def run_case(name: str, spec: dict[str, Any], runs: int) -> dict[str, Any]:
    """Median of ``runs`` fresh processes; each writes into its own empty folder."""
    measured = []
    for i in range(runs):
        out = Path(spec["work"]) / f"out-{name}-{time.monotonic_ns()}-{i}"
        out.mkdir()
        done = subprocess.run(
            [sys.executable, str(HERE / "cases.py"), name, json.dumps({**spec, "out": str(out)})],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise RuntimeError(f"case {name} failed:\n{done.stderr}")
        measured.append(json.loads(done.stdout.strip().splitlines()[-1]))
        shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": statistics.median(m["seconds"] for m in measured),
        "peak_rss_mb": statistics.median(m["peak_rss_kb"] for m in measured) / 1024,
        "rss_before_mb": statistics.median(m["rss_before_kb"] for m in measured) / 1024,
        "runs": [m["seconds"] for m in measured],
    }


def pickled(work: Path, name: str, document: Document) -> dict[str, str]:
    path = work / f"{name}.pickle"
    path.write_bytes(pickle.dumps(document.context))
    return {"context": str(path), "template": str(TEMPLATES / f"{document.template}.docx"), "work": str(work)}


def compare(label: str, ours: dict[str, Any], base: dict[str, Any], what: str) -> dict[str, Any]:
    row = {
        "case": label,
        "what": what,
        "reportgen": ours,
        "docxtpl": base,
        "speedup": base["seconds"] / ours["seconds"],
        "memory_ratio": ours["peak_rss_mb"] / base["peak_rss_mb"],
    }
    print(
        f"  {label}: reportgen {ours['seconds']:.3f} s / {ours['peak_rss_mb']:.0f} MB, "
        f"docxtpl {base['seconds']:.3f} s / {base['peak_rss_mb']:.0f} MB → {row['speedup']:.1f}×",
        flush=True,
    )
    return row


def bench_certificates(inputs: dict[str, Path], work: Path, runs: int) -> list[dict[str, Any]]:
    documents = prepare(inputs["award"]).documents
    certificates = next(d for d in documents if d.template.endswith("_bang_khen"))
    spec = pickled(work, "award", certificates)
    base = run_case("docxtpl_loop", spec, runs)
    build = run_case("reportgen_build", {"input": str(inputs["award"]), "work": str(work)}, runs)
    render = run_case("reportgen_render", spec, runs)
    return [
        compare(
            f"Bằng khen, {AWARDEES} người — reportgen build",
            build,
            base,
            f"reportgen: YAML → quyết định + danh sách + 1 tệp {AWARDEES} trang bằng khen; docxtpl: "
            f"{AWARDEES} × (DocxTemplate, render với 1 người, save)",
        ),
        compare(
            f"Bằng khen, {AWARDEES} người — chỉ tệp bằng khen",
            render,
            base,
            f"reportgen: ngữ cảnh → 1 tệp {AWARDEES} trang; docxtpl: {AWARDEES} tệp 1 trang",
        ),
    ]


def bench_reports(inputs: dict[str, Path], work: Path, runs: int) -> list[dict[str, Any]]:
    rows = []
    for n in REPORT_ROWS:
        spec = pickled(work, f"report-{n}", prepare(inputs[f"report-{n}"]).documents[0])
        base = run_case("docxtpl_render", spec, runs)
        render = run_case("reportgen_render", spec, runs)
        build = run_case("reportgen_build", {"input": str(inputs[f"report-{n}"]), "work": str(work)}, runs)
        rows.append(
            compare(
                f"Báo cáo năm, {n} dòng — render",
                render,
                base,
                "ngữ cảnh đã chuẩn bị → .docx trên đĩa, cùng mẫu, cùng ngữ cảnh",
            )
        )
        rows.append(
            compare(
                f"Báo cáo năm, {n} dòng — build từ YAML",
                build,
                base,
                "reportgen: đọc YAML, kiểm tra, tính số liệu, render, ghi; docxtpl: chỉ render",
            )
        )
    return rows


def bench_memory_flat(inputs: dict[str, Path], work: Path) -> dict[str, Any]:
    documents = prepare(inputs["award-pdf"]).documents
    one = next(d for d in documents if d.template.endswith("_bang_khen") and len(d.context["bang_khen"]) == 1)
    spec = {**pickled(work, "one-certificate", one), "count": 200, "every": 50}
    done = subprocess.run(
        [sys.executable, str(HERE / "cases.py"), "memory_across_batch", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    samples = json.loads(done.stdout.strip().splitlines()[-1])["samples"]
    after_first = samples[1]["rss_kb"]
    growth = (samples[-1]["rss_kb"] - after_first) / 1024
    print(
        f"  RSS after 50/100/150/200 documents: {[round(s['rss_kb'] / 1024, 1) for s in samples[1:]]} MB; "
        f"growth 50→200: {growth:+.1f} MB",
        flush=True,
    )
    return {"samples": samples, "growth_50_to_200_mb": growth}


def bench_pdf(inputs: dict[str, Path], work: Path, runs: int) -> dict[str, Any] | None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("  (bỏ qua: không có LibreOffice)")
        return None
    out = work / "pdf-docs"
    from reportgen.make.pipeline import build_file

    result = build_file(inputs["award-pdf"], out, force=True)
    singles = sorted(p for p in result.written if p.stem.rsplit("-", 1)[-1][:3].isdigit())[:PDF_DOCUMENTS]
    spec = {"documents": [str(p) for p in singles], "work": str(work)}
    batched = run_case("pdf_convert", {**spec, "batch_size": PDF_DOCUMENTS}, runs)
    one_each = run_case("pdf_convert", {**spec, "batch_size": 1}, runs)
    row = compare(
        f"PDF, {len(singles)} bằng khen",
        batched,
        one_each,
        "convert_to_pdf(batch_size=50) so với một tiến trình LibreOffice cho mỗi tệp",
    )
    row["baseline"] = "một tiến trình LibreOffice mỗi tệp"
    return row


def bench_jobs(inputs: dict[str, Path], work: Path, runs: int) -> dict[str, Any]:
    folder = work / "batch"
    folder.mkdir()
    for i in range(BATCH_INPUTS):
        # 5,000 rows each: with small inputs, starting the worker processes (~0.5 s each) hides the gain.
        shutil.copy(inputs["report-5000"], folder / f"bao_cao_nam-{i}.yaml")
    spec = {"inputs": [str(folder)], "work": str(work)}
    one = run_case("batch_build", {**spec, "jobs": 1}, runs)
    cores = os.cpu_count() or 1
    many = run_case("batch_build", {**spec, "jobs": cores}, runs)
    row = compare(
        f"Lô {BATCH_INPUTS} báo cáo (5.000 dòng) — --jobs {cores}",
        many,
        one,
        f"build_paths với jobs={cores} so với jobs=1",
    )
    row["baseline"] = "jobs=1"
    return row


def table(results: dict[str, Any]) -> str:
    lines = [
        "| Trường hợp | reportgen | bộ so sánh | nhanh hơn | bộ nhớ đỉnh (reportgen / so sánh) |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in results["rows"]:
        ours, base = row["reportgen"], row["docxtpl"]
        lines.append(
            f"| {row['case']} | {ours['seconds']:.3f} s | {base['seconds']:.3f} s | "
            f"{row['speedup']:.1f}× | {ours['peak_rss_mb']:.0f} MB / {base['peak_rss_mb']:.0f} MB |"
        )
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[tuple[str, bool, str]]:
    by = {r["case"]: r for r in results["rows"]}
    cert = by[f"Bằng khen, {AWARDEES} người — reportgen build"]
    r5 = by["Báo cáo năm, 5000 dòng — render"]
    r20 = by["Báo cáo năm, 20000 dòng — render"]
    growth = r20["reportgen"]["seconds"] / r5["reportgen"]["seconds"]
    checks = [
        ("bằng khen ≥10× nhanh hơn vòng lặp docxtpl", cert["speedup"] >= 10, f"{cert['speedup']:.1f}×"),
        ("báo cáo 5.000 dòng ≥4× nhanh hơn docxtpl", r5["speedup"] >= 4, f"{r5['speedup']:.1f}×"),
        ("báo cáo 5.000 dòng ≤ ½ bộ nhớ đỉnh của docxtpl", r5["memory_ratio"] <= 0.5, f"{r5['memory_ratio']:.2f}"),
        ("5.000 → 20.000 dòng: thời gian ×≤4,5", growth <= 4.5, f"×{growth:.2f}"),
        (
            "bộ nhớ không tăng qua 200 văn bản (≤5 MB)",
            results["memory_flat"]["growth_50_to_200_mb"] <= 5,
            f"{results['memory_flat']['growth_50_to_200_mb']:+.1f} MB",
        ),
    ]
    if results.get("pdf"):
        checks.append(
            (
                "PDF 50 bằng khen ≥5× nhanh hơn mỗi tệp một tiến trình",
                results["pdf"]["speedup"] >= 5,
                f"{results['pdf']['speedup']:.1f}×",
            )
        )
    if (os.cpu_count() or 1) > 1:
        checks.append(
            (
                "lô nhiều tệp dùng mọi nhân (nhanh hơn jobs=1)",
                results["jobs"]["speedup"] > 1.2,
                f"{results['jobs']['speedup']:.2f}×",
            )
        )
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per case; the median is reported")
    parser.add_argument("--pdf-runs", type=int, default=3, help="runs of the PDF cases (LibreOffice is slow)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice cases")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    args = parser.parse_args()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-") as name:
        work = Path(name)
        inputs = write_all(work / "inputs", REPORT_ROWS, AWARDEES, PDF_DOCUMENTS)
        results: dict[str, Any] = {
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
            "runs": args.runs,
        }
        print("Bằng khen", flush=True)
        rows = bench_certificates(inputs, work, args.runs)
        print("Báo cáo năm", flush=True)
        rows += bench_reports(inputs, work, args.runs)
        print("Bộ nhớ qua một lô", flush=True)
        results["memory_flat"] = bench_memory_flat(inputs, work)
        print("Song song", flush=True)
        results["jobs"] = bench_jobs(inputs, work, args.runs)
        rows.append(results["jobs"])
        if not args.no_pdf:
            print("PDF", flush=True)
            results["pdf"] = bench_pdf(inputs, work, args.pdf_runs)
            if results["pdf"]:
                rows.append(results["pdf"])
        results["rows"] = rows
    results["targets"] = [{"target": t, "met": ok, "measured": m} for t, ok, m in targets(results)]
    results["seconds_total"] = time.time() - started
    text = (
        table(results)
        + "\n\n"
        + "\n".join(
            f"- {'ĐẠT' if t['met'] else 'CHƯA ĐẠT'}: {t['target']} ({t['measured']})" for t in results["targets"]
        )
    )
    print("\n" + text)
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{stamp}.json", "latest.json"):
        (args.results / name).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (args.results / "latest.md").write_text(text + "\n", encoding="utf-8")
    print(f"\nĐã ghi {args.results / 'latest.json'} và latest.md ({results['seconds_total']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
