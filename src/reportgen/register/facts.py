"""What the register needs to know of a document, read from any kind through the shared NĐ30 blocks.

No kind is named here: a kind takes part in issuing by using the shared blocks of ``models.py`` in its input
(``co_quan: CoQuan``, a ``VanBan`` block with ``so``/``ngay``/``noi_nhan``, ``nguoi_ky: NguoiKy`` or, for
signatures with no authority line, fields of type ``NguoiKyTen``), by its ``Symbol`` (no type code for a công
văn), and by giving its main document's context a ``trich_yeu``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from reportgen.make.pipeline import Prepared
from reportgen.models import CoQuan, NguoiKy, NguoiKyTen, VanBan, VanBanCongVan

# NĐ30 Phụ lục III: the name of each type by its abbreviation (a công văn has none).
TYPE_NAMES = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GN": "Bản ghi nhớ",
    "TTh": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
}
OFFICIAL_LETTER = "Công văn"


class NotIssuable(Exception):
    """The kind lacks a block the register needs; the message says which, in Vietnamese."""


@dataclass(frozen=True)
class Facts:
    block: str  # the input's field holding the VanBan block ("van_ban")
    issuer: CoQuan
    van_ban: VanBan
    signer: NguoiKy | None
    kind_abbr: str | None
    type_name: str
    subject: str
    cosigners: tuple[str, ...] = ()  # names signing with no authority line, when there is no ``signer``
    # Keys of the block the file has at the top level (written before the kind moved them into the block, which
    # its model does on validation), and the field after which a file without the block gets it.
    outside: tuple[str, ...] = ()
    issuer_field: str = ""

    @property
    def symbol_tail(self) -> str:
        """``TB-SNgV``; a công văn's: the issuer's then its drafting unit's abbreviation, ``SNgV-HTQT``."""
        body = self.issuer.viet_tat
        if self.kind_abbr is None and isinstance(self.van_ban, VanBanCongVan):
            body = f"{body}-{self.van_ban.don_vi_soan_thao}"
        return f"{self.kind_abbr}-{body}" if self.kind_abbr else body

    @property
    def signer_text(self) -> str:
        return self.signer.ho_ten if self.signer else ", ".join(self.cosigners)

    @property
    def recipients(self) -> tuple[str, ...]:
        storage = self.van_ban.luu
        if isinstance(self.van_ban, VanBanCongVan) and "luu" not in self.van_ban.model_fields_set:
            storage = f"VT, {self.van_ban.don_vi_soan_thao}"  # as blocks.receivers prints it
        return (*self.van_ban.noi_nhan, f"Lưu: {storage}")

    @property
    def copies(self) -> int:
        """One copy per receiver and one per place the file is kept ("Lưu: VT, NC" is two), NĐ30 Điều 17.1.a."""
        kept = [part for part in self.van_ban.luu.split(",") if part.strip()]
        return len(self.van_ban.noi_nhan) + len(kept)


def _field_of(model: BaseModel, block: type[BaseModel]) -> tuple[str, BaseModel] | None:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, block):
            return name, value
    return None


def facts_of(prepared: Prepared) -> Facts:
    model = prepared.validated.model
    van_ban, issuer = _field_of(model, VanBan), _field_of(model, CoQuan)
    if van_ban is None or issuer is None:
        raise NotIssuable(
            "loại văn bản này không có khối “van_ban” (số, ngày, nơi nhận) và “co_quan” dùng chung, nên chưa cấp số"
            " qua sổ đăng ký được; hãy ghi số và ngày do văn thư cấp vào tệp"
        )
    signer = _field_of(model, NguoiKy)
    symbol = prepared.validated.kind.symbol  # the kind's own number rule: a type code, or none (công văn)
    kind_abbr = symbol.type_code if symbol is not None else None
    cosigners = tuple(
        value.ho_ten for name in type(model).model_fields if isinstance(value := getattr(model, name), NguoiKyTen)
    )
    subject = str(prepared.documents[0].context.get("trich_yeu") or "") if prepared.documents else ""
    assert isinstance(van_ban[1], VanBan) and isinstance(issuer[1], CoQuan)
    block_keys = set(type(van_ban[1]).model_fields) - set(type(model).model_fields)
    outside = tuple(key for key in prepared.validated.loaded.data if key in block_keys)
    return Facts(
        block=van_ban[0],
        issuer=issuer[1],
        van_ban=van_ban[1],
        signer=signer[1] if signer and isinstance(signer[1], NguoiKy) else None,
        kind_abbr=kind_abbr,
        type_name=TYPE_NAMES.get(kind_abbr, kind_abbr) if kind_abbr else OFFICIAL_LETTER,
        subject=subject,
        cosigners=cosigners,
        outside=outside,
        issuer_field=issuer[0],
    )
