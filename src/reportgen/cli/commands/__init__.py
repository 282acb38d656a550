"""Every module of this folder is a command family; importing the folder registers all of them on ``cli``.

A new command is a new file here (see ``reportgen.cli``): the loop below imports it, in name order, so no list
has to be edited and two branches adding commands never touch the same line.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in sorted(info.name for info in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")
