"""End to end in a real browser: Debian's Chromium, driven by selenium, against ``reportgen serve`` on 127.0.0.1.

Each test starts its own uvicorn server on a free port over a fresh workspace. Screenshots go to
``$REPORTGEN_SCREENSHOTS`` when it is set (``docs/screenshots`` for the README), else to the test's folder.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

import live_server
from reportgen import kinds
from reportgen.author.xlsx_sheets import workbook_template
from reportgen.web.app import Settings, create_app
from reportgen.web.store import Store
from scaffolds import required_edits, untyped_samples

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
    "--window-size=1366,768",
    "--lang=vi",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (SPEECH, "bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, folder / name)  # the speech quotes the 2022 report, which quotes 2021
    return folder


@contextlib.contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """A real uvicorn server for ``settings`` on a local port held from the start, stopped after the block."""
    with live_server.serving(create_app(settings)) as address:
        yield address


@pytest.fixture
def server(workspace: Path) -> Iterator[str]:
    with serving(Settings(workspace, require_login=False)) as address:
        yield address


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
    driver.set_window_size(1366, max(768, int(height)))
    driver.save_screenshot(str(folder / f"{name}.png"))
    driver.set_window_size(1366, 768)


def wait_for(driver: WebDriver, css: str, timeout: float = 30) -> WebElement:
    try:
        return WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, css))
    except TimeoutException:
        raise AssertionError(
            f"no {css} on {driver.current_url}:\n{driver.find_element(By.TAG_NAME, 'main').text}"
        ) from None


def finished_download(path: Path, timeout: float = 60) -> bytes:
    """The bytes of ``path`` once Chromium has finished downloading it.

    Chromium writes a download to a ``.crdownload`` file and gives it its name when done: the download is taken
    as whole when the named file has content and no ``.crdownload`` is left, not after a fixed pause.
    """
    deadline = time.monotonic() + timeout
    while not (path.is_file() and path.stat().st_size > 0 and not list(path.parent.glob("*.crdownload"))):
        assert time.monotonic() < deadline, f"{path.name} was not downloaded: {sorted(path.parent.iterdir())}"
        time.sleep(0.1)
    return path.read_bytes()


def field(driver: WebDriver, name: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def type_into(element: WebElement, text: str) -> None:
    element.clear()
    element.send_keys(text)


def click(driver: WebDriver, css: str) -> None:
    element = driver.find_element(By.CSS_SELECTOR, css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def click_to_page(driver: WebDriver, target: str | WebElement) -> None:
    """Click ``target`` (a CSS selector or an element), which loads another page, and wait until that page is here.

    Waiting for an element alone would race the navigation whenever the page clicked on has that element too (a
    form's field problems, ``main``): the old page's would be found. So the old document is marked, and the wait
    ends when a document without the mark has loaded. Scripts asked while the page changes may fail: ask again.
    """
    named = target if isinstance(target, str) else repr(target.text)  # read now: the element goes with its page
    where = driver.current_url
    driver.execute_script("window.reportgenOldPage = true")
    if isinstance(target, str):
        click(driver, target)
    else:
        target.click()
    WebDriverWait(driver, 60, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.reportgenOldPage !== true && document.readyState === 'complete'"),
        message=f"no new page after clicking {named} on {where}",
    )


def table_rows(driver: WebDriver, table: str) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, f'.bang[data-ten="{table}"] tbody tr')


def cell(row: WebElement, column: str) -> WebElement:
    return row.find_element(By.CSS_SELECTOR, f'[name$=".{column}"]')


LEAVING = """
const leaving = new Event('beforeunload', {cancelable: true});
window.dispatchEvent(leaving);
return leaving.defaultPrevented;
"""
PASTE = """
const dt = new DataTransfer();
dt.setData('text/plain', arguments[1]);
arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
"""


def _flat(values: dict[str, object], prefix: str = "") -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for key, value in values.items():
        if isinstance(value, dict):
            out += _flat(value, f"{prefix}{key}.")
        else:
            out.append((prefix + key, value))
    return out


def fill(driver: WebDriver, values: dict[str, object]) -> None:
    """Type what a person types into each named field of the form (lists one item a line)."""
    for name, value in _flat(values):
        found = driver.find_elements(By.CSS_SELECTOR, f'[name="{name}"]')
        if not found:
            continue  # a fixed field (the kind itself), shown but not typed
        element = found[0]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        if element.tag_name == "select":
            Select(element).select_by_value(str(value).lower() if isinstance(value, bool) else str(value))
        else:
            type_into(element, "\n".join(map(str, value)) if isinstance(value, list) else str(value))


def test_report_from_scaffold_to_downloaded_docx(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    browser.get(server + "/moi")
    browser.find_element(By.CSS_SELECTOR, 'input[value="bao_cao_nam"]').click()
    type_into(field(browser, "ten_tep"), "bao-cao-2024")
    click_to_page(browser, "#tao")
    wait_for(browser, "#bieu-mau")
    assert browser.current_url.endswith("/sua/bao-cao-2024.yaml")

    # samples are grey hints, never values
    sample = table_rows(browser, "doan_vao")[0]
    assert "mau" in (sample.get_attribute("class") or "")
    assert cell(sample, "ten_doan").get_attribute("value") == ""
    assert (
        cell(sample, "ten_doan").get_attribute("placeholder")
        == "Đoàn Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"
    )
    assert field(browser, "co_quan.ten").get_attribute("value") == ""
    assert field(browser, "co_quan.ten").get_attribute("placeholder") == "Sở Ngoại vụ thành phố Đà Nẵng"
    shot(browser, tmp_path, "moi-tao-goi-y-mau")

    # a problem the page shows, then fixed
    type_into(field(browser, "nam"), "2O24")
    click_to_page(browser, "#luu")
    problem = wait_for(browser, "#truong-nam .loi-truong")
    assert "phải là số nguyên" in problem.text
    assert "Chưa lưu" in browser.find_element(By.CSS_SELECTOR, ".khung-loi").text
    shot(browser, tmp_path, "sua-co-loi")

    # only the required fields typed: saved, but the build refuses while sample rows remain
    fill(browser, required_edits("bao_cao_nam", kinds.get("bao_cao_nam").input, ""))
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")
    click_to_page(browser, "#sinh")
    refused = wait_for(browser, ".loi-sinh")
    assert "Đoàn vào, dòng 1: còn mục mẫu" in refused.text and "Đoàn ra, dòng 1: còn mục mẫu" in refused.text
    assert not list((workspace / "outputs").glob("*.docx"))
    shot(browser, tmp_path, "sinh-bi-tu-choi-vi-con-mau")
    browser.get(server + "/sua/bao-cao-2024.yaml")
    wait_for(browser, "#bieu-mau")
    for button in browser.find_elements(By.CSS_SELECTOR, "tr.mau .xoa"):
        browser.execute_script("arguments[0].click()", button)
    assert not browser.find_elements(By.CSS_SELECTOR, "tr.mau")

    # three delegations typed into the table
    before = len(table_rows(browser, "doan_vao"))
    assert before == 0
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
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")
    text = (workspace / "bao-cao-2024.yaml").read_text(encoding="utf-8")
    assert "nam: 2024" in text and "so_nguoi: 1200" in text and "ten_doan: Đoàn Hội hữu nghị Pháp" in text

    # build and download
    click_to_page(browser, "#sinh")
    link = wait_for(browser, "a.tai-docx")
    link.click()
    downloaded = finished_download(browser.downloads / "bao-cao-2024.docx")  # type: ignore[attr-defined]
    document = docx.Document(io.BytesIO(downloaded))
    words = [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]
    for name in ("Đoàn thành phố Sakai", "Đoàn Hội hữu nghị Pháp"):
        assert any(name in w for w in words), name
    whole = "\n".join(words)
    leaked = [sample for sample in untyped_samples("bao_cao_nam") if sample in whole]
    assert not leaked, f"sample text nobody typed reached the document: {leaked}"

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
    click_to_page(browser, "#nhap-excel")
    error = wait_for(browser, ".o-sai")
    assert "Đoàn vào!E2" in error.text and "không có thật trong lịch" in error.text


def test_a_history_version_is_opened_and_restored(server: str, browser: WebDriver, workspace: Path) -> None:
    original = (workspace / SPEECH).read_text(encoding="utf-8")
    browser.get(server + f"/sua/{SPEECH}")
    type_into(field(browser, "dia_diem"), "Hội trường mới")
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")
    assert "Hội trường mới" in (workspace / SPEECH).read_text(encoding="utf-8")
    browser.get(server + f"/lich-su/{SPEECH}")
    links = browser.find_elements(By.CSS_SELECTOR, "#lich-su a")
    click_to_page(browser, links[-1])  # the oldest: the file before the first save
    assert "Hội trường mới" in wait_for(browser, "#khac-nhau").text
    click_to_page(browser, "#khoi-phuc")
    wait_for(browser, "#da-luu")
    assert (workspace / SPEECH).read_text(encoding="utf-8") == original
    assert len(Store(workspace).versions(SPEECH)) == 3


def test_two_sessions_editing_different_fields_both_land(
    server: str, browser_factory: Callable[[], WebDriver], workspace: Path
) -> None:
    first, second = browser_factory(), browser_factory()
    for driver in (first, second):
        driver.get(server + f"/sua/{SPEECH}")
        wait_for(driver, "#bieu-mau")
    type_into(field(first, "dia_diem"), "Hội An")
    click_to_page(first, "#luu")
    wait_for(first, "#da-luu")
    type_into(field(second, "su_kien"), "Hội nghị đối ngoại mở rộng")
    click_to_page(second, "#luu")
    wait_for(second, "#da-luu")
    text = (workspace / SPEECH).read_text(encoding="utf-8")
    assert "dia_diem: Hội An" in text and "su_kien: Hội nghị đối ngoại mở rộng" in text


def test_two_sessions_editing_the_same_field_see_both_values(
    server: str, browser_factory: Callable[[], WebDriver], workspace: Path, tmp_path: Path
) -> None:
    first, second = browser_factory(), browser_factory()
    for driver in (first, second):
        driver.get(server + f"/sua/{SPEECH}")
        wait_for(driver, "#bieu-mau")
    type_into(field(first, "dia_diem"), "Phòng họp A")
    click_to_page(first, "#luu")
    wait_for(first, "#da-luu")
    type_into(field(second, "dia_diem"), "Phòng họp B")
    type_into(field(second, "su_kien"), "Sự kiện của người thứ hai")
    click_to_page(second, "#luu")
    conflict = wait_for(second, "#xung-dot")
    assert "Chưa lưu" in conflict.text and "giá trị của người kia hiện bên cạnh" in conflict.text
    box = second.find_element(By.CSS_SELECTOR, "#truong-dia_diem .xung-dot-truong")
    assert "Phòng họp A" in box.text  # theirs, beside…
    assert field(second, "dia_diem").get_attribute("value") == "Phòng họp B"  # …mine, nothing dropped
    assert field(second, "su_kien").get_attribute("value") == "Sự kiện của người thứ hai"
    second.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    folder = Path(os.environ.get("REPORTGEN_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    second.save_screenshot(str(folder / "xung-dot-cung-truong.png"))
    assert "dia_diem: Phòng họp A" in (workspace / SPEECH).read_text(encoding="utf-8")
    click_to_page(second, "#luu")  # keeps their own value, now knowingly
    wait_for(second, "#da-luu")
    text = (workspace / SPEECH).read_text(encoding="utf-8")
    assert "dia_diem: Phòng họp B" in text and "su_kien: Sự kiện của người thứ hai" in text


def test_an_excel_upload_over_typed_rows_asks_first(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    shutil.copy(workspace / "bao_cao_nam-da-nang-2021.yaml", workspace / "bc.yaml")
    before = (workspace / "bc.yaml").read_text(encoding="utf-8")
    template = workbook_template("bao_cao_nam")
    assert template is not None
    book = load_workbook(io.BytesIO(template))
    book["Đoàn vào"].append(["Đoàn Excel", None, "Lào", None, "02/03/2021", None, 5])
    path = tmp_path / "doan.xlsx"
    book.save(path)
    browser.get(server + "/sua/bc.yaml")
    typed = len(table_rows(browser, "doan_vao"))
    browser.find_element(By.ID, "tep-excel").send_keys(str(path))
    click_to_page(browser, "#nhap-excel")
    question = wait_for(browser, "#hoi-thay")
    assert "Chưa ghi gì" in question.text
    assert f"Đoàn vào: {typed} → 1 mục" in browser.find_element(By.ID, "thay-doi").text
    assert (workspace / "bc.yaml").read_text(encoding="utf-8") == before
    shot(browser, tmp_path, "hoi-truoc-khi-thay-danh-sach")
    click_to_page(browser, "#dong-y-thay")
    assert f"Đoàn vào: {typed} → 1 mục" in wait_for(browser, "#da-nhap").text
    assert "Đoàn Excel" in (workspace / "bc.yaml").read_text(encoding="utf-8")


def test_an_excel_answer_after_a_colleague_saved_rows_asks_again(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    path = workspace / "bc-hoi-lai.yaml"
    shutil.copy(workspace / "bao_cao_nam-da-nang-2021.yaml", path)
    template = workbook_template("bao_cao_nam")
    assert template is not None
    book = load_workbook(io.BytesIO(template))
    book["Đoàn vào"].append(["Đoàn Excel", None, "Lào", None, "02/03/2021", None, 5])
    book.save(tmp_path / "doan.xlsx")
    browser.get(server + f"/sua/{path.name}")
    typed = len(table_rows(browser, "doan_vao"))
    browser.find_element(By.ID, "tep-excel").send_keys(str(tmp_path / "doan.xlsx"))
    click_to_page(browser, "#nhap-excel")
    assert f"Đoàn vào: {typed} → 1 mục" in wait_for(browser, "#thay-doi").text
    colleague = "  - ten_doan: Đoàn đồng nghiệp vừa thêm\n    quoc_gia: Lào\n    tu_ngay: 01/06/2021\n    so_nguoi: 3\n"
    text = path.read_text(encoding="utf-8")  # meanwhile a colleague's save (another server on the folder)
    path.write_text(text.replace("doan_vao:\n", "doan_vao:\n" + colleague, 1), encoding="utf-8")
    click_to_page(browser, "#dong-y-thay")
    assert "người khác đã lưu" in wait_for(browser, "#hoi-lai").text
    assert f"Đoàn vào: {typed + 1} → 1 mục" in browser.find_element(By.ID, "thay-doi").text
    assert "Đoàn đồng nghiệp vừa thêm" in path.read_text(encoding="utf-8")  # not replaced unseen
    shot(browser, tmp_path, "hoi-lai-sau-khi-nguoi-khac-luu")
    click_to_page(browser, "#dong-y-thay")
    assert f"Đoàn vào: {typed + 1} → 1 mục" in wait_for(browser, "#da-nhap").text
    text = path.read_text(encoding="utf-8")
    assert "Đoàn Excel" in text and "Đoàn đồng nghiệp vừa thêm" not in text


def test_reload_with_unsaved_changes_warns_and_enter_moves_to_the_next_field(
    server: str, browser: WebDriver, workspace: Path
) -> None:
    browser.get(server + f"/sua/{SPEECH}")
    place = field(browser, "dia_diem")
    type_into(place, "Hội trường chưa lưu")
    place.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element != place  # Enter went on to the next field…
    assert browser.current_url.endswith(f"/sua/{SPEECH}") and not browser.find_elements(By.ID, "da-luu")
    assert "Hội trường chưa lưu" not in (workspace / SPEECH).read_text(encoding="utf-8")  # …and saved nothing
    # headless Chromium under chromedriver answers "leave page?" itself, so the question the page asks the
    # browser is read from the beforeunload event a reload fires
    assert browser.execute_script(LEAVING) is True
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")
    assert browser.execute_script(LEAVING) is False  # saved: no question
    browser.refresh()
    wait_for(browser, "#bieu-mau")
    assert field(browser, "dia_diem").get_attribute("value") == "Hội trường chưa lưu"


def test_a_phone_reads_and_edits_without_a_page_wider_than_the_screen(
    server: str, browser: WebDriver, workspace: Path, tmp_path: Path
) -> None:
    browser.set_window_size(390, 844)
    for url in ("/", f"/sua/{SPEECH}", "/sua/bao_cao_nam-da-nang-2022.yaml"):
        browser.get(server + url)
        wait_for(browser, "main")
        width = browser.execute_script("return document.documentElement.scrollWidth")
        inner = browser.execute_script("return window.innerWidth")
        assert width <= inner, (url, width, inner)  # tables scroll inside their box; the page itself does not
    browser.get(server + f"/sua/{SPEECH}")
    type_into(field(browser, "dia_diem"), "Hội An")
    click_to_page(browser, "#luu")
    wait_for(browser, "#da-luu")
    folder = Path(os.environ.get("REPORTGEN_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(folder / "dien-thoai-390.png"))
    assert "dia_diem: Hội An" in (workspace / SPEECH).read_text(encoding="utf-8")


def test_the_form_has_a_section_menu_and_a_table_readable_at_1366(
    server: str, browser: WebDriver, tmp_path: Path
) -> None:
    browser.get(server + "/sua/bao_cao_nam-da-nang-2022.yaml")
    menu = wait_for(browser, "#muc-luc")
    assert "Đoàn vào" in menu.text and "Nội dung báo cáo" in menu.text
    menu.find_element(By.LINK_TEXT, "Đoàn vào").click()
    table = browser.find_element(By.CSS_SELECTOR, '.bang[data-ten="doan_vao"]')
    box = table.find_element(By.CSS_SELECTOR, ".cuon")
    scroll, client = browser.execute_script("return [arguments[0].scrollWidth, arguments[0].clientWidth]", box)
    assert scroll <= client + 2, "every column of the delegations fits at 1366 px"
    name = cell(table_rows(browser, "doan_vao")[0], "ten_doan")
    assert name.tag_name == "textarea"  # a long name wraps instead of being cut
    assert name.size["height"] >= name.size["width"] / 20
    browser.execute_script("arguments[0].scrollIntoView()", table)
    table.screenshot(str(Path(os.environ.get("REPORTGEN_SCREENSHOTS") or tmp_path) / "bang-1366.png"))
