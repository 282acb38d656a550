"""The font of Nghị định 30 (Times New Roman) or its metric twin, found as a file.

The visible signature text is drawn by pyHanko from a TrueType file it embeds; a built-in PDF font has no
Vietnamese letters (a first try here spread the letters and lost «ố»), so only a real font file will do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportgen.problems import OutputError

_WINDOWS = ("times.ttf",)
_KNOWN = (
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/Library/Fonts/Times New Roman.ttf",
    "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
)


def times_font() -> Path:
    """Times New Roman if installed, else Liberation Serif (same advance widths); a Vietnamese error otherwise."""
    windir = os.environ.get("WINDIR")
    candidates = [Path(windir, "Fonts", name) for name in _WINDOWS] if windir else []
    candidates += [Path(p) for p in _KNOWN]
    for path in candidates:
        if path.is_file():
            return path
    found = _fontconfig("Times New Roman")
    if found is not None:
        return found
    raise OutputError(
        "Không tìm thấy tệp phông Times New Roman (hoặc Liberation Serif cùng khổ chữ) để viết dòng chữ ký số. "
        "Trên Windows phông có sẵn; trên Linux cài gói fonts-liberation2."
    )


_ITALIC_WINDOWS = ("timesi.ttf",)
_ITALIC_KNOWN = (
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Italic.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "/Library/Fonts/Times New Roman Italic.ttf",
    "/System/Library/Fonts/Supplemental/Times New Roman Italic.ttf",
)


def times_italic_font() -> Path:
    """Times New Roman Italic (the place-date line of Nghị định 30 is italic), or Liberation Serif Italic."""
    windir = os.environ.get("WINDIR")
    candidates = [Path(windir, "Fonts", name) for name in _ITALIC_WINDOWS] if windir else []
    candidates += [Path(p) for p in _ITALIC_KNOWN]
    for path in candidates:
        if path.is_file():
            return path
    found = _fontconfig("Times New Roman:italic")
    if found is not None and "italic" in found.name.lower():
        return found
    raise OutputError(
        "Không tìm thấy tệp phông Times New Roman nghiêng (hoặc Liberation Serif Italic) để ghi ngày ban hành. "
        "Trên Windows phông có sẵn; trên Linux cài gói fonts-liberation2."
    )


def _fontconfig(family: str) -> Path | None:
    program = shutil.which("fc-match")
    if program is None:
        return None
    run = subprocess.run([program, "-f", "%{file}", family], capture_output=True, timeout=30, check=False)
    path = Path(run.stdout.decode("utf-8", errors="replace").strip())
    if run.returncode == 0 and path.suffix.lower() in (".ttf", ".otf") and "serif" in path.name.lower() + "times":
        return path if path.is_file() else None
    return None


def at_1000_units(font: Path) -> Path:
    """The same font with 1,000 units per em, as pyHanko's glyph writer assumes.

    pyHanko writes the font's own advance widths into the PDF's width table, which PDF reads as thousandths of
    an em: a TrueType font drawn at 2,048 units per em (Times New Roman, Liberation Serif) came out with every
    letter twice its width apart. Scaling the font's units (fontTools, shapes unchanged) removes the mismatch.
    """
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    stamp = font.stat()
    cache = Path(tempfile.gettempdir()) / "reportgen-fonts"
    target = cache / f"{font.stem}-{stamp.st_size}-{int(stamp.st_mtime)}-upem1000.ttf"
    if target.is_file():
        return target
    with TTFont(str(font)) as tt:
        if tt["head"].unitsPerEm == 1000:
            return font
        cache.mkdir(parents=True, exist_ok=True)
        scale_upem(tt, 1000)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        tt.save(str(partial))
    os.replace(partial, target)
    return target
