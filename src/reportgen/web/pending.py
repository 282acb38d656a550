"""Excel lists waiting for the person who sent them to confirm replacing rows someone typed.

When an upload would replace typed rows, the page asks first; the workbook, already read, waits here for the
answer instead of being read again. It waits in memory only (never in a file, where the workspace's other
users or a backup could find it), for one person and one input, and not for ever: a question nobody answers
within ``MAX_AGE`` is forgotten, and at most ``SIZE`` lists wait at once (a list of thousands of rows is large).
A token that is unknown, too old, someone else's or another input's is refused, and the person is told to
send the file again: nothing is written from a workbook whose question they did not see.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.web.import_job import Prepared

OLD_UPLOADS = ".reportgen-web-uploads"  # where versions before 2026-12 left uploads waiting, in the workspace

SIZE = 4
MAX_AGE = 15 * 60  # seconds a question waits for its answer

GONE = (
    "Tệp Excel bạn gửi lúc trước không còn được giữ để chờ xác nhận (chỉ giữ {minutes} phút, và không quá "
    "{size} tệp cùng lúc); chưa ghi gì vào {name}. Hãy gửi lại tệp Excel."
)
ANSWERED = (
    "Câu trả lời cho tệp Excel này đã được nhận rồi (có thể do bấm hai lần), nên lần này không làm gì thêm. "
    "Mở Lịch sử của {name} để xem danh sách đã được nhập hay chưa."
)
NOT_YOURS = (
    "Tệp Excel này do người khác gửi lên nên chỉ người đó xác nhận được; chưa ghi gì vào {name}. "
    "Nếu cần, hãy tự gửi tệp Excel của bạn."
)


class NotWaiting(Exception):
    """Why a confirmation finds nothing to confirm, in Vietnamese."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Waiting:
    user: str  # who sent the workbook: only they can confirm it
    name: str  # the input it was sent for
    shown: str  # the file name the browser gave
    prepared: Prepared  # the workbook's lists, read once
    since: float


class Pending:
    """Workbooks read for a question, by an unguessable token; bounded in number and in age."""

    def __init__(self, size: int = SIZE, max_age: float = MAX_AGE, clock: Callable[[], float] = time.monotonic) -> None:
        self.size = size
        self.max_age = max_age
        self.clock = clock
        self._items: OrderedDict[str, Waiting] = OrderedDict()
        self._answered: OrderedDict[str, float] = OrderedDict()  # tokens taken: a second click is told so
        self._lock = threading.Lock()

    def put(self, user: str, name: str, shown: str, prepared: Prepared) -> str:
        """Keep ``prepared`` for ``user``'s answer about ``name``; the token the question's form carries."""
        token = secrets.token_hex(16)
        with self._lock:
            self._expire()
            self._items[token] = Waiting(user, name, shown, prepared, self.clock())
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return token

    def take(self, token: str, user: str, name: str) -> Waiting:
        """The workbook ``token`` names, no longer kept; refused (kept) if it is someone else's or another
        input's, gone if unknown or too old."""
        gone = NotWaiting(410, GONE.format(minutes=round(self.max_age / 60), size=self.size, name=name))
        with self._lock:
            self._expire()
            found = self._items.get(token)
            if found is None:
                raise NotWaiting(409, ANSWERED.format(name=name)) if token in self._answered else gone
            if found.user != user:
                raise NotWaiting(403, NOT_YOURS.format(name=name))
            if found.name != name:
                raise gone
            del self._items[token]
            self._answered[token] = self.clock()
            while len(self._answered) > 16 * self.size:
                self._answered.popitem(last=False)
            return found

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._items)

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, w in self._items.items() if now - w.since > self.max_age]:
            del self._items[token]
        for token in [t for t, since in self._answered.items() if now - since > self.max_age]:
            del self._answered[token]


def forget_old_uploads(root: Path) -> None:
    """Remove the workbooks an older version left waiting in the workspace (readable there by anyone who can
    read the shared folder); the questions they answered are long gone."""
    folder = root / OLD_UPLOADS
    if not folder.is_dir():
        return
    for old in folder.glob("*.xlsx"):
        with contextlib.suppress(OSError):
            old.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
