"""The register of outgoing documents, the same tests on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from postgres_server import postgres_cluster
from reportgen.problems import InputError
from reportgen.register import commands
from reportgen.register.open import open_register
from reportgen.register.series import COMMON, PER_TYPE, Series, series_for, vietnam_today
from reportgen.register.settings import read_settings
from reportgen.register.store import Issued, Register, RegisterError
from test_issue import TEMPLATES, award_input

_databases = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    with postgres_cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A register location with nothing in it: a SQLite file, or a new database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "so.sqlite")
    server: str = request.getfixturevalue("postgres_server")
    name = f"register_{next(_databases)}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}".encode())
    return server.replace("/postgres?", f"/{name}?")


def issued(tail: str = "QĐ-UBND", subject: str = "Về việc tặng Bằng khen", when: date = date(2026, 3, 5)) -> Issued:
    return Issued(
        symbol_tail=tail,
        issued_on=when,
        issued_at=datetime(when.year, when.month, when.day, 9, 30, tzinfo=UTC),
        type_name="Quyết định",
        subject=subject,
        signer="Nguyễn Văn A",
        recipients=("Như Điều 3", "Lưu: VT, TĐKT"),
        copies=3,
        content_hash="ab" * 32,
        source="qd.yaml",
        body_name="Ủy ban nhân dân\nThành phố Đà Nẵng",
    )


def take(register: Register, series: Series, tail: str = "QĐ-UBND") -> int:
    with register.reserve(series) as slot:
        slot.record(issued(tail))
    return slot.number


def _issue_many(database: str, workspace: str, count: int) -> list[int]:
    numbers = []
    with open_register(database, Path(workspace)) as register:
        for _ in range(count):
            numbers.append(take(register, Series("UBND", 2026)))
    return numbers


def test_four_processes_issuing_at_once_get_every_number_once(database: str, tmp_path: Path) -> None:
    open_register(database, tmp_path).close()  # the schema exists before the race, as after any first use
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        batches = pool.starmap(_issue_many, [(database, str(tmp_path), 50)] * 4)
    numbers = sorted(n for batch in batches for n in batch)
    assert numbers == list(range(1, 201))
    with open_register(database, tmp_path) as register:
        entries = register.entries(2026)
    assert sorted(e.number for e in entries) == list(range(1, 201))
    assert {e.symbol for e in entries} == {f"{n:02d}/QĐ-UBND" for n in range(1, 201)}


def test_the_first_number_after_new_year_in_vietnam_is_01(database: str, tmp_path: Path) -> None:
    last_second = datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC)  # 23:59:59 in Hà Nội
    first_second = datetime(2026, 12, 31, 17, 0, 0, tzinfo=UTC)  # 00:00:00 on 1 January 2027 in Hà Nội
    assert vietnam_today(last_second) == date(2026, 12, 31)
    assert vietnam_today(first_second) == date(2027, 1, 1)
    with open_register(database, tmp_path) as register:
        old = series_for("UBND", "QĐ", vietnam_today(last_second).year, mode=COMMON, secret=False)
        assert [take(register, old) for _ in range(3)] == [1, 2, 3]
        new = series_for("UBND", "QĐ", vietnam_today(first_second).year, mode=COMMON, secret=False)
        assert take(register, new) == 1


def test_an_abandoned_draft_takes_no_number_and_a_cancelled_document_keeps_its_own(
    database: str, tmp_path: Path
) -> None:
    series = Series("SNgV", 2026)
    with open_register(database, tmp_path) as register:
        assert take(register, series) == 1
        with register.reserve(series) as slot:  # the văn thư gives up: nothing recorded
            assert slot.number == 2
        with pytest.raises(RuntimeError), register.reserve(series) as slot:  # rendering failed
            assert slot.number == 2
            raise RuntimeError("the document did not render")
        assert take(register, series) == 2
        second = register.find("02/QĐ-UBND", 2026)[0]
        cancelled = register.cancel(second.id, "Sai thẩm quyền ký", datetime(2026, 3, 6, tzinfo=UTC))
        assert cancelled.cancelled and cancelled.cancel_reason == "Sai thẩm quyền ký"
        assert take(register, series) == 3  # never reused
        with pytest.raises(RegisterError):
            register.cancel(second.id, "lần nữa", datetime(2026, 3, 7, tzinfo=UTC))
        numbers = [(e.number, e.cancelled) for e in register.entries(2026)]
    assert numbers == [(1, False), (2, True), (3, False)]


def test_an_entry_is_never_deleted(database: str, tmp_path: Path) -> None:
    with open_register(database, tmp_path) as register:
        take(register, Series("UBND", 2026))
        with pytest.raises(Exception, match="never deleted"):
            register._execute("DELETE FROM register_entries")
        register._rollback()
        assert len(register.entries(2026)) == 1


def test_per_type_and_secret_series_do_not_interfere(database: str, tmp_path: Path) -> None:
    def series(kind: str | None, mode: str, secret: bool = False) -> Series:
        return series_for("SNgV-HTQT", kind, 2026, mode=mode, secret=secret)

    with open_register(database, tmp_path) as register:
        per_type = [take(register, series(kind, PER_TYPE)) for kind in ("QĐ", "TTr", "QĐ", None, "TTr", "QĐ")]
        secret = [take(register, series(kind, PER_TYPE, secret=True)) for kind in ("QĐ", "TTr")]
        assert per_type == [1, 1, 2, 1, 2, 3]
        assert secret == [1, 2]  # one series for every secret document
        assert take(register, series("QĐ", PER_TYPE)) == 4
        other_body = series_for("UBND", "QĐ", 2026, mode=PER_TYPE, secret=False)
        assert take(register, other_body) == 1
    with open_register(database, tmp_path) as register:  # a body that numbers every type in one series
        common = [
            take(register, series_for("VP", kind, 2026, mode=COMMON, secret=False)) for kind in ("QĐ", "BC", None)
        ]
    assert common == [1, 2, 3]


def test_a_series_mode_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValueError, match="theo_loai"):
        series_for("UBND", "QĐ", 2026, mode="moi_loai", secret=False)


ROOT = Path(__file__).resolve().parents[1]
NOTICE = ROOT / "inputs" / "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml"


def _draft_notice(folder: Path) -> Path:
    """The example thông báo (issuer VP) as a draft: its number and date taken out."""
    text = NOTICE.read_text(encoding="utf-8").replace("  so: 215\n  ngay: 06/10/2017\n", "", 1)
    path = folder / "tb.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _draft_decision(folder: Path, name: str) -> Path:
    text = award_input(1).replace("viet_tat: SNgV", "viet_tat: VP").replace("tach_tep: có\n", "")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_issuing_files_follows_the_settings_series_and_the_vietnamese_new_year(database: str, tmp_path: Path) -> None:
    (tmp_path / "so_dang_ky.yaml").write_text("co_quan:\n  VP:\n    danh_so: theo_loai\n", encoding="utf-8")
    out = tmp_path / "outputs"

    def issue(path: Path, now: datetime) -> str:
        outcome, _ = commands.issue(path, out, database=database, workspace=tmp_path, templates=TEMPLATES, now=now)
        return outcome.entry.symbol

    last_second = datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC)
    assert issue(_draft_decision(tmp_path, "qd1.yaml"), last_second) == "01/QĐ-VP"
    assert issue(_draft_notice(tmp_path), last_second) == "01/TB-VP"  # its own series: theo_loai for VP
    assert issue(_draft_decision(tmp_path, "qd2.yaml"), last_second) == "02/QĐ-VP"
    assert issue(_draft_decision(tmp_path, "qd3.yaml"), last_second + timedelta(seconds=1)) == "01/QĐ-VP"
    assert "  so: 1\n  ngay: 01/01/2027\n" in (tmp_path / "qd3.yaml").read_text(encoding="utf-8")
    with open_register(database, tmp_path) as register:
        assert [(e.symbol, e.year) for e in register.entries(2026, 2027)] == [
            ("01/QĐ-VP", 2026), ("01/TB-VP", 2026), ("02/QĐ-VP", 2026), ("01/QĐ-VP", 2027)
        ]  # fmt: skip


def test_a_wrong_settings_file_is_reported_with_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "so_dang_ky.yaml").write_text("danh_so: moi_loai\nco_quan:\n  VP:\n    ma: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_settings(tmp_path)
    assert [p.render() for p in caught.value.problems] == [
        "so_dang_ky.yaml:1:10: danh_so: chỉ nhận “chung” hoặc “theo_loai”",
        "so_dang_ky.yaml:4:9: co_quan.VP.ma: trường này không có trong tệp cấu hình sổ đăng ký",
    ]
