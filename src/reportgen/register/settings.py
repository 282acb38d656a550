"""The office's register settings, in ``so_dang_ky.yaml`` in the workspace (optional).

```yaml
co_so_du_lieu: postgresql://vanthu@may-chu/so_dang_ky   # default: so_dang_ky.sqlite in the workspace
danh_so: chung             # one series for every type (chung) or one per type (theo_loai), Điều 15.1.c
co_quan:                   # per issuing body, by its abbreviation: its own choice, its code for edXML
  SNgV:
    danh_so: theo_loai
    ma_dinh_danh: 000.00.31.H17
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reportgen.load import field_name, load_file
from reportgen.problems import InputError, Problem

SETTINGS_FILE = "so_dang_ky.yaml"
Mode = Literal["chung", "theo_loai"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    danh_so: Mode | None = None
    ma_dinh_danh: str | None = Field(default=None, pattern=r"^[0-9A-Z.]{1,13}$")


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    co_so_du_lieu: str | None = None
    danh_so: Mode = "chung"
    co_quan: dict[str, _Body] = Field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    database: str | None = None
    mode: str = "chung"
    bodies: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # body -> (mode, organ id)

    def mode_for(self, body: str) -> str:
        return self.bodies.get(body, (None, None))[0] or self.mode

    def organ_id(self, body: str) -> str | None:
        return self.bodies.get(body, (None, None))[1]


_MESSAGES = {
    "literal_error": "chỉ nhận “chung” hoặc “theo_loai”",
    "extra_forbidden": "trường này không có trong tệp cấu hình sổ đăng ký",
    "string_pattern_mismatch": "mã định danh gồm chữ số, chữ in hoa và dấu chấm, tối đa 13 ký tự (ví dụ 000.00.31.H17)",
}


def read_settings(workspace: Path) -> Settings:
    """The settings of the workspace; none when the file does not exist. Every mistake is reported at once."""
    path = workspace / SETTINGS_FILE
    if not path.is_file():
        return Settings()
    loaded = load_file(path)
    try:
        parsed = _Settings.model_validate(loaded.data or {})
    except ValidationError as exc:
        raise InputError(
            [
                Problem(
                    loaded.display,
                    *loaded.position(tuple(err["loc"])),
                    field_name(tuple(err["loc"])),
                    _MESSAGES.get(err["type"], "giá trị không hợp lệ"),
                )
                for err in exc.errors()
            ]
        ) from None
    bodies: dict[str, tuple[str | None, str | None]] = {
        name: (body.danh_so, body.ma_dinh_danh) for name, body in parsed.co_quan.items()
    }
    return Settings(parsed.co_so_du_lieu, parsed.danh_so, bodies)
