"""Each defence of reportgen.files.outputs against losing or corrupting a civil servant's documents."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportgen.files import atomic
from reportgen.files.atomic import OWN_PREFIX
from reportgen.files.outputs import MANIFEST_NAME, check_valid_docx, safe_filename, write_output
from reportgen.problems import OutputError


def make_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def stray_temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((OWN_PREFIX, ".~reportgen")))


def manifest(folder: Path) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def doc_v1() -> bytes:
    return make_docx("Báo cáo tổng kết năm 2024 — bản 1")


@pytest.fixture(scope="module")
def doc_v2() -> bytes:
    return make_docx("Báo cáo tổng kết năm 2024 — bản 2")


# ------------------------------------------------------------------------------------------ safe_filename


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn A/B", "Nguyễn_Văn_A-B.docx"),
        ("Quyết định: khen thưởng *năm* 2024?", "Quyết_định-khen_thưởng-năm-2024.docx"),
        ('a\\b<c>d|e"f', "a-b-c-d-e-f.docx"),
        ("tab\there\nnewline\x00nul\x07end", "tab_here_newline-nul-end.docx"),
        ("..", "van_ban.docx"),
        ("../../etc/passwd", "etc-passwd.docx"),
        ("...ẩn", "ẩn.docx"),
        ("a..b", "a.b.docx"),
        ("", "van_ban.docx"),
        ("   ", "van_ban.docx"),
        ("-rf", "rf.docx"),
        ("CON", "CON_.docx"),
        ("con", "con_.docx"),
        ("NUL ", "NUL_.docx"),
        ("COM1", "COM1_.docx"),
        ("lpt9", "lpt9_.docx"),
        ("CONSOLE", "CONSOLE.docx"),
        ("Báo cáo.", "Báo_cáo.docx"),
    ],
)
def test_safe_filename_cases(text: str, expected: str) -> None:
    assert safe_filename(text, ".docx") == expected


def test_safe_filename_reserved_name_without_suffix() -> None:
    assert safe_filename("aux") == "aux_"
    assert safe_filename("aux.txt") == "aux_.txt"


def test_safe_filename_nfc_from_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    result = safe_filename(decomposed, ".docx")
    assert result == "Nguyễn_Thị_Ánh.docx"
    assert unicodedata.is_normalized("NFC", result)


def test_safe_filename_ascii_strips_diacritics() -> None:
    assert safe_filename("Đặng Thị Ánh Đào", ".docx", ascii=True) == "Dang_Thi_Anh_Dao.docx"
    assert safe_filename("Nguyễn Văn A/B", ascii=True) == "Nguyen_Van_A-B"
    assert safe_filename("Phạm 中文 Hùng", ascii=True) == "Pham-Hung"
    assert safe_filename("đ", ascii=True) == "d"


def test_safe_filename_truncates_long_vietnamese_on_character_boundary() -> None:
    text = "Nguyễn Thị Hương Giang " * 20  # ≈ 600 UTF-8 bytes, many 3-byte letters
    assert len(text.encode("utf-8")) > 300
    result = safe_filename(text, ".docx")
    encoded = result.encode("utf-8")
    assert len(encoded) <= 200
    assert encoded.decode("utf-8") == result  # no character was split
    assert unicodedata.is_normalized("NFC", result)
    assert result.endswith(".docx")
    assert result.startswith("Nguyễn_Thị_Hương_Giang_")


def test_safe_filename_truncation_keeps_letter_with_its_mark() -> None:
    # "ẻ̃"-like clusters without a precomposed form survive NFC as letter + combining mark.
    text = "a" * 5 + "e\u0323\u0303" * 100
    result = safe_filename(text, max_bytes=20)
    assert len(result.encode("utf-8")) <= 20
    assert not unicodedata.combining(result[0])
    assert unicodedata.is_normalized("NFC", result)
    # Every "ẹ" still carries its tilde: the cut fell between clusters, not inside one.
    assert result.count("ẹ") == result.count("\u0303") > 0


def test_safe_filename_max_bytes_too_small_for_suffix() -> None:
    with pytest.raises(ValueError):
        safe_filename("Báo cáo", ".docx", max_bytes=8)


@given(st.text(max_size=400), st.sampled_from(["", ".docx", ".pdf"]), st.integers(min_value=20, max_value=255))
def test_safe_filename_properties(text: str, suffix: str, max_bytes: int) -> None:
    result = safe_filename(text, suffix, max_bytes)
    assert result
    assert len(result.encode("utf-8")) <= max_bytes
    assert unicodedata.is_normalized("NFC", result)
    assert result.endswith(suffix)
    assert not result.startswith((".", "-", " "))
    assert ".." not in result
    assert not set(result) & set('/\\:*?"<>|')
    assert all(ord(c) >= 32 and c != "\x7f" for c in result)
    assert not any(c.isspace() for c in result)
    assert result.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    ascii_result = safe_filename(text, suffix, max_bytes, ascii=True)
    assert ascii_result.isascii()
    assert len(ascii_result.encode("utf-8")) <= max_bytes


# --------------------------------------------------------------------------------------- check_valid_docx


def rebuild_zip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name in replace:
                new = replace[name]
                if new is not None:
                    target.writestr(name, new)
            else:
                target.writestr(name, source.read(name))
    return buffer.getvalue()


def test_valid_docx_passes(doc_v1: bytes) -> None:
    check_valid_docx(doc_v1)


def test_broken_document_xml_is_refused(doc_v1: bytes) -> None:
    broken = rebuild_zip(doc_v1, {"word/document.xml": b"<w:document><w:body></w:document>"})
    with pytest.raises(OutputError, match=r"lỗi cấu trúc.*phần word/document\.xml"):
        check_valid_docx(broken)


def test_broken_rels_is_refused(doc_v1: bytes) -> None:
    broken = rebuild_zip(doc_v1, {"_rels/.rels": b"<Relationships"})
    with pytest.raises(OutputError, match=r"phần _rels/\.rels"):
        check_valid_docx(broken)


@pytest.mark.parametrize("missing", ["[Content_Types].xml", "word/document.xml"])
def test_missing_required_part_is_refused(doc_v1: bytes, missing: str) -> None:
    with pytest.raises(OutputError, match=rf"thiếu phần {missing.replace('[', '.').replace(']', '.')}"):
        check_valid_docx(rebuild_zip(doc_v1, {missing: None}))


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(OutputError, match="không phải tệp nén"):
        check_valid_docx(b"PK\x03\x04 not really")


def test_write_output_refuses_broken_docx_before_touching_disk(tmp_path: Path, doc_v1: bytes) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    broken = rebuild_zip(doc_v1, {"word/document.xml": b"<oops"})
    with pytest.raises(OutputError, match="lỗi cấu trúc"):
        write_output(target, broken)
    assert target.read_bytes() == doc_v1


# ------------------------------------------------------------------------------------- basic write + manifest


def test_write_creates_file_and_manifest(tmp_path: Path, doc_v1: bytes) -> None:
    target = tmp_path / "sub" / "dir" / "Báo_cáo.docx"
    written = write_output(target, doc_v1, root=tmp_path, source="inputs/bao_cao.yaml")
    assert written == target.resolve()
    assert target.read_bytes() == doc_v1
    entry = manifest(target.parent)["Báo_cáo.docx"]
    assert entry["source"] == "inputs/bao_cao.yaml"
    assert len(entry["sha256"]) == 64
    assert "T" in entry["generated_at"]
    assert stray_temps(target.parent) == []


def test_write_uses_umask_permissions_not_mkstemp_0600(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    write_output(target, b"x")
    assert target.stat().st_mode & 0o777 == atomic.default_mode()


def test_regenerating_own_output_overwrites(tmp_path: Path, doc_v1: bytes, doc_v2: bytes) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    write_output(target, doc_v2)
    assert target.read_bytes() == doc_v2


def test_edited_file_is_refused_and_force_overwrites(tmp_path: Path, doc_v1: bytes, doc_v2: bytes) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    edited = make_docx("Bản đã sửa tay trong Word")
    target.write_bytes(edited)
    with pytest.raises(OutputError) as caught:
        write_output(target, doc_v2)
    message = str(caught.value)
    assert "đã bị sửa sau khi được tạo (hoặc không do reportgen tạo); không ghi đè." in message
    assert "Dùng --force để ghi đè, hoặc đổi tên tệp." in message
    assert "a.docx" in message
    assert target.read_bytes() == edited
    write_output(target, doc_v2, force=True)
    assert target.read_bytes() == doc_v2


def test_file_not_made_by_reportgen_is_refused(tmp_path: Path, doc_v2: bytes) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"written by a person")
    with pytest.raises(OutputError, match="không ghi đè"):
        write_output(target, doc_v2)
    assert target.read_bytes() == b"written by a person"


def test_identical_bytes_without_record_are_not_an_edit(tmp_path: Path, doc_v1: bytes) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(doc_v1)
    write_output(target, doc_v1)  # nothing would be lost
    assert manifest(tmp_path)["a.docx"]["sha256"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"a.docx": "x"}', "\udcff"])
def test_corrupt_manifest_is_tolerated(tmp_path: Path, doc_v1: bytes, doc_v2: bytes, content: str) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    (tmp_path / MANIFEST_NAME).write_bytes(content.encode("utf-8", errors="surrogateescape"))
    # Unknown entry: the existing file is protected, but nothing crashes.
    with pytest.raises(OutputError, match="không ghi đè"):
        write_output(target, doc_v2)
    write_output(target, doc_v2, force=True)
    assert manifest(tmp_path)["a.docx"]["sha256"]
    # A new file in a folder with a corrupt manifest is simply written.
    (tmp_path / MANIFEST_NAME).write_text("garbage", encoding="utf-8")
    write_output(tmp_path / "b.docx", doc_v1)
    assert set(manifest(tmp_path)) == {"b.docx"}


def test_manifest_keeps_other_entries(tmp_path: Path, doc_v1: bytes, doc_v2: bytes) -> None:
    write_output(tmp_path / "a.docx", doc_v1, source="a.yaml")
    write_output(tmp_path / "b.docx", doc_v2, source="b.yaml")
    entries = manifest(tmp_path)
    assert entries["a.docx"]["source"] == "a.yaml"
    assert entries["b.docx"]["source"] == "b.yaml"
    write_output(tmp_path / "a.docx", doc_v2)  # a.docx still recognised after b.docx was recorded


# ------------------------------------------------------------------------------------------ disk failures


def fail_write_after_some_bytes(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    real_write = os.write

    def failing_write(fd: int, data: bytes | memoryview) -> int:
        real_write(fd, bytes(data)[:100])  # part of the document reaches the disk, then it fails
        raise error

    monkeypatch.setattr(os, "write", failing_write)


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "ổ đĩa đã đầy"),
        (OSError(errno.EACCES, "Permission denied"), "không có quyền ghi"),
        (OSError(errno.EPERM, "Operation not permitted"), "không có quyền ghi"),
        (OSError(errno.EROFS, "Read-only file system"), "chỉ cho phép đọc"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "quá dài"),
        (OSError(errno.EBADMSG, "Bad message"), "lỗi hệ thống"),
        (RuntimeError("boom"), "lỗi không mong đợi"),
    ],
)
def test_failure_mid_write_keeps_old_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    doc_v1: bytes,
    doc_v2: bytes,
    error: BaseException,
    cause: str,
) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    before_manifest = (tmp_path / MANIFEST_NAME).read_bytes()
    fail_write_after_some_bytes(monkeypatch, error)
    with pytest.raises(OutputError) as caught:
        write_output(target, doc_v2)
    monkeypatch.undo()
    assert cause in str(caught.value)
    assert "a.docx" in str(caught.value)
    assert target.read_bytes() == doc_v1
    assert (tmp_path / MANIFEST_NAME).read_bytes() == before_manifest
    assert stray_temps(tmp_path) == []
    write_output(target, doc_v2)  # the record still matches the old file: the next run works
    assert target.read_bytes() == doc_v2


def test_disk_full_while_writing_manifest_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc_v1: bytes, doc_v2: bytes
) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    real_write = os.write
    calls = {"n": 0}

    def write_then_full(fd: int, data: bytes | memoryview) -> int:
        calls["n"] += 1
        if calls["n"] > 1:  # the document fits, the manifest no longer does
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write_then_full)
    with pytest.raises(OutputError, match="ổ đĩa đã đầy"):
        write_output(target, doc_v2)
    monkeypatch.undo()
    assert target.read_bytes() == doc_v1
    assert stray_temps(tmp_path) == []


def test_fsync_failure_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc_v1: bytes, doc_v2: bytes
) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OutputError, match="lỗi đọc/ghi"):
        write_output(target, doc_v2)
    monkeypatch.undo()
    assert target.read_bytes() == doc_v1
    assert stray_temps(tmp_path) == []


def test_cannot_create_temp_file_gives_vietnamese_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc_v1: bytes
) -> None:
    def no_permission(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", no_permission)
    with pytest.raises(OutputError, match=r"Không ghi được tệp .*a\.docx: không có quyền ghi"):
        write_output(tmp_path / "a.docx", doc_v1)


def test_keyboard_interrupt_mid_write_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc_v1: bytes, doc_v2: bytes
) -> None:
    target = tmp_path / "a.docx"
    write_output(target, doc_v1)
    fail_write_after_some_bytes(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        write_output(target, doc_v2)
    monkeypatch.undo()
    assert target.read_bytes() == doc_v1
    assert stray_temps(tmp_path) == []


# ------------------------------------------------------------------------------------ symlinks and root


def test_symlink_target_is_refused(tmp_path: Path, doc_v1: bytes) -> None:
    elsewhere = tmp_path / "elsewhere.docx"
    elsewhere.write_bytes(b"precious")
    link = tmp_path / "out" / "a.docx"
    link.parent.mkdir()
    link.symlink_to(elsewhere)
    for force in (False, True):
        with pytest.raises(OutputError, match="liên kết tượng trưng"):
            write_output(link, doc_v1, force=force)
    assert elsewhere.read_bytes() == b"precious"
    assert link.is_symlink()


def test_dangling_symlink_target_is_refused(tmp_path: Path, doc_v1: bytes) -> None:
    link = tmp_path / "a.docx"
    link.symlink_to(tmp_path / "nowhere.docx")
    with pytest.raises(OutputError, match="liên kết tượng trưng"):
        write_output(link, doc_v1)
    assert not (tmp_path / "nowhere.docx").exists()


def test_target_outside_root_is_refused(tmp_path: Path, doc_v1: bytes) -> None:
    root = tmp_path / "outputs"
    root.mkdir()
    with pytest.raises(OutputError, match="nằm ngoài thư mục đầu ra"):
        write_output(root / ".." / "x.docx", doc_v1, root=root)
    assert not (tmp_path / "x.docx").exists()
    with pytest.raises(OutputError, match="nằm ngoài thư mục đầu ra"):
        write_output(tmp_path / "other" / "x.docx", doc_v1, root=root)
    assert not (tmp_path / "other").exists()  # no folder created outside root


def test_relative_target_outside_root_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc_v1: bytes
) -> None:
    (tmp_path / "outputs").mkdir()
    monkeypatch.chdir(tmp_path / "outputs")
    with pytest.raises(OutputError, match="nằm ngoài thư mục đầu ra"):
        write_output(Path("../x.docx"), doc_v1, root=Path("."))
    assert not (tmp_path / "x.docx").exists()


def test_symlinked_folder_escaping_root_is_refused(tmp_path: Path, doc_v1: bytes) -> None:
    root = tmp_path / "outputs"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "sneaky").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutputError, match="nằm ngoài thư mục đầu ra"):
        write_output(root / "sneaky" / "x.docx", doc_v1, root=root)
    assert list(outside.iterdir()) == []


def test_nested_folders_created_inside_root(tmp_path: Path, doc_v1: bytes) -> None:
    root = tmp_path / "outputs"
    written = write_output(root / "2024" / "Quý_1" / "a.docx", doc_v1, root=root)
    assert written.read_bytes() == doc_v1


def test_reserved_and_directory_targets_are_refused(tmp_path: Path, doc_v1: bytes) -> None:
    with pytest.raises(OutputError, match="dành riêng"):
        write_output(tmp_path / MANIFEST_NAME, b"{}")
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(OutputError, match="không phải là một tệp thông thường"):
        write_output(tmp_path / "dir.docx", doc_v1)


# ---------------------------------------------------------------------------------------------- concurrency


def test_concurrent_threads_leave_one_valid_document(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    versions = [make_docx(f"Phiên bản {i} " + "nội dung " * 2000) for i in range(8)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(versions))

    def worker(data: bytes) -> None:
        barrier.wait()
        try:
            for _ in range(3):
                write_output(target, data, source="x.yaml")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(v,)) for v in versions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    final = target.read_bytes()
    assert final in versions
    check_valid_docx(final)
    assert stray_temps(tmp_path) == []
    assert manifest(tmp_path)["a.docx"]["sha256"] == hashlib.sha256(final).hexdigest()


WORKER = """
import sys
from pathlib import Path
from reportgen.files.outputs import write_output
data = Path(sys.argv[2]).read_bytes()
for _ in range(3):
    write_output(Path(sys.argv[1]), data, source=sys.argv[2])
"""


def test_concurrent_processes_leave_one_valid_document(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "a.docx"
    versions = [make_docx(f"Tiến trình {i} " + "nội dung " * 2000) for i in range(8)]
    sources = []
    for index, version in enumerate(versions):
        source = tmp_path / f"v{index}.docx"
        source.write_bytes(version)
        sources.append(source)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(target), str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for source in sources
    ]
    results = [p.communicate(timeout=120) for p in processes]
    failures = [err.decode() for p, (_, err) in zip(processes, results, strict=True) if p.returncode]
    assert failures == []
    final = target.read_bytes()
    assert final in versions
    check_valid_docx(final)
    assert stray_temps(out) == []
    recorded = manifest(out)["a.docx"]
    assert Path(recorded["source"]).read_bytes() == final
