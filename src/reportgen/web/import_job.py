"""The costly part of an Excel import, done where a build is: in a worker process at a lower OS priority.

Reading a workbook of 10,000 rows cell by cell, rewriting the input's lists through the round-trip YAML parser
and checking the result are pure CPU work on files; in the server's threads they would hold the GIL and slow
every page of every colleague. Here they need none of the server's state: the page gives the workbook's bytes
(it is never written to a file: not in the workspace, not in a temporary folder other users of the PC could
read), the input's text as it was read (no lock held) and gets back what to write. The server then takes the
input's lock only to see that the text did not change meanwhile and to write it (see ``views/imports.py``).

Functions here travel to another process: module-level, arguments and results that pickle (an ``InputError``
does not, so its problems come back as a list).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen import kinds
from reportgen.author.xlsx_import import ImportResult, list_sizes, read_workbook
from reportgen.author.xlsx_sheets import sheets
from reportgen.author.yaml_lists import replace_lists, roundtrip_text
from reportgen.load import LoadedInput, field_name, load_text
from reportgen.load.samples import sample_places
from reportgen.make.pipeline import BuildResult, check_text
from reportgen.problems import InputError, Problem

Lists = dict[str, list[dict[str, Any]]]
ASK = "hỏi trước"  # in ``result.notes``: the import would replace rows someone typed; the page asks first


@dataclass
class Prepared:
    """What an import would do to one input's text, computed away from the server."""

    result: ImportResult = field(default_factory=ImportResult)
    lists: Lists = field(default_factory=dict)  # the workbook's records, kept to merge again if the input changed
    text: str = ""  # the input with its lists replaced; empty when refused or when the page must ask first
    kind: str = ""  # the input's kind; empty when its “loai” names none
    checked: BuildResult | None = None  # the check of ``text``: the home page shows it without checking again
    refused: list[Problem] = field(default_factory=list)  # the workbook or the input could not be read at all
    seen: str = ""  # the input's lists as the merge found them (``lists_seen``): what a question is based on


def lists_seen(data: Any, names: list[str]) -> str:
    """A short fingerprint of the lists ``names`` as ``data`` holds them: a question “Đoàn vào: 7 → 2 mục” is
    answered for these rows only. If someone saves other rows meanwhile, the fingerprint differs and the page
    asks again instead of replacing rows the person never saw."""
    held = {n: data.get(n) if isinstance(data, dict) else None for n in sorted(names)}
    text = json.dumps(held, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def merge(prepared: Prepared, before: str, name: str, path: Path, agreed: str) -> Prepared:
    """``before`` with the workbook's lists in place of its own, and the check of the result.

    A list someone typed rows into (not just the scaffold's one sample record) is replaced only once the person
    agreed to replace these very lists: ``agreed`` is the ``seen`` of the question they answered, and must
    still match the lists of ``before``. Until then the result says "hỏi trước" and carries no text.
    ``result.before`` holds the sizes the lists had, for “Đoàn ra: 2 → 0 mục”.
    """
    try:
        loaded = load_text(before, name)
    except InputError as exc:
        return Prepared(prepared.result, prepared.lists, refused=exc.problems, kind=prepared.kind)
    if not isinstance(loaded.data, dict) or loaded.data.get("loai") != prepared.kind:
        return Prepared()  # the input's kind changed since the workbook was read for it: the page asks for it again
    return _merge(prepared, loaded, before, name, path, agreed)


def _merge(prepared: Prepared, loaded: LoadedInput, before: str, name: str, path: Path, agreed: str) -> Prepared:
    result, kind = dataclasses.replace(prepared.result, notes=list(prepared.result.notes)), prepared.kind
    result.before = list_sizes(loaded.data, kind)
    samples = {field_name(loc[:1]) for loc in sample_places(loaded, list(loaded.samples))}
    titles = {s.title: s.field.name for s in sheets(kind)}
    typed = [t for t, n in result.before.items() if n and not (n == 1 and titles.get(t) in samples)]
    result.notes = [n for n in result.notes if n != ASK]
    seen = lists_seen(loaded.data, list(prepared.lists))
    if typed and agreed != seen:
        result.notes.append(ASK)  # the page asks before replacing rows someone typed (or typed since it asked)
        return Prepared(result, prepared.lists, kind=kind, seen=seen)
    try:
        text = replace_lists(roundtrip_text(before, name), before, prepared.lists)
    except InputError as exc:
        return Prepared(result, prepared.lists, refused=exc.problems, kind=kind, seen=seen)
    checked = check_text(text.encode("utf-8"), path)
    result.check = [*checked.problems, *checked.warnings]
    return Prepared(result, prepared.lists, text, kind=kind, checked=checked, seen=seen)


def prepare(book: bytes, shown: str, before: str, name: str, path: Path, agreed: str) -> Prepared:
    """The whole costly part at once: the input's kind, the workbook ``book`` (the bytes sent, named ``shown``
    in messages) read, then merged into ``before`` if no cell is wrong. ``kind`` comes back empty when the
    input names no kind (the workbook is then not read)."""
    try:
        loaded = load_text(before, name)
    except InputError:
        return Prepared()
    kind = loaded.data.get("loai") if isinstance(loaded.data, dict) else None
    if not isinstance(kind, str) or kind not in kinds.available():
        return Prepared()
    try:
        lists, result = read_workbook(Path(shown), kind, book)
    except InputError as exc:
        return Prepared(refused=exc.problems, kind=kind)
    prepared = Prepared(result, lists, kind=kind)
    if result.problems:
        return prepared
    return _merge(prepared, loaded, before, name, path, agreed)
