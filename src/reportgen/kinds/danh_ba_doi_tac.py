"""Danh bạ đối tác: the office's list of foreign partners, kept once and named by key from every letter.

A data file, not a document: building it only checks it (it produces no file). Being a kind gives it what every
input has: the schema for editors, ``init``, the Excel sheet and its import, the web form, line-exact errors.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.blocks.profile import Nd30Profile
from reportgen.kinds import BuildEnv, Document, Kind
from reportgen.kinds._thu.model import MucDanhBa
from reportgen.models import Strict


class Input(Strict):
    loai: Literal["danh_ba_doi_tac"]
    doi_tac: list[MucDanhBa] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_keys(self) -> Input:
        seen: set[str] = set()
        for entry in self.doi_tac:
            if entry.ma in seen:
                raise PydanticCustomError("ma_trung", "mã đối tác “{ma}” xuất hiện hai lần", {"ma": entry.ma})
            seen.add(entry.ma)
        return self


def documents(model: Input, env: BuildEnv) -> list[Document]:
    return []


KIND = Kind(
    title="Danh bạ đối tác nước ngoài (dùng chung cho công hàm, công thư, thư mời; không sinh văn bản)",
    input=Input,
    templates={},
    documents=documents,
    profile=Nd30Profile("DANH_BA", None, frozenset()),
    symbol=None,
)
