"""The Quốc huy picture the office supplies, at the size a letter prints it."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from reportgen.images import Picture

EMBLEM_CM = 2.5  # the emblem's height above the body's name


def emblem_picture(path: Path) -> Picture | str:
    """The picture, or a Vietnamese reason it cannot be used (not a PNG, unreadable)."""
    try:
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                return f"{path.name} không phải ảnh PNG (đang là {image.format}); hãy lưu hình Quốc huy dạng PNG"
            width, height = image.size
    except (OSError, UnidentifiedImageError):
        return f"không đọc được {path.name} như một ảnh PNG"
    return Picture(png=data, width_cm=EMBLEM_CM * width / height, height_cm=EMBLEM_CM, title="Quốc huy")
