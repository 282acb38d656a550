"""A scaffold filled the way a person does who types only the required fields: shared by several test files."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from reportgen import kinds
from reportgen.author.fielddoc import children, doc, field_example, walk
from reportgen.author.yaml_lists import apply_edits, roundtrip_text
from reportgen.load import load_text
from reportgen.load.samples import unmark
from reportgen.make.pipeline import check_text
from reportgen.make.validate import sample_problems


def required_edits(kind: str, model: Any, prefix: str) -> dict[str, Any]:
    """What a person types who fills only the required fields (their examples), nothing else."""
    out: dict[str, Any] = {}
    for field in children(model, prefix):
        if not field.required:
            continue
        if field.model is None:
            value = doc(kind, field.path).vi_du
            out[field.name] = [value] if field.is_list and not isinstance(value, list) else value
        elif not field.is_list:
            out[field.name] = required_edits(kind, field.model, field.path + ".")
    return out


def fill_required(kind: str, target: Path) -> list[str]:
    """The scaffold with its required fields typed, some samples kept on purpose (unmarked), the others removed."""
    text = target.read_text(encoding="utf-8")
    text = apply_edits(roundtrip_text(text, target.name), text, required_edits(kind, kinds.get(kind).input, ""))
    loaded = load_text(text, target.name)
    problems = sample_problems(loaded)
    kept: list[int] = []
    dropped: dict[str, Any] = {}
    for problem in problems:
        path = re.sub(r"\[\d+\]$", "", problem.field).split(".")
        field = next(f for f in walk(kinds.get(kind).input) if f.path.replace("[].", ".") == ".".join(path))
        if field.required or problem is problems[0]:
            kept.append(problem.line)  # a required list (or one record at all): the person made it their own
        else:
            node = dropped
            for part in path[:-1]:
                node = node.setdefault(part, {})
            node[path[-1]] = []
    text = unmark(text, kept)
    text = apply_edits(roundtrip_text(text, target.name), text, dropped)
    for _ in range(4):  # a group's fix can reveal the next ones (a letter's translations, once its partner is named)
        fixed = _one_of(kind, target, text)
        if fixed == text:
            break
        text = fixed
    target.write_text(text, encoding="utf-8")
    return [p.field for p in problems]


def _one_of(kind: str, target: Path, text: str) -> str:
    """A group that needs one of its optional fields (“ten, or danh_ba and ma”): the first example that will do.

    What a person does who reads the message on the group and types one of the fields it names.
    """
    for problem in check_text(text.encode("utf-8"), target).problems:
        group = next((f for f in walk(kinds.get(kind).input) if f.path == problem.field and f.model), None)
        if group is None or group.is_list:
            continue
        leaves = [f for f in children(group.model, group.path + ".") if not f.is_list and not f.required]  # type: ignore[arg-type]
        # one field, else two ("ten" and "nguoi_dung_dau" for a letter to a person), as the messages ask
        for chosen in [*([leaf] for leaf in leaves), *itertools.combinations(leaves, 2)]:
            edits: dict[str, Any] = {leaf.name: field_example(kind, leaf) for leaf in chosen}
            for part in reversed(group.path.split(".")):
                edits = {part: edits}
            tried = apply_edits(roundtrip_text(text, target.name), text, edits)
            after = check_text(tried.encode("utf-8"), target).problems
            if not any(p.field == problem.field or p.field.startswith(problem.field + ".") for p in after):
                text = tried
                break
    return text


def untyped_samples(kind: str) -> set[str]:
    """Sample texts a person who filled only the required fields never typed: none may reach a document.

    The examples of optional plain fields and of every field of a list's records, minus a field's default
    and the kind's own standard sentences (what the program writes for an empty field is no sample).
    """
    import importlib
    import inspect

    own_wording = inspect.getsource(importlib.import_module(f"reportgen.kinds.{kind}"))
    found: set[str] = set()
    for field in walk(kinds.get(kind).input):
        if field.model is not None:
            continue
        in_record = "[]" in field.path
        if field.required and not in_record:
            continue
        example_value = doc(kind, field.path).vi_du
        default = None if field.required else field.info.get_default(call_default_factory=True)
        text = isinstance(example_value, str) and len(example_value) > 12 and example_value != default
        if text and str(example_value)[:-1] not in own_wording:
            found.add(str(example_value))
    return found
