"""File names made from people's names and titles, safe on every filesystem the office may copy them to
(Linux, Windows, macOS, USB sticks) while keeping the Vietnamese letters."""

from __future__ import annotations

import unicodedata

from reportgen.vietnamese import without_diacritics

__all__ = ["safe_filename"]

_FORBIDDEN = frozenset('/\\:*?"<>|')
_SEPARATORS = "-_"
_FALLBACK_NAME = "van_ban"
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)


def _clean(text: str, *, ascii_only: bool) -> str:
    """Replace what no filesystem accepts and collapse the separator runs that replacing leaves."""
    text = unicodedata.normalize("NFC", text)
    if ascii_only:
        text = without_diacritics(text)
    out: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() or category == "Zs":
            out.append("_")
        elif (
            char in _FORBIDDEN
            or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
            or (ascii_only and not char.isascii())
        ):
            out.append("-")
        else:
            out.append(char)
    cleaned = "".join(out)
    # Collapse runs of separators ("A / B" -> "A_-_B" -> "A-B") and of dots ("..", "...").
    result: list[str] = []
    for char in cleaned:
        if result and char in _SEPARATORS and result[-1] in _SEPARATORS:
            if char == "-":
                result[-1] = "-"
            continue
        if result and char == "." and result[-1] == ".":
            continue
        result.append(char)
    return "".join(result)


def _trim(stem: str) -> str:
    """No leading/trailing dots or separators: hidden files on Linux, refused names on Windows."""
    return stem.strip(" ._-")


def _fit(stem: str, max_bytes: int) -> str:
    """Longest prefix of ``stem`` within ``max_bytes`` UTF-8 bytes, not cutting a letter from its marks."""
    if len(stem.encode("utf-8")) <= max_bytes:
        return stem
    used = 0
    end = 0
    for index, char in enumerate(stem):
        size = len(char.encode("utf-8"))
        if used + size > max_bytes:
            break
        used += size
        end = index + 1
    # A combining mark left without its letter would render as a stray accent: drop the whole cluster.
    while 0 < end < len(stem) and unicodedata.combining(stem[end]):
        end -= 1
    cut = unicodedata.normalize("NFC", stem[:end])
    while len(cut.encode("utf-8")) > max_bytes:
        cut = unicodedata.normalize("NFC", cut[:-1])
    return cut


def _avoid_reserved(name: str) -> str:
    """Windows cannot create CON, NUL, COM1… even with an extension: append "_" to the base name."""
    base, _, rest = name.partition(".")
    if base.rstrip(" ").upper() in _WINDOWS_RESERVED:
        return f"{base}_" + (f".{rest}" if rest else "")
    return name


def safe_filename(text: str, suffix: str = "", max_bytes: int = 200, *, ascii: bool = False) -> str:
    """A file name made from a person's name or a title, safe on Linux, Windows and macOS.

    Vietnamese letters are kept (NFC) unless ``ascii`` is true, in which case diacritics are removed
    (đ → d).  Whitespace becomes ``_``; characters Windows forbids and control characters become ``-``;
    leading dots, ``..`` and Windows device names (CON, NUL, COM1…) cannot occur.  The result, suffix
    included, is at most ``max_bytes`` UTF-8 bytes; the suffix (e.g. ``".docx"``) is never cut.
    """
    clean_suffix = _clean(suffix, ascii_only=ascii).rstrip(" .")
    suffix_bytes = len(clean_suffix.encode("utf-8"))
    room = max_bytes - suffix_bytes
    if room < len(_FALLBACK_NAME) + 1:
        raise ValueError(f"max_bytes={max_bytes} is too small for suffix {suffix!r}")
    stem = _trim(_clean(text, ascii_only=ascii)) or _FALLBACK_NAME
    # Reserve one byte for the "_" that a Windows device name may need.
    stem = _trim(_fit(stem, room - 1)) or _FALLBACK_NAME
    name = _avoid_reserved(stem + clean_suffix)
    assert len(name.encode("utf-8")) <= max_bytes
    return name
