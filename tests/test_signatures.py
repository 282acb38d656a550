"""Signing and checking signatures, judged against poppler's ``pdfsig`` (an independent implementation).

A throw-away certificate authority signs a built document four ways the issue names: valid and trusted, valid
but untrusted, one byte changed after signing, unsigned; ``reportgen verify-signature`` must agree with pdfsig
on each. The web hand-off is played through as the signing software would: download with the one-time link,
post the signed file as ``uploadfile``, read the JSON.
"""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pki import PASSWORD, Pki, make_pki
from reportgen.make.pipeline import build_file, pdf_for
from reportgen.sign.fonts import times_font
from reportgen.sign.ready import make_sign_ready
from reportgen.sign.signer import FONT_SIZE, load_key, sign_attachment, sign_field
from reportgen.sign.verify import Verdict, load_roots, verify
from reportgen.web.app import Settings, create_app
from reportgen.web.signing import Tickets

pytestmark = pytest.mark.libreoffice

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "inputs" / "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml"
VIETNAMESE = "Sở Ngoại vụ: ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵ đ"  # every tone on every vowel shape


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(docx, sign-ready PDF) of a two-page thông báo."""
    out = tmp_path_factory.mktemp("ready")
    result = build_file(EXAMPLE, out)
    assert result.ok
    (pdf,) = pdf_for(result.written, pdf_a=True)
    make_sign_ready(result.written[0], pdf)
    return result.written[0], pdf


def nss_db(pki: Pki, folder: Path) -> str:
    """An NSS database trusting the throw-away CA, as pdfsig reads trust."""
    db = folder / "nss"
    db.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{db}", "-n", "ca-thu", "-t", "CT,C,C", "-i", str(pki.root_pem)],
        check=True,
        capture_output=True,
    )
    return f"sql:{db}"


def pdfsig(pdf: Path, nssdir: str) -> tuple[bool | None, bool | None]:
    """(signature valid, certificate trusted) as pdfsig says; (None, None) for a file without signatures."""
    # no -no-ocsp: poppler 22.12 then reports every chain as "Unknown issue"; the test certificates name no
    # OCSP responder, so nothing is fetched either way
    run = subprocess.run(["pdfsig", "-nssdir", nssdir, str(pdf)], capture_output=True, text=True, timeout=60)
    text = run.stdout + run.stderr
    if "does not contain any signatures" in text or "Signature Validation" not in text:
        return None, None  # no signature, or only the sign-ready PDF's empty field ("form field is not signed")
    valid = "Signature Validation: Signature is Valid." in text
    trusted = "Certificate Validation: Certificate is Trusted." in text
    return valid, trusted


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *args], input=stdin, capture_output=True, text=True, encoding="utf-8"
    )


def test_verify_agrees_with_pdfsig(pki: Pki, ready: tuple[Path, Path], tmp_path: Path) -> None:
    _, pdf = ready
    key = load_key(pki.p12, PASSWORD)
    signed = tmp_path / "da-ky.pdf"
    signed.write_bytes(sign_field(pdf.read_bytes(), key))
    untrusting = nss_db(make_pki(tmp_path / "khac"), tmp_path / "khac")  # trusts another CA only
    trusting = nss_db(pki, tmp_path)
    data = bytearray(signed.read_bytes())
    stream = data.index(b"stream", 2000) + 20  # one byte of page content, inside the signed range
    data[stream] = data[stream] ^ 0x01
    tampered = tmp_path / "bi-sua.pdf"
    tampered.write_bytes(bytes(data))
    roots = load_roots(pki.roots_dir)

    cases = [
        (signed, roots, trusting, Verdict.GOOD, (True, True)),
        (signed, [], untrusting, Verdict.UNTRUSTED, (True, False)),
        (tampered, roots, trusting, Verdict.BAD, (False, None)),
        (pdf, roots, trusting, Verdict.BAD, (None, None)),
    ]
    for path, our_roots, nss, verdict, (valid, _) in cases:
        report = verify(path, our_roots)
        assert report.verdict == verdict, path.name
        theirs = pdfsig(path, nss)
        assert theirs[0] == valid, (path.name, theirs)
        if valid is None:
            assert report.signatures == []
            continue
        check = report.signatures[0]
        assert (check.intact and check.valid) == theirs[0], path.name
        if theirs[0]:
            assert check.trusted == theirs[1], path.name


def test_verify_signature_command(pki: Pki, ready: tuple[Path, Path], tmp_path: Path) -> None:
    _, pdf = ready
    signed = tmp_path / "van-ban.da-ky.pdf"
    signed.write_bytes(sign_field(pdf.read_bytes(), load_key(pki.p12, PASSWORD)))
    good = cli("verify-signature", str(signed), "--roots", str(pki.roots_dir))
    assert good.returncode == 0, good.stderr
    assert "Người ký: Nguyễn Thanh Hà — Sở Ngoại vụ tỉnh Thử" in good.stdout
    assert re.search(r"Thời điểm ký: \d\d:\d\d:\d\d ngày \d\d/\d\d/\d{4} \(giờ Việt Nam, \+07:00\)", good.stdout)
    assert "Văn bản bị sửa sau khi ký: không" in good.stdout
    assert "Traceback" not in good.stderr and good.stderr == ""
    untrusted = cli("verify-signature", str(signed))
    assert untrusted.returncode == 5
    assert "Chứng thư nối về chứng thư gốc tin cậy: không" in untrusted.stdout
    unsigned = cli("verify-signature", str(pdf))
    assert unsigned.returncode == 1 and "không có chữ ký số nào" in unsigned.stdout
    not_pdf = tmp_path / "khong-phai.pdf"
    not_pdf.write_text("xin chào", encoding="utf-8")
    broken = cli("verify-signature", str(not_pdf))
    assert broken.returncode == 3 and "không đọc được" in broken.stderr.lower()
    assert "Traceback" not in broken.stderr


def test_sign_command_with_p12(pki: Pki, ready: tuple[Path, Path], tmp_path: Path) -> None:
    _, pdf = ready
    copy = tmp_path / "thong-bao.san-sang-ky.pdf"
    shutil.copyfile(pdf, copy)
    wrong = cli("sign", str(copy), "--p12", str(pki.p12), stdin="sai-mat-khau\n")
    assert wrong.returncode == 3 and "Không ký được" in wrong.stderr and "sai mật khẩu" in wrong.stderr
    assert not (tmp_path / "thong-bao.da-ky.pdf").exists()
    done = cli("sign", str(copy), "--p12", str(pki.p12), stdin=PASSWORD.decode() + "\n")
    assert done.returncode == 0, done.stderr
    signed = tmp_path / "thong-bao.da-ky.pdf"
    assert verify(signed, load_roots(pki.roots_dir)).verdict == Verdict.GOOD
    assert PASSWORD.decode() not in done.stdout + done.stderr


def test_attachment_signature_text(pki: Pki, ready: tuple[Path, Path], tmp_path: Path) -> None:
    """Top right of page 1, the exact string, at Times New Roman 10's own width (no spread letters)."""
    _, pdf = ready
    data, mark = sign_attachment(pdf.read_bytes(), load_key(pki.p12, PASSWORD), VIETNAMESE)
    signed = tmp_path / "phu-luc.da-ky.pdf"
    signed.write_bytes(data)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", mark.lines[1])
    bbox = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox-layout", str(signed), "-"], capture_output=True, text=True
    ).stdout
    found = re.findall(
        r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', bbox, re.S
    )
    boxes = {" ".join(re.findall(r">([^<]*)</word>", body)): tuple(map(float, xy)) for *xy, body in found}
    texts = {text: (x0, y0, x1) for text, (x0, y0, x1, _) in boxes.items()}
    assert VIETNAMESE in texts and mark.lines[1] in texts, list(texts)
    x0, y0, x1 = texts[VIETNAMESE]
    assert x1 > 595 / 2 and y0 < 30 * 72 / 25.4, "not at the top right of page 1"
    expected = _advance_width(times_font(), VIETNAMESE)
    assert abs((x1 - x0) - expected) <= 0.1 * expected, (x1 - x0, expected)
    bottom = boxes[mark.lines[1]][3]
    others = [t for t, (lx0, ly0, lx1, _) in boxes.items() if t not in mark.lines and ly0 < bottom and lx1 > x0]
    assert others == [], "the signature text overlaps the page's own text"
    assert verify(signed, load_roots(pki.roots_dir)).verdict == Verdict.GOOD
    png = tmp_path / "trang-1"
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", "-singlefile", str(signed), str(png)])
    assert png.with_suffix(".png").stat().st_size > 10_000


