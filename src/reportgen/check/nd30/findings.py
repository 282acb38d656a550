"""One shape for everything the checker reports, so that the CLI, the JSON output and the tests agree.

Severity is a property of the rule, not of the place it fires: a rule that restates a sentence of Nghị định
30/2020/NĐ-CP is an error, a rule that only follows the model forms of Phụ lục III is a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

ERROR = "error"
WARNING = "warning"
INFO = "info"  # what the checker decided about the file (not an administrative document, unknown type)
SEVERITIES = (ERROR, WARNING, INFO)
LABELS = {ERROR: "lỗi", WARNING: "cảnh báo", INFO: "ghi chú"}


@dataclass(frozen=True)
class Finding:
    """One departure from the rules, with what was expected and what the document holds."""

    rule: str
    severity: str
    message: str
    expected: str
    actual: str
    location: str

    def to_dict(self) -> dict[str, str]:
        return {key: str(value) for key, value in asdict(self).items()}

    def render(self) -> str:
        label = LABELS[self.severity]
        return f"{self.location}: {label} [{self.rule}] {self.message} (cần: {self.expected}; hiện có: {self.actual})"


def findings_to_json(findings: list[Finding]) -> list[dict[str, str]]:
    """JSON-ready findings; ``json.dumps(..., ensure_ascii=False)`` keeps the diacritics readable."""
    return [finding.to_dict() for finding in findings]


def count_errors(findings: list[Finding]) -> int:
    return sum(1 for finding in findings if finding.severity == ERROR)


def merge_similar(findings: Iterable[Finding], unit: str = "chỗ", by_actual: bool = True) -> list[Finding]:
    """One finding per rule (and actual value, when ``by_actual``), placed at the first occurrence, counting
    the other places: a margin wrong in eight sections is one problem to fix, not eight."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for item in findings:
        groups.setdefault((item.rule, item.actual if by_actual else ""), []).append(item)
    merged: list[Finding] = []
    for items in groups.values():
        others = len(dict.fromkeys(item.location for item in items)) - 1
        first = items[0]
        actuals = list(dict.fromkeys(item.actual for item in items))
        actual = first.actual if len(actuals) == 1 else "; ".join(actuals[:3]) + ("; …" if len(actuals) > 3 else "")
        location = f"{first.location} (và {others} {unit} khác)" if others else first.location
        merged.append(replace(first, actual=actual, location=location))
    return merged
