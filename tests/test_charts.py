"""Charts in the annual report: drawn from the figures, placed where the template says, left out when empty."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image

from reportgen.kinds.bao_cao_nam.charts import by_country, by_month, serif_font, year_on_year
from reportgen.make.pipeline import build_file

SAMPLE = (Path(__file__).parent / "sample_report.yaml").read_text(encoding="utf-8")


def build(tmp_path: Path, text: str) -> docx.document.Document:
    source = tmp_path / "bc.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, result.problems
    return docx.Document(str(result.written[0]))


def captions(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.startswith("Biểu đồ ")]


def test_report_holds_the_three_charts_with_numbered_captions(tmp_path: Path) -> None:
    document = build(tmp_path, SAMPLE)
    assert len(document.inline_shapes) == 3
    assert captions(document) == [
        "Biểu đồ 1. So sánh một số chỉ tiêu năm 2022 với năm 2021",
        "Biểu đồ 2. Số đoàn vào, đoàn ra theo tháng năm 2022",
        "Biểu đồ 3. Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất năm 2022",
    ]
    shape = document.inline_shapes[0]
    assert shape.width.cm == pytest.approx(16.0, abs=0.01)  # fits the 16,5 cm between the margins
    with zipfile.ZipFile(tmp_path / "out" / "bc.docx") as archive:
        pngs = [n for n in archive.namelist() if n.endswith(".png")]
        assert len(pngs) == 3
        assert Image.open(io.BytesIO(archive.read(pngs[0]))).format == "PNG"


def test_without_last_year_the_comparison_chart_is_left_out(tmp_path: Path) -> None:
    text = SAMPLE.replace("nam_truoc:\n  so_lieu: {doan_vao: 40, luot_nguoi_vao: 300, doan_ra: 2}\n", "")
    document = build(tmp_path, text)
    assert captions(document) == [
        "Biểu đồ 1. Số đoàn vào, đoàn ra theo tháng năm 2022",
        "Biểu đồ 2. Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất năm 2022",
    ]


def test_charts_can_be_turned_off(tmp_path: Path) -> None:
    document = build(tmp_path, SAMPLE + "bieu_do: false\n")
    assert len(document.inline_shapes) == 0 and captions(document) == []


def test_nothing_to_plot_draws_nothing() -> None:
    assert by_month([0] * 12, [0] * 12, [f"T{m}" for m in range(1, 13)], "Biểu đồ") is None
    assert by_country([], "Biểu đồ") is None
    assert year_on_year([], 2022, "Năm 2021", "Năm 2022", "Biểu đồ") is None


def test_labels_use_a_font_that_draws_vietnamese() -> None:
    from matplotlib import font_manager, ft2font

    path = font_manager.findfont(font_manager.FontProperties(family=serif_font()))
    charmap = ft2font.FT2Font(path).get_charmap()
    assert all(ord(ch) in charmap for ch in "Đoàn vào, quốc tế, Hội nghị, sự kiện")


# Builds one chart in a fresh interpreter and prints the family of every font file the Agg renderer drew with.
_CHART_FONTS = """
import json, sys
from matplotlib import ft2font
from matplotlib.backends import backend_agg

used = set()
original = backend_agg.get_font


def recording(paths, *args, **kwargs):
    first = paths[0] if isinstance(paths, list) else paths
    used.add(ft2font.FT2Font(str(first)).family_name)
    return original(paths, *args, **kwargs)


backend_agg.get_font = recording
from reportgen.kinds.bao_cao_nam.charts import by_country

picture = by_country([("Nhật Bản", 12), ("Hàn Quốc", 9), ("Hoa Kỳ", 4)], "Biểu đồ")
open(sys.argv[1], "wb").write(picture.png)
print(json.dumps(sorted(used)))
"""


def _chart_fonts(config_dir: Path, png: Path, *, ignore_system_fonts: bool = False) -> list[str]:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MPL_IGNORE_SYSTEM_FONTS"}
    env["MPLCONFIGDIR"] = str(config_dir)
    if ignore_system_fonts:
        env["MPL_IGNORE_SYSTEM_FONTS"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _CHART_FONTS, str(png)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    families: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return families


@pytest.mark.parametrize("cache", ["empty", "written before the fonts were installed"])
def test_charts_draw_with_the_document_font_whatever_matplotlib_cached(tmp_path: Path, cache: str) -> None:
    """The chart's text is drawn in Liberation Serif (or Times New Roman), never DejaVu Serif, even when
    matplotlib's font list was cached on a machine that did not have those fonts yet."""
    config = tmp_path / "mpl"
    config.mkdir()
    if cache != "empty":
        # matplotlib as on a fresh machine before fonts-liberation: its cache lists only its bundled fonts
        assert _chart_fonts(config, tmp_path / "before.png", ignore_system_fonts=True) == ["DejaVu Serif"]
        assert list(config.glob("fontlist-*.json"))
    families = _chart_fonts(config, tmp_path / "chart.png")
    assert families and set(families) <= {"Liberation Serif", "Times New Roman"}, families
    with Image.open(tmp_path / "chart.png") as chart:
        assert chart.size[0] > 1000
