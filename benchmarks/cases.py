"""One measured case, run in a fresh process so that its peak memory is its own.

Called by ``run.py`` as ``python benchmarks/cases.py CASE SPEC_JSON``; prints one JSON line with the wall
time of the measured work (``time.perf_counter``, imports and loading the prepared context excluded),
the resident memory just before it and the process's peak resident memory (``VmHWM``) after it.
"""

from __future__ import annotations

import json
import pickle
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate

from reportgen.files.outputs import write_output
from reportgen.make.pdf import convert_to_pdf
from reportgen.make.pipeline import build_file, build_paths
from reportgen.make.render import render_file


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} missing from /proc/self/status")


def _context(spec: dict[str, Any]) -> dict[str, Any]:
    with open(spec["context"], "rb") as handle:
        context: dict[str, Any] = pickle.load(handle)
    return context


def reportgen_render(spec: dict[str, Any]) -> Callable[[], None]:
    """Template + prepared context → .docx on disk: the same work the docxtpl baseline does."""
    context, template, out = _context(spec), Path(spec["template"]), Path(spec["out"])

    def run() -> None:
        write_output(out / "doc.docx", render_file(template, context), root=out, force=True)

    return run


def reportgen_build(spec: dict[str, Any]) -> Callable[[], None]:
    """YAML input → every document of it on disk: what ``reportgen build`` does for one input."""
    source, out = Path(spec["input"]), Path(spec["out"])

    def run() -> None:
        result = build_file(source, out, force=True)
        if not result.ok:
            raise RuntimeError(f"build failed: {result.problems or result.output_error}")

    return run


def docxtpl_render(spec: dict[str, Any]) -> Callable[[], None]:
    """Raw docxtpl, once: open the template, render the same context (autoescaped, as ours), save."""
    context, template, out = _context(spec), spec["template"], Path(spec["out"])

    def run() -> None:
        doc = DocxTemplate(template)
        doc.render(context, autoescape=True)
        doc.save(out / "docxtpl.docx")

    return run


def docxtpl_loop(spec: dict[str, Any]) -> Callable[[], None]:
    """The naive batch: for each awardee a new DocxTemplate, render with a context of that one awardee, save."""
    context, template, out = _context(spec), spec["template"], Path(spec["out"])
    pages = context["bang_khen"]

    def run() -> None:
        for i, page in enumerate(pages):
            doc = DocxTemplate(template)
            doc.render({**context, "bang_khen": [page]}, autoescape=True)
            doc.save(out / f"bang_khen_{i:04d}.docx")

    return run


def pdf_convert(spec: dict[str, Any]) -> Callable[[], None]:
    """``convert_to_pdf`` of the given documents, ``batch_size`` per LibreOffice process."""
    paths = [Path(p) for p in spec["documents"]]

    def run() -> None:
        convert_to_pdf(paths, Path(spec["out"]), batch_size=spec["batch_size"])

    return run


def batch_build(spec: dict[str, Any]) -> Callable[[], None]:
    """``build_paths`` over several inputs with ``jobs`` processes."""
    inputs, out = [Path(p) for p in spec["inputs"]], Path(spec["out"])

    def run() -> None:
        results = build_paths(inputs, out, force=True, jobs=spec["jobs"])
        if not all(r.ok for r in results):
            raise RuntimeError("a batch input failed")

    return run


CASES: dict[str, Callable[[dict[str, Any]], Callable[[], None]]] = {
    "reportgen_render": reportgen_render,
    "reportgen_build": reportgen_build,
    "docxtpl_render": docxtpl_render,
    "docxtpl_loop": docxtpl_loop,
    "pdf_convert": pdf_convert,
    "batch_build": batch_build,
}


def memory_across_batch(spec: dict[str, Any]) -> dict[str, Any]:
    """Render the same template ``count`` times in one process; resident memory after every ``every``."""
    context, template = _context(spec), Path(spec["template"])
    samples = [{"documents": 0, "rss_kb": _status_kb("VmRSS")}]
    for i in range(1, spec["count"] + 1):
        render_file(template, context)
        if i % spec["every"] == 0:
            samples.append({"documents": i, "rss_kb": _status_kb("VmRSS")})
    return {"samples": samples}


def main(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    if name == "memory_across_batch":
        return memory_across_batch(spec)
    work = CASES[name](spec)
    before = _status_kb("VmRSS")
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    # Worker processes (build --jobs, LibreOffice) count too: the largest of them, or this one if larger.
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "rss_before_kb": before, "peak_rss_kb": max(_status_kb("VmHWM"), children)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], json.loads(sys.argv[2]))))
