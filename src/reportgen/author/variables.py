"""What ``reportgen fields <loại>`` prints: every variable a kind's templates may read, described in Vietnamese.

A person who edits a template in Word needs the names to type between ``{{ }}``; they come from the kind's
documented context dataclasses, so the list can never disagree with what the kind actually provides.
"""

from __future__ import annotations

from reportgen import kinds
from reportgen.blocks.context import variables


def describe(kind: str) -> str:
    """One block per template: its file, then one line per variable (path, kind of value, description)."""
    contract = kinds.get(kind)
    out = [f"Loại “{kind}”: {contract.title}", ""]
    for template, context in contract.templates.items():
        out.append(f"Mẫu templates/{template}.docx dùng được các biến sau:")
        found = variables(context)
        width = max(len(v.path) for v in found)
        for v in found:
            out.append(f"  {v.path:<{width}}  [{v.kind}] {v.mo_ta}")
        out.append("")
    out.append("Trong mẫu, viết {{ tên_biến }}; với danh sách, dùng vòng lặp {%p for x in tên_biến %} … {%p endfor %}")
    out.append("và đọc các trường của mỗi mục bằng {{ x.tên_trường }} (tên trường là phần sau “[].”).")
    return "\n".join(out) + "\n"