def _advance_width(font: Path, text: str) -> float:
    from fontTools.ttLib import TTFont

    with TTFont(str(font)) as tt:
        cmap, metrics, per_em = tt.getBestCmap(), tt["hmtx"].metrics, tt["head"].unitsPerEm
        return float(sum(metrics[cmap[ord(c)]][0] for c in text) * FONT_SIZE / per_em)


def test_hand_off_to_the_signing_software(pki: Pki, tmp_path: Path) -> None:
    workspace = tmp_path / "vanban"
    workspace.mkdir()
    shutil.copyfile(EXAMPLE, workspace / EXAMPLE.name)
    built = build_file(workspace / EXAMPLE.name, workspace / "outputs")
    assert built.ok
    docx = built.written[0]
    app = create_app(Settings(workspace=workspace, require_login=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        home = client.get("/")
        csrf = re.search(r'name="csrf" value="([^"]+)"', home.text)
        assert csrf
        look = client.get(f"/xem/{EXAMPLE.name}").text
        assert f'action="/ky-so/{docx.name}"' in look and "/ky-so/xem/" not in look
        start = client.post(f"/ky-so/{docx.name}", data={"csrf": csrf.group(1)})
        assert start.status_code == 200, start.text
        download = re.search(r'id="dia-chi-tai">([^<]+)<', start.text)
        upload = re.search(r'id="dia-chi-nhan">([^<]+)<', start.text)
        assert download and upload
        software = TestClient(app, base_url="http://127.0.0.1")  # the signing software: no session, no cookie
        got = software.get(download.group(1))
        assert got.status_code == 200 and got.content.startswith(b"%PDF")
        assert software.get(download.group(1)).status_code == 403  # one-time link
        signed = sign_field(got.content, load_key(pki.p12, PASSWORD))
        posted = software.post(upload.group(1), files={"uploadfile": ("da-ky.pdf", signed, "application/pdf")})
        assert posted.status_code == 200
        answer = posted.json()
        assert answer["Status"] == 0 and answer["FileName"].endswith(".da-ky.pdf"), answer
        assert set(answer) == {"Status", "Message", "FileName", "FileServer"}
        parameters = re.search(r'<pre id="tham-so">(.*?)</pre>', start.text, re.S)
        assert parameters and "FileUploadHandler" in html.unescape(parameters.group(1))
        kept = workspace / "outputs" / answer["FileName"]
        assert kept.read_bytes() == signed
        again = software.post(upload.group(1), files={"uploadfile": ("da-ky.pdf", signed, "application/pdf")})
        assert again.status_code == 403 and again.json()["Status"] != 0
        shown = client.get(answer["FileServer"].removeprefix("http://127.0.0.1"))
        assert "Nguyễn Thanh Hà" in shown.text and "Chữ ký đúng với nội dung đã ký: có" in shown.text
        assert f'href="/ky-so/xem/{answer["FileName"]}"' in client.get(f"/xem/{EXAMPLE.name}").text
        audit = client.get("/nhat-ky").text
        assert "nhận văn bản đã ký số" in audit

        tickets = Tickets(workspace / ".reportgen-web.sqlite")
        old = tickets.issue(docx.with_name(docx.stem + ".san-sang-ky.pdf").name, "x", now=time.time() - 16 * 60)
        expired = software.post(f"/ky-so/nhan/{old}", files={"uploadfile": ("a.pdf", signed, "application/pdf")})
        assert expired.status_code == 403 and "hết hạn" in expired.json()["Message"]
        fresh = tickets.issue(docx.with_name(docx.stem + ".san-sang-ky.pdf").name, "x")
        other = software.post(
            f"/ky-so/nhan/{fresh}", files={"uploadfile": ("a.pdf", b"%PDF-1.7 khac", "application/pdf")}
        )
        assert other.status_code == 400 and other.json()["Status"] != 0


SOFTHSM = Path("/usr/lib/softhsm/libsofthsm2.so")


def test_sign_with_a_pkcs11_token(pki: Pki, ready: tuple[Path, Path], tmp_path: Path) -> None:
    """A USB token played by SoftHSM: the key never leaves it; the PIN is asked and not printed."""
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12

    key, cert, _ = pkcs12.load_key_and_certificates(pki.p12.read_bytes(), PASSWORD)
    assert key is not None and cert is not None
    (tmp_path / "tokens").mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\n", encoding="utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    run = functools.partial(subprocess.run, env=env, check=True, capture_output=True)
    run(["softhsm2-util", "--init-token", "--free", "--label", "token-thu", "--pin", "123456", "--so-pin", "654321"])
    key_der = tmp_path / "key.der"
    key_der.write_bytes(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    cert_der = tmp_path / "cert.der"
    cert_der.write_bytes(cert.public_bytes(Encoding.DER))
    tool = ["pkcs11-tool", "--module", str(SOFTHSM), "--login", "--pin", "123456", "--token-label", "token-thu"]
    run([*tool, "--write-object", str(key_der), "--type", "privkey", "--id", "01", "--label", "nguoi-ky"])
    run([*tool, "--write-object", str(cert_der), "--type", "cert", "--id", "01", "--label", "nguoi-ky"])
    key_der.unlink()

    _, pdf = ready
    copy = tmp_path / "thong-bao.pdf"
    shutil.copyfile(pdf, copy)
    command = [sys.executable, "-m", "reportgen", "sign", str(copy), "--pkcs11", str(SOFTHSM)]
    wrong = subprocess.run(command, input="000000\n", capture_output=True, text=True, env=env)
    assert wrong.returncode == 3 and "Không mở được USB token" in wrong.stderr and "Traceback" not in wrong.stderr
    done = subprocess.run(command, input="123456\n", capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "123456" not in done.stdout + done.stderr
    signed = tmp_path / "thong-bao.da-ky.pdf"
    report = verify(signed, load_roots(pki.roots_dir))
    assert report.verdict == Verdict.GOOD and report.signatures[0].signer == "Nguyễn Thanh Hà"
    both = subprocess.run([*command, "--p12", str(pki.p12)], input="x\n", capture_output=True, text=True, env=env)
    assert both.returncode == 2 and "cần đúng một trong hai" in both.stderr
