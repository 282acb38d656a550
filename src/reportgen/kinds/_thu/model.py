"""The input blocks of a letter to a foreign partner: texts in two languages, the sender, the partner.

Every text a person writes is a ``SongNgu``: ``vi:`` and the translation's language (``en:``). A text missing in
one language is an error naming the field, never a silent copy of the other language. The partner is written in
the letter or named by key from a partner list kept once for the office (``danh_ba``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.kinds import BuildEnv, KindError, Loc
from reportgen.kinds._thu.ngon_ngu import TRANSLATIONS
from reportgen.models import DoanVan, KyHieu, MotDong, Strict

KinhXung = Literal["ngai", "ong", "ba"]


class SongNgu(Strict):
    """One text in the original language and its translation."""

    vi: DoanVan
    en: DoanVan | None = None

    def get(self, lang: str) -> str:
        text = getattr(self, lang, None)
        return str(text).strip() if text else ""


class CoQuanGui(Strict):
    """The sender: the name as the header prints it and as a sentence names it, in each language."""

    chu_quan: list[SongNgu] = Field(default_factory=list)  # parent body, one line each (may be empty)
    ban_hanh: list[SongNgu] = Field(min_length=1)  # the issuing body as the header prints it
    ten: SongNgu  # as a sentence names it: "Sở Ngoại vụ tỉnh Quảng Nam" / "the Department of Foreign Affairs …"
    viet_tat: KyHieu
    dia_danh: SongNgu


class NguoiDungDau(Strict):
    """The person a letter is addressed to."""

    ho_ten: MotDong  # written once: a name is the same in both languages
    kinh_xung: KinhXung
    chuc_vu: SongNgu


class DoiTac(Strict):
    """A foreign partner: an embassy, a consulate, a partner province, an NGO."""

    ten: SongNgu  # as a sentence names it: "Tổng Lãnh sự quán Hoa Kỳ tại …" / "the Consulate General of …"
    dia_chi: SongNgu | None = None  # the city line under the addressee ("Thành phố Hồ Chí Minh")
    nguoi_dung_dau: NguoiDungDau | None = None


class MucDanhBa(DoiTac):
    ma: MotDong


class DoiTacNhan(Strict):
    """The partner a letter goes to: named by its key in the office's partner list, or written out here."""

    danh_ba: MotDong | None = None  # the list's file, relative to the letter: "doi-tac.yaml"
    ma: MotDong | None = None
    ten: SongNgu | None = None
    dia_chi: SongNgu | None = None
    nguoi_dung_dau: NguoiDungDau | None = None

    @model_validator(mode="after")
    def _one_way(self) -> DoiTacNhan:
        by_key = self.ma is not None or self.danh_ba is not None
        if by_key and (self.ten is not None or self.dia_chi is not None or self.nguoi_dung_dau is not None):
            raise PydanticCustomError(
                "doi_tac", "gọi đối tác theo mã (danh_ba, ma) hoặc viết thẳng (ten…), không cả hai"
            )
        if by_key and (self.ma is None or self.danh_ba is None):
            raise PydanticCustomError("doi_tac", "gọi theo mã cần cả danh_ba (tệp danh bạ) và ma (mã đối tác)")
        if not by_key and self.ten is None:
            raise PydanticCustomError("doi_tac", "cần danh_ba và ma (gọi theo danh bạ) hoặc ten (viết thẳng)")
        return self


def partner(value: DoiTacNhan, env: BuildEnv, loc: Loc) -> DoiTac:
    """The partner as written, or looked up by key (an unknown key names the keys there are)."""
    if value.ten is not None:
        return DoiTac(ten=value.ten, dia_chi=value.dia_chi, nguoi_dung_dau=value.nguoi_dung_dau)
    assert value.danh_ba is not None and value.ma is not None
    book = env.load_related(Path(value.danh_ba), (*loc, "danh_ba")).model
    entries = getattr(book, "doi_tac", None)
    if not isinstance(entries, list) or not all(isinstance(e, MucDanhBa) for e in entries):
        raise KindError((*loc, "danh_ba"), f"{value.danh_ba} không phải danh bạ đối tác (loai: danh_ba_doi_tac)")
    found = {entry.ma: entry for entry in entries}
    if value.ma not in found:
        known = ", ".join(sorted(found)) or "không có mã nào"
        raise KindError((*loc, "ma"), f"không có đối tác mã “{value.ma}” trong {value.danh_ba} (có: {known})")
    entry: DoiTac = found[value.ma]
    return entry


def missing_translations(model: BaseModel, lang: str, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """Every ``SongNgu`` of ``model`` whose ``lang`` text is missing, with where it is."""
    found: list[tuple[Loc, str]] = []

    def walk(value: Any, here: Loc) -> None:
        if isinstance(value, SongNgu):
            if not value.get(lang):
                found.append(
                    (
                        here,
                        f"thiếu bản {TRANSLATIONS[lang]} ({lang}:) của nội dung này; bản dịch không tự chép từ "
                        "tiếng Việt",
                    )
                )
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name), (*here, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*here, index))

    walk(model, loc)
    return found


def require_translations(model: BaseModel, lang: str, extra: list[tuple[Loc, str]] | None = None) -> None:
    """Raise every missing translation (and ``extra`` problems) at once."""
    problems = missing_translations(model, lang) + (extra or [])
    if problems:
        (first_loc, first), *others = problems
        raise KindError(first_loc, first, others)


EMBLEM_FILE = "quoc-huy.png"


def emblem(source: Path) -> Path | None:
    """The office's Quốc huy picture: ``quoc-huy.png`` beside the input or in a folder above it (kept once)."""
    for folder in [source.parent, *source.parent.parents]:
        candidate = folder / EMBLEM_FILE
        if candidate.is_file():
            return candidate
    return None


NO_EMBLEM = (
    "công hàm (bản tiếng Việt) phải có hình Quốc huy nhưng chưa có tệp {name}: đặt hình Quốc huy do cơ quan cung cấp "
    "(PNG nền trong suốt) với tên {name} cạnh tệp đầu vào hoặc ở thư mục chứa nó; reportgen không tự vẽ Quốc huy"
)
