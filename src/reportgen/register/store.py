"""The register as a small repository: reserve the next number of a series, record the issued document, list, cancel.

One implementation of the logic over two databases (``sqlite.py``, ``postgres.py``), which differ only in how
they connect, lock and name a parameter. A number is reserved inside one transaction that also records the
document: if anything fails before ``record`` (the document does not render, the disk is full, the person
gives up), the transaction is rolled back and the number is still free, so an abandoned draft never burns one.
Rows are never deleted: a cancelled document keeps its number, with when and why it was cancelled.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportgen.register.series import Series

COLUMNS = (
    "id, series, body, year, number, symbol, issued_on, issued_at, type_name, subject, signer, recipients, copies,"
    " content_hash, source, secret, cancelled_at, cancel_reason, body_name"
)


class RegisterError(Exception):
    """A register operation refused, worded for the person (Vietnamese)."""


@dataclass(frozen=True)
class Issued:
    """What is written in the register for one issued document, apart from its number."""

    symbol_tail: str  # "QĐ-UBND": the symbol after "<number>/"
    issued_on: date
    issued_at: datetime  # aware
    type_name: str
    subject: str
    signer: str
    recipients: tuple[str, ...]
    copies: int
    content_hash: str
    source: str
    body_name: str  # the issuer's heading as written, its lines joined by "\n" ("Ủy ban nhân dân …\nSở Ngoại vụ")


@dataclass(frozen=True)
class Entry:
    """One line of the sổ đăng ký văn bản đi."""

    id: int
    series: str
    body: str
    year: int
    number: int
    symbol: str  # "05/QĐ-UBND"
    issued_on: date
    issued_at: str
    type_name: str
    subject: str
    signer: str
    recipients: tuple[str, ...]
    copies: int
    content_hash: str
    source: str
    secret: bool
    cancelled_at: str | None = None
    cancel_reason: str = ""
    body_name: str = ""

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Entry:
        values = list(row)
        values[6] = date.fromisoformat(values[6])
        values[11] = tuple(line for line in values[11].split("\n") if line)
        values[15] = bool(values[15])
        values[17] = values[17] or ""
        values[18] = values[18] or ""
        return cls(*values)


@dataclass
class Reservation:
    """A number held by an open transaction until ``record`` is called and the block ends without error."""

    series: Series
    number: int
    entry: Entry | None = field(default=None, init=False)
    _record: Any = field(default=None, repr=False)

    def record(self, issued: Issued) -> Entry:
        if self.entry is not None:
            raise RuntimeError("a reservation records one document")
        self.entry = self._record(self, issued)
        return self.entry


class Register(abc.ABC):
    """The sổ đăng ký văn bản đi in a database; use as a context manager so the connection is closed."""

    param = "?"
    where = ""  # shown in messages: the file or server
    _reserving = False

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def _begin(self) -> None:
        """Open a write transaction that excludes other writers of the series table until it ends."""

    @abc.abstractmethod
    def _execute(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abc.abstractmethod
    def _commit(self) -> None: ...

    @abc.abstractmethod
    def _rollback(self) -> None: ...

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.param)

    @contextmanager
    def reserve(self, series: Series) -> Iterator[Reservation]:
        """The next number of ``series``; taken for good only if the block records a document and ends cleanly."""
        self._begin()
        self._reserving = True
        try:
            rows = self._execute(
                "INSERT INTO register_series (key, last_number) VALUES (?, 1)"
                " ON CONFLICT (key) DO UPDATE SET last_number = register_series.last_number + 1"
                " RETURNING last_number",
                (series.key,),
            )
            reservation = Reservation(series, int(rows[0][0]), _record=self._insert)
            yield reservation
            if reservation.entry is None:
                raise _GivenBack
            self._commit()
        except _GivenBack:
            self._rollback()
        except BaseException:
            self._rollback()
            raise
        finally:
            self._reserving = False

    def _insert(self, reservation: Reservation, issued: Issued) -> Entry:
        series = reservation.series
        symbol = f"{reservation.number:02d}/{issued.symbol_tail}"
        rows = self._execute(
            "INSERT INTO register_entries (series, body, year, number, symbol, issued_on, issued_at, type_name,"
            " subject, signer, recipients, copies, content_hash, source, secret, body_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS,
            (
                series.key,
                series.body,
                series.year,
                reservation.number,
                symbol,
                issued.issued_on.isoformat(),
                issued.issued_at.isoformat(timespec="seconds"),
                issued.type_name,
                issued.subject,
                issued.signer,
                "\n".join(issued.recipients),
                issued.copies,
                issued.content_hash,
                issued.source,
                1 if series.secret else 0,
                issued.body_name,
            ),
        )
        return Entry.from_row(rows[0])

    def entries(self, first_year: int, last_year: int | None = None, *, body: str | None = None) -> list[Entry]:
        """Every entry of the years, cancelled ones included, in the order they were issued."""
        sql = "SELECT " + COLUMNS + " FROM register_entries WHERE year >= ? AND year <= ?"
        args: list[Any] = [first_year, last_year if last_year is not None else first_year]
        if body is not None:
            sql += " AND body = ?"
            args.append(body)
        rows = self._read(sql + " ORDER BY issued_at, id", args)
        return [Entry.from_row(row) for row in rows]

    def find(self, symbol: str, year: int) -> list[Entry]:
        rows = self._read("SELECT " + COLUMNS + " FROM register_entries WHERE symbol = ? AND year = ?", [symbol, year])
        return [Entry.from_row(row) for row in rows]

    def cancel(self, entry_id: int, reason: str, when: datetime) -> Entry:
        """Mark an issued document cancelled; its number stays taken (NĐ30 Điều 18.3: correct by a new one)."""
        if not reason.strip():
            raise RegisterError("phải ghi lý do hủy văn bản")
        self._begin()
        try:
            rows = self._execute(
                "UPDATE register_entries SET cancelled_at = ?, cancel_reason = ?"
                " WHERE id = ? AND cancelled_at IS NULL RETURNING " + COLUMNS,
                (when.isoformat(timespec="seconds"), reason.strip(), entry_id),
            )
            if not rows:
                raise RegisterError(f"không có văn bản số thứ tự {entry_id} còn hiệu lực trong sổ để hủy")
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return Entry.from_row(rows[0])

    def _read(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """A read ends its own transaction, except inside a reservation, which only ``reserve`` may end."""
        try:
            return self._execute(sql, args)
        finally:
            if not self._reserving:
                self._commit()


class _GivenBack(Exception):
    """Internal: the block ended without recording, so the number goes back to the series."""
