"""Which number series a document belongs to, and which year it is in Việt Nam.

NĐ30 Điều 15.1.c: one series per year for every type, or one per type, as the head of the body decides;
Điều 15.2: secret documents have a series of their own. The year is the calendar year in Asia/Ho_Chi_Minh,
so a document issued at 00:30 on 1 January in Hà Nội (17:30 on 31 December UTC) is number 01 of the new year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

# Asia/Ho_Chi_Minh has kept UTC+07:00 without daylight saving since 1975; a fixed offset needs no time-zone
# database, which Windows' Python does not ship.
VIETNAM = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
ALL_TYPES = "*"  # the kind part of a series shared by every type
COMMON = "chung"  # one series for every type
PER_TYPE = "theo_loai"  # one series per type
MODES = (COMMON, PER_TYPE)


def vietnam_now(now: datetime | None = None) -> datetime:
    """``now`` (an aware datetime; the clock when None) as Vietnamese local time."""
    moment = now if now is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place in time; give its time zone")
    return moment.astimezone(VIETNAM)


def vietnam_today(now: datetime | None = None) -> date:
    return vietnam_now(now).date()


def issuing_body(issuer_abbr: str) -> str:
    """The body whose series a symbol draws on: ``SNgV`` for ``SNgV-HTQT`` (a unit drafts, the body issues)."""
    return issuer_abbr.split("-", 1)[0]


@dataclass(frozen=True)
class Series:
    """One run of numbers from 01: an issuing body, a year, a type (or every type), ordinary or secret."""

    body: str
    year: int
    kind: str = ALL_TYPES
    secret: bool = False

    @property
    def key(self) -> str:
        return f"{self.body}|{self.year}|{self.kind}|{'mat' if self.secret else 'thuong'}"


def series_for(issuer_abbr: str, kind_abbr: str | None, year: int, *, mode: str, secret: bool) -> Series:
    """The series a document takes its number from.

    A công văn (no kind abbreviation) is its own type ``CV``; secret documents share one series of their own
    whatever the mode ("được cấp hệ thống số riêng", Điều 15.2).
    """
    if mode not in MODES:
        raise ValueError(f"cách đánh số “{mode}” không có; chỉ nhận {' hoặc '.join(MODES)}")
    kind = (kind_abbr or "CV") if mode == PER_TYPE and not secret else ALL_TYPES
    return Series(issuing_body(issuer_abbr), year, kind, secret)
