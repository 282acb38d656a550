"""Issuing a document the leader signed electronically: the number and date reach the signed PDF and every file.

The whole way is played with the real tools: LibreOffice makes the sign-ready PDF, a throw-away CA's leader key
signs it with its number and date blank, ``reportgen issue --signed-pdf`` adds the văn thư's signature with the
body's key. The page is then read with poppler (``pdftotext -bbox``: where the number and date landed), the
signatures with pyHanko's difference analysis and with poppler's ``pdfsig`` (an independent implementation).
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from pki import PASSWORD, Pki, make_pki
from reportgen.make.pipeline import build_file, pdf_for
from reportgen.problems import OutputError
from reportgen.register.open import open_register
from reportgen.register.series import series_for, vietnam_today
from reportgen.register.store import Issued
from reportgen.sign.fonts import at_1000_units, times_font, times_italic_font
from reportgen.sign.issue_stamp import FIELD, MIN_SQUEEZE, Blanks, find_blanks, pieces, width_of
from reportgen.sign.layout import Line, read_pages
from reportgen.sign.ready import make_sign_ready
from reportgen.sign.signer import load_key, sign_field
from reportgen.sign.verify import load_roots
from reportgen.vietnamese import day_month_year, short_date
from test_issue import TEMPLATES, award_input, text_of

pytestmark = pytest.mark.libreoffice


@dataclass(frozen=True)
class Office:
    folder: Path  # the workspace: qd.yaml, the register, outputs/
    leader: Pki
    body: Pki  # the issuing body's key (chữ ký số của cơ quan)
    signed: Path  # outputs/qd.da-ky.pdf as the leader signed it
    leader_bytes: bytes


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *args],
        input=PASSWORD.decode() + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=folder,
    )


def draft_signed_by_the_leader(folder: Path, name: str, yaml_text: str, leader: Pki) -> Path:
    """Build, make the sign-ready PDF (as ``build --pdf-ky``), let the leader sign it: ``outputs/<name>.da-ky.pdf``."""
    source = folder / f"{name}.yaml"
    source.write_text(yaml_text, encoding="utf-8")
    result = build_file(source, folder / "outputs", templates=TEMPLATES)
    assert result.ok, (result.problems, result.output_error)
    (pdf,) = pdf_for([result.written[0]], pdf_a=True)
    assert make_sign_ready(result.written[0], pdf).boxes
    signed = pdf.with_name(f"{name}.da-ky.pdf")
    signed.write_bytes(sign_field(pdf.read_bytes(), load_key(leader.p12, PASSWORD)))
    return signed


def eleven_issued_before(folder: Path) -> None:
    """The office has issued 11 decisions this year already, so this one takes 12."""
    today = vietnam_today()
    series = series_for("SNgV", "QĐ", today.year, mode="chung", secret=False)
    with open_register(None, folder) as register:
        for n in range(11):
            with register.reserve(series) as slot:
                slot.record(
                    Issued("QĐ-SNgV", today, datetime.now(UTC), "Quyết định", f"Văn bản {n}", "", (), 1, "", "", "")
                )


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    folder = tmp_path_factory.mktemp("van-thu")
    leader = make_pki(tmp_path_factory.mktemp("lanh-dao"), "Phan Văn An", "Sở Ngoại vụ thành phố Đà Nẵng")
    body = make_pki(tmp_path_factory.mktemp("co-quan"), "Sở Ngoại vụ thành phố Đà Nẵng", "Sở Ngoại vụ")
    shutil.copy(body.root_pem, leader.roots_dir / "ca-co-quan.pem")  # the office trusts both roots
    signed = draft_signed_by_the_leader(folder, "qd", award_input(1), leader)
    eleven_issued_before(folder)
    return Office(folder, leader, body, signed, signed.read_bytes())


def on_one_line(a: Line, b: Line) -> bool:
    return abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < 2


def overlaps(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 - 0.1 and a.x1 > b.x0 + 0.1 and a.y0 < b.y1 and a.y1 > b.y0


def nss_db(pki: Pki, folder: Path) -> str:
    db = folder / "nss"
    db.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True, capture_output=True)
    for index, root in enumerate(sorted(pki.roots_dir.iterdir())):
        subprocess.run(
            ["certutil", "-A", "-d", f"sql:{db}", "-n", f"goc-{index}", "-t", "CT,C,C", "-i", str(root)],
            check=True,
            capture_output=True,
        )
    return f"sql:{db}"


def test_a_long_number_is_narrowed_into_its_blank_never_over_the_words_around_it() -> None:
    """The geometry of LibreOffice's page (points): "Số:" then five spaces then "/QĐ-SNgV"; a blank year too."""
    font = at_1000_units(times_font())
    width, italic = width_of(font), width_of(at_1000_units(times_italic_font()))

    def at(text: str, x0: float, x1: float) -> Line:
        return Line(1, text, x0, 113.2, x1, 130.1)

    blanks = Blanks(
        1, 841.9, at("Số:", 115.1, 132.4), at("/QĐ-SNgV", 152.0, 211.2),
        (at("ngày", 358.2, 383.4), at("tháng", 403.0, 432.6)), (at("tháng", 403.0, 432.6), at("năm", 452.1, 474.5)),
        None,
    )  # fmt: skip
    day = date(2027, 1, 5)
    for number in (12, 123):
        first, *dates = pieces(blanks, number, day, width, italic)
        assert first.text == f"{number:02d}" and abs(first.x + first.width - 152.0) < 0.01
        assert first.x >= 132.4 + width(" ") - 0.01 and MIN_SQUEEZE <= first.squeeze <= 1
        assert (first.squeeze == 1) == (number < 100)
        assert [(p.text, p.italic) for p in dates] == [("05", True), ("01", True), ("2027", True)]
        assert 383.4 < dates[0].x < dates[0].x + dates[0].width < 403.0 and dates[2].x > 474.5
    with pytest.raises(OutputError, match="Số 1234 dài hơn chỗ để trống"):
        pieces(blanks, 1234, day, width, italic)


