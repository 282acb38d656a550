"""Write the first draft of each template in ``templates/`` from ``tools/tpl_<kind>.py``.

Templates belong to the users once they exist: this script refuses to replace a template unless told
``--force``, so a style or wording change made in Word is never lost by a developer's rebuild.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

from templatekit import slim_package  # noqa: E402 - tools/ is put on the path just above


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="template names (default: all tools/tpl_*.py)")
    parser.add_argument("--force", action="store_true", help="overwrite existing templates")
    args = parser.parse_args()
    names = args.names or sorted(p.stem[len("tpl_") :] for p in TOOLS.glob("tpl_*.py"))
    for name in names:
        target = ROOT / "templates" / f"{name}.docx"
        if target.exists() and not args.force:
            print(f"bỏ qua {target.relative_to(ROOT)} (đã có; dùng --force để tạo lại)")
            continue
        module = importlib.import_module(f"tpl_{name}")
        module.build().save(target)
        slim_package(target)
        print(f"đã tạo {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
