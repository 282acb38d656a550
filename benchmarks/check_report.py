"""What ``reportgen check`` says about real folders, and how fast: findings per rule, per role, per file, and
time per file, saved as JSON so that one change can be compared with the last.

    python benchmarks/check_report.py [THƯ_MỤC ...] [--runs N] [--save TÊN] [--compare TỆP.json]

Without folders: ``../shared/real-docx/bulk`` (145 files of one provincial office) and ``../shared/real-docx``
(the 12 curated files). Each file is checked once to warm up, then ``--runs`` times in this process; its time
is the fastest run, wall clock and CPU (the other runs measure the machine's other work). ``--save`` writes
``benchmarks/results/check-<TÊN>.json``; ``--compare`` prints what moved against an earlier result: totals per
rule and per role, and the files whose findings changed. Judgements of findings on the rendered pages (seed,
sample, verdicts) are written down in ``benchmarks/check_report_notes.md`` (the JSON results stay local:
``benchmarks/results/`` is git-ignored).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
SHARED = next(
    (p for p in (ROOT.parent / "shared" / "real-docx", ROOT.parent.parent / "shared" / "real-docx") if p.is_dir()),
    ROOT.parent / "shared" / "real-docx",
)

from reportgen.check.nd30 import check_docx  # noqa: E402


def role_of(path: Path) -> str:
    """The role and type the checker gives the file («main:BC», «appendix» …), whatever version is installed."""
    from reportgen.check import nd30

    describe = getattr(nd30, "describe_document", None)
    try:
        if describe is not None:
            return str(describe(path))
        return str(nd30.detect_profile(nd30.docxmodel.load(path)))
    except Exception as exc:  # an unreadable file has no role
        return f"unreadable ({type(exc).__name__})"


def measure(path: Path, runs: int) -> dict[str, Any]:
    findings = check_docx(path)
    wall = cpu = float("inf")
    for _ in range(runs):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        check_docx(path)
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
    return {
        "role": role_of(path),
        "wall_ms": round(wall * 1000, 2),
        "cpu_ms": round(cpu * 1000, 2),
        "findings": [
            {"rule": f.rule, "severity": f.severity, "actual": f.actual, "location": f.location} for f in findings
        ],
    }


def run(folders: list[Path], runs: int) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.docx")):
            files[f"{folder.name}/{path.name}"] = measure(path, runs)
    return {"files": files, "summary": summarise(files)}


def summarise(files: dict[str, Any]) -> dict[str, Any]:
    per_rule: Counter[str] = Counter()
    per_role: Counter[str] = Counter()
    per_role_files: Counter[str] = Counter()
    for record in files.values():
        per_role_files[record["role"]] += 1
        for item in record["findings"]:
            per_rule[item["rule"]] += 1
            per_role[record["role"]] += 1
    walls = [r["wall_ms"] for r in files.values()]
    cpus = [r["cpu_ms"] for r in files.values()]
    return {
        "files": len(files),
        "findings": sum(per_rule.values()),
        "median_wall_ms": round(statistics.median(walls), 2) if walls else 0.0,
        "median_cpu_ms": round(statistics.median(cpus), 2) if cpus else 0.0,
        "per_rule": dict(per_rule.most_common()),
        "per_role": {role: {"files": per_role_files[role], "findings": per_role[role]} for role in per_role_files},
    }


def show(result: dict[str, Any], top: int) -> None:
    summary = result["summary"]
    print(f"{summary['files']} tệp, {summary['findings']} phát hiện")
    print(f"trung vị thời gian/tệp: {summary['median_wall_ms']} ms (đồng hồ), {summary['median_cpu_ms']} ms (CPU)")
    print("\ntheo vai trò (tệp, phát hiện):")
    for role, numbers in sorted(summary["per_role"].items(), key=lambda item: -item[1]["files"]):
        print(f"  {role:24} {numbers['files']:4} {numbers['findings']:6}")
    print("\ntheo quy tắc:")
    for rule, count in list(summary["per_rule"].items())[:top]:
        print(f"  {rule:32} {count:6}")
    print("\ntheo tệp (nhiều nhất):")
    ranked = sorted(result["files"].items(), key=lambda item: -len(item[1]["findings"]))
    for name, record in ranked[:top]:
        print(f"  {len(record['findings']):5}  {record['role']:20} {record['wall_ms']:8.1f} ms  {name}")


def compare(old: dict[str, Any], new: dict[str, Any]) -> None:
    before, after = old["summary"], new["summary"]
    print(
        f"\nso với kết quả trước: {before['findings']} → {after['findings']} phát hiện; trung vị "
        f"{before['median_wall_ms']} → {after['median_wall_ms']} ms (đồng hồ), "
        f"{before['median_cpu_ms']} → {after['median_cpu_ms']} ms (CPU)"
    )
    rules = sorted(set(before["per_rule"]) | set(after["per_rule"]))
    for rule in rules:
        a, b = before["per_rule"].get(rule, 0), after["per_rule"].get(rule, 0)
        if a != b:
            print(f"  {rule:32} {a:6} → {b:6}")
    print("tệp đổi vai trò:")
    for name, record in new["files"].items():
        previous = old["files"].get(name)
        if previous and previous["role"] != record["role"]:
            print(f"  {name}: {previous['role']} → {record['role']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--save", metavar="TÊN", default=None)
    parser.add_argument("--compare", type=Path, default=None)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    folders = args.folders or [SHARED / "bulk", SHARED]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print("không có thư mục: " + ", ".join(missing), file=sys.stderr)
        return 2
    result = run(folders, args.runs)
    show(result, args.top)
    if args.compare:
        compare(json.loads(args.compare.read_text(encoding="utf-8")), result)
    if args.save:
        RESULTS.mkdir(exist_ok=True)
        target = RESULTS / f"check-{args.save}.json"
        target.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nđã lưu {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