ROOT = Path(__file__).resolve().parents[1]


def _example_draft(name: str) -> str:
    """An example of inputs/ with its number and date taken out, as the chuyên viên drafts it."""
    text = (ROOT / "inputs" / name).read_text(encoding="utf-8")
    return re.sub(r"(?m)^( *)(so|ngay): .*\n", "", text, count=2)


@pytest.mark.parametrize(
    ("name", "draft"),
    [
        ("qd", award_input(1)),
        ("cv", _example_draft("cong_van-so-ngoai-vu-gop-y-ban-ghi-nho.yaml")),  # the long symbol …/SNgV-HTQT
        ("ch", _example_draft("cong_ham-so-ngoai-vu-quang-nam-thong-bao-doan.yaml")),
    ],
)
def test_a_draft_leaves_room_for_a_four_digit_number_on_one_line(tmp_path: Path, name: str, draft: str) -> None:
    """LibreOffice's page of a draft: the blank between "Số:" and the symbol holds 1234 at full width, as the
    province's drafts leave it ("Số:           /QĐ-UBND"), and the number line stays one line."""
    for beside in ("quoc-huy.png", "danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml"):  # the letter's emblem, partner
        shutil.copy(ROOT / "inputs" / beside, tmp_path / beside)
    source = tmp_path / f"{name}.yaml"
    source.write_text(draft, encoding="utf-8")
    result = build_file(source, tmp_path / "outputs", templates=TEMPLATES)
    assert result.ok, (result.problems, result.output_error)
    (pdf,) = pdf_for([result.written[0]])
    blanks = find_blanks(read_pages(pdf), pdf.name)  # "Số:" and "/…" found on one row: the line did not wrap
    assert on_one_line(blanks.label, blanks.symbol)
    font = at_1000_units(times_font())
    width, italic = width_of(font), width_of(at_1000_units(times_italic_font()))
    first, *_ = pieces(blanks, 1234, date(2027, 1, 5), width, italic)
    assert first.squeeze == 1 and first.x >= blanks.label.x1 + width(" ") - 0.01
    assert abs(first.x + first.width - blanks.symbol.x0) < 0.01


def test_a_tampered_or_foreign_pdf_is_refused_and_takes_no_number(office: Office, tmp_path: Path) -> None:
    source = office.folder / "qd.yaml"
    before = source.read_bytes()
    tampered = office.folder / "outputs" / "sua.da-ky.pdf"
    data = bytearray(office.leader_bytes)
    at = data.index(b"LibreOffice")  # in the XMP metadata the leader's signature covers
    data[at] = ord("l")
    tampered.write_bytes(bytes(data))
    run = cli(office.folder, "issue", "qd.yaml", "--templates", str(TEMPLATES), "--signed-pdf", str(tampered),
              "--p12", str(office.body.p12))  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Chưa cấp số cho qd.yaml: Chữ ký số của Phan Văn An trên sua.da-ky.pdf không hợp lệ" in run.stderr

    other = draft_signed_by_the_leader(tmp_path, "khac", award_input(2), office.leader)
    run = cli(office.folder, "issue", "qd.yaml", "--templates", str(TEMPLATES), "--signed-pdf", str(other),
              "--p12", str(office.body.p12))  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr
    assert "khac.da-ky.pdf không phải bản đã ký của văn bản này" in run.stderr

    assert source.read_bytes() == before
    with open_register(None, office.folder) as register:
        assert len(register.entries(vietnam_today().year)) == 11
    assert office.signed.read_bytes() == office.leader_bytes


