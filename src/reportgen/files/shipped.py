"""Where the templates, schemas and example inputs that come with reportgen are.

A wheel carries them inside the package (``reportgen/shipped/``, copied there when the wheel is built:
see ``setup.py``), so ``pip install``/``pipx install`` gives a ``reportgen`` that works from any folder. A
checkout (editable install, tests, ``make templates``) uses the folders at the repository root, which stay
the one place they are edited. A ``./templates`` (or ``./schemas``, ``./inputs``) folder in the current
folder comes first: that is how an office keeps its own edited templates.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_dir", "shipped_dir"]

PACKAGED = Path(__file__).resolve().parents[1] / "shipped"
CHECKOUT = Path(__file__).resolve().parents[3]


def shipped_dir(name: str) -> Path:
    """The copy that came with this installation: inside the package, else the checkout's own folder."""
    packaged = PACKAGED / name
    return packaged if packaged.is_dir() else CHECKOUT / name


def default_dir(name: str) -> Path:
    """``./<name>`` when the current folder has one, else the shipped copy."""
    local = Path.cwd() / name
    return local if local.is_dir() else shipped_dir(name)
