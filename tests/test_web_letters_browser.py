"""The form of a letter to a foreign partner shows each text's two languages side by side (Chromium, 1366×768),
and saving it keeps both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from test_web_browser import browser, browser_factory, click_to_page, field, server, shot, type_into, wait_for

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
NOTE = "cong_ham-so-ngoai-vu-quang-nam-thong-bao-doan.yaml"
__all__ = ["browser", "browser_factory", "server"]  # fixtures used here


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The letters' folder, served by test_web_browser's ``server``: the note, the partner list, the emblem."""
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (NOTE, "danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml", "quoc-huy.png"):
        shutil.copy(ROOT / "inputs" / name, folder / name)
    return folder


def test_two_languages_side_by_side_and_both_saved(
    server: str, workspace: Path, browser: WebDriver, tmp_path: Path
) -> None:
    folder = workspace
    browser.set_window_size(1366, 768)
    browser.get(server + f"/sua/{NOTE}")
    group = wait_for(browser, 'fieldset.canh-nhau[id="truong-de_nghi"]')
    vi, en = field(browser, "de_nghi.vi"), field(browser, "de_nghi.en")
    assert en.location["x"] > vi.location["x"] + vi.size["width"] / 2, "the translation stands beside the original"
    assert abs(en.location["y"] - vi.location["y"]) < 5, "on the same line"
    assert group.size["width"] <= browser.execute_script("return document.documentElement.clientWidth")
    type_into(en, "inform the Consulate General of the visit of a delegation.")
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")  # the page after the save (the form's own page has a main too)
    saved = yaml.safe_load((folder / NOTE).read_text(encoding="utf-8"))["de_nghi"]
    assert saved["en"] == "inform the Consulate General of the visit of a delegation."
    assert saved["vi"].startswith("thông báo: Ủy ban nhân dân tỉnh Quảng Nam cử đoàn công tác")  # kept as it was
    browser.get(server + f"/sua/{NOTE}")
    wait_for(browser, 'fieldset.canh-nhau[id="truong-de_nghi"]').screenshot(str(tmp_path / "hai-ngon-ngu.png"))
    shot(browser, tmp_path, "cong-ham-bieu-mau")
    assert browser.find_elements(By.CSS_SELECTOR, "fieldset.canh-nhau")
