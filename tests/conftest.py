"""Shared pytest setup: markers are registered here because warnings are errors (unknown marks fail)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "libreoffice: uses the real LibreOffice (soffice) and poppler; fails, never skips, when missing",
    )
    config.addinivalue_line(
        "markers",
        "browser: drives Debian's Chromium through chromedriver (selenium); fails, never skips, when missing",
    )
