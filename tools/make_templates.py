"""Write each template in ``templates/`` from ``tools/tpl_<kind>.py``, without ever losing a user's edit.

Templates belong to the users once they exist. ``tools/generated-templates.json`` records the SHA-256 of
what this script last wrote for each template: a template whose bytes still match that record (nobody
touched it) is regenerated when its generator changes; a template edited in Word or LibreOffice no longer
matches and is left alone unless ``--force`` is given. Output is byte-for-byte reproducible, so on a clean
checkout this script changes nothing, and a test holds the committed templates to their generators.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
RECORD = TOOLS / "generated-templates.json"
sys.path.insert(0, str(TOOLS))

from templatekit import template_bytes  # noqa: E402 - tools/ is put on the path just above


def generator_names() -> list[str]:
    return sorted(p.stem[len("tpl_") :] for p in TOOLS.glob("tpl_*.py"))


def generate(name: str) -> bytes:
    """The template ``name`` as its generator makes it today."""
    module = importlib.import_module(f"tpl_{name}")
    return template_bytes(module.build())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def update(names: list[str], folder: Path, record_path: Path, force: bool = False) -> list[str]:
    """Bring each template in ``folder`` up to its generator; returns one Vietnamese line per template."""
    record: dict[str, str] = json.loads(record_path.read_text(encoding="utf-8")) if record_path.exists() else {}
    said: list[str] = []
    for name in names:
        target = folder / f"{name}.docx"
        data = generate(name)
        current = target.read_bytes() if target.exists() else None
        if current == data:
            said.append(f"không đổi {target.name}")
        elif current is not None and _sha(current) != record.get(name) and not force:
            said.append(f"bỏ qua {target.name}: tệp mẫu đã được sửa sau lần tạo trước (dùng --force để tạo lại)")
            continue
        else:
            target.write_bytes(data)
            said.append(f"đã tạo {target.name}")
        record[name] = _sha(data)
    record_path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="template names (default: all tools/tpl_*.py)")
    parser.add_argument("--force", action="store_true", help="also overwrite templates a user has edited")
    args = parser.parse_args(argv)
    for line in update(args.names or generator_names(), ROOT / "templates", RECORD, args.force):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
