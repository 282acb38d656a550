"""The office's signing key on the command line: the same four options, the same prompts, for every command.

``reportgen sign`` and ``reportgen issue --signed-pdf`` both take a key as a .p12 file (password asked) or on a USB
token (its PKCS#11 library; PIN asked). Neither is ever stored; a token's session stays open for the caller's block.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

F = TypeVar("F", bound=Callable[..., object])
_FILE = click.Path(path_type=Path, dir_okay=False, exists=True)
TOKEN_HELP = "Nhãn của token (mặc định: token đầu tiên)."
KEY_HELP = "Nhãn của khóa trên token (mặc định: khóa đầu tiên)."


def key_options(purpose: str) -> Callable[[F], F]:
    """``--p12``, ``--pkcs11``, ``--token``, ``--key``; ``purpose`` says what the key signs (“ký ban hành”)."""

    def apply(command: F) -> F:
        for option in reversed(
            [
                click.option(
                    "--p12",
                    "p12",
                    default=None,
                    metavar="KHÓA.p12",
                    type=_FILE,
                    help=f"Tệp khóa của cơ quan (PKCS#12) để {purpose}; mật khẩu được hỏi khi chạy, không lưu.",
                ),
                click.option(
                    "--pkcs11",
                    "pkcs11",
                    default=None,
                    metavar="THƯ_VIỆN",
                    type=_FILE,
                    help=f"{purpose.capitalize()} bằng USB token: tệp thư viện PKCS#11 của token (.dll trên Windows, "
                    ".so trên Linux) do nhà cung cấp cài; mã PIN được hỏi khi chạy.",
                ),
                click.option(
                    "--token", "token", default=None, metavar="NHÃN", help="Nhãn của token (mặc định: token đầu tiên)."
                ),
                click.option(
                    "--key",
                    "key",
                    default=None,
                    metavar="NHÃN",
                    help="Nhãn của khóa trên token (mặc định: khóa đầu tiên).",
                ),
            ]
        ):
            command = option(command)
        return command

    return apply


def quiet_libraries() -> None:
    """pyHanko and fontTools log tracebacks of what they could not validate; the report already says it."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def open_signer(
    stack: contextlib.ExitStack, p12: Path | None, pkcs11: Path | None, token: str | None, key: str | None
) -> Signer:
    """The key the options name, its password or PIN asked once; a token stays open until ``stack`` closes."""
    from reportgen.sign.signer import load_key, token_key

    if p12 is not None:
        password = click.prompt("Mật khẩu tệp khóa", hide_input=True, default="", show_default=False, err=True)
        return load_key(p12, password.encode("utf-8") or None)
    assert pkcs11 is not None
    pin = click.prompt("Mã PIN của USB token", hide_input=True, err=True)
    return stack.enter_context(token_key(pkcs11, pin, token, key))