def test_issuing_stamps_the_number_and_date_keeping_the_leader_signature(office: Office, tmp_path: Path) -> None:
    run = cli(office.folder, "issue", "qd.yaml", "--templates", str(TEMPLATES), "--signed-pdf", "outputs/qd.da-ky.pdf",
              "--p12", str(office.body.p12))  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    today = vietnam_today()
    day, month, _ = short_date(today).split("/")
    assert f"Đã cấp số 12/QĐ-SNgV ngày {today:%d/%m/%Y}" in run.stdout
    assert "Đã thêm chữ ký ban hành của cơ quan vào bản đã ký outputs/qd.da-ky.pdf" in run.stdout
    stamped = office.signed.read_bytes()
    assert stamped.startswith(office.leader_bytes) and len(stamped) > len(office.leader_bytes)

    # the page: "12" right of "Số:" and before "/QĐ-SNgV", the day and month in their gaps, touching no word
    page = read_pages(office.signed)[0]
    words = list(page.words)

    def word(text: str, after: Line | None = None) -> Line:
        found = [w for w in words if w.text == text and (after is None or (on_one_line(w, after) and w.x0 > after.x0))]
        assert found, (text, [w.text for w in words[:40]])
        return min(found, key=lambda w: w.x0)

    label = word("Số:")
    number = word("12", label)
    symbol = word("/QĐ-SNgV", label)
    assert label.x1 < number.x0 and number.x1 <= symbol.x0 + 0.5
    ngay = word("ngày", label)  # the place-date line, level with the number line
    thang = word("tháng", ngay)
    nam = word("năm", thang)
    shown_day, shown_month = word(day, ngay), word(month, thang)
    assert ngay.x1 < shown_day.x0 < shown_day.x1 < thang.x0
    assert thang.x1 < shown_month.x0 < shown_month.x1 < nam.x0
    for new in (number, shown_day, shown_month):
        assert abs(new.y1 - label.y1) < 2.5 and abs(new.y0 - label.y0) < 2.5, (new, label)
        assert [w.text for w in words if w is not new and overlaps(w, new)] == []

    # pyHanko: the leader's signature intact and valid, followed only by a further signature
    reader = PdfFileReader(io.BytesIO(stamped))
    leader_sig, body_sig = reader.embedded_signatures
    assert body_sig.field_name == FIELD
    roots = load_roots(office.leader.roots_dir)
    status = validate_pdf_signature(leader_sig, ValidationContext(trust_roots=roots, allow_fetching=False))
    assert status.intact and status.valid
    assert status.modification_level == ModificationLevel.FORM_FILLING
    assert status.docmdp_ok
    body_status = validate_pdf_signature(body_sig, ValidationContext(trust_roots=roots, allow_fetching=False))
    assert body_status.intact and body_status.valid
    assert body_status.coverage is not None and body_status.coverage.name == "ENTIRE_FILE"

    # poppler's pdfsig agrees: both valid and trusted, the leader's over the file as it signed it
    text = subprocess.run(
        ["pdfsig", "-nssdir", nss_db(office.leader, tmp_path), str(office.signed)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    signatures = text.split("Signature #")[1:]
    assert len(signatures) == 2, text
    assert all("Signature Validation: Signature is Valid." in s for s in signatures), text
    assert all("Certificate Validation: Certificate is Trusted." in s for s in signatures), text
    assert (
        "Signer Certificate Common Name: Phan Văn An" in signatures[0] and "Not total document signed" in signatures[0]
    )
    assert f"Signature Field Name: {FIELD}" in signatures[1] and "Total document signed" in signatures[1]

    # reportgen verify-signature lists both
    run = cli(office.folder, "verify-signature", str(office.signed), "--roots", str(office.leader.roots_dir))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "qd.da-ky.pdf: 2 chữ ký số — HỢP LỆ" in run.stdout
    assert "Người ký: Phan Văn An" in run.stdout and "Người ký: Sở Ngoại vụ thành phố Đà Nẵng" in run.stdout

    # the register row, the YAML and the .docx carry the same number and date; the row has the PDF's hash
    with open_register(None, office.folder) as register:
        entry = register.entries(today.year)[-1]
    assert (entry.symbol, entry.number, entry.issued_on) == ("12/QĐ-SNgV", 12, today)
    assert entry.content_hash == hashlib.sha256(stamped).hexdigest()
    source = (office.folder / "qd.yaml").read_text(encoding="utf-8")
    assert f"van_ban:\n  so: 12\n  ngay: {today:%d/%m/%Y}\n" in source
    paragraphs = text_of(office.folder / "outputs" / "qd.docx")
    assert any(p.startswith("Số: 12/QĐ-SNgV") for p in paragraphs), paragraphs[:8]
    assert any(p.endswith(day_month_year(today)) for p in paragraphs), paragraphs[:8]

    # issuing again is refused and changes nothing
    run = cli(office.folder, "issue", "qd.yaml", "--templates", str(TEMPLATES), "--signed-pdf", "outputs/qd.da-ky.pdf",
              "--p12", str(office.body.p12))  # fmt: skip
    assert run.returncode == 1 and "đã có chữ ký ban hành của văn thư" in run.stderr, run.stderr
    assert office.signed.read_bytes() == stamped
    with open_register(None, office.folder) as register:
        assert len(register.entries(today.year)) == 12


def test_the_van_thu_issues_the_signed_pdf_on_the_web_page(tmp_path: Path) -> None:
    """The văn thư's button stamps the PDF the signing software sent back; the .p12 is used once, kept nowhere."""
    from starlette.testclient import TestClient

    from reportgen.sign.verify import verify
    from reportgen.web.app import Settings, create_app
    from reportgen.web.signing import sign_ready_pdf
    from reportgen.web.store import Store

    folder = tmp_path / "ws"
    folder.mkdir()
    leader = make_pki(tmp_path / "lanh-dao", "Phan Văn An", "Sở Ngoại vụ thành phố Đà Nẵng")
    body = make_pki(tmp_path / "co-quan", "Sở Ngoại vụ thành phố Đà Nẵng", "Sở Ngoại vụ")
    (folder / "qd.yaml").write_text(award_input(1), encoding="utf-8")
    result = build_file(folder / "qd.yaml", folder / "outputs", templates=TEMPLATES)
    assert result.ok
    ready = sign_ready_pdf(result.written[0])  # what the page hands to the signing software
    signed = ready.with_name("qd.da-ky.pdf")  # what the software posts back
    signed.write_bytes(sign_field(ready.read_bytes(), load_key(leader.p12, PASSWORD)))
    key = body.p12.read_bytes()

    app = create_app(Settings(folder, require_login=False, templates=TEMPLATES))
    with TestClient(app, base_url="http://127.0.0.1") as client:

        def step(name: str) -> object:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)
            assert token
            fields = {"csrf": token[1], "y_kien": "", "buoc": name}
            return client.post("/trinh-ky/qd.yaml", data=fields, follow_redirects=False)

        for name in ("trinh", "duyet_phong", "duyet_ky"):
            assert step(name).status_code == 303  # type: ignore[attr-defined]
        page = client.get("/trinh-ky/qd.yaml").text
        assert 'id="khoa-p12"' in page and 'enctype="multipart/form-data"' in page and "qd.da-ky.pdf" in page

        refused = step("cap_so")
        assert refused.status_code == 409  # type: ignore[attr-defined]
        assert "hãy chọn tệp khóa .p12 của cơ quan" in refused.text  # type: ignore[attr-defined]
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)
        assert token
        fields = {"csrf": token[1], "y_kien": "", "buoc": "cap_so", "mat_khau_khoa": "sai"}
        answer = client.post(
            "/trinh-ky/qd.yaml", data=fields, files={"khoa_p12": ("co-quan.p12", key)}, follow_redirects=False
        )
        assert answer.status_code == 409 and "sai mật khẩu" in answer.text
        with open_register(None, folder) as register:
            assert register.entries(vietnam_today().year) == []  # a refused key takes no number

        fields["mat_khau_khoa"] = PASSWORD.decode()
        answer = client.post(
            "/trinh-ky/qd.yaml", data=fields, files={"khoa_p12": ("co-quan.p12", key)}, follow_redirects=False
        )
        assert answer.status_code == 303, answer.text
        assert "Đã ban hành" in client.get("/trinh-ky/qd.yaml").text

    stamped = signed.read_bytes()
    report = verify(signed, load_roots(leader.roots_dir))
    assert [c.field_name for c in report.signatures] == ["ChuKy1", FIELD]
    assert all(c.intact and c.valid and not c.changed_after for c in report.signatures)
    with open_register(None, folder) as register:
        (entry,) = register.entries(vietnam_today().year)
    assert entry.symbol == "01/QĐ-SNgV" and entry.content_hash == hashlib.sha256(stamped).hexdigest()
    assert Store(folder).audit_log()[0]["detail"].endswith("; ký ban hành qd.da-ky.pdf")
    kept = [path for path in folder.rglob("*") if path.is_file() and key in path.read_bytes()]
    assert kept == []  # the body's key was never written into the workspace


