"""Arbitrary Unicode in any text field of any kind: a well-formed document holding the text, or a clean refusal."""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen import kinds
from reportgen.files.outputs import check_valid_docx
from reportgen.load import load_file
from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from reportgen.problems import InputError

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"


def base_inputs() -> list[Path]:
    """Every example of every kind, and the small sample report."""
    return [*sorted((ROOT / "inputs").glob("*.yaml")), Path(__file__).parent / "sample_report.yaml"]


def text_leaves(data: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [leaf for k, v in data.items() if k != "loai" for leaf in text_leaves(v, (*loc, k))]
    if isinstance(data, list):
        return [leaf for i, v in enumerate(data) for leaf in text_leaves(v, (*loc, i))]
    return [loc] if isinstance(data, str) else []


def replaced(data: Any, loc: tuple[Any, ...], value: str) -> Any:
    if not loc:
        return value
    head, rest = loc[0], loc[1:]
    if isinstance(data, dict):
        return {k: replaced(v, rest, value) if k == head else v for k, v in data.items()}
    return [replaced(v, rest, value) if i == head else v for i, v in enumerate(data)]


def document_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
        xml = "".join(archive.read(n).decode("utf-8") for n in names)
    text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&#34;", '"')
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def build_bytes(path: Path) -> list[bytes]:
    prepared = prepare(path)
    return [render_file(TEMPLATES / f"{d.template}.docx", d.context) for d in prepared.documents]


BASES = base_inputs()
CASES = [(path, leaf) for path in BASES for leaf in text_leaves(load_file(path).data)]
hostile = st.text(min_size=1, max_size=60) | st.sampled_from(
    ["&", "<w:p>", "{{ 7*7 }}", "{% if %}", "None", "\u202eRTL", "🎉", "a\rb\x0bc", "\ufffe", "x\x00y", "\ud800"]
)


@pytest.mark.parametrize("path", BASES, ids=lambda p: p.name)
def test_every_base_input_builds(path: Path) -> None:
    for data in build_bytes(path):
        check_valid_docx(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.sampled_from(CASES), value=hostile)
def test_any_text_in_any_field_is_kept_or_cleanly_refused(
    tmp_path: Path, case: tuple[Path, tuple[Any, ...]], value: str
) -> None:
    path, leaf = case
    data = replaced(load_file(path).data, leaf, value)
    for sibling in [*path.parent.glob("*.yaml"), *path.parent.glob("*.png")]:  # last year's report, the emblem
        shutil.copy(sibling, tmp_path / sibling.name)
    target = tmp_path / path.name
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8", errors="surrogatepass")
    try:
        documents = build_bytes(target)
    except InputError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return
    for document in documents:
        check_valid_docx(document)
        assert "None" not in document_text(document).replace(value, "")


LITERAL_FIELDS = [
    ("doan_vao", 0, "ten_doan"),
    ("nguoi_ky", "ho_ten"),
    ("noi_dung", "han_che"),
]
plain_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")), min_size=1, max_size=80
).filter(lambda s: s.strip() == s and "\n" not in s and unicodedata.normalize("NFC", s) == s)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(leaf=st.sampled_from(LITERAL_FIELDS), value=plain_text)
def test_text_reaches_the_document_literally(tmp_path: Path, leaf: tuple[Any, ...], value: str) -> None:
    sample = Path(__file__).parent / "sample_report.yaml"
    data = replaced(load_file(sample).data, leaf, value)
    target = tmp_path / "bc.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        (document,) = build_bytes(target)
    except InputError as exc:  # e.g. a value that is only spaces after normalisation, or a bare "-"
        assert exc.problems
        return
    assert " ".join(value.split()) in " ".join(document_text(document).split())


def test_every_kind_has_an_example_to_attack() -> None:
    covered = {load_file(p).data["loai"] for p in BASES}
    assert covered == set(kinds.available())
