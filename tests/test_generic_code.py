"""Generic code never names a document kind or one of its fields: adding a kind is adding files.

What a kind is and which of its fields mean what (a paragraph, the document's year) lives in the kind's own
files: ``kinds/<slug>``, ``data/mo_ta/<slug>.yaml``, ``templates/<slug>.docx`` and ``tools/tpl_<slug>.py``.
This test reads every other module of the package (its code, not its docstrings or comments) and the web
page templates and scripts, and fails on a kind's name, a field that only kinds define, or an import of a
kind module; so knowledge about one kind cannot creep back into the web form, the schema or the Excel import.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from reportgen import kinds, models
from reportgen.author.fielddoc import leaf_type

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportgen"
KINDS_DIR = PACKAGE / "kinds"
VENDORED = {"htmx.min.js"}
# A snake_case identifier of two words or more: how a kind's name or a compound field name is written.
IDENTIFIER = re.compile(r"(?<![A-Za-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_])")
# Ordinary words that some kind also uses as a field name, where generic code means the word, not the field:
# (word, module or folder prefix) -> why.
COINCIDENCES = {
    ("nam", "reportgen.vietnamese.names"): "giới tính “nam” (male), a value",
    ("nam", "reportgen.author.xlsx_cells"): "giới tính “nam” (male), a value an Excel cell may hold",
    ("y", "reportgen.author.xlsx_cells"): "“y” as a yes in an Excel cell",
    ("y", "reportgen.check.nd30.rules_numbering"): "the year group of a date regular expression",
    ("tep", "reportgen.cli"): "the command-line argument TỆP",
    ("tep", "reportgen.web"): "the file input of the upload forms",
    ("noi_dung", "reportgen.web"): "the text box of the raw YAML editor",
    ("tieu_de", "reportgen.author.fielddoc"): "the key of a field's title in data/mo_ta",
    ("van_ban", "reportgen.files.names"): "the file name used when nothing else names a document",
    ("van_ban", "reportgen.web"): "the file name of a preview",
    ("nam", "reportgen.cli"): "the parameter of the --year option",
    ("ly_do", "reportgen.cli"): "the parameter of the --reason option",
    ("nam", "reportgen.web"): "the year asked in the register page's address",
    ("y_kien", "reportgen.web"): "the comment box of the approval page",
}
# Kind knowledge generic code still holds, each to be moved into the kinds; listed so that no new one can join.
NOT_YET_MOVED = {
    ("trich_yeu", "reportgen.register.facts"): "the register reads the trích yếu from the context key of that name",
}


def _kind_modules() -> Iterator[object]:
    for info in pkgutil.walk_packages([str(KINDS_DIR)], "reportgen.kinds."):
        yield importlib.import_module(info.name)


def _models_of(module_prefix: str, modules: list[object]) -> list[type[BaseModel]]:
    return [
        value
        for module in modules
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, BaseModel) and value.__module__.startswith(module_prefix)
    ]


def _fields_of(models_: list[type[BaseModel]]) -> set[str]:
    return {name for model in models_ for name in model.model_fields}


def _shared_blocks(models_: list[type[BaseModel]]) -> set[str]:
    """Fields holding one of the shared blocks of ``models.py`` (``co_quan: CoQuan``, ``van_ban: VanBan``)."""
    return {
        name
        for model in models_
        for name, info in model.model_fields.items()
        if inspect.isclass(leaf_type(info.annotation)) and leaf_type(info.annotation).__module__ == "reportgen.models"
    }


KIND_NAMES = set(kinds.available()) | {p.stem for p in KINDS_DIR.glob("_*.py") if p.stem != "__init__"}
KIND_MODELS = _models_of("reportgen.kinds", list(_kind_modules()))
# loai: every input says its kind; the fields of the shared blocks, and the fields that hold one
SHARED_FIELDS = _fields_of(_models_of("reportgen.models", [models])) | _shared_blocks(KIND_MODELS) | {"loai"}
KIND_FIELDS = _fields_of(KIND_MODELS) - SHARED_FIELDS
FORBIDDEN = KIND_NAMES | KIND_FIELDS


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _excused(word: str, module: str) -> bool:
    listed = [*COINCIDENCES, *NOT_YET_MOVED]
    return any(w == word and (module == p or module.startswith(p + ".")) for w, p in listed)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _python_names(path: Path) -> Iterator[tuple[int, str]]:
    """(line, name) of every kind or kind-field name the module's code spells, and every kind module it imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            imported = [alias.name for alias in node.names]
        else:
            imported = []
        for name in imported:
            parts = name.split(".")
            if parts[:2] == ["reportgen", "kinds"] and len(parts) > 2 and parts[2] in KIND_NAMES:
                yield getattr(node, "lineno", 0), parts[2]
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words = set(IDENTIFIER.findall(node.value))
            if node.value in FORBIDDEN:
                words.add(node.value)
            for word in sorted(words & FORBIDDEN):
                yield node.lineno, word


def _page_names(path: Path) -> Iterator[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        words = set(IDENTIFIER.findall(line)) | set(re.findall(r'name="([a-z_]+)"', line))
        for word in sorted(words & FORBIDDEN):
            yield number, word


def _generic_files() -> list[Path]:
    found = []
    for path in sorted(PACKAGE.rglob("*")):
        if KINDS_DIR in path.parents or path.name in VENDORED or not path.is_file():
            continue
        if path.suffix in (".py", ".html", ".js"):
            found.append(path)
    return found


def test_the_rule_knows_the_kinds_and_their_fields() -> None:
    """The lists this test compares with are not empty (a refactoring that empties them would pass anything)."""
    assert len(KIND_NAMES) >= 6
    assert {"doan_vao", "so_nguoi", "ca_nhan"} <= KIND_FIELDS
    assert "ho_ten" in SHARED_FIELDS and "ho_ten" not in KIND_FIELDS


@pytest.mark.parametrize("path", _generic_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_generic_code_names_no_kind_and_no_kind_field(path: Path) -> None:
    module = _module_name(path) if path.suffix == ".py" else "reportgen." + ".".join(path.relative_to(PACKAGE).parts)
    found = _python_names(path) if path.suffix == ".py" else _page_names(path)
    named = [f"line {line}: {word}" for line, word in found if not _excused(word, module)]
    assert not named, (
        f"{path.relative_to(PACKAGE)} names a kind or a kind's field ({'; '.join(named)}); "
        "say it in the kind's files (a data/mo_ta flag, a kind attribute) and read it from there"
    )


def test_the_rule_catches_a_kind_name_a_field_and_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""A docstring may say bao_cao_nam."""\n'
        "from reportgen.kinds.bien_ban import Input\n"
        'PROSE = {"thanh_tich"}\n'
        'PREFIX = f"noi_dung.{1}"\n'
        'LABEL = "Năm"\n',
        encoding="utf-8",
    )
    assert sorted(set(_python_names(sample))) == [(2, "bien_ban"), (3, "thanh_tich"), (4, "noi_dung")]
