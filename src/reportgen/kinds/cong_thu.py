"""Công thư: an official personal letter (thanks, congratulations on a national day, condolences), in two languages.

See ``_thu/thu.py`` for the layout; the original and its English translation come from one input.
"""

from __future__ import annotations

from typing import Literal

from reportgen.kinds import BuildEnv, Document, Kind, Symbol
from reportgen.kinds._thu.thu import PROFILE, TYPE_CODE, ThuContext, ThuInput, letters

TITLE = "Công thư (thư chúc mừng, cảm ơn, chia buồn gửi đối tác nước ngoài; bản tiếng Việt và bản dịch)"


class Input(ThuInput):
    loai: Literal["cong_thu"]
    ban_dich: Literal["en"]


def documents(model: Input, env: BuildEnv) -> list[Document]:
    return letters(model, env, "cong_thu")


KIND = Kind(
    title=TITLE,
    input=Input,
    templates={"cong_thu": ThuContext},
    documents=documents,
    profile=PROFILE,
    symbol=Symbol(TYPE_CODE),
)
