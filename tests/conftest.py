"""Shared pytest setup: markers are registered here because warnings are errors (unknown marks fail).

Hypothesis runs without its per-example deadline: speed is measured by the benchmarks, never by a test, and on a
busy 2-core CI machine one example of a text-loading property took 0.5 s once and failed as "flaky".
"""

from __future__ import annotations

import pytest
from hypothesis import settings

settings.register_profile("reportgen", deadline=None)
settings.load_profile("reportgen")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "libreoffice: uses the real LibreOffice (soffice) and poppler; fails, never skips, when missing",
    )
    config.addinivalue_line(
        "markers",
        "browser: drives Debian's Chromium through chromedriver (selenium); fails, never skips, when missing",
    )