def test_a_pdf_signed_with_last_years_date_line_gives_its_number_back(tmp_path: Path) -> None:
    """The year on the signed page is not the year of issue: refused inside the reservation, nothing kept."""
    from reportgen.register.issue import SignedPdf, issue_file
    from reportgen.register.settings import read_settings
    from reportgen.sign.issue_stamp import prepare

    leader = make_pki(tmp_path / "lanh-dao", "Phan Văn An", "Sở Ngoại vụ thành phố Đà Nẵng")
    body = make_pki(tmp_path / "co-quan", "Sở Ngoại vụ thành phố Đà Nẵng", "Sở Ngoại vụ")
    signed = draft_signed_by_the_leader(tmp_path, "qd", award_input(1), leader)
    source, docx = tmp_path / "qd.yaml", tmp_path / "outputs" / "qd.docx"
    before = (source.read_bytes(), signed.read_bytes(), text_of(docx))
    stamp = prepare(signed, [tmp_path / "outputs" / "qd.pdf"], load_key(body.p12, PASSWORD))
    next_year = datetime(vietnam_today().year + 1, 1, 2, 3, 0, tzinfo=UTC)
    with open_register(None, tmp_path) as register:
        with pytest.raises(OutputError, match=f"ghi năm {vietnam_today().year} nhưng ngày ban hành là 02/01/"):
            issue_file(
                source,
                tmp_path / "outputs",
                register,
                read_settings(tmp_path),
                now=next_year,
                templates=TEMPLATES,
                signed=SignedPdf(signed, lambda number, day: stamp(number, day).data),
            )
        assert register.entries(next_year.year) == []
    assert (source.read_bytes(), signed.read_bytes(), text_of(docx)) == before


