"""The package is sorted by job and data flows one way; this test is the rule, not the README.

Every module's imports (top-level and deferred alike) are read from its source. A module may import only
from its own layer and the layers below it; nothing imports a front end; only ``make/render.py`` imports
docxtpl and only the ``cli`` package imports click; and no import circle exists, however deferred.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportgen"

GROUND = ("problems", "models", "blocks", "images", "vietnamese", "load", "__init__")
# layer -> the layers it may import (its own included)
ALLOWED: dict[str, set[str]] = {
    "ground": {"ground"},
    "files": {"ground", "files"},
    "kinds": {"ground", "kinds"},
    "make": {"ground", "files", "kinds", "make"},
    "author": {"ground", "files", "kinds", "make", "author"},
    "check.nd30": {"ground", "files", "check.nd30"},
    "check": {"ground", "files", "kinds", "make", "author", "check", "check.nd30"},
    # the register issues documents: it numbers them, rewrites the input (author) and builds them again (make)
    "register": {"ground", "files", "kinds", "make", "author", "register"},
    # signatures: a sign-ready PDF is made (make) where the checker finds the signer (check.nd30)
    "sign": {"ground", "files", "make", "check.nd30", "sign"},
    "front": {"ground", "files", "kinds", "make", "author", "check", "check.nd30", "register", "sign", "front"},
}
# library -> the module, or the package (every module in it), that alone may import it
ONLY_IN = {"docxtpl": "reportgen.make.render", "click": "reportgen.cli"}


def in_package(module: str, package: str) -> bool:
    """``module`` is ``package`` itself or one of its submodules."""
    return module == package or module.startswith(package + ".")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    parts = module.split(".")[1:]
    if not parts or parts[0] in GROUND:
        return "ground"
    if parts[0] in ("cli", "web", "__main__"):  # __main__: ``python -m reportgen`` runs cli.main
        return "front"
    if parts[:2] == ["check", "nd30"]:
        return "check.nd30"
    if parts[0] in ALLOWED:
        return parts[0]
    raise AssertionError(f"{module}: not in any layer; add it to a folder of the layout")


def imports_of(path: Path, module: str) -> set[str]:
    """Absolute names of every module ``path`` imports, wherever the import statement stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # "from reportgen.kinds import bao_cao_nam" imports a module, not only a name
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def internal_imports(module: str) -> set[str]:
    return {name for name in imports_of(MODULES[module], module) if name in MODULES and name != module}


GRAPH = {module: internal_imports(module) for module in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_from_its_own_layer_and_below(module: str) -> None:
    layer = layer_of(module)
    wrong = sorted(f"{name} ({layer_of(name)})" for name in GRAPH[module] if layer_of(name) not in ALLOWED[layer])
    assert not wrong, f"{module} ({layer}) must not import {', '.join(wrong)}"


def test_nothing_imports_a_front_end() -> None:
    offenders = sorted(
        f"{module} → {name}"
        for module, names in GRAPH.items()
        for name in names
        if (layer_of(name) == "front" and layer_of(module) != "front")
        or (
            in_package(name, "reportgen.cli")
            and not in_package(module, "reportgen.cli")
            and module != "reportgen.__main__"
        )
    )
    assert not offenders


@pytest.mark.parametrize("library", sorted(ONLY_IN))
def test_library_imported_in_one_place_only(library: str) -> None:
    users = {
        module
        for module, path in MODULES.items()
        if any(name == library or name.startswith(library + ".") for name in imports_of(path, module))
    }
    outside = sorted(module for module in users if not in_package(module, ONLY_IN[library]))
    assert not outside, f"{library} imported by {outside}"
    assert users, f"{library} is imported nowhere: the rule's owner {ONLY_IN[library]} has moved"


def test_no_import_circles() -> None:
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for name in sorted(GRAPH[module]):
            # a package's __init__ importing its own submodules is how a package exposes them, not a circle
            if name.startswith(module + "."):
                continue
            if state.get(name) == 1:
                circles.append([*path[path.index(name) :], name])
            elif name not in state:
                visit(name)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert not circles, "import circles: " + "; ".join(" → ".join(c) for c in circles)
