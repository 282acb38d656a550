"""Which Nghị định 30 blocks a document kind must show: the profile a kind declares and a checker can consume.

A kind says what its documents are (a THÔNG BÁO with a number, a date line, a signature and a Nơi nhận; a
speech with none of them); the checker then knows what to demand of a file of that kind, and a test deletes
each required block from a kind's example output to prove that the checker notices. The profile lives on the
ground floor so that both the kinds and the checker may import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Block(StrEnum):
    """One element of the layout of Phụ lục I (the ô numbers of its diagram where it has them)."""

    QUOC_HIEU = "quoc-hieu"  # ô 1: Quốc hiệu and Tiêu ngữ
    CO_QUAN = "co-quan"  # ô 2: parent body and issuing body
    SO_KY_HIEU = "so-ky-hieu"  # ô 3: "Số: 05/BC-SNgV" (a công văn: "Số: 12/SNgV-HTQT")
    DIA_DANH_NGAY = "dia-danh-ngay"  # ô 4: "Đà Nẵng, ngày 05 tháng 01 năm 2024"
    TEN_LOAI = "ten-loai"  # ô 5a: "THÔNG BÁO", "GIẤY MỜI"
    TRICH_YEU = "trich-yeu"  # ô 5a: the summary under the kind line
    VV = "vv"  # ô 5b: "V/v …" under the number of a công văn
    KINH_GUI = "kinh-gui"  # ô 9a: "Kính gửi: …"
    KET_THUC = "ket-thuc"  # "./." after the last sentence (a convention of every model form)
    CHU_KY = "chu-ky"  # ô 7: authority, title, name of the signer
    NOI_NHAN = "noi-nhan"  # ô 9b: "Nơi nhận:" … "- Lưu: VT, …"
    SO_TRANG = "so-trang"  # ô 11: page numbers from page 2, when there is one

    @property
    def ten(self) -> str:
        """The block's Vietnamese name, as messages and ``reportgen fields`` print it."""
        return NAMES[self]


NAMES: dict[Block, str] = {
    Block.QUOC_HIEU: "Quốc hiệu và Tiêu ngữ",
    Block.CO_QUAN: "tên cơ quan chủ quản và cơ quan ban hành",
    Block.SO_KY_HIEU: "số, ký hiệu văn bản",
    Block.DIA_DANH_NGAY: "địa danh và thời gian ban hành",
    Block.TEN_LOAI: "tên loại văn bản",
    Block.TRICH_YEU: "trích yếu nội dung",
    Block.VV: "trích yếu “V/v …” của công văn",
    Block.KINH_GUI: "“Kính gửi”",
    Block.KET_THUC: "dấu kết thúc “./.”",
    Block.CHU_KY: "chữ ký: thẩm quyền, chức vụ, họ tên người ký",
    Block.NOI_NHAN: "nơi nhận",
    Block.SO_TRANG: "số trang",
}

# What every administrative document of Phụ lục III shows; a kind adds to or takes from it.
ADMINISTRATIVE = frozenset(
    {
        Block.QUOC_HIEU,
        Block.CO_QUAN,
        Block.SO_KY_HIEU,
        Block.DIA_DANH_NGAY,
        Block.TEN_LOAI,
        Block.TRICH_YEU,
        Block.KET_THUC,
        Block.CHU_KY,
        Block.NOI_NHAN,
        Block.SO_TRANG,
    }
)


@dataclass(frozen=True)
class Nd30Profile:
    """The NĐ30 type of a kind's main document and the blocks it must show.

    ``code`` is the type's abbreviation in the number symbol (``TB``, ``GM``), or ``CV`` for a công văn (which
    has none), or ``SPEECH`` for a text read aloud (no administrative blocks at all). ``ten_loai`` is the kind
    line exactly as printed (``GIẤY MỜI``); ``None`` when the document has none.
    """

    code: str
    ten_loai: str | None
    blocks: frozenset[Block]

    def requires(self, block: Block) -> bool:
        return block in self.blocks


def administrative(
    code: str, ten_loai: str | None, *, add: frozenset[Block] = frozenset(), drop: frozenset[Block] = frozenset()
) -> Nd30Profile:
    """The profile of an administrative document: the usual blocks, with ``add`` and without ``drop``."""
    return Nd30Profile(code, ten_loai, (ADMINISTRATIVE | add) - drop)


SPEECH = Nd30Profile("SPEECH", None, frozenset())
