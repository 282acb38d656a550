"""End to end in a real browser: Debian's Chromium, driven by selenium, against ``reportgen serve`` on 127.0.0.1.

Each test starts its own uvicorn server on a free port over a fresh workspace. Screenshots go to
``$REPORTGEN_SCREENSHOTS`` when it is set (``docs/screenshots`` for the README), else to the test's folder.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
import uvicorn
from openpyxl import load_workbook
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from reportgen.author.xlsx_sheets import workbook_template
from reportgen.web.app import Settings, create_app
from reportgen.web.store import Store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SPEECH = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
    "--lang=vi",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (SPEECH, "bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, folder / name)  # the speech quotes the 2022 report, which quotes 2021
    return folder


@pytest.fixture
def server(workspace: Path) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        create_app(Settings(workspace, require_login=False)), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=30)


@pytest.fixture
def browser_factory(tmp_path: Path) -> Iterator[Callable[[], WebDriver]]:
    drivers: list[WebDriver] = []

    def start() -> WebDriver:
        profile = tmp_path / f"chromium-{len(drivers)}"
        downloads = tmp_path / f"tai-ve-{len(drivers)}"
        downloads.mkdir()
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in [*FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        options.add_experimental_option(
            "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
        )
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.downloads = downloads  # type: ignore[attr-defined]
        drivers.append(driver)
        return driver

    yield start
    for driver in drivers:
        driver.quit()


@pytest.fixture
def browser(browser_factory: Callable[[], WebDriver]) -> WebDriver:
    return browser_factory()


def shot(driver: WebDriver, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("REPORTGEN_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 2600)")
    driver.set_window_size(1400, max(900, int(height)))
    driver.save_screenshot(str(folder / f"{name}.png"))
    driver.set_window_size(1400, 1000)


def wait_for(driver: WebDriver, css: str, timeout: float = 30) -> WebElement:
    try:
        return WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, css))
    except TimeoutException:
        raise AssertionError(
            f"no {css} on {driver.current_url}:\n{driver.find_element(By.TAG_NAME, 'main').text}"
        ) from None


def field(driver: WebDriver, name: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def type_into(element: WebElement, text: str) -> None:
    element.clear()
    element.send_keys(text)


def click(driver: WebDriver, css: str) -> None:
    element = driver.find_element(By.CSS_SELECTOR, css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def table_rows(driver: WebDriver, table: str) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, f'.bang[data-ten="{table}"] tbody tr')


def cell(row: WebElement, column: str) -> WebElement:
    return row.find_element(By.CSS_SELECTOR, f'[name$=".{column}"]')


PASTE = """
const dt = new DataTransfer();
dt.setData('text/plain', arguments[1]);
arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
"""


def test_report_from_scaffold_to_downloaded_docx(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    browser.get(server + "/moi")
    browser.find_element(By.CSS_SELECTOR, 'input[value="bao_cao_nam"]').click()
    type_into(field(browser, "ten_tep"), "bao-cao-2024")
    click(browser, "#tao")
    wait_for(browser, "#bieu-mau")
    assert browser.current_url.endswith("/sua/bao-cao-2024.yaml")

    # a problem the page shows, then fixed
    type_into(field(browser, "nam"), "2O24")
    click(browser, "#luu")
    problem = wait_for(browser, "#truong-nam .loi-truong")
    assert "phải là số nguyên" in problem.text
    assert "Chưa lưu" in browser.find_element(By.CSS_SELECTOR, ".khung-loi").text
    shot(browser, tmp_path, "sua-co-loi")
    type_into(field(browser, "nam"), "2024")

    # three delegations typed into the table
    before = len(table_rows(browser, "doan_vao"))
    typed = [
        ("Đoàn Bộ Ngoại giao Lào", "Lào", "12/03/2024", "8"),
        ("Đoàn tỉnh Gyeongsangbuk", "Hàn Quốc", "20/04/2024", "12"),
        ("Đoàn thành phố Sakai", "Nhật Bản", "05/06/2024", "1.200"),
    ]
    for name, country, day, people in typed:
        click(browser, '.bang[data-ten="doan_vao"] .them-dong')
        row = table_rows(browser, "doan_vao")[-1]
        type_into(cell(row, "ten_doan"), name)
        type_into(cell(row, "quoc_gia"), country)
        type_into(cell(row, "tu_ngay"), day)
        type_into(cell(row, "so_nguoi"), people)

    # two rows pasted from Excel (tab-separated clipboard text)
    click(browser, '.bang[data-ten="doan_vao"] .them-dong')
    target = cell(table_rows(browser, "doan_vao")[-1], "ten_doan")
    pasted = (
        "Đoàn Đại sứ quán Úc\tÔng A\tÚc\tCấp bộ\t01/07/2024\t03/07/2024\t5\r\n"
        "Đoàn Hội hữu nghị Pháp\t\tPháp\t\t15/08/2024\t\t9\r\n"
    )
    browser.execute_script(PASTE, target, pasted)
    rows = table_rows(browser, "doan_vao")
    assert len(rows) == before + 5
    assert cell(rows[-1], "ten_doan").get_attribute("value") == "Đoàn Hội hữu nghị Pháp"
    assert cell(rows[-2], "so_nguoi").get_attribute("value") == "5"
    table = browser.find_element(By.CSS_SELECTOR, '.bang[data-ten="doan_vao"]')
    browser.execute_script("arguments[0].scrollIntoView()", table)
    table.screenshot(str(Path(os.environ.get("REPORTGEN_SCREENSHOTS") or tmp_path) / "bang-doan-vao.png"))
    click(browser, "#luu")
    wait_for(browser, "#da-luu")
    text = (workspace / "bao-cao-2024.yaml").read_text(encoding="utf-8")
    assert "nam: 2024" in text and "so_nguoi: 1200" in text and "ten_doan: Đoàn Hội hữu nghị Pháp" in text

    # build and download
    click(browser, "#sinh")
    link = wait_for(browser, "a.tai-docx")
    link.click()
    downloaded = browser.downloads / "bao-cao-2024.docx"  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while not downloaded.is_file():
        assert time.monotonic() < deadline, "the .docx was not downloaded"
        time.sleep(0.1)
    time.sleep(0.3)
    document = docx.Document(io.BytesIO(downloaded.read_bytes()))
    words = [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]
    for name in ("Đoàn thành phố Sakai", "Đoàn Hội hữu nghị Pháp"):
        assert any(name in w for w in words), name

    # preview pictures beside the NĐ30 findings
    browser.get(server + "/xem/bao-cao-2024.yaml")
    image = wait_for(browser, "img.anh-trang", timeout=120)
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return arguments[0].naturalWidth", image) > 0)
    assert "Kiểm tra thể thức" in browser.find_element(By.ID, "phat-hien").text
    shot(browser, tmp_path, "xem-truoc")

    browser.get(server + "/")
    assert "Đã sinh văn bản" in browser.page_source
    shot(browser, tmp_path, "trang-chu")


def test_excel_list_with_an_error_shows_the_cell(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    shutil.copy(workspace / "bao_cao_nam-da-nang-2021.yaml", workspace / "bc.yaml")
    template = workbook_template("bao_cao_nam")
    assert template is not None
    book = load_workbook(io.BytesIO(template))
    book["Đoàn vào"].append(["Đoàn A", None, "Lào", None, "31/02/2021", None, 5])
    path = tmp_path / "doan vao.xlsx"
    book.save(path)
    browser.get(server + "/sua/bc.yaml")
    browser.find_element(By.ID, "tep-excel").send_keys(str(path))
    click(browser, "#nhap-excel")
    error = wait_for(browser, ".o-sai")
    assert "Đoàn vào!E2" in error.text and "không có thật trong lịch" in error.text


def test_a_history_version_is_opened_and_restored(server: str, browser: WebDriver, workspace: Path) -> None:
    original = (workspace / SPEECH).read_text(encoding="utf-8")
    browser.get(server + f"/sua/{SPEECH}")
    type_into(field(browser, "dia_diem"), "Hội trường mới")
    click(browser, "#luu")
    wait_for(browser, "#da-luu")
    assert "Hội trường mới" in (workspace / SPEECH).read_text(encoding="utf-8")
    browser.get(server + f"/lich-su/{SPEECH}")
    links = browser.find_elements(By.CSS_SELECTOR, "#lich-su a")
    links[-1].click()  # the oldest: the file before the first save
    assert "Hội trường mới" in wait_for(browser, "#khac-nhau").text
    click(browser, "#khoi-phuc")
    wait_for(browser, "#da-luu")
    assert (workspace / SPEECH).read_text(encoding="utf-8") == original
    assert len(Store(workspace).versions(SPEECH)) == 3


def test_two_sessions_saving_one_input_the_second_sees_the_conflict(
    server: str, browser_factory: Callable[[], WebDriver], workspace: Path, tmp_path: Path
) -> None:
    first, second = browser_factory(), browser_factory()
    for driver in (first, second):
        driver.get(server + f"/sua/{SPEECH}")
        wait_for(driver, "#bieu-mau")
    type_into(field(first, "dia_diem"), "Phòng họp A")
    click(first, "#luu")
    wait_for(first, "#da-luu")
    type_into(field(second, "dia_diem"), "Phòng họp B")
    click(second, "#luu")
    conflict = wait_for(second, "#xung-dot")
    assert "người khác vừa lưu" in second.find_element(By.TAG_NAME, "h1").text
    assert "chưa được lưu" in conflict.text
    assert "Phòng họp A" in second.find_element(By.ID, "ban-cua-ho").text
    assert "Phòng họp B" in (second.find_element(By.ID, "ban-cua-toi").get_attribute("value") or "")
    assert "dia_diem: Phòng họp A" in (workspace / SPEECH).read_text(encoding="utf-8")
