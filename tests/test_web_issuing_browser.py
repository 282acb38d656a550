"""In Chromium: a chuyên viên cannot issue, the văn thư can, and the audit log shows every step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from reportgen.cli import main
from reportgen.web.app import Settings
from reportgen.web.store import Store
from test_issue import award_input
from test_web_browser import CHROMEDRIVER, CHROMIUM, FLAGS, click_to_page, serving, shot, wait_for

pytestmark = pytest.mark.browser

NAME = "quyet_dinh_khen_thuong-giay-khen.yaml"
PEOPLE = {"lan": [], "hoa": ["lanh_dao_phong"], "minh": ["lanh_dao"], "vy": ["van_thu"]}
POST_STEP = """
const done = arguments[arguments.length - 1];
const body = new URLSearchParams({csrf: arguments[1], buoc: arguments[2], y_kien: ''});
fetch(arguments[0], {method: 'POST', body}).then(r => done(r.status));
"""


@pytest.fixture
def office(tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / NAME).write_text(award_input(3), encoding="utf-8")
    store = Store(folder)
    for person, roles in PEOPLE.items():
        store.add_user(person, "mat-khau-dung")
        if roles:
            assert main(["user", "roles", person, *roles, "--workspace", str(folder)]) == 0
    with serving(Settings(folder, require_login=True)) as address:
        yield address


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'chromium'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def login(driver: WebDriver, base: str, name: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/dang-nhap")
    driver.find_element(By.NAME, "ten").send_keys(name)
    driver.find_element(By.NAME, "mat_khau").send_keys("mat-khau-dung")
    click_to_page(driver, "form.hop button")
    wait_for(driver, "header nav")


def press(driver: WebDriver, base: str, step: str, comment: str = "") -> str:
    driver.get(f"{base}/trinh-ky/{NAME}")
    if comment:
        driver.find_element(By.NAME, "y_kien").send_keys(comment)
    # the answer page, not the old one: waiting for the old element to go stale races the navigation (Chromium
    # may answer "Node ... does not belong to the document"), so click_to_page waits for a new document
    click_to_page(driver, f"#nut-{step}")
    return wait_for(driver, "#buoc-hien-tai").text


def test_the_chuyen_vien_cannot_issue_the_van_thu_can(office: str, browser: WebDriver, tmp_path: Path) -> None:
    login(browser, office, "lan")
    assert press(browser, office, "trinh") == "Chờ lãnh đạo phòng duyệt"
    assert not browser.find_elements(By.ID, "nut-cap_so")  # no button for a step the role does not allow
    token = browser.find_element(By.NAME, "csrf").get_attribute("value")  # the logout form's token
    status = browser.execute_async_script(POST_STEP, f"/trinh-ky/{NAME}", token, "cap_so")
    assert status == 403  # and asking anyway is refused

    login(browser, office, "hoa")
    assert press(browser, office, "tra_lai_phong", "Ghi rõ thành tích") == "Bị trả lại"
    login(browser, office, "lan")
    browser.get(f"{office}/trinh-ky/{NAME}")
    assert "Ghi rõ thành tích" in wait_for(browser, "#y-kien").text
    assert press(browser, office, "trinh") == "Chờ lãnh đạo phòng duyệt"
    login(browser, office, "hoa")
    assert press(browser, office, "duyet_phong") == "Chờ lãnh đạo duyệt ký"
    login(browser, office, "minh")
    assert press(browser, office, "duyet_ky") == "Chờ văn thư cấp số"
    login(browser, office, "vy")
    assert press(browser, office, "cap_so") == "Đã ban hành"
    shot(browser, tmp_path, "van-ban-da-ban-hanh")

    browser.get(f"{office}/so-dang-ky?tim=giay+khen")
    rows = wait_for(browser, "#so-dang-ky").find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows] == ["01/QĐ-SNgV"]
    shot(browser, tmp_path, "so-dang-ky")

    browser.get(f"{office}/nhat-ky")
    log = [
        [td.text for td in r.find_elements(By.TAG_NAME, "td")[1:4]]
        for r in wait_for(browser, "#nhat-ky").find_elements(By.CSS_SELECTOR, "tbody tr")
    ][::-1]
    steps = [(user, action) for user, action, target in log if target == NAME]
    assert steps == [
        ("lan", "Trình lãnh đạo phòng"),
        ("hoa", "Trả lại chuyên viên"),
        ("lan", "Trình lãnh đạo phòng"),
        ("hoa", "Duyệt nội dung, trình lãnh đạo"),
        ("minh", "Duyệt ký ban hành"),
        ("vy", "Cấp số, ngày và ban hành"),
    ]
