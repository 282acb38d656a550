"""The web form round-trips the period reports: ky_bao_cao, the list of custom figures and per-currency amounts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from test_web import ROOT, client, edit_fields, post

__all__ = ["client"]  # the fixture, used by name

PERIOD_INPUTS = [
    "bao_cao_nam-da-nang-6-thang-2023.yaml",
    "bao_cao_nam-da-nang-6-thang-2022.yaml",
    "bao_cao_nam-tp-ho-chi-minh-quy-i-2024.yaml",
    "bao_cao_nam-tp-ho-chi-minh-quy-i-2023.yaml",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in PERIOD_INPUTS:
        shutil.copy(ROOT / "inputs" / name, folder / name)
    return folder


@pytest.mark.parametrize("name", PERIOD_INPUTS[::2])
def test_saving_a_period_report_form_unchanged_changes_nothing(client: TestClient, workspace: Path, name: str) -> None:
    before = (workspace / name).read_text(encoding="utf-8")
    answer = post(client, f"/sua/{name}", [*edit_fields(client, name), ("hanh_dong", "luu")])
    assert answer.status_code == 303
    assert (workspace / name).read_text(encoding="utf-8") == before