def test_issuing_with_the_body_key_on_a_usb_token(tmp_path: Path) -> None:
    """The body's key on a PKCS#11 token (SoftHSM plays it): the session stays open until the PDF is stamped."""
    import functools
    import os

    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12

    from reportgen.sign.verify import verify

    module = Path("/usr/lib/softhsm/libsofthsm2.so")
    leader = make_pki(tmp_path / "lanh-dao", "Phan Văn An", "Sở Ngoại vụ thành phố Đà Nẵng")
    body = make_pki(tmp_path / "co-quan", "Sở Ngoại vụ thành phố Đà Nẵng", "Sở Ngoại vụ")
    key, cert, _ = pkcs12.load_key_and_certificates(body.p12.read_bytes(), PASSWORD)
    assert key is not None and cert is not None
    (tmp_path / "tokens").mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\n", encoding="utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    run = functools.partial(subprocess.run, env=env, check=True, capture_output=True)
    run(
        ["softhsm2-util", "--init-token", "--free", "--label", "token-co-quan", "--pin", "123456", "--so-pin", "654321"]
    )
    (tmp_path / "key.der").write_bytes(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    (tmp_path / "cert.der").write_bytes(cert.public_bytes(Encoding.DER))
    tool = ["pkcs11-tool", "--module", str(module), "--login", "--pin", "123456", "--token-label", "token-co-quan"]
    run([*tool, "--write-object", str(tmp_path / "key.der"), "--type", "privkey", "--id", "01", "--label", "cq"])
    run([*tool, "--write-object", str(tmp_path / "cert.der"), "--type", "cert", "--id", "01", "--label", "cq"])
    (tmp_path / "key.der").unlink()

    signed = draft_signed_by_the_leader(tmp_path, "qd", award_input(1), leader)
    command = [sys.executable, "-m", "reportgen", "issue", "qd.yaml", "--templates", str(TEMPLATES)]
    command += ["--signed-pdf", str(signed), "--pkcs11", str(module)]
    done = subprocess.run(command, input="123456\n", capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Đã cấp số 01/QĐ-SNgV" in done.stdout and "123456" not in done.stdout + done.stderr
    report = verify(signed, load_roots(leader.roots_dir))
    assert [(c.field_name, c.signer) for c in report.signatures] == [
        ("ChuKy1", "Phan Văn An"),
        (FIELD, "Sở Ngoại vụ thành phố Đà Nẵng"),
    ]
    assert all(c.intact and c.valid and not c.changed_after for c in report.signatures)
