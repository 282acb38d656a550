"""Pages of every example, ready to be looked at, and the title lines that part a number from its word.

Run after ``make demo``: ``.venv/bin/python benchmarks/page_review.py outputs /tmp/pages``. It converts every .docx
to PDF with LibreOffice (its own profile, so it never meets another LibreOffice running), writes 50 dpi PNG pages
and one contact sheet per six pages (``<name>_mNN.png``, ImageMagick's ``montage``) to look at with an image viewer,
and prints, per file, its page count and every break between two PDF lines that parts a number from its word or a
level from its name ("6 / tháng", "quý IV năm / 2021", "tỉnh / Quảng Trị") inside a centred paragraph (titles,
headings, certificate lines). The verdicts of a review go to ``benchmarks/page_review.md``.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph


def parted(end: str, start: str) -> bool:
    """Whether a line ending ``end`` and the next starting ``start`` part a number from its word or a name."""
    if re.search(r"\d$", end):
        return bool(re.match(r"[^\W\d]", start)) and not re.match(r"(?:và|của|đến|cho|tại|với)\b", start)
    if re.search(r"(?i)\b(?:tháng|năm|quý|ngày|số|điều|khóa|lần thứ|giai đoạn)$", end):
        return bool(re.match(r"\d|[IVX]+\b", start))
    return bool(re.search(r"(?i)\b(?:tỉnh|phố)$", end)) and start[:1].isupper()


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def centred_paragraphs(docx: Path) -> list[str]:
    doc = Document(str(docx))
    centre = WD_ALIGN_PARAGRAPH.CENTER

    def centred(p: Paragraph) -> bool:
        return p.alignment == centre or (p.style is not None and p.style.paragraph_format.alignment == centre)

    return [_plain(p.text) for p in doc.paragraphs if p.text.strip() and centred(p)]


def parted_titles(docx: Path, pdf: Path) -> list[tuple[str, str]]:
    centred = centred_paragraphs(docx)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    lines = [_plain(line) for line in text.stdout.splitlines() if line.strip()]
    titles = " ".join(centred)

    def in_a_title(a: str, b: str) -> bool:
        return f"{a} {b}" in titles and any(f"{a.split()[-1]} {b.split()[0]}" in c for c in centred)

    return [(a, b) for a, b in itertools.pairwise(lines) if parted(a, b) and in_a_title(a, b)]


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def main(outputs: Path, target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    documents = sorted(outputs.glob("*.docx"))
    profile = f"-env:UserInstallation=file://{target.resolve()}/lo-profile"
    command = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(target)]
    subprocess.run([*command, *map(str, documents)], capture_output=True, check=True)
    found = 0
    for docx in documents:
        pdf = target / f"{docx.stem}.pdf"
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(target / docx.stem)], check=True)
        page = re.compile(re.escape(docx.stem) + r"-(\d+)\.png")
        numbered = [(int(m[1]), p) for p in target.glob("*.png") if (m := page.fullmatch(p.name))]
        pngs = [p for _, p in sorted(numbered)]
        for n, start in enumerate(range(0, len(pngs), 6)):
            sheet = target / f"{docx.stem}_m{n:02d}.png"
            chunk = [str(p) for p in pngs[start : start + 6]]
            subprocess.run(["montage", *chunk, "-tile", "3x2", "-geometry", "+4+4", str(sheet)], check=True)
        bad = parted_titles(docx, pdf)
        found += len(bad)
        print(f"{docx.name}: {pages(pdf)} trang, {len(bad)} chỗ tách số khỏi chữ ở dòng căn giữa")
        for a, b in bad:
            print(f"    …{a[-30:]} / {b[:30]}…")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
