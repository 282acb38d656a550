"""How an aid project's disbursement and donor are written in an input (the counting rules: ``aid.py``).

``giai_ngan`` keeps the one sum every earlier input has, and also takes the dated disbursements, as a YAML list
or as the one line an Excel cell holds (``15/03/2023: 120.000; 20/05/2023: 80.000``).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Discriminator, Tag
from pydantic_core import PydanticCustomError

from reportgen.models import Ngay, SoTien, Strict


class DotGiaiNgan(Strict):
    """One disbursement of an aid project, dated so that a period counts it once ("trong kỳ") and every later
    period counts it in the running total ("lũy kế")."""

    ngay: Ngay
    so_tien: SoTien


_DATED = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{4})\s*:\s*(.+?)\s*$")


def _dated_text(value: Any) -> Any:
    """``15/03/2023: 120.000; 20/05/2023: 80.000`` (one Excel cell) read as the list of disbursements."""
    if not isinstance(value, str) or ":" not in value:
        return value
    items = []
    for part in re.split(r"[;\n]", value):
        if not part.strip():
            continue
        found = _DATED.match(part)
        if found is None:
            raise PydanticCustomError(
                "giai_ngan",
                "“{part}” không đọc được; ghi mỗi đợt giải ngân dạng “15/03/2023: 120.000”, các đợt cách nhau "
                "bằng dấu chấm phẩy",
                {"part": part.strip()},
            )
        items.append({"ngay": found[1], "so_tien": found[2]})
    return items


def _disbursement_shape(value: Any) -> str:
    return "cac_dot" if isinstance(value, list) else "tong_so"


# One sum, or the dated disbursements; the tag names the shape in a message ("giai_ngan.cac_dot[1].ngay").
GiaiNgan = Annotated[
    Annotated[SoTien, Tag("tong_so")] | Annotated[list[DotGiaiNgan], Tag("cac_dot")],
    Discriminator(_disbursement_shape),
    BeforeValidator(_dated_text),
]
LoaiNhaTaiTro = Literal["to_chuc_pcpnn", "to_chuc_quoc_te", "ca_nhan"]
