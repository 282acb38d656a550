"""Copies the repository's templates, schemas and example inputs into the wheel (``reportgen/shipped/``).

They are edited where they are (``templates/`` is written by ``make templates``), and a wheel must carry
them so that an installed ``reportgen`` works outside a checkout; see ``reportgen.files.shipped``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# the examples and what they use beside them (the illustration of a Quốc huy the letter examples need)
SHIPPED = {"templates": ("*.docx",), "schemas": ("*.schema.json",), "inputs": ("*.yaml", "*.png")}


class BuildWithShipped(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's own folders
        for folder, patterns in SHIPPED.items():
            target = Path(self.build_lib) / "reportgen" / "shipped" / folder
            target.mkdir(parents=True, exist_ok=True)
            for source in sorted(p for pattern in patterns for p in (ROOT / folder).glob(pattern)):
                if not source.name.startswith(("~$", ".")):
                    shutil.copyfile(source, target / source.name)


setup(cmdclass={"build_py": BuildWithShipped})
