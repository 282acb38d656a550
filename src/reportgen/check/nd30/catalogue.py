"""The list of rules, in one place, so that ids stay stable and the README and ``--help`` can list them.

What each rule asks and its severity are in ``rule_texts.py``, the NĐ30 clause it restates in ``clauses.py``,
the header and signature elements the generated rule ids come from in ``element_specs.py``; this module joins
them into the names the rules and the front ends use (``RULES``, ``SEVERITY``, ``CLAUSES``, ``finding``).
"""

from __future__ import annotations

from .clauses import CLAUSES, clause_of
from .element_specs import ELEMENTS, ElementSpec
from .findings import Finding
from .rule_texts import RULE_TEXTS

__all__ = ["CLAUSES", "ELEMENTS", "RULES", "SEVERITY", "ElementSpec", "clause_of", "finding"]

RULES: dict[str, str] = {rule: text for rule, (_, text) in RULE_TEXTS.items()}
SEVERITY: dict[str, str] = {rule: severity for rule, (severity, _) in RULE_TEXTS.items()}


def finding(rule: str, message: str, expected: str, actual: str, location: str) -> Finding:
    """A finding whose severity comes from the catalogue (unknown ids are a programming error)."""
    return Finding(rule, SEVERITY[rule], message, expected, actual, location)
